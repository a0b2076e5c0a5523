"""Staff journey: a registered customer orders in the browser; staff mark the order paid, then shipped.

The customer (the demo account) checks out with prepayment. Shop staff log into the dashboard, find the order,
mark it Paid, Processing and Shipped (DHL and a tracking number): the customer gets the "payment received" and
the "shipped" emails, the latter with the tracking link, and their account's order page shows "Shipped" with
the link.
"""

import re

from django.core import mail
from oscar.core.loading import get_model
from playwright.sync_api import expect

from .screens import ADD_TO_BASKET, enter_two_factor_code, fill_german_address, log_in

CUSTOMER = "customer@florava.example"
TRACKING = "00340434161094042557"
TRACKING_URL = f"https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={TRACKING}"


def place_order_as_customer(page, shop):
    """The demo customer logs in, buys two packs of the shop's product and pays by bank transfer."""
    log_in(page, CUSTOMER, "florava-customer")
    expect(page.get_by_role("banner").get_by_role("link", name="Your account")).to_be_visible()
    page.goto(shop.product_path)
    page.get_by_role("main").get_by_role("button", name=ADD_TO_BASKET).click()
    page.get_by_role("banner").locator("[data-mini-basket]").click()
    main = page.get_by_role("main")
    main.get_by_role("spinbutton").first.fill("2")
    main.get_by_role("button", name="Update").first.click()
    expect(page.get_by_role("banner").locator("[data-mini-basket]")).to_contain_text("2 items")
    page.get_by_role("main").get_by_role("link", name="Proceed to checkout").click()
    # Logged in: no "Who are you?" step.
    fill_german_address(page)
    page.get_by_role("button", name="Continue").click()
    page.locator(".row").filter(has_text="Standard delivery (Germany)").last.get_by_role(
        "button", name="Select option"
    ).click()
    main = page.get_by_role("main")
    main.get_by_role("checkbox", name=re.compile("I accept the terms and conditions")).check()
    main.get_by_role("button", name="Order with obligation to pay").click()
    expect(page).to_have_url(re.compile(r"/shop/checkout/thank-you/$"))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(re.compile(r"Order \d+: confirmation"))
    # The page has settled before the test reads the database: on SQLite the live server shares this
    # thread's connection, and a query during a request breaks the request's transaction.
    page.wait_for_load_state("load")
    return get_model("order", "Order").objects.get(number=re.search(r"\d+", heading.inner_text()).group())


def change_status(page, new_status, carrier=None, tracking_number=None):
    """Pick the next status in the order page's status form (a select2 box) and submit it."""
    form = page.locator("form").filter(has=page.get_by_role("button", name="Change status"))
    form.locator(".select2-selection").filter(has_text=re.compile(".")).first.click()
    page.get_by_role("option", name=new_status, exact=True).click()
    if carrier:
        form.get_by_label("Carrier (when shipping)").select_option(carrier, force=True)
        form.get_by_label("Tracking number (when shipping)").fill(tracking_number)
    form.get_by_role("button", name="Change status").click()
    expect(page.get_by_role("heading", name=f"Order status: {new_status}")).to_be_visible()


def test_staff_take_a_customers_order_from_payment_to_shipping(page, new_context, shop):
    """Staff find a customer's order, mark it paid and shipped; the customer is emailed and sees the parcel."""
    customer = new_context().new_page()
    order = place_order_as_customer(customer, shop)
    assert order.status == "Pending payment"
    mail.outbox.clear()  # the order confirmation: the customer journey checks it

    page.goto("/shop/dashboard/")
    expect(page).to_have_url(re.compile(r"/shop/dashboard/login/"))
    page.get_by_label("Email address").fill("staff@florava.example")
    page.get_by_label("Password").fill("florava-staff")
    page.get_by_role("button", name="Login").click()
    enter_two_factor_code(page, "staff@florava.example")

    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    page.get_by_role("button", name="Fulfilment").click()
    page.get_by_role("link", name="Orders", exact=True).click()

    expect(page.get_by_role("heading", level=1)).to_have_text("Orders")
    row = page.get_by_role("row").filter(has=page.get_by_role("link", name=order.number))
    expect(row).to_contain_text("Pending payment")
    expect(row).to_contain_text("49,80\xa0€")

    page.get_by_label("Order number").fill(order.number)
    page.get_by_role("button", name="Search", exact=True).click()

    # One exact match: the dashboard opens the order itself.
    expect(page).to_have_url(re.compile(rf"/shop/dashboard/orders/{order.number}/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text(order.number)
    expect(page.locator("body")).to_contain_text("Florava Daily Gut")
    expect(page.locator("body")).to_contain_text(CUSTOMER)

    change_status(page, "Paid")
    # Staff read "queued" (the worker sends it), then the delivery's real state under "Emails".
    expect(page.locator("body")).to_contain_text("The order is now “Paid”; the email to the customer is queued")
    expect(page.locator("tr.email-delivery").filter(has_text="ORDER_PAID")).to_contain_text("Sent")
    change_status(page, "Processing")
    change_status(page, "Shipped", carrier="DHL", tracking_number=TRACKING)
    expect(page.locator("body")).to_contain_text("The order is now “Shipped”; the email to the customer is queued")
    expect(page.locator("tr.email-delivery").filter(has_text="ORDER_SHIPPED")).to_contain_text("Sent")
    expect(page.get_by_role("link", name=TRACKING)).to_have_attribute("href", TRACKING_URL)

    emails = [message for message in mail.outbox if CUSTOMER in message.to]
    assert len(emails) == 2, [message.subject for message in mail.outbox]
    paid, shipped = emails
    assert paid.subject == f"Payment received for order {order.number}"
    assert shipped.subject == f"Your order {order.number} is on its way"
    assert TRACKING_URL in shipped.body

    # The customer, still logged in, opens the order in their account.
    customer.goto("/shop/accounts/orders/")
    customer.get_by_role("link", name=order.number).first.click()
    expect(customer.get_by_role("heading", level=1)).to_contain_text(order.number)
    status = customer.locator(".order-status")
    expect(status).to_contain_text("Shipped")
    expect(status).to_contain_text(f"Shipped with DHL, tracking number {TRACKING}")
    expect(status.get_by_role("link", name="Track your parcel")).to_have_attribute("href", TRACKING_URL)
