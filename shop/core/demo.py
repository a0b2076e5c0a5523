"""Demo data for the site frame: both site records, home page, magazine, info pages, users.

Used by ``manage.py load_demo_data``; every function is idempotent.
"""

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, HomePage, InfoPage
from shop.core.models import SiteLinks
from shop.users.demo import prepare_demo_login
from shop.users.factories import UserFactory
from shop.users.roles import EDITORS, SHOP_STAFF, ensure_role_groups

# Local-only demo accounts; listed in the README. load_demo_data refuses to run with DEBUG off.
DEMO_USERS = [
    # email, password, first name, last name, flags, groups
    ("admin@florava.example", "florava-admin", "Ada", "Admin", {"is_staff": True, "is_superuser": True}, []),
    ("editor@florava.example", "florava-editor", "Emil", "Editor", {}, [EDITORS]),
    ("staff@florava.example", "florava-staff", "Sina", "Staff", {"is_staff": True}, [SHOP_STAFF]),
    ("customer@florava.example", "florava-customer", "Clara", "Customer", {}, []),
]

INFO_PAGES = [
    (
        "imprint",
        "Imprint",
        "<p><b>Florava GmbH</b><br>Musterstraße 12<br>10115 Berlin, Germany</p>"
        "<p>Managing director: Dr. Jana Beispiel<br>Commercial register: Amtsgericht Berlin-Charlottenburg, "
        "HRB 000000 (demo)<br>VAT ID: DE000000000 (demo)</p>"
        "<p>Email: hello@florava.example · Phone: +49 30 0000000</p>",
    ),
    (
        "privacy",
        "Privacy policy",
        "<p>We process your personal data only to run your order, your account and, if you agree, our "
        "newsletter (Art. 6(1)(b) and (a) GDPR). We do not sell data and load no third-party trackers: every "
        "font, script and image on this site is served by us.</p>"
        "<p>You have the right to access, rectify, erase and port your data and to object to its processing. "
        "Write to privacy@florava.example.</p>",
    ),
    (
        "terms",
        "Terms and conditions",
        "<p>These terms apply to all orders placed in the Florava online shop by consumers resident in the "
        "European Union. The contract is concluded in English. Prices include the statutory VAT; shipping "
        "costs are shown before you order.</p>",
    ),
    (
        "right-of-withdrawal",
        "Right of withdrawal",
        "<p>You have the right to withdraw from this contract within fourteen days without giving any reason. "
        "The withdrawal period expires fourteen days after the day on which you or a third party named by you, "
        "other than the carrier, takes possession of the goods.</p>"
        "<p>To exercise the right of withdrawal, inform us (Florava GmbH, Musterstraße 12, 10115 Berlin, "
        "hello@florava.example) by a clear statement, for example a letter or email.</p>",
    ),
    (
        "shipping",
        "Shipping and payment",
        "<p>All prices include VAT. Standard delivery within Germany takes 1–3 working days; EU delivery 3–7 "
        "working days. Express delivery within Germany arrives the next working day.</p>"
        "<p>We accept prepayment by bank transfer; we ship as soon as your payment arrives.</p>",
    ),
    (
        "contact",
        "Contact",
        "<p>Questions about our products or your order? Write to hello@florava.example or call "
        "+49 30 0000000 (Mon–Fri, 9:00–17:00). We answer within one working day.</p>",
    ),
]


def _upsert_child(parent, model, slug, **fields):
    page = model.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
    else:
        for name, value in fields.items():
            setattr(page, name, value)
    page.save_revision().publish()
    return page


def load_sites_and_pages(stdout):
    """Home page as the root of the one Wagtail site; both site records share one host name."""
    root = Page.get_first_root_node()
    # Wagtail's first migration made a plain "Welcome" page (slug "home") as the default
    # site's root; ours replaces it (its Site record goes with it and is recreated below).
    Page.objects.filter(depth=2).exact_type(Page).delete()
    home = HomePage.objects.first()
    if home is None:
        home = HomePage(
            title="Florava",
            slug="home",
            hero_heading="Good bacteria, proven to work",
        )
        root.add_child(instance=home)
    home.hero_heading = "Good bacteria, proven to work"
    home.hero_text = (
        "Probiotic strains chosen from clinical studies, in doses that match them. "
        "For your gut, your skin and your defences."
    )
    home.hero_cta_label = "Shop probiotics"
    home.hero_cta_url = "/shop/catalogue/"
    home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname = settings.SITE_HOSTNAME
    site.port = settings.SITE_PORT
    site.site_name = settings.WAGTAIL_SITE_NAME
    site.root_page = home
    site.save()

    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": f"{settings.SITE_HOSTNAME}:{settings.SITE_PORT}", "name": settings.WAGTAIL_SITE_NAME},
    )

    _upsert_child(
        home,
        BlogIndexPage,
        "blog",
        title="Magazine",
        intro="<p>What science says about the gut, the skin and the immune system, in plain words.</p>",
    )
    for slug, title, body in INFO_PAGES:
        _upsert_child(home, InfoPage, slug, title=title, body=body, last_reviewed=datetime.date(2026, 11, 1))
    SiteLinks.seed_site(site)
    stdout.write(f"Pages: home, magazine and {len(INFO_PAGES)} info pages on {site.hostname}:{site.port}.")


def load_users(stdout):
    """The four demo accounts (admin, editor, staff, customer) with their roles."""
    ensure_role_groups()
    User = get_user_model()
    for email, password, first_name, last_name, flags, groups in DEMO_USERS:
        user = User.objects.filter(email=email).first() or UserFactory.build(email=email)
        user.first_name, user.last_name = first_name, last_name
        for flag, value in flags.items():
            setattr(user, flag, value)
        user.set_password(password)
        user.save()
        user.groups.set(Group.objects.filter(name__in=groups))
        prepare_demo_login(user)  # confirmed email; admin-area accounts get the README's TOTP key
    stdout.write(f"Users: {', '.join(email for email, *_rest in DEMO_USERS)}.")
