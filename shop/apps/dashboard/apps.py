import oscar.apps.dashboard.apps as apps


class DashboardConfig(apps.DashboardConfig):
    """Oscar's dashboard, forked only so Oscar finds our forked sub-apps.

    ``get_class("dashboard.catalogue…")`` and ``dashboard.orders`` resolve through this
    app's name, so the forks under ``shop.apps.dashboard`` need it.
    """

    name = "shop.apps.dashboard"
