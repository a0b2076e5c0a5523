"""Customer journey on a desktop: home → magazine → a service page → shop → product → basket.

Extend after the other features land (the issue's full journey):
- magazine → the gut–skin article → add the product from its card → mini-basket on the article shows 1 item
  → the product page lists the article under "Read more" (replace the direct visit of the product page);
- from the basket: "Proceed to checkout" → guest checkout with a German address → prepayment →
  confirmation with order number and bank details → ``mail.outbox`` holds the confirmation email.
"""

import re

from playwright.sync_api import expect

from .screens import ADD_TO_BASKET, BASKET_HEADING


def test_customer_reads_the_magazine_and_puts_a_product_in_the_basket(page, shop):
    """A visitor finds the magazine and the shipping terms, adds a product and sees it in the basket."""
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

    # Until the catalogue lists products (catalogue branch), go to the product page directly.
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
