"""The role matrix: who reaches the dashboard, the CMS and the Django admin."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def status_for(client, user, path):
    client.force_login(user)
    return client.get(path).status_code


def test_editor_uses_cms_but_not_dashboard(client, home_page, editor):
    """An editor edits pages in Wagtail and is refused the dashboard's order pages."""
    assert status_for(client, editor, "/cms/") == 200
    assert status_for(client, editor, f"/cms/pages/{home_page.pk}/edit/") == 200
    assert status_for(client, editor, reverse("dashboard:order-list")) in (302, 403)
    assert status_for(client, editor, "/django-admin/") == 302


def test_shop_staff_uses_dashboard_but_not_page_editor(client, home_page, shop_staff):
    """Shop staff run orders in the dashboard and are refused Wagtail's page editor."""
    assert status_for(client, shop_staff, reverse("dashboard:order-list")) == 200
    assert status_for(client, shop_staff, f"/cms/pages/{home_page.pk}/edit/") == 302
    assert status_for(client, shop_staff, "/cms/") == 302
    assert status_for(client, shop_staff, "/django-admin/") == 302


def test_customer_is_refused_both_back_offices(client, home_page, customer):
    """A customer reaches neither admin."""
    assert status_for(client, customer, "/cms/") == 302
    assert status_for(client, customer, reverse("dashboard:index")) == 403
    assert status_for(client, customer, "/django-admin/") == 302


def test_superuser_reaches_everything_with_cross_links(client, home_page, superuser):
    """A superuser has dashboard, CMS and Django admin; each back office links to the other."""
    assert status_for(client, superuser, "/django-admin/") == 200
    dashboard = client.get(reverse("dashboard:index"))
    assert dashboard.status_code == 200
    assert f'href="{reverse("wagtailadmin_home")}"' in dashboard.content.decode()
    cms = client.get("/cms/")
    assert cms.status_code == 200
    assert reverse("dashboard:index") in cms.content.decode()


def test_cross_links_only_for_those_allowed(client, home_page, editor, shop_staff):
    """The CMS shows no dashboard link to an editor; the dashboard no CMS link to shop staff."""
    client.force_login(editor)
    assert reverse("dashboard:index") not in client.get("/cms/").content.decode()
    client.force_login(shop_staff)
    assert f'href="{reverse("wagtailadmin_home")}"' not in client.get(reverse("dashboard:index")).content.decode()


def test_joining_shop_staff_group_grants_dashboard(client, home_page, customer, role_groups):
    """Adding a user to "Shop staff" (as Wagtail's user editor does) opens the dashboard; leaving closes it."""
    from django.contrib.auth.models import Group

    staff_group = Group.objects.get(name="Shop staff")
    customer.groups.add(staff_group)
    customer.refresh_from_db()
    assert customer.is_staff
    assert status_for(client, customer, reverse("dashboard:order-list")) == 200
    staff_group.user_set.remove(customer)  # from the group's side this time
    customer.refresh_from_db()
    assert not customer.is_staff
    assert status_for(client, customer, reverse("dashboard:order-list")) == 403
