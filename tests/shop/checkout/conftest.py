"""Checkout fixtures: shipping zones, baskets ready to order, and a guest walking the checkout."""

import pytest
from django.db import connection
from django.urls import reverse
from oscar.test.factories import create_product

from shop.apps.checkout.factories import (  # noqa: F401  (tests import them from here)
    GUEST_EMAIL,
    make_basket,
    order_kwargs,
    reload_basket,
)
from shop.apps.shipping.zones import ensure_shipping_zones

GERMAN_ADDRESS = {
    "first_name": "Greta",
    "last_name": "Gast",
    "line1": "Lindenstraße 5",
    "line2": "",
    "postcode": "10969",
    "line4": "Berlin",
    "country": "DE",
    "phone_number": "",
    "notes": "",
}


def pytest_runtest_setup(item):
    if item.get_closest_marker("postgres") and connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL for real row locks: set DATABASE_URL=postgres://…")


@pytest.fixture
def shipping_zones(db):
    """Germany (standard free from 40 €, express) and EU standard, with their countries."""
    return ensure_shipping_zones()


@pytest.fixture
def products(db):
    """Two products: 12.95 € (20 in stock) and 24.90 € (5 in stock)."""
    return [
        create_product(title="Florava Daily Gut", price="12.95", num_in_stock=20),
        create_product(title="Florava Skin Balance", price="24.90", num_in_stock=5),
    ]


def walk_to_preview(client, items, email=GUEST_EMAIL, address=None, method_code="de-standard"):
    """Put ``items`` [(product, quantity)] in the basket and go through the checkout up to the order summary."""
    for product, quantity in items:
        response = client.post(reverse("basket:add", args=[product.pk]), {"quantity": quantity})
        assert response.status_code == 302
    if email:
        response = client.post(reverse("checkout:index"), {"username": email, "options": "anonymous"})
        assert response.status_code == 302, response.content
    response = client.post(reverse("checkout:shipping-address"), {**GERMAN_ADDRESS, **(address or {})})
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    response = client.post(reverse("checkout:shipping-method"), {"method_code": method_code})
    assert response.status_code == 302
    response = client.get(reverse("checkout:payment-method"))
    assert response.status_code == 302 and response["Location"] == reverse("checkout:preview")
    return client.get(reverse("checkout:preview"))


def place_order(client):
    return client.post(reverse("checkout:preview"), {"action": "place_order", "accept_terms": "on"})
