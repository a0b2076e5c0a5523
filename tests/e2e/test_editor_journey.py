"""Editor journey: write a shoppable article in the CMS, preview it, publish it, and buy from it.

The editor logs into /cms/, adds an article to the magazine, writes a paragraph, places a product card through
the product chooser (open it, search, pick), checks the card with its price in the preview panel, publishes;
a visitor then sees the card with its price on the public article and puts the product in the basket from it.
"""

import re

from playwright.sync_api import expect

from .screens import ADD_TO_BASKET, enter_two_factor_code

TITLE = "Probiotics for runners"
TEASER = "Why long-distance runners care about their gut, and what helps."
BODY = "Runners often complain about their stomach on long runs."
PRODUCT = "Skin Glow Powder"
PRICE = "27,90\xa0€"


def test_editor_publishes_a_shoppable_article(page, new_context, shop):
    """An editor places a product card with the chooser; the published article sells the product."""
    page.goto("/cms/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to Wagtail")
    page.get_by_label("Email address").fill("editor@florava.example")
    page.get_by_label("Password").fill("florava-editor")
    page.get_by_role("button", name="Sign in").click()
    enter_two_factor_code(page, "editor@florava.example")

    # Pages → Florava → Magazine → add a child page: articles are the only kind the magazine takes.
    # The page explorer listing (the "Pages" menu's panel loads lazily, which raced on SQLite).
    page.goto("/cms/pages/")
    page.get_by_role("link", name="Explore child pages of 'Florava'").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Exploring: Florava")
    page.get_by_role("link", name="Explore child pages of 'Magazine'").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Exploring: Magazine")
    page.get_by_role("link", name="Add child page").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New: Article")

    page.get_by_role("textbox", name="Title*").fill(TITLE)
    page.get_by_role("textbox", name="Teaser*").fill(TEASER)

    body = page.get_by_role("region", name="Body*")
    body.get_by_role("button", name="Insert a block").click()
    page.get_by_role("option", name="Text", exact=True).click()
    text = body.get_by_role("textbox").first
    expect(text).to_be_focused()
    page.keyboard.type(BODY)
    expect(text).to_contain_text(BODY)

    body.get_by_role("button", name="Insert a block").last.click()
    page.get_by_role("option", name="Product card").click()
    body.get_by_role("button", name="Choose a product").click()
    chooser = page.get_by_role("dialog")
    expect(chooser.get_by_role("heading", name="Choose a product")).to_be_visible()
    chooser.get_by_label("Search term").fill("Skin Glow")
    expect(chooser).to_contain_text("There is 1 match")
    result = chooser.get_by_role("row").filter(has=page.get_by_role("link", name=PRODUCT))
    expect(result).to_contain_text("FLV-GLOW")
    expect(result).to_contain_text(PRICE)
    result.get_by_role("link", name=PRODUCT).click()
    expect(chooser).to_be_hidden()
    expect(body).to_contain_text(PRODUCT)

    # The preview panel renders the page as the public will see it, card and price included.
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE, timeout=30_000)
    card = preview.get_by_role("complementary", name="Product")
    expect(card.get_by_role("link", name=PRODUCT)).to_be_visible()
    expect(card).to_contain_text(PRICE)
    expect(preview.get_by_role("main")).to_contain_text(BODY)

    # Close the preview before publishing: its background refreshes would race the publish request, which
    # on SQLite shares the live server's one database connection.
    preview_toggle = page.get_by_role("button", name="Toggle preview")
    preview_toggle.click()
    expect(preview_toggle).to_have_attribute("aria-expanded", "false")
    page.wait_for_load_state("networkidle")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status").or_(page.locator(".messages")).first).to_contain_text(
        f"Page '{TITLE}' has been published."
    )

    # A visitor who never logged in finds the article in the magazine and buys from its card.
    visitor = new_context().new_page()
    visitor.goto("/blog/")
    visitor.get_by_role("main").get_by_role("link", name=TITLE).first.click()
    expect(visitor).to_have_url(re.compile(r"/blog/probiotics-for-runners/$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(visitor.get_by_role("main")).to_contain_text(BODY)
    card = visitor.get_by_role("complementary", name="Product")
    expect(card.get_by_role("link", name=PRODUCT)).to_be_visible()
    expect(card).to_contain_text(PRICE)
    card.get_by_role("button", name=ADD_TO_BASKET).click()
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    mini_basket = visitor.get_by_role("banner").locator("[data-mini-basket]")
    expect(mini_basket).to_contain_text("1 item")
    expect(mini_basket).to_contain_text(PRICE)
