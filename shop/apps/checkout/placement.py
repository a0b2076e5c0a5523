"""Place an order exactly once, without overselling: ``place_order_once``.

Oscar checks stock in the checkout's preconditions without a lock and allocates
later, and checks for an existing order number before its own transaction, so two
buyers can both get the last unit and a double submit can run twice (see
../shared/DESIGN.md, "Orders and stock"). Here, in one transaction:

1. lock the basket row: a second submit of the same basket (double click, two tabs,
   back button) waits, then finds the order the first one made and returns it;
2. lock the basket's stock records in primary-key order (the same order for every
   buyer, so no deadlocks) and re-check what is left for sale;
3. lock the basket's vouchers and re-check their usage limits;
4. create the order (Oscar's ``OrderCreator`` allocates the stock), its payment
   record, and mark the basket submitted.

Anything refused raises ``OrderNotPlaced`` with a message for the customer; the
transaction rolls back and the basket stays as it was.
"""

from collections import Counter

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
Voucher = get_model("voucher", "Voucher")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderNumberGenerator = get_class("order.utils", "OrderNumberGenerator")


class OrderNotPlaced(Exception):
    """The order cannot be placed; ``str(error)`` is a message for the customer."""


def place_order_once(
    *,
    basket,
    user,
    payment_method,
    shipping_method,
    shipping_charge,
    order_total,
    shipping_address=None,
    billing_address=None,
    request=None,
    **order_fields,
):
    """Place the basket's order, or return the one already placed for it.

    Returns ``(order, created)``. ``basket`` must have its pricing strategy and offers
    applied (as ``request.basket`` has).
    """
    with transaction.atomic():
        locked_basket = Basket.objects.select_for_update().get(pk=basket.pk)
        existing = Order.objects.filter(basket_id=basket.pk).first()
        if existing is not None:
            return existing, False
        if locked_basket.status not in (Basket.OPEN, Basket.FROZEN):
            raise OrderNotPlaced(_("This basket has already been ordered or is no longer available."))
        if basket.is_empty:
            raise OrderNotPlaced(_("Your basket is empty."))

        _lock_and_check_stock(basket)
        _lock_and_check_vouchers(basket, user)

        if shipping_address is not None:
            shipping_address.save()
        if billing_address is not None:
            billing_address.save()
        try:
            order = OrderCreator().place_order(
                basket=basket,
                total=order_total,
                shipping_method=shipping_method,
                shipping_charge=shipping_charge,
                user=user,
                shipping_address=shipping_address,
                billing_address=billing_address,
                order_number=str(OrderNumberGenerator().order_number(basket)),
                status=payment_method.initial_order_status,
                request=request,
                payment_method=payment_method.code,
                **order_fields,
            )
        except ValueError as error:  # OrderCreator's own refusals, e.g. a voucher used up meanwhile
            raise OrderNotPlaced(str(error)) from error
        payment_method.record_payment(order)
        basket.submit()
    return order, True


def _lock_and_check_stock(basket):
    lines = basket.all_lines()
    wanted = Counter()
    for line in lines:
        if line.stockrecord_id is None:
            raise OrderNotPlaced(_("“%(title)s” is no longer for sale.") % {"title": line.product.get_title()})
        wanted[line.stockrecord_id] += line.quantity
    records = StockRecord.objects.select_for_update().filter(pk__in=wanted).order_by("pk")
    records = {record.pk: record for record in records}
    for line in lines:
        record = records.get(line.stockrecord_id)
        if record is None:
            raise OrderNotPlaced(_("“%(title)s” is no longer for sale.") % {"title": line.product.get_title()})
        if not line.product.get_product_class().track_stock:
            continue
        available = max(record.net_stock_level, 0)
        if wanted[record.pk] > available:
            if available == 0:
                message = _("Sorry, “%(title)s” has just sold out.")
            else:
                message = _("Sorry, only %(available)d of “%(title)s” are left. Please change the quantity.")
            raise OrderNotPlaced(message % {"title": line.product.get_title(), "available": available})


def _lock_and_check_vouchers(basket, user):
    voucher_ids = [voucher.pk for voucher in basket.vouchers.all()]
    for voucher in Voucher.objects.select_for_update().filter(pk__in=voucher_ids).order_by("pk"):
        if not voucher.is_active():
            raise OrderNotPlaced(
                _("The voucher “%(code)s” has expired. Please remove it from your basket.") % {"code": voucher.code}
            )
        available, reason = voucher.is_available_to_user(user=user)
        if not available:
            raise OrderNotPlaced(
                _("The voucher “%(code)s” cannot be used: %(reason)s. Please remove it from your basket.")
                % {"code": voucher.code, "reason": reason}
            )
