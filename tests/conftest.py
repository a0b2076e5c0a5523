"""Shared fixtures: a Wagtail site with a home page, users per role, products; the reusable test database."""

import pytest
from django.conf import settings
from django.core.management import call_command
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, HomePage, InfoPage
from shop.apps.catalogue.factories import create_product
from shop.users.factories import UserFactory
from shop.users.roles import EDITORS, SHOP_STAFF, ensure_role_groups
from tests.two_factor import force_login_passes_two_factor  # noqa: F401  (autouse: force_login includes 2FA)

from . import databases


def _migrations_data_intact():
    """The rows the migrations make (Wagtail's root page and locale) are there: no flush emptied the database."""
    from wagtail.models import Locale

    return Page.objects.filter(depth=1).exists() and Locale.objects.exists()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database (kept between runs: ``--reuse-db``), plus a *pristine* copy of it.

    A transactional test (the PostgreSQL concurrency tests) ends with a flush that empties every table,
    the rows the migrations made included; with ``--reuse-db`` the next run would start from that. So the
    run keeps a copy of the freshly migrated database (``<name>-pristine``), restores the test database
    from it when a previous run left it emptied, and the browser tests build their demo from it.
    """
    with django_db_blocker.unblock():
        main = databases.current_name()
        pristine = databases.sibling_name(main, "pristine")
        if not _migrations_data_intact():
            if not databases.exists(pristine):
                pytest.exit(f"The test database {main} was emptied by a flush: run once with --create-db.", 2)
            databases.copy(pristine, main)
            call_command("migrate", verbosity=0)  # migrations added since the copy was made
        databases.copy(main, pristine)
    yield
    with django_db_blocker.unblock():
        databases.use(main)
        if not _migrations_data_intact():
            databases.copy(pristine, main)  # leave the next --reuse-db run a usable database
        databases.drop(pristine)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def home_page(db):
    """The site's home page as the default Wagtail site's root, with magazine and one info page."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).exact_type(Page).delete()
    home = HomePage(title="Florava", slug="home", hero_heading="Good bacteria, proven to work")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home, "site_name": settings.WAGTAIL_SITE_NAME},
    )
    home.add_child(instance=BlogIndexPage(title="Magazine", slug="blog"))
    home.add_child(instance=InfoPage(title="Imprint", slug="imprint", body="<p>Florava GmbH</p>"))
    return home


@pytest.fixture
def role_groups(db):
    ensure_role_groups()


def _make_user(django_user_model, email, groups=(), **flags):
    return UserFactory(email=email, groups=groups, **flags)


@pytest.fixture
def customer(django_user_model):
    return _make_user(django_user_model, "customer@example.com")


@pytest.fixture
def editor(django_user_model, role_groups):
    return _make_user(django_user_model, "editor@example.com", groups=[EDITORS])


@pytest.fixture
def shop_staff(django_user_model, role_groups):
    return _make_user(django_user_model, "staff@example.com", groups=[SHOP_STAFF], is_staff=True)


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(email="admin@example.com", password="pass-123-word")


@pytest.fixture
def product(db):
    """A public product with one stock record (12.95, 20 in stock)."""
    return create_product(title="Florava Daily Gut", price="12.95", num_in_stock=20)


@pytest.fixture(autouse=True)
def _fresh_content_type_cache():
    """Forget content types cached by an earlier test: a rolled-back test can leave ids that no longer exist."""
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
