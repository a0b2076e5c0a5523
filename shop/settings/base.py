"""Settings shared by every environment.

Environment variables in, safe defaults out: a fresh clone runs on SQLite with no
configuration. ``dev.py``, ``test.py`` and ``production.py`` change a few lines.
The README lists every variable read here.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  (Oscar's OSCAR_* defaults, overridden below)

from shop.core.permissions import dashboard_nav_cms_access

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
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
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
    # Login throttling and lockout; two-factor (TOTP) for everyone who reaches an admin area.
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
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
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
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
                "oscar.apps.search.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.apps.communication.notifications.context_processors.notifications",
                "oscar.core.context_processors.metadata",
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
    # https://docs.djangoproject.com/en/5.2/topics/cache/#redis
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}}
    SESSION_ENGINE = "django.contrib.sessions.backends.cache"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
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

# --- Security defaults that hold everywhere ------------------------------------------
SESSION_COOKIE_HTTPONLY = True

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
OSCAR_DASHBOARD_NAVIGATION = [
    *OSCAR_DASHBOARD_NAVIGATION,  # noqa: F405
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
# The order lifecycle staff walk in the dashboard; only these transitions are offered.
# https://django-oscar.readthedocs.io/en/latest/ref/settings.html#oscar-order-status-pipeline
ORDER_PENDING_PAYMENT = "Pending payment"
ORDER_PAID = "Paid"
ORDER_PROCESSING = "Processing"
ORDER_SHIPPED = "Shipped"
ORDER_DELIVERED = "Delivered"
ORDER_CANCELLED = "Cancelled"
ORDER_REFUNDED = "Refunded"
OSCAR_INITIAL_ORDER_STATUS = ORDER_PENDING_PAYMENT
OSCAR_ORDER_STATUS_PIPELINE = {
    ORDER_PENDING_PAYMENT: (ORDER_PAID, ORDER_CANCELLED),
    ORDER_PAID: (ORDER_PROCESSING, ORDER_CANCELLED, ORDER_REFUNDED),
    ORDER_PROCESSING: (ORDER_SHIPPED, ORDER_REFUNDED),
    ORDER_SHIPPED: (ORDER_DELIVERED, ORDER_REFUNDED),
    ORDER_DELIVERED: (ORDER_REFUNDED,),
    ORDER_CANCELLED: (),
    ORDER_REFUNDED: (),
}
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
# Every price links here ("incl. VAT, plus shipping"): the Wagtail info page with slug "shipping".
SHIPPING_INFO_URL = os.environ.get("SHIPPING_INFO_URL", "/shipping/")
