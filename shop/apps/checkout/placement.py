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

Lock order, the same everywhere in the shop: basket row, stock rows by primary key,
vouchers by primary key. Counters (Oscar's analytics) are updated after the commit
(``shop/apps/order/analytics.py``), never inside. Should PostgreSQL still pick this
transaction as a deadlock or serialization victim, the whole transaction is run again
(a few times, with a short random pause): placing is idempotent per basket, so a retry
can never place a second order.
"""

import logging
import random
import time
from collections import Counter

from django.db import OperationalError, connection, transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
Voucher = get_model("voucher", "Voucher")
OrderCreator = get_class("order.utils", "OrderCreator")
OrderNumberGenerator = get_class("order.utils", "OrderNumberGenerator")


logger = logging.getLogger("shop.checkout")

#: PostgreSQL's "deadlock detected" and "could not serialize access": retrying the transaction is the cure.
RETRYABLE_SQLSTATES = {"40P01", "40001"}
#: How often a transaction that lost a lock race is run in all.
MAX_ATTEMPTS = 3


class OrderNotPlaced(Exception):
    """The order cannot be placed; ``str(error)`` is a message for the customer."""


def lost_lock_race(error):
    """Whether ``error`` is a deadlock or serialization failure the database rolled back for us."""
    return getattr(error.__cause__, "sqlstate", None) in RETRYABLE_SQLSTATES


def retry_lost_lock_races(function, *args, attempts=MAX_ATTEMPTS, **kwargs):
    """Run ``function`` (one idempotent transaction) again if the database picked it as a deadlock victim.

    Only at the top level: inside an outer transaction the retry would run on a transaction
    the database has already aborted, so there ``function`` runs once.
    """
    if connection.in_atomic_block:
        attempts = 1
    for attempt in range(1, attempts + 1):
        try:
            return function(*args, **kwargs)
        except OperationalError as error:
            if attempt == attempts or not lost_lock_race(error):
                raise
            logger.warning("%s lost a lock race (attempt %d of %d): %s", function.__name__, attempt, attempts, error)
            time.sleep(random.uniform(0.01, 0.05) * attempt)  # noqa: S311  (jitter, not security)


def place_order_once(**kwargs):
    """Place the basket's order, or return the one already placed for it (see ``_place_order_once``)."""
    return retry_lost_lock_races(_place_order_once, **kwargs)


def _place_order_once(
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
