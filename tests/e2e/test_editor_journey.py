"""Editor journey: log into the CMS, create a page, publish it, and see it on the public site.

For now the page is an info page under the home page (the magazine index takes no children yet).
Extend after the magazine lands: create an article in the magazine, add rich text and a product card
through the product chooser, preview, publish, and check the public article shows the card with its
price and a working add-to-basket button.
"""

import re

from playwright.sync_api import expect

TITLE = "Our visit to the lab"
BODY = "We watched every batch being counted, colony by colony."


def test_editor_publishes_a_page_that_the_public_can_read(page, new_context, shop):
    """An editor creates and publishes an info page; an anonymous visitor reads it and finds it in the footer."""
    page.goto("/cms/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in to Wagtail")
    page.get_by_label("Email address").fill("editor@florava.example")
    page.get_by_label("Password").fill("florava-editor")
    page.get_by_role("button", name="Sign in").click()

    # Pages → the home page → add a child page.
    page.get_by_role("navigation", name="Main menu").get_by_role("button", name="Pages").click()
    page.get_by_role("link", name="Florava", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Exploring: Florava")
    page.get_by_role("link", name="Add child page").click()
    if "/add_subpage/" in page.url:  # several page types allowed here: choose one
        page.get_by_role("link", name="Info page", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New: Info page")

    page.get_by_role("textbox", name="Title*").fill(TITLE)
    body = page.get_by_role("region", name="Body*").get_by_role("textbox")
    body.click()
    page.keyboard.type(BODY)
    expect(body).to_contain_text(BODY)
    # Draftail saves into the form's hidden field a moment after typing stops; publish after that.
    expect(page.locator("input[name='body']")).to_have_value(re.compile("colony by colony"))

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    expect(page.get_by_role("status").or_(page.locator(".messages")).first).to_contain_text(
        f"Page '{TITLE}' created and published"
    )

    # A visitor who never logged in sees the page, and the footer links it like every info page.
    visitor = new_context().new_page()
    visitor.goto("/")
    footer_link = visitor.get_by_role("contentinfo").get_by_role("link", name=TITLE)
    expect(footer_link).to_be_visible()
    footer_link.click()
    expect(visitor).to_have_url(re.compile(r"/our-visit-to-the-lab/$"))
    expect(visitor.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(visitor.get_by_role("main")).to_contain_text(BODY)
