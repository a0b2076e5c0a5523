"""Wagtail admin customisation: links across to the Oscar dashboard."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from shop.core.permissions import can_access_dashboard


class DashboardMenuItem(MenuItem):
    """Shown only to people who may use the shop dashboard."""

    def is_shown(self, request):
        return can_access_dashboard(request.user)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(_("Shop dashboard"), reverse("dashboard:index"), icon_name="link-external", order=10000)
