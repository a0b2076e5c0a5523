"""Shared fixtures: a Wagtail site with a home page, users per role, products."""

import pytest
from django.conf import settings
from oscar.test.factories import create_product
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, HomePage, InfoPage
from shop.core.permissions import EDITORS, SHOP_STAFF, ensure_role_groups
from tests.two_factor import force_login_passes_two_factor  # noqa: F401  (autouse: force_login includes 2FA)


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
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(email=email, password="pass-123-word")
    for flag, value in flags.items():
        setattr(user, flag, value)
    user.save()
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


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
