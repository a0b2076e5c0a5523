"""Phone journey (390×844, touch): header, menu, search, add to basket, mini-basket, basket page.

Extend after checkout lands: from the basket page, "Proceed to checkout" → guest checkout on the phone.
"""

import re

from playwright.sync_api import expect

from .screens import BASKET_HEADING, add_to_basket_from_product_page


def test_shopper_on_a_phone_uses_menu_search_and_basket(phone_page, shop):
    """On a phone the header fits, the menu opens, search works and a product lands in the basket."""
    page = phone_page
    page.goto("/")

    header = page.get_by_role("banner")
    expect(header.get_by_role("link", name="Florava – home")).to_be_visible()
    mini_basket = header.locator("[data-mini-basket]")
    expect(mini_basket).to_be_visible()
    expect(mini_basket).to_have_text(re.compile("Your basket is empty"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "the page scrolls sideways on a phone"

    # The navigation is folded away behind the menu button until tapped.
    main_nav = page.get_by_role("navigation", name="Main")
    menu_button = header.get_by_role("button", name="Menu")
    expect(main_nav).to_be_hidden()
    expect(menu_button).to_have_attribute("aria-expanded", "false")
    menu_button.tap()
    expect(menu_button).to_have_attribute("aria-expanded", "true")
    expect(main_nav.get_by_role("link", name="Shop")).to_be_visible()
    expect(main_nav.get_by_role("link", name="Magazine")).to_be_visible()
    expect(header.get_by_role("link", name="Log in / Register")).to_be_visible()

    # Search from the header.
    search_box = header.get_by_role("searchbox", name="Search products and articles")
    expect(search_box).to_be_visible()
    search_box.fill("Daily Gut")
    header.get_by_role("button", name="Search").tap()
    expect(page).to_have_url(re.compile(r"/search/\?q=Daily\+Gut"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("Daily Gut")
    expect(page.get_by_role("main").get_by_role("link", name="Florava Daily Gut").first).to_be_visible()

    # Add the product; the mini-basket in the header counts it.
    add_to_basket_from_product_page(page, shop)
    expect(mini_basket).to_contain_text("1 item")
    box = mini_basket.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, f"mini-basket off screen: {box}"

    mini_basket.tap()
    expect(page).to_have_url(re.compile(r"/shop/basket/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text(BASKET_HEADING)
    main = page.get_by_role("main")
    expect(main.get_by_role("link", name="Florava Daily Gut").first).to_be_visible()
    expect(main.get_by_role("link", name="Proceed to checkout")).to_be_visible()
