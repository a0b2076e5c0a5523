import oscar.apps.dashboard.orders.apps as apps


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    """Oscar's orders dashboard; ``get_class("dashboard.orders.views", …)`` finds this fork's views."""

    name = "shop.apps.dashboard.orders"
