"""Accessibility: axe-core finds no serious or critical WCAG 2.2 AA violation on the site's pages.

Each page is checked at desktop width, then at phone width with the navigation menu open, so the
header's mobile layout is checked too (checkout pages, whose slim header has no menu, just at phone
width). To check another page, add it to ``SCREENS`` in screens.py.
"""

import pytest
from playwright.sync_api import expect

from .axe import blocking, describe, run_axe
from .conftest import PHONE
from .screens import SCREENS, screen_id


@pytest.mark.parametrize("screen", SCREENS, ids=screen_id)
def test_page_has_no_serious_accessibility_violations(page, shared_shop, axe_script, screen):
    """The page answers with its status, shows header and main content, and axe reports nothing serious."""
    shop = shared_shop  # reads only (its own basket and checkout session): the shared demo copy
    if screen.prepare:
        screen.prepare(page, shop)
    response = page.goto(screen.path(shop))
    assert response.status == screen.status, f"{screen.name}: HTTP {response.status} at {page.url}"
    expect(page.get_by_role("banner")).to_be_visible()
    expect(page.get_by_role("main")).to_be_visible()
    found = {"desktop": blocking(run_axe(page, axe_script))}

    page.set_viewport_size(PHONE)
    page.reload()
    if screen.menu:
        page.get_by_role("button", name="Menu").click()
        expect(page.get_by_role("navigation", name="Main")).to_be_visible()
        found["phone, menu open"] = blocking(run_axe(page, axe_script))
    else:
        expect(page.get_by_role("button", name="Menu")).to_have_count(0)
        found["phone"] = blocking(run_axe(page, axe_script))

    report = "\n".join(f"at {width}:\n{describe(violations)}" for width, violations in found.items() if violations)
    assert not report, f"axe on {screen.name} ({page.url}) found:\n{report}"
