"""The order lifecycle is one table; locks are taken in one order; a lost lock race is retried.

The table (shop/apps/order/lifecycle.py) is read by the settings, the dashboard form, the
event handler and the emails: changing a row changes all of them.
"""

import dataclasses

import pytest
from django.conf import settings
from django.db import OperationalError, transaction
from django.template.loader import get_template
from oscar.apps.basket.signals import basket_addition
from oscar.apps.order import exceptions
from oscar.core.loading import get_class, get_model

from shop.apps.checkout import placement
from shop.apps.checkout.placement import place_order_once
from shop.apps.dashboard.orders.forms import OrderStatusForm
from shop.apps.order import lifecycle

from .conftest import make_basket, order_kwargs

ProductRecord = get_model("analytics", "ProductRecord")
EventHandler = get_class("order.processing", "EventHandler")


def test_oscar_pipeline_and_initial_status_come_from_the_table():
    """OSCAR_ORDER_STATUS_PIPELINE is the table's next statuses; every status named there has a row."""
    assert settings.OSCAR_ORDER_STATUS_PIPELINE == {status: step.next for status, step in lifecycle.LIFECYCLE.items()}
    assert settings.OSCAR_INITIAL_ORDER_STATUS in lifecycle.LIFECYCLE
    assert all(nxt in lifecycle.LIFECYCLE for step in lifecycle.LIFECYCLE.values() for nxt in step.next)
    # Only final statuses have no way out, and every final status releases or ships nothing twice.
    assert [s.status for s in lifecycle.LIFECYCLE.values() if s.is_final] == [lifecycle.CANCELLED, lifecycle.REFUNDED]


@pytest.mark.parametrize(
    "code", [lifecycle.ORDER_PLACED_EMAIL, *(s.email for s in lifecycle.LIFECYCLE.values() if s.email)]
)
def test_every_email_in_the_table_has_its_templates(code):
    """An email named in the table can be rendered: subject, text and HTML templates exist."""
    for part in ("subject.txt", "body.txt", "body.html"):
        assert get_template(f"oscar/communication/emails/commtype_{code.lower()}_{part}")


@pytest.fixture
def order(products, shipping_zones):
    order, _created = place_order_once(**order_kwargs(make_basket((products[0], 1))))
    return order


def test_a_required_detail_added_to_the_table_is_asked_for_by_the_form_and_enforced_by_the_handler(order, monkeypatch):
    """Require a tracking number for "Paid" in the table only: the form asks for it and the handler refuses without."""
    paid = lifecycle.LIFECYCLE[lifecycle.PAID]
    monkeypatch.setitem(
        lifecycle.LIFECYCLE, lifecycle.PAID, dataclasses.replace(paid, required=(lifecycle.TRACKING_NUMBER,))
    )

    form = OrderStatusForm(order=order, data={"new_status": lifecycle.PAID})
    assert "tracking_number" in form.fields and "carrier" not in form.fields
    assert not form.is_valid() and form.errors["tracking_number"] == ["Enter the tracking number."]

    with pytest.raises(exceptions.InvalidOrderStatus, match="tracking number"):
        EventHandler().handle_order_status_change(order, lifecycle.PAID)
    EventHandler().handle_order_status_change(order, lifecycle.PAID, tracking_number="RX1")
    order.refresh_from_db()
    assert (order.status, order.tracking_number) == (lifecycle.PAID, "RX1")


def test_the_form_offers_shipment_details_only_when_shipping_is_next(order):
    """A pending order's form has no carrier field; a processing order's has carrier and tracking number."""
    assert "carrier" not in OrderStatusForm(order=order).fields
    handler = EventHandler()
    handler.handle_order_status_change(order, lifecycle.PAID)
    handler.handle_order_status_change(order, lifecycle.PROCESSING)
    fields = OrderStatusForm(order=order).fields
    assert {"carrier", "tracking_number"} <= set(fields)
    assert [value for value, _label in fields["new_status"].choices] == [lifecycle.SHIPPED, lifecycle.REFUNDED]


def test_analytics_counters_wait_for_the_commit(products):
    """Oscar's basket-addition counter takes no lock inside the customer's transaction: it is written after commit."""
    product = products[0]
    callbacks = []
    with transaction.atomic():
        connection = transaction.get_connection()
        before = len(connection.run_on_commit)
        basket_addition.send(sender=None, product=product, user=None, request=None)
        assert not ProductRecord.objects.filter(product=product).exists()
        callbacks = [callback for _sids, callback, _robust in connection.run_on_commit[before:]]
    for callback in callbacks:  # what Django does when the (test-wrapped) transaction commits
        callback()
    assert ProductRecord.objects.get(product=product).num_basket_additions == 1


def _lost(sqlstate="40P01"):
    error = OperationalError("deadlock detected")
    error.__cause__ = type("Cause", (Exception,), {"sqlstate": sqlstate})()
    return error


def test_a_transaction_that_loses_a_deadlock_is_run_again_a_bounded_number_of_times():
    """Deadlock/serialization victims are retried up to MAX_ATTEMPTS; other errors are not retried."""
    calls = []

    def flaky(fail_times, sqlstate="40P01"):
        calls.append(1)
        if len(calls) <= fail_times:
            raise _lost(sqlstate)
        return "placed"

    assert placement.retry_lost_lock_races(flaky, 2) == "placed" and len(calls) == 3

    calls.clear()
    with pytest.raises(OperationalError):
        placement.retry_lost_lock_races(flaky, 99)
    assert len(calls) == placement.MAX_ATTEMPTS

    calls.clear()
    with pytest.raises(OperationalError):
        placement.retry_lost_lock_races(flaky, 1, sqlstate="23505")  # not a lock race: raised at once
    assert len(calls) == 1
