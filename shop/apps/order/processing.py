"""The order lifecycle staff walk in the dashboard, with its side effects.

Pending payment → Paid → Processing → Shipped → Delivered; Cancelled from pending or
paid; Refunded after payment (``OSCAR_ORDER_STATUS_PIPELINE``). Every change locks the
order row, is checked against the pipeline, recorded with who and when (Oscar's
``OrderStatusChange`` plus a note carrying the user), moves stock and payment records,
and emails the customer.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from oscar.apps.order import exceptions
from oscar.apps.order.processing import EventHandler as CoreEventHandler
from oscar.core.loading import get_model

from .emails import STATUS_EMAILS, queue_order_email

Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")
ShippingEventType = get_model("order", "ShippingEventType")
PaymentEventType = get_model("order", "PaymentEventType")


class MissingShipmentDetails(exceptions.InvalidOrderStatus):
    """Shipping an order needs the carrier and the tracking number."""


# Statuses in which the order's stock is still allocated (not yet shipped, not released).
ALLOCATED_STATUSES = {settings.ORDER_PENDING_PAYMENT, settings.ORDER_PAID, settings.ORDER_PROCESSING}


class EventHandler(CoreEventHandler):
    def handle_order_status_change(self, order, new_status, note_msg=None, carrier="", tracking_number=""):
        """Move the order to ``new_status`` if the pipeline allows it; raises ``InvalidOrderStatus`` if not."""
        with transaction.atomic():
            # Two staff clicking at once: the second sees the first one's status and is refused.
            locked = Order.objects.select_for_update().get(pk=order.pk)
            old_status = locked.status
            if new_status not in locked.available_statuses():
                raise exceptions.InvalidOrderStatus(
                    _("An order in status “%(old)s” cannot become “%(new)s”.") % {"old": old_status, "new": new_status}
                )
            lines = list(locked.lines.all())
            quantities = [line.quantity for line in lines]

            if new_status == settings.ORDER_SHIPPED:
                carrier, tracking_number = carrier.strip(), tracking_number.strip()
                if not carrier or not tracking_number:
                    raise MissingShipmentDetails(_("Enter the carrier and the tracking number to mark it shipped."))
                locked.shipping_carrier, locked.tracking_number = carrier, tracking_number
                self.consume_stock_allocations(locked, lines, quantities)
                self.create_shipping_event(
                    locked,
                    ShippingEventType.objects.get_or_create(name=settings.ORDER_SHIPPED)[0],
                    lines,
                    quantities,
                    reference=f"{carrier} {tracking_number}",
                )
            elif new_status in (settings.ORDER_CANCELLED, settings.ORDER_REFUNDED) and old_status in ALLOCATED_STATUSES:
                # Goods never left the warehouse: they can be sold again.
                self.cancel_stock_allocations(locked, lines, quantities)

            if new_status in (settings.ORDER_PAID, settings.ORDER_REFUNDED):
                self._record_payment(locked, new_status, lines, quantities)

            locked.set_status(new_status)
            OrderNote.objects.create(
                order=locked,
                user=self.user if self.user and self.user.is_authenticated else None,
                note_type=OrderNote.SYSTEM,
                message=note_msg
                or _("Status changed from “%(old)s” to “%(new)s”.") % {"old": old_status, "new": new_status},
            )
            if new_status in STATUS_EMAILS:
                queue_order_email(locked, STATUS_EMAILS[new_status])

        # The caller's instance shows the new state too.
        order.refresh_from_db()

    def _record_payment(self, order, new_status, lines, quantities):
        amount = order.total_incl_tax
        event_type = PaymentEventType.objects.get_or_create(name=new_status)[0]
        self.create_payment_event(order, event_type, amount, lines, quantities, reference=order.number)
        for source in order.sources.all():
            if new_status == settings.ORDER_PAID:
                source.debit(source.amount_allocated - source.amount_debited, reference=order.number)
            else:
                source.refund(source.amount_debited - source.amount_refunded, reference=order.number)
