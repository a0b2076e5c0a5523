"""Phone journey (390×844, touch): header, menu, search, add to basket, mini-basket, basket, checkout.

From the basket the shopper checks out as a guest: the address form, the shipping methods and the order
summary fit the screen (no sideways scrolling) and their buttons are on screen and work by tap.
"""

import re

from playwright.sync_api import expect

from .screens import BASKET_HEADING, add_to_basket_from_product_page, fill_german_address, guest_checkout_as


def assert_fits_the_phone(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, f"{page.url} scrolls sideways on a phone"


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

    # Checkout on the phone: guest, German address, standard shipping, up to the order button.
    main.get_by_role("link", name="Proceed to checkout").tap()
    expect(page.get_by_role("main")).to_contain_text("Who are you?")
    assert_fits_the_phone(page)
    guest_checkout_as(page, "phone.shopper@example.com")
    fill_german_address(page)
    assert_fits_the_phone(page)
    continue_button = page.get_by_role("button", name="Continue")
    continue_button.scroll_into_view_if_needed()
    continue_button.tap()

    expect(page.get_by_role("heading", name="Shipping method")).to_be_visible()
    assert_fits_the_phone(page)
    standard = page.locator(".row").filter(has_text="Standard delivery (Germany)").last
    standard.get_by_role("button", name="Select option").tap()

    main = page.get_by_role("main")
    expect(main).to_contain_text("Prepayment by bank transfer")
    expect(main).to_contain_text("Musterstraße 12")
    assert_fits_the_phone(page)
    terms = main.get_by_role("checkbox", name=re.compile("I accept the terms and conditions"))
    terms.scroll_into_view_if_needed()
    terms.tap()
    expect(terms).to_be_checked()
    order_button = main.get_by_role("button", name="Order with obligation to pay")
    order_button.scroll_into_view_if_needed()
    box = order_button.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390, f"order button off screen: {box}"
    order_button.tap()
    expect(page).to_have_url(re.compile(r"/shop/checkout/thank-you/$"))
    expect(page.get_by_role("heading", level=1)).to_contain_text("confirmation")
    expect(page.get_by_role("main")).to_contain_text("DE02 1203 0000 0000 2020 51")
    assert_fits_the_phone(page)
