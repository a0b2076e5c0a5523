"""Settings shared by every environment.

Environment variables in, safe defaults out: a fresh clone runs on SQLite with no
configuration. ``dev.py``, ``test.py`` and ``production.py`` change a few lines.
The README lists every variable read here.
"""

import os
from pathlib import Path

import dj_database_url
from csp import constants as csp
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  (Oscar's OSCAR_* defaults, overridden below)

from shop.apps.order import lifecycle as order_lifecycle
from shop.users.roles import dashboard_nav_cms_access

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "insecure-local-only-key-do-not-use-in-production")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

# The one host name both site records (django.contrib.sites for Oscar's emails,
# Wagtail's Site for page URLs and sitemaps) are seeded from.
SITE_HOSTNAME = os.environ.get("SITE_HOSTNAME", "localhost")
SITE_PORT = int(os.environ.get("SITE_PORT", "8000"))
SITE_ID = 1

INSTALLED_APPS = [
    # Our own apps first so their templates and static files win.
    "shop.users",
    "shop.core.apps.CoreConfig",
    "blog",
    "shop.payments",
    # Django
    "shop.core.apps.SuperuserAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    # Not a page system here (no middleware, no dashboard or admin editor; Wagtail serves every page):
    # installed only because Oscar's customer migration 0008 depends on flatpages' first migration.
    "django.contrib.flatpages",
    "django.contrib.sitemaps",
    # Oscar (forks replace the stock config here, see shop/apps/)
    "oscar.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.apps.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "shop.apps.shipping.apps.ShippingConfig",
    "shop.apps.catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.apps.partner.apps.PartnerConfig",
    "shop.apps.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.apps.order.apps.OrderConfig",
    "shop.apps.customer.apps.CustomerConfig",
    "shop.apps.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.apps.dashboard.apps.DashboardConfig",
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "shop.apps.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.apps.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "haystack",
    "treebeard",
    "django_tables2",
    "sorl.thumbnail",
    # Wagtail
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Background work (emails): django-tasks' API, its database backend and `db_worker`.
    "django_tasks",
    "django_tasks_db",
    "csp",
    # Login throttling and lockout; two-factor (TOTP) for everyone who reaches an admin area.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    # Outermost: sees every cookie the others set (SameSite) and every response (headers).
    "shop.core.middleware.SecurityHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy, nonces in request.csp_nonce (django-csp 4).
    "shop.core.middleware.ScopedCSPMiddleware",
    # A NUL byte in a query or form value answers 400 here, before any view hands it to the database.
    "shop.core.bad_input.RejectNulBytesMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    # Staff, editors and superusers reach /shop/dashboard/, /cms/ and /django-admin/ only after TOTP.
    "shop.users.two_factor.StaffTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Puts request.basket on every request, Wagtail pages included.
    "oscar.apps.basket.middleware.BasketMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "shop.urls"
WSGI_APPLICATION = "shop.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                # {{ site_links.terms }} …: magazine and legal pages chosen in the CMS (shop/core/links.py)
                "shop.core.links.context_processor",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
                # {{ CSP_NONCE }} for inline scripts under the Content-Security-Policy.
                "csp.context_processors.nonce",
            ],
        },
    },
]

# --- Database -----------------------------------------------------------------
# DATABASE_URL unset -> the embedded SQLite file; set -> e.g. PostgreSQL.
# https://github.com/jazzband/dj-database-url
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
# Every request is one transaction: a failing view never leaves half an order.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
# PostgreSQL: no named server-side cursors for .iterator(). A generator left half-read (Oscar's
# attribute cache does this) closes its cursor whenever it is garbage-collected, which aborts or
# deadlocks whatever the connection runs by then; named cursors also break behind PgBouncer.
# https://docs.djangoproject.com/en/5.2/ref/databases/#transaction-pooling-server-side-cursors
DATABASES["default"]["DISABLE_SERVER_SIDE_CURSORS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# --- Cache and sessions -----------------------------------------------------------
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    # Django's RedisCache, failing soft: a Redis outage serves uncached pages and logs one warning
    # (shop/core/cache.py); short timeouts so a hung Redis costs milliseconds.
    # https://docs.djangoproject.com/en/5.2/topics/cache/#redis
    CACHES = {
        "default": {
            "BACKEND": "shop.core.cache.TolerantRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    # Sessions in the database, read through the cache: a Redis restart logs nobody out and loses
    # no guest checkout. https://docs.djangoproject.com/en/5.2/topics/http/sessions/#using-cached-sessions
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # Not cached_db on a per-process memory cache: another worker process would read a stale copy.
    SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Users ------------------------------------------------------------------------
# One user model from the first migration: email is the login (Oscar's AbstractUser).
AUTH_USER_MODEL = "users.User"
AUTHENTICATION_BACKENDS = [
    # First, as django-axes requires: refuses any login while the account or the IP is locked out.
    "axes.backends.AxesStandaloneBackend",
    # Email login with one password hash per attempt, known account or not (no timing oracle).
    "shop.users.backends.EmailBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "customer:login"

# --- Login throttling (django-axes) and other abuse limits --------------------------
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
# 10 failed logins lock the account (on any IP) and, separately, the IP (for any account) for an hour;
# staff unlock earlier in the Django admin (Axes > Access attempts) or `manage.py axes_reset_username`.
AXES_FAILURE_LIMIT = 10
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
# Every login form here names the field "username"; the callable lower-cases it, so "A@x" and "a@x" count as one.
AXES_USERNAME_FORM_FIELD = "username"
AXES_USERNAME_CALLABLE = "shop.users.limits.axes_username"
# Behind a proxy, set this to a callable that reads the trusted X-Forwarded-For hop.
AXES_CLIENT_IP_CALLABLE = os.environ.get("AXES_CLIENT_IP_CALLABLE") or None
# Password-reset and registration emails per address and requests per IP, per hour (shop/users/limits.py).
SHOP_EMAILS_PER_ADDRESS_PER_HOUR = 3
SHOP_ACCOUNT_REQUESTS_PER_IP_PER_HOUR = 30
# Staff, editors and superusers must confirm a TOTP code before any admin area (shop/users/two_factor.py).
OTP_TOTP_ISSUER = "Florava"
LOGIN_REDIRECT_URL = "/"

# --- Internationalisation ---------------------------------------------------------
# English interface, every string translatable; German market conventions.
# British English: with plain "en", gettext falls back to Oscar's American catalogue ("cart").
LANGUAGE_CODE = "en-gb"
LANGUAGES = [("en-gb", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

# --- Static and media -------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Email ------------------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Florava <shop@florava.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# An SMTP server that accepts and never answers must not hold a worker forever (seconds).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# --- Background tasks ---------------------------------------------------------------
# Emails are sent by a worker (`manage.py db_worker`, started by `make run`), never inside a
# customer's request: tasks are rows in the database until the worker runs them.
# https://github.com/RealOrangeOne/django-tasks-db
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

# --- Security defaults that hold everywhere ------------------------------------------
SESSION_COOKIE_HTTPONLY = True
# No cookie rides along on a cross-site POST. Django's session, CSRF and messages cookies read these;
# cookies set without SameSite (Oscar's basket cookie) get SHOP_COOKIE_SAMESITE from
# shop.core.middleware.SecurityHeadersMiddleware.
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SHOP_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Browser features no page of the shop uses are switched off for it and for anything it embeds.
# https://developer.mozilla.org/docs/Web/HTTP/Headers/Permissions-Policy
SHOP_PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), "
    "magnetometer=(), microphone=(), midi=(), payment=(self), publickey-credentials-get=(self), usb=(), "
    "xr-spatial-tracking=()"
)
# Personal pages are never stored by the browser or a proxy (Cache-Control: no-store): basket,
# checkout and its thank-you page, account, login, order status, and the staff areas.
SHOP_NO_STORE_NAMESPACES = ["basket", "checkout", "customer", "dashboard"]
SHOP_NO_STORE_PATHS = [r"^/cms/", r"^/django-admin/"]

# Content-Security-Policy (django-csp 4: https://django-csp.readthedocs.io/en/latest/configuration.html).
# Storefront, magazine and checkout: everything from this site only; scripts from files or with the
# request's nonce (Oscar's onbodyload block, JSON-LD), never 'unsafe-inline'. Styles allow inline
# style attributes (Oscar's and Wagtail's templates and Bootstrap's JavaScript set them); CSS cannot
# run script. Enforced everywhere (dev and tests too), so a violation shows up before production.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [csp.SELF],
        "script-src": [csp.SELF, csp.NONCE],
        "style-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:"],
        "font-src": [csp.SELF],
        "connect-src": [csp.SELF],
        "frame-src": [csp.SELF],
        "object-src": [csp.NONE],
        "base-uri": [csp.SELF],
        "form-action": [csp.SELF],
        "frame-ancestors": [csp.SELF],
    }
}
# Wagtail's admin (/cms/), Oscar's dashboard and Django's admin use inline scripts and event
# handlers of their own: they get 'unsafe-inline' for scripts, still from this site only. The HTML
# staff type there is sanitised on save (shop/security/html.py). blob: for Wagtail's image-upload previews.
SHOP_CSP_STAFF_PATHS = [r"^/cms/", r"^/django-admin/", r"^(?:/[a-z]{2}(?:-[a-z]+)?)?/shop/dashboard/"]
SHOP_CSP_STAFF_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [csp.SELF, csp.UNSAFE_INLINE],
        "img-src": [csp.SELF, "data:", "blob:"],
        "font-src": [csp.SELF, "data:"],
    }
}

# --- Oscar ------------------------------------------------------------------------
OSCAR_SHOP_NAME = "Florava"
OSCAR_SHOP_TAGLINE = _("Probiotics, clinically tested & highly effective")
OSCAR_HOMEPAGE = "/"
OSCAR_DEFAULT_CURRENCY = "EUR"
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_ALLOW_ANON_CHECKOUT = True
# Guests may order with an address that has an account: refusing it told anyone which addresses are registered.
OSCAR_ALLOW_GUEST_CHECKOUT_WITH_ACCOUNT = True
OSCAR_HIDDEN_FEATURES = ["reviews", "wishlists"]
# Oscar's "Content → Pages" (flatpages) is left out: Wagtail is the only page system.
OSCAR_DASHBOARD_NAVIGATION = [
    {**item, "children": [child for child in item["children"] if child.get("url_name") != "dashboard:page-list"]}
    if "children" in item
    else item
    for item in OSCAR_DASHBOARD_NAVIGATION  # noqa: F405
] + [
    {
        "label": _("Pages & magazine (CMS)"),
        "icon": "fas fa-newspaper",
        "url_name": "wagtailadmin_home",
        "access_fn": dashboard_nav_cms_access,
    },
]
# Prices are formatted the German way (12,95 €) whatever the interface language.
OSCAR_CURRENCY_FORMAT = {
    "EUR": {"currency_digits": True, "format_type": "standard", "format": "#,##0.00\xa0¤", "locale": "de_DE"}
}

# --- Orders, payment and shipping ----------------------------------------------------
# The order lifecycle staff walk in the dashboard; only these transitions are offered. Declared
# once, with each status' stock, payment, email and required details, in shop/apps/order/lifecycle.py.
# https://django-oscar.readthedocs.io/en/latest/ref/settings.html#oscar-order-status-pipeline
ORDER_PENDING_PAYMENT = order_lifecycle.PENDING_PAYMENT
ORDER_PAID = order_lifecycle.PAID
ORDER_PROCESSING = order_lifecycle.PROCESSING
ORDER_SHIPPED = order_lifecycle.SHIPPED
ORDER_DELIVERED = order_lifecycle.DELIVERED
ORDER_CANCELLED = order_lifecycle.CANCELLED
ORDER_REFUNDED = order_lifecycle.REFUNDED
OSCAR_INITIAL_ORDER_STATUS = order_lifecycle.INITIAL_STATUS
OSCAR_ORDER_STATUS_PIPELINE = order_lifecycle.status_pipeline()
# Unpaid orders older than this are listed as overdue in the dashboard.
SHOP_UNPAID_ORDER_OVERDUE_DAYS = int(os.environ.get("SHOP_UNPAID_ORDER_OVERDUE_DAYS", "7"))

# Payment methods offered at checkout, in this order (shop/payments/methods.py).
SHOP_PAYMENT_METHODS = ["shop.payments.methods.BankTransfer"]
# Shown on the confirmation page and email for prepayment by bank transfer.
SHOP_BANK_ACCOUNT = {
    "holder": os.environ.get("SHOP_BANK_HOLDER", "Florava GmbH"),
    "iban": os.environ.get("SHOP_BANK_IBAN", "DE02 1203 0000 0000 2020 51"),
    "bic": os.environ.get("SHOP_BANK_BIC", "BYLADEM1001"),
    "bank": os.environ.get("SHOP_BANK_NAME", "Demo Bank Berlin"),
}
# Days a customer has to pay a prepayment order before it may be cancelled.
SHOP_PREPAYMENT_DAYS = 7
# Shipping: the country the free-shipping notice in the basket is worked out for.
# Shipping VAT follows the goods' rates (VAT_RATES below; shop/apps/order/vat.py).
SHOP_DEFAULT_SHIPPING_COUNTRY = "DE"
# Tracking links in the "shipped" email, by carrier name as staff enter it.
SHOP_CARRIER_TRACKING_URLS = {
    "DHL": "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={number}",
    "DPD": "https://tracking.dpd.de/status/de_DE/parcel/{number}",
    "Hermes": "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{number}",
    "GLS": "https://gls-group.com/DE/de/paketverfolgung?match={number}",
    "UPS": "https://www.ups.com/track?tracknum={number}",
}

# Oscar's stock search app still needs a Haystack connection to start; nothing is
# indexed there (see ../shared/DESIGN.md: one search engine, Wagtail's).
HAYSTACK_CONNECTIONS = {"default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}}
HAYSTACK_SIGNAL_PROCESSOR = "haystack.signals.BaseSignalProcessor"

# --- Wagtail ----------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Florava"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", f"http://{SITE_HOSTNAME}:{SITE_PORT}")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Decodes each upload once, so a damaged image is refused with a message (blog/forms.py).
WAGTAILIMAGES_IMAGE_FORM_BASE = "blog.forms.ImageForm"
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no calls home from the admin
# No avatars from gravatar.com: the admin loads nothing from other sites (CSP: self-hosted only).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_LOGIN_URL = "wagtailadmin_login"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # Wagtail logs every page action and django-tasks every task run at INFO.
        "wagtail": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django_tasks_db": {"level": "WARNING"},  # the worker logs every task it runs at INFO
        # django-axes logs every login at INFO; failures and lockouts come at WARNING.
        "axes": {"level": "WARNING"},
    },
}

# --- Prices (Germany) ------------------------------------------------------------------
# Stock-record prices are gross. Each product class names a VAT band; the rates live here
# so a change of law (e.g. 2020's temporary 5 % / 16 %) is one line. Strings: exact Decimals.
VAT_RATES = {
    "reduced": os.environ.get("VAT_RATE_REDUCED", "0.07"),
    "standard": os.environ.get("VAT_RATE_STANDARD", "0.19"),
}
# Where "plus shipping", the magazine and the legal links point is chosen in the CMS:
# Settings → Site links (shop/core/models.py: SiteLinks), never typed here.
