"""Oscar's analytics counters, updated after the customer's transaction commits.

Oscar's receivers (``oscar.apps.analytics.receivers``) update ``analytics_productrecord``
inside the request's transaction: place-order holds the stock row (``FOR UPDATE``) and then
waits for the product's counter row, while add-to-basket holds the counter row and then
waits for the stock row (its foreign-key check at COMMIT). PostgreSQL breaks that cycle by
killing one of them: a 500 for a customer. The lock order of the shop is "stock rows (by
primary key), then counters"; the simplest way to keep it is to take no counter lock inside
any customer transaction at all. These receivers do Oscar's work once the transaction has
committed, each counter in its own short autocommit statement, and a failure there is
logged instead of failing a request whose order or basket is already saved.
"""

from django.db import transaction
from oscar.apps.analytics import receivers as oscar_receivers
from oscar.apps.basket.signals import basket_addition
from oscar.apps.catalogue.signals import product_viewed
from oscar.apps.order.signals import order_placed

#: Oscar's receiver -> the signal it listens to.
OSCAR_RECEIVERS = {
    oscar_receivers.receive_basket_addition: basket_addition,
    oscar_receivers.receive_order_placed: order_placed,
    oscar_receivers.receive_product_view: product_viewed,
}


def after_commit(oscar_receiver):
    """Run ``oscar_receiver`` with the same arguments once the current transaction commits."""

    def receiver(sender, **kwargs):
        if kwargs.get("raw", False):
            return
        # robust: a counter that cannot be written is logged, never a 500 after the commit.
        transaction.on_commit(lambda: oscar_receiver(sender, **kwargs), robust=True)

    receiver.__name__ = f"{oscar_receiver.__name__}_after_commit"
    return receiver


#: Kept at module level: signals hold weak references to their receivers.
AFTER_COMMIT_RECEIVERS = {signal: after_commit(receiver) for receiver, signal in OSCAR_RECEIVERS.items()}


def update_counters_after_commit():
    """Swap Oscar's in-transaction analytics receivers for the after-commit ones (idempotent)."""
    for oscar_receiver, signal in OSCAR_RECEIVERS.items():
        signal.disconnect(oscar_receiver)
        signal.connect(AFTER_COMMIT_RECEIVERS[signal], dispatch_uid=f"shop.analytics.{oscar_receiver.__name__}")
