"""Customers see only their own orders, addresses and basket; guests reach theirs by the signed link."""

import pytest
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model

from shop.apps.checkout.placement import place_order_once

from .conftest import GUEST_EMAIL, make_basket, order_kwargs, walk_to_preview

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")


@pytest.fixture
def other_customer(django_user_model):
    return django_user_model.objects.create_user(email="other@example.com", password="pass-123-word")


@pytest.fixture
def others_order(other_customer, products, shipping_zones):
    order, _created = place_order_once(**order_kwargs(make_basket((products[1], 1), owner=other_customer)))
    return order


@pytest.fixture
def others_address(other_customer, shipping_zones):
    return UserAddress.objects.create(
        user=other_customer,
        first_name="Otto",
        last_name="Other",
        line1="Geheimweg 1",
        line4="Köln",
        postcode="50667",
        country=Country.objects.get(pk="DE"),
    )


def test_customer_sees_own_order_with_status_and_reorders_it(client, customer, products, shipping_zones):
    """History lists the order; detail shows status and payment details; re-order puts the lines back in the basket."""
    order, _created = place_order_once(**order_kwargs(make_basket((products[0], 2), owner=customer)))
    client.force_login(customer)
    history = client.get(reverse("customer:order-list"))
    assert order.number in history.content.decode()
    detail = client.get(reverse("customer:order", args=[order.number])).content.decode()
    assert "Pending payment" in detail and "IBAN" in detail

    response = client.post(reverse("customer:order", args=[order.number]), {"action": "reorder"})
    assert response.status_code == 302
    basket = Basket.open.get(owner=customer)
    assert [(line.product_id, line.quantity) for line in basket.all_lines()] == [(products[0].pk, 2)]


def test_customer_cannot_open_another_customers_order(client, customer, others_order):
    client.force_login(customer)
    assert client.get(reverse("customer:order", args=[others_order.number])).status_code == 404
    assert others_order.number not in client.get(reverse("customer:order-list")).content.decode()
    response = client.post(reverse("customer:order", args=[others_order.number]), {"action": "reorder"})
    assert response.status_code == 404


def test_customer_cannot_see_or_change_another_customers_address(client, customer, others_address):
    client.force_login(customer)
    assert client.get(reverse("customer:address-detail", args=[others_address.pk])).status_code == 404
    assert client.post(reverse("customer:address-delete", args=[others_address.pk])).status_code == 404
    assert client.get(reverse("checkout:user-address-update", args=[others_address.pk])).status_code == 404
    assert UserAddress.objects.filter(pk=others_address.pk).exists()


def test_customer_cannot_change_another_customers_basket(client, customer, other_customer, products):
    """A tampered line id in the basket form does not touch someone else's basket."""
    others = make_basket((products[0], 3), owner=other_customer)
    others_line = others.all_lines()[0]
    client.force_login(customer)
    client.post(reverse("basket:add", args=[products[1].pk]), {"quantity": 1})
    response = client.post(
        reverse("basket:summary"),
        {
            "form-TOTAL_FORMS": 1,
            "form-INITIAL_FORMS": 1,
            "form-MIN_NUM_FORMS": 0,
            "form-MAX_NUM_FORMS": 1000,
            "form-0-id": others_line.pk,
            "form-0-quantity": 0,
        },
    )
    assert response.status_code in (200, 302)
    others_line.refresh_from_db()
    assert others_line.quantity == 3


def test_guest_sees_order_status_through_signed_link(client, products, shipping_zones):
    """The emailed link is signed; with the order's email the guest sees the status; a forged link shows nothing."""
    order, _created = place_order_once(**order_kwargs(make_basket((products[0], 1))))
    link = reverse("customer:anon-order", args=[order.number, order.verification_hash()])
    response = client.get(link)
    assert response.status_code == 302
    client.post(response["Location"], {"email": GUEST_EMAIL})
    page = client.get(link)
    assert page.status_code == 200 and "Pending payment" in page.content.decode()

    forged = reverse("customer:anon-order", args=[order.number, f"{order.number}:forged"])
    stranger = Client()
    stranger.post(
        reverse("customer:anon-order-form", args=[order.number, f"{order.number}:forged"]), {"email": GUEST_EMAIL}
    )
    assert stranger.get(forged).status_code == 302  # back to the form: no order shown


def test_placing_an_order_needs_csrf(products, shipping_zones):
    """The order button is a POST protected against cross-site requests."""
    browser = Client(enforce_csrf_checks=True)
    browser.get(reverse("basket:summary"))
    response = browser.post(reverse("checkout:preview"), {"action": "place_order", "accept_terms": "on"})
    assert response.status_code == 403
    assert not Order.objects.exists()


def test_dashboard_refuses_customers(client, customer, others_order):
    client.force_login(customer)
    for url in (reverse("dashboard:order-list"), reverse("dashboard:order-detail", args=[others_order.number])):
        response = client.get(url)
        assert response.status_code in (302, 403)
        assert others_order.number not in response.content.decode()


def test_guest_checkout_keeps_basket_when_logging_in(client, customer, products, shipping_zones):
    """Logging in during checkout keeps what the guest put in the basket."""
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 2})
    response = client.post(
        reverse("checkout:index"), {"username": customer.email, "options": "existing", "password": "pass-123-word"}
    )
    assert response.status_code == 302
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 2
    preview = walk_to_preview(client, [], email=None)
    assert preview.status_code == 200


def test_customer_sees_tracking_once_shipped(client, customer, shop_staff, products, shipping_zones):
    from oscar.core.loading import get_class

    EventHandler = get_class("order.processing", "EventHandler")
    order, _created = place_order_once(**order_kwargs(make_basket((products[0], 1), owner=customer)))
    handler = EventHandler(shop_staff)
    for status in ("Paid", "Processing"):
        handler.handle_order_status_change(order, status)
    handler.handle_order_status_change(order, "Shipped", carrier="DHL", tracking_number="JJD000390007")
    client.force_login(customer)
    page = client.get(reverse("customer:order", args=[order.number])).content.decode()
    assert "JJD000390007" in page and "piececode=JJD000390007" in page
    assert "IBAN" not in page  # paid: no payment instructions any more
