"""Staff journey: log into the Oscar dashboard, find an order in the orders list, open it.

Extend after checkout lands: take the order placed by the customer journey instead of a factory order,
mark it paid, mark it shipped with a tracking number, check ``mail.outbox`` for the customer's emails and,
for a registered customer, their account page showing "Shipped" with the tracking link.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from oscar.test import factories
from playwright.sync_api import expect


@pytest.fixture
def order(shop):
    """An order of two packs of the shop's product by the demo customer."""
    basket = factories.create_basket(empty=True)
    basket.add_product(shop.product, 2)
    customer = get_user_model().objects.get(email="customer@florava.example")
    return factories.create_order(number="100042", basket=basket, user=customer)


def test_staff_finds_an_order_in_the_dashboard(page, shop, order):
    """Shop staff log in, open the orders list, search the order number and see the order's contents."""
    page.goto("/shop/dashboard/")
    expect(page).to_have_url(re.compile(r"/shop/dashboard/login/"))
    page.get_by_label("Email address").fill("staff@florava.example")
    page.get_by_label("Password").fill("florava-staff")
    page.get_by_role("button", name="Login").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    page.get_by_role("button", name="Fulfilment").click()
    page.get_by_role("link", name="Orders", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Orders")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name="100042"))
    expect(row).to_contain_text("49,80\xa0€")

    page.get_by_label("Order number").fill("100042")
    page.get_by_role("button", name="Search", exact=True).click()

    # One exact match: the dashboard opens the order itself.
    expect(page).to_have_url(re.compile(r"/shop/dashboard/orders/100042/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("100042")
    expect(page.get_by_role("main").or_(page.locator("body")).first).to_contain_text("Florava Daily Gut")
    expect(page.locator("body")).to_contain_text("customer@florava.example")
