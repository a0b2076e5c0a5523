import oscar.apps.dashboard.apps as apps
from django.apps import apps as registry
from django.urls import include, path
from oscar.core.loading import get_class

#: URL prefix → label of the dashboard sub-app served there (Oscar's list without "pages/").
SUB_APPS = {
    "catalogue/": "catalogue_dashboard",
    "reports/": "reports_dashboard",
    "orders/": "orders_dashboard",
    "users/": "users_dashboard",
    "partners/": "partners_dashboard",
    "offers/": "offers_dashboard",
    "ranges/": "ranges_dashboard",
    "reviews/": "reviews_dashboard",
    "vouchers/": "vouchers_dashboard",
    "comms/": "communications_dashboard",
    "shipping/": "shipping_dashboard",
}


class DashboardConfig(apps.DashboardConfig):
    """Oscar's dashboard without its flatpages editor ("Pages"): Wagtail is the only page system.

    Forked also so Oscar finds our forked sub-apps: ``get_class("dashboard.catalogue…")`` and
    ``dashboard.orders`` resolve through this app's name. Oscar's ``ready()`` and ``get_urls()``
    look up ``pages_dashboard``, which is not installed, so both are written out here.
    """

    name = "shop.apps.dashboard"

    def ready(self):
        self.index_view = get_class("dashboard.views", "IndexView")
        self.login_view = get_class("dashboard.views", "LoginView")
        self.sub_apps = {prefix: registry.get_app_config(label) for prefix, label in SUB_APPS.items()}
        self.configure_permissions()

    def get_urls(self):
        from django.contrib.auth import views as auth_views

        urls = [
            path("", self.index_view.as_view(), name="index"),
            *(path(prefix, include(app.urls[0])) for prefix, app in self.sub_apps.items()),
            path("login/", self.login_view.as_view(), name="login"),
            path("logout/", auth_views.LogoutView.as_view(next_page="/"), name="logout"),
        ]
        return self.post_process_urls(urls)
