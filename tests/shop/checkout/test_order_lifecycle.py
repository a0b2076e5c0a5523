"""Staff walk an order through its lifecycle in the dashboard; the customer is emailed at each step."""

import datetime

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from shop.apps.checkout.placement import place_order_once

from .conftest import GUEST_EMAIL, make_basket, order_kwargs

Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")


@pytest.fixture
def order(products, shipping_zones):
    """A guest's prepayment order for 2 × Daily Gut (stock 20, 2 allocated)."""
    order, _created = place_order_once(**order_kwargs(make_basket((products[0], 2))))
    return order


@pytest.fixture
def staff_client(client, shop_staff):
    client.force_login(shop_staff)
    return client


def change_status(client, order, new_status, capture, **extra):
    with capture(execute=True):
        return client.post(
            reverse("dashboard:order-detail", args=[order.number]),
            {"order_action": "change_order_status", "new_status": new_status, **extra},
        )


def stock(order):
    record = order.lines.get().stockrecord
    record.refresh_from_db()
    return record.num_in_stock, record.num_allocated


def test_paid_then_shipped_with_tracking_then_delivered(
    staff_client, order, shop_staff, django_capture_on_commit_callbacks
):
    """Each step is recorded with who and when; "paid" and "shipped" email the customer, with the tracking link."""
    change_status(staff_client, order, "Paid", django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == "Paid"
    assert mail.outbox[-1].to == [GUEST_EMAIL] and "Payment received" in mail.outbox[-1].subject
    assert order.sources.get().amount_debited == order.total_incl_tax

    change_status(staff_client, order, "Processing", django_capture_on_commit_callbacks)
    response = change_status(
        staff_client,
        order,
        "Shipped",
        django_capture_on_commit_callbacks,
        carrier="DHL",
        tracking_number="00340434161094042557",
    )
    assert response.status_code == 302
    order.refresh_from_db()
    assert order.status == "Shipped" and order.tracking_number == "00340434161094042557"
    shipped_mail = mail.outbox[-1]
    assert "on its way" in shipped_mail.subject
    assert "piececode=00340434161094042557" in shipped_mail.body
    assert stock(order) == (18, 0)  # the allocation became a shipment

    change_status(staff_client, order, "Delivered", django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == "Delivered"
    assert [change.new_status for change in order.status_changes.order_by("date_created")] == [
        "Paid",
        "Processing",
        "Shipped",
        "Delivered",
    ]
    notes = order.notes.filter(note_type=OrderNote.SYSTEM)
    assert notes.count() == 4 and {note.user for note in notes} == {shop_staff}
    assert len(mail.outbox) == 2  # processing and delivered send nothing


def test_shipping_needs_carrier_and_tracking_number(staff_client, order, django_capture_on_commit_callbacks):
    """Without the parcel's details the order stays where it is and staff see why."""
    change_status(staff_client, order, "Paid", django_capture_on_commit_callbacks)
    change_status(staff_client, order, "Processing", django_capture_on_commit_callbacks)
    response = change_status(staff_client, order, "Shipped", django_capture_on_commit_callbacks, carrier="DHL")
    assert response.status_code == 200
    assert "Enter the tracking number" in response.content.decode()
    order.refresh_from_db()
    assert order.status == "Processing"


def test_only_allowed_transitions_are_offered_and_accepted(staff_client, order, django_capture_on_commit_callbacks):
    """An unpaid order cannot jump to shipped; the form offers only paid and cancelled."""
    page = staff_client.get(reverse("dashboard:order-detail", args=[order.number]))
    choices = [value for value, _label in page.context["order_status_form"].fields["new_status"].choices]
    assert choices == ["Paid", "Cancelled"]
    change_status(
        staff_client, order, "Shipped", django_capture_on_commit_callbacks, carrier="DHL", tracking_number="1"
    )
    order.refresh_from_db()
    assert order.status == "Pending payment"
    assert not mail.outbox


def test_cancelling_an_unpaid_order_releases_its_stock(staff_client, order, django_capture_on_commit_callbacks):
    assert stock(order) == (20, 2)
    change_status(staff_client, order, "Cancelled", django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == "Cancelled"
    assert stock(order) == (20, 0)
    assert "cancelled" in mail.outbox[-1].subject


def test_refund_after_payment(staff_client, order, django_capture_on_commit_callbacks):
    """A paid order refunded before shipping: stock released, refund recorded, customer emailed."""
    change_status(staff_client, order, "Paid", django_capture_on_commit_callbacks)
    change_status(staff_client, order, "Refunded", django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == "Refunded"
    assert order.sources.get().amount_refunded == order.total_incl_tax
    assert stock(order) == (20, 0)
    assert "Refund" in mail.outbox[-1].subject


def test_customers_cannot_change_order_status(client, customer, order, django_capture_on_commit_callbacks):
    """The dashboard refuses non-staff: no change, no email."""
    client.force_login(customer)
    response = change_status(client, order, "Paid", django_capture_on_commit_callbacks)
    assert response.status_code in (302, 403)
    assert reverse("dashboard:order-detail", args=[order.number]) not in response.get("Location", "")
    order.refresh_from_db()
    assert order.status == "Pending payment"
    assert not mail.outbox


def test_bulk_status_change_cannot_skip_shipment_details(staff_client, order, django_capture_on_commit_callbacks):
    """Marking orders shipped from the list needs tracking numbers, so it is refused with a message, not a 500."""
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("dashboard:order-list"),
            {"action": "change_order_statuses", "selected_order": [order.pk], "new_status": "Shipped"},
            follow=True,
        )
    assert response.status_code == 200
    order.refresh_from_db()
    assert order.status == "Pending payment"


def test_staff_filter_unpaid_orders_older_than_the_limit(staff_client, order, products, settings):
    """Unpaid orders older than SHOP_UNPAID_ORDER_OVERDUE_DAYS are counted and listed on their own."""
    settings.SHOP_UNPAID_ORDER_OVERDUE_DAYS = 7
    Order.objects.filter(pk=order.pk).update(date_placed=timezone.now() - datetime.timedelta(days=8))
    fresh, _created = place_order_once(**order_kwargs(make_basket((products[1], 1))))

    listing = staff_client.get(reverse("dashboard:order-list"))
    assert listing.context["unpaid_overdue_count"] == 1
    overdue = staff_client.get(reverse("dashboard:order-list"), {"unpaid_overdue": "on"})
    assert [o.number for o in overdue.context["orders"]] == [order.number]
    by_status = staff_client.get(reverse("dashboard:order-list"), {"status": "Pending payment"})
    assert {o.number for o in by_status.context["orders"]} == {order.number, fresh.number}
