import oscar.apps.order.apps as apps


class OrderConfig(apps.OrderConfig):
    name = "shop.apps.order"

    def ready(self):
        super().ready()
        from .analytics import update_counters_after_commit

        update_counters_after_commit()
