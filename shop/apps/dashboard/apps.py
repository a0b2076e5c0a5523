import oscar.apps.dashboard.apps as apps


class DashboardConfig(apps.DashboardConfig):
    """Oscar's dashboard; forked only so Oscar finds the forked sub-apps (``dashboard.catalogue``)
    (``dashboard.orders``) under ``shop.apps.dashboard`` — get_class resolves ``dashboard.<sub>`` through this app's name."""

    name = "shop.apps.dashboard"
