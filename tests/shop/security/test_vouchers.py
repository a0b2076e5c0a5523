"""A "once per customer" voucher is bound to a confirmed email address: guests and unconfirmed accounts
cannot use it, and each confirmed account uses it once."""

import pytest
from django.urls import reverse
from oscar.test.factories import create_voucher

from shop.apps.checkout.placement import place_order_once
from tests.shop.checkout.conftest import make_basket, order_kwargs


@pytest.fixture
def welcome_voucher(db):
    voucher = create_voucher(code="WELCOME10")
    voucher.usage = voucher.ONCE_PER_CUSTOMER
    voucher.save()
    return voucher


@pytest.fixture(autouse=True)
def _zones(shipping_zones):
    """The basket page estimates shipping."""


def add_voucher(client, product, code="WELCOME10"):
    client.post(reverse("basket:add", args=[product.pk]), {"quantity": 1})
    response = client.post(reverse("basket:vouchers-add"), {"code": code}, follow=True)
    basket = response.context["basket"]
    return [str(m) for m in response.context["messages"]], basket


def test_guest_cannot_use_a_once_per_customer_voucher(client, home_page, products, welcome_voucher):
    shown, basket = add_voucher(client, products[0])
    assert not basket.vouchers.exists()
    assert any("confirmed email address" in m for m in shown), shown


def test_unconfirmed_account_cannot_use_it(client, home_page, products, welcome_voucher, customer):
    """An account whose address was never confirmed (e.g. made by staff, or before confirmation existed)."""
    assert not customer.email_verified
    client.force_login(customer)
    shown, basket = add_voucher(client, products[0])
    assert not basket.vouchers.exists()
    assert any("confirmed email address" in m for m in shown), shown


def test_confirmed_account_uses_it_once(client, home_page, products, welcome_voucher, customer):
    """A confirmed customer gets the voucher; after an order with it, the same account cannot use it again."""
    customer.email_verified = True
    customer.save()
    client.force_login(customer)
    _shown, basket = add_voucher(client, products[0])
    assert list(basket.vouchers.all()) == [welcome_voucher]

    place_order_once(**order_kwargs(make_basket((products[0], 1), owner=customer, vouchers=[welcome_voucher])))
    client.post(reverse("basket:vouchers-remove", args=[welcome_voucher.pk]))
    shown, basket = add_voucher(client, products[0])
    assert not basket.vouchers.exists()
