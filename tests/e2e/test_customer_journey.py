"""Customer journey on a desktop: from the magazine to a placed order, as a guest paying by bank transfer.

home → magazine → the gut–skin article → add its featured product from the card → back on the article with
1 item in the mini-basket → the product page lists the article under "Read more in our magazine" → basket →
guest checkout with a German address → standard shipping → prepayment → terms → "Order with obligation to
pay" → confirmation with order number and bank details → the confirmation email is in ``mail.outbox``
(the live server runs in this process and the test settings use the locmem email backend).
"""

import re

from django.core import mail
from oscar.core.loading import get_model
from playwright.sync_api import expect

from .screens import ADD_TO_BASKET, BASKET_HEADING, fill_german_address, guest_checkout_as

ARTICLE_TITLE = "The gut–skin axis: what your gut flora has to do with acne, rosacea and eczema"
FEATURED = "Skin Glow Powder"


def test_customer_buys_from_an_article_as_a_guest(page, shop):
    """A reader buys the product an article features and gets the bank details on screen and by email."""
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Good bacteria, proven to work")
    header = page.get_by_role("banner")
    mini_basket = header.locator("[data-mini-basket]")
    expect(mini_basket).to_have_text(re.compile("Your basket is empty"))

    header.get_by_role("navigation", name="Main").get_by_role("link", name="Magazine").click()
    expect(page).to_have_url(re.compile(r"/blog/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Magazine")
    page.get_by_role("main").get_by_role("link", name=ARTICLE_TITLE).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)
    article_url = page.url

    # The product card the editor placed in the text: price and button, right there in the article.
    card = page.get_by_role("complementary", name="Product")
    expect(card.get_by_role("link", name=FEATURED)).to_be_visible()
    expect(card).to_contain_text("€")
    card.get_by_role("button", name=ADD_TO_BASKET).click()

    # Back on the article, with the product in the basket.
    expect(page).to_have_url(re.compile(re.escape(article_url.split("#")[0])))
    expect(page.get_by_role("heading", level=1)).to_have_text(ARTICLE_TITLE)
    expect(mini_basket).to_contain_text("1 item")

    # The product page leads back into the magazine.
    page.get_by_role("complementary", name="Product").get_by_role("link", name=FEATURED).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(FEATURED)
    read_more = page.get_by_role("region", name="Read more in our magazine")
    expect(read_more.get_by_role("link", name=re.compile("The gut–skin axis"))).to_be_visible()

    mini_basket.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(BASKET_HEADING)
    main = page.get_by_role("main")
    expect(main.get_by_role("link", name=FEATURED).first).to_be_visible()
    main.get_by_role("link", name="Proceed to checkout").click()

    guest_checkout_as(page, "anna.schmidt@example.com")
    fill_german_address(page)
    page.get_by_role("button", name="Continue").click()

    expect(page.get_by_role("heading", name="Shipping method")).to_be_visible()
    standard = page.locator(".row").filter(has_text="Standard delivery (Germany)").last
    expect(standard).to_contain_text("4,90\xa0€")
    standard.get_by_role("button", name="Select option").click()

    # One payment method (prepayment): the shop chooses it and shows the summary to confirm.
    main = page.get_by_role("main")
    expect(main).to_contain_text("Prepayment by bank transfer")
    expect(main).to_contain_text("Musterstraße 12")
    expect(main).to_contain_text(FEATURED)
    main.get_by_role("checkbox", name=re.compile("I accept the terms and conditions")).check()
    main.get_by_role("button", name="Order with obligation to pay").click()

    expect(page).to_have_url(re.compile(r"/shop/checkout/thank-you/$"))
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text(re.compile(r"Order \d+: confirmation"))
    # Read the database only once the page has settled: on SQLite the live server shares this thread's
    # connection, and a query during a request breaks the request's transaction.
    page.wait_for_load_state("load")
    order = get_model("order", "Order").objects.get(guest_email="anna.schmidt@example.com")
    main = page.get_by_role("main")
    expect(heading).to_contain_text(order.number)
    expect(main).to_contain_text(f"your order number is {order.number}")
    expect(main).to_contain_text("DE02 1203 0000 0000 2020 51")
    expect(main).to_contain_text("BYLADEM1001")
    expect(main).to_contain_text("Florava GmbH")
    total = f"{order.total_incl_tax:.2f}".replace(".", ",") + "\xa0€"
    expect(main.get_by_role("row", name=re.compile("Amount"))).to_contain_text(total)

    assert order.status == "Pending payment"
    assert [line.product.get_title() for line in order.lines.all()] == [FEATURED]
    sent = [message for message in mail.outbox if "anna.schmidt@example.com" in message.to]
    assert len(sent) == 1, [message.subject for message in mail.outbox]
    assert order.number in sent[0].subject
    assert "DE02 1203 0000 0000 2020 51" in sent[0].body


def test_customer_reads_the_magazine_and_puts_a_product_in_the_basket(page, shared_shop):
    """A visitor finds the magazine and the shipping terms, adds a product and sees it in the basket."""
    shop = shared_shop  # no order placed: the shared demo copy
    page.goto("/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Good bacteria, proven to work")
    header = page.get_by_role("banner")
    mini_basket = header.locator("[data-mini-basket]")
    expect(mini_basket).to_have_text(re.compile("Your basket is empty"))

    header.get_by_role("navigation", name="Main").get_by_role("link", name="Magazine").click()
    expect(page).to_have_url(re.compile(r"/blog/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Magazine")
    expect(page.get_by_role("main")).to_contain_text("What science says about the gut")

    footer = page.get_by_role("contentinfo")
    footer.get_by_role("link", name="Shipping and payment").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Shipping and payment")
    expect(page.get_by_role("main")).to_contain_text("We accept prepayment by bank transfer")

    page.get_by_role("banner").get_by_role("link", name="Florava – home").click()
    page.get_by_role("link", name="Shop probiotics").click()
    expect(page).to_have_url(re.compile(r"/shop/catalogue/$"))
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    # The test product (shop fixture): a plain product without pack sizes, bought straight from its page.
    page.goto(shop.product_path)
    main = page.get_by_role("main")
    expect(page.get_by_role("heading", level=1)).to_have_text("Florava Daily Gut")
    expect(main).to_contain_text("24,90\xa0€")
    main.get_by_role("button", name=ADD_TO_BASKET).click()

    expect(mini_basket).to_contain_text("1 item")
    expect(mini_basket).to_contain_text("24,90\xa0€")

    mini_basket.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(BASKET_HEADING)
    main = page.get_by_role("main")
    expect(main.get_by_role("link", name="Florava Daily Gut").first).to_be_visible()

    # Two packs instead of one: the basket and the header both follow.
    main.get_by_role("spinbutton").first.fill("2")
    main.get_by_role("button", name="Update").first.click()
    expect(mini_basket).to_contain_text("2 items")
    expect(mini_basket).to_contain_text("49,80\xa0€")
    expect(page.get_by_role("main")).to_contain_text("49,80\xa0€")
    expect(page.get_by_role("main").get_by_role("link", name="Proceed to checkout")).to_be_visible()
