"""Status changes staff make in the dashboard, carried out as ``lifecycle.LIFECYCLE`` declares.

Every change locks the order row, is checked against the lifecycle, stores the details the
new status requires (carrier and tracking number for "Shipped"), moves stock and payment
records, is recorded with who and when (Oscar's ``OrderStatusChange`` plus a note carrying
the user), and queues the customer's email. What each status does lives in the table, not
here.
"""

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.apps.order import exceptions
from oscar.apps.order.processing import EventHandler as CoreEventHandler
from oscar.core.loading import get_model

from . import lifecycle
from .emails import queue_order_email

Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")
ShippingEventType = get_model("order", "ShippingEventType")
PaymentEventType = get_model("order", "PaymentEventType")


class MissingShipmentDetails(exceptions.InvalidOrderStatus):
    """A status needs details (e.g. carrier and tracking number) that were not given."""


class EventHandler(CoreEventHandler):
    def handle_order_status_change(self, order, new_status, note_msg=None, **details):
        """Move the order to ``new_status`` if the lifecycle allows it; raises ``InvalidOrderStatus`` if not.

        ``details`` are the values the new status requires (``Step.required``), by name.
        """
        with transaction.atomic():
            # Two staff clicking at once: the second sees the first one's status and is refused.
            locked = Order.objects.select_for_update().get(pk=order.pk)
            old_status = locked.status
            if not lifecycle.can_move(old_status, new_status):
                raise exceptions.InvalidOrderStatus(
                    _("An order in status “%(old)s” cannot become “%(new)s”.") % {"old": old_status, "new": new_status}
                )
            old, new = lifecycle.step(old_status), lifecycle.step(new_status)
            self._store_details(locked, new, details)
            lines = list(locked.lines.all())
            quantities = [line.quantity for line in lines]
            self._move_stock(locked, old, new, lines, quantities)
            self._move_payment(locked, new, lines, quantities)
            locked.set_status(new_status)
            OrderNote.objects.create(
                order=locked,
                user=self.user if self.user and self.user.is_authenticated else None,
                note_type=OrderNote.SYSTEM,
                message=note_msg
                or _("Status changed from “%(old)s” to “%(new)s”.") % {"old": old_status, "new": new_status},
            )
            if new.email:
                queue_order_email(locked, new.email)

        # The caller's instance shows the new state too.
        order.refresh_from_db()

    def _store_details(self, order, step, details):
        values = [(detail, (details.get(detail.name) or "").strip()) for detail in step.required]
        missing = [str(detail.missing) for detail, value in values if not value]
        if missing:
            raise MissingShipmentDetails(" ".join(missing))
        for detail, value in values:
            setattr(order, detail.order_field, value)

    def _move_stock(self, order, old, new, lines, quantities):
        if new.stock == lifecycle.SHIP_STOCK:
            self.consume_stock_allocations(order, lines, quantities)
            reference = " ".join(getattr(order, detail.order_field) for detail in new.required)
            event_type = ShippingEventType.objects.get_or_create(name=new.status)[0]
            self.create_shipping_event(order, event_type, lines, quantities, reference=reference)
        elif new.stock == lifecycle.RELEASE_STOCK and old.holds_stock:
            # Goods never left the warehouse: they can be sold again.
            self.cancel_stock_allocations(order, lines, quantities)

    def _move_payment(self, order, new, lines, quantities):
        if not new.payment:
            return
        event_type = PaymentEventType.objects.get_or_create(name=new.status)[0]
        self.create_payment_event(order, event_type, order.total_incl_tax, lines, quantities, reference=order.number)
        for source in order.sources.all():
            if new.payment == lifecycle.DEBIT:
                source.debit(source.amount_allocated - source.amount_debited, reference=order.number)
            else:
                source.refund(source.amount_debited - source.amount_refunded, reference=order.number)
