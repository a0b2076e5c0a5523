"""Bad input gets a clear message, keeps the basket and what was typed, and never a server error."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import create_voucher

from .conftest import GERMAN_ADDRESS, GUEST_EMAIL, walk_to_preview

Order = get_model("order", "Order")


@pytest.fixture(autouse=True)
def _shipping(shipping_zones):
    """The basket page estimates shipping, so the shop's zones exist (as they do on every real shop)."""


def basket_of(client):
    return client.get(reverse("basket:summary")).context["basket"]


def messages_of(response):
    return [str(message) for message in response.context["messages"]] if response.context else []


@pytest.mark.parametrize(
    "quantity",
    ["0", "-1", "two", "999", "99999999999999999999", ""],
    ids=["zero", "negative", "non-numeric", "above-stock", "absurd", "empty"],
)
def test_add_to_basket_refuses_bad_quantities(client, products, quantity):
    """The product page's quantity is checked; the basket keeps what it had."""
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    response = client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": quantity}, follow=True)
    assert response.status_code == 200
    shown = messages_of(response)
    assert any(
        "Please" in m or "Sorry, we cannot add that quantity" in m or "not able to ship more than" in m for m in shown
    ), shown
    assert basket_of(client).num_items == 1


def basket_update(client, quantity):
    line = basket_of(client).all_lines()[0]
    return client.post(
        reverse("basket:summary"),
        {
            "form-TOTAL_FORMS": 1,
            "form-INITIAL_FORMS": 1,
            "form-MIN_NUM_FORMS": 0,
            "form-MAX_NUM_FORMS": 1000,
            "form-0-id": line.pk,
            "form-0-quantity": quantity,
        },
        follow=True,
    )


@pytest.mark.parametrize(
    "quantity", ["-3", "lots", "6", "99999999999999999999"], ids=["negative", "non-numeric", "above-stock", "absurd"]
)
def test_changing_a_basket_line_refuses_bad_quantities(client, products, quantity):
    """Skin Balance has 5 in stock: the line keeps its quantity and the page says why."""
    client.post(reverse("basket:add", args=[products[1].pk]), {"quantity": 2})
    response = basket_update(client, quantity)
    assert response.status_code == 200
    assert response.context["formset"].errors or messages_of(response)
    assert basket_of(client).all_lines()[0].quantity == 2


def test_basket_quantity_inputs_are_named_after_their_product(client, products):
    """Screen readers hear which line a quantity box belongs to (the table shows no label; axe "label")."""
    client.post(reverse("basket:add", args=[products[1].pk]), {"quantity": 2})
    html = client.get(reverse("basket:summary")).content.decode()
    assert 'aria-label="Quantity of Florava Skin Balance"' in html


def test_quantity_zero_removes_the_line_and_changes_work(client, products):
    client.post(reverse("basket:add", args=[products[1].pk]), {"quantity": 2})
    basket_update(client, "3")
    assert basket_of(client).all_lines()[0].quantity == 3
    basket_update(client, "0")
    assert basket_of(client).is_empty


def test_unknown_voucher(client, products):
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    response = client.post(reverse("basket:vouchers-add"), {"code": "NOSUCHCODE"}, follow=True)
    assert any("NOSUCHCODE" in m for m in messages_of(response))
    assert basket_of(client).num_items == 1


def test_expired_voucher(client, products):
    voucher = create_voucher(code="OLDCODE")
    voucher.start_datetime = timezone.now() - datetime.timedelta(days=30)
    voucher.end_datetime = timezone.now() - datetime.timedelta(days=1)
    voucher.save()
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    response = client.post(reverse("basket:vouchers-add"), {"code": "OLDCODE"}, follow=True)
    assert any("expired" in m.lower() for m in messages_of(response))
    assert not basket_of(client).vouchers.exists()


def test_voucher_apply_and_remove(client, products):
    voucher = create_voucher(code="TENOFF")
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    client.post(reverse("basket:vouchers-add"), {"code": "tenoff"})
    assert basket_of(client).total_discount > 0
    client.post(reverse("basket:vouchers-remove", args=[voucher.pk]))
    assert basket_of(client).total_discount == 0


def start_address(client, products):
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    client.post(reverse("checkout:index"), {"username": GUEST_EMAIL, "options": "anonymous"})


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"postcode": "1234"}, "postcode"),  # Germany: five digits
        ({"country": "AT", "postcode": "12345"}, "postcode"),  # Austria: four digits
        ({"line1": "Lindenstraße"}, "line1"),  # no house number
        ({"last_name": ""}, "last_name"),
        ({"line4": ""}, "line4"),
        ({"country": "US"}, "country"),  # not a delivery country
    ],
    ids=["de-postcode", "at-postcode", "house-number", "missing-name", "missing-city", "foreign-country"],
)
def test_address_errors_keep_what_was_typed(client, products, shipping_zones, changes, field):
    start_address(client, products)
    response = client.post(reverse("checkout:shipping-address"), {**GERMAN_ADDRESS, **changes})
    assert response.status_code == 200
    form = response.context["form"]
    assert field in form.errors or "__all__" in form.errors
    assert form["first_name"].value() == "Greta"
    assert 'value="Greta"' in response.content.decode()
    assert basket_of(client).num_items == 1


def test_phone_is_optional_and_austrian_postcode_valid(client, products, shipping_zones):
    start_address(client, products)
    response = client.post(
        reverse("checkout:shipping-address"),
        {**GERMAN_ADDRESS, "country": "AT", "postcode": "1010", "phone_number": ""},
    )
    assert response.status_code == 302


def test_tampered_product_id(client, products):
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    response = client.post(reverse("basket:add", args=[999999]), {"quantity": 1})
    assert response.status_code == 404
    assert basket_of(client).num_items == 1


def test_tampered_price_and_basket_fields_are_ignored(client, products, shipping_zones):
    """The order is priced from the stock record, whatever a form posts; a foreign basket id changes nothing."""
    walk_to_preview(client, [(products[0], 1)])
    client.post(
        reverse("checkout:preview"),
        {"action": "place_order", "accept_terms": "on", "price": "0.01", "basket_id": "1", "total": "0"},
    )
    order = Order.objects.get()
    assert order.total_incl_tax == products[0].stockrecords.get().price + order.shipping_incl_tax


def test_tampered_payment_method(client, products, shipping_zones):
    """An unknown payment method is refused with a message; the checkout goes on with a valid one only."""
    walk_to_preview(client, [(products[0], 1)])
    response = client.post(reverse("checkout:payment-method"), {"method": "bitcoin"})
    assert response.status_code == 200
    assert "Please choose one of the payment methods shown." in response.content.decode()


def test_sold_out_between_basket_and_order(client, products, shipping_zones):
    """Stock gone while the customer was checking out: clear message, back to the basket, basket intact."""
    walk_to_preview(client, [(products[1], 2)])
    products[1].stockrecords.update(num_allocated=4)
    response = client.post(reverse("checkout:preview"), {"action": "place_order", "accept_terms": "on"}, follow=True)
    assert response.status_code == 200
    assert not Order.objects.exists()
    assert basket_of(client).num_items == 2
    assert any("Skin Balance" in m for m in messages_of(response))
