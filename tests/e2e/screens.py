"""The pages the accessibility check visits, and small browser steps the journeys share.

To check another page, add a ``Screen`` to ``SCREENS``: a name, a function from the ``Shop`` fixture (demo
pages, users and a product, see conftest.py) to the path, optionally a ``prepare`` step that puts the
browser in the state the page needs (a basket line, a login), and the HTTP status the page answers with;
``menu=False`` for pages without the navigation menu (the checkout's slim frame).
A path that cannot be built (a missing page, say) raises, so the test fails: nothing is skipped silently.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse
from playwright.sync_api import expect


@dataclass(frozen=True)
class Screen:
    name: str
    path: Callable
    prepare: Callable | None = None
    status: int = 200
    #: False for pages in the checkout's slim frame, which has no navigation menu.
    menu: bool = True


# The site says "basket"; Oscar's templates say "basket" too, but with LANGUAGE_CODE "en" gettext
# expands "en" to "en_US" first and finds Oscar's American catalogue: "Add to cart", "Cart". Until the
# settings use "en-gb" (reported to the lead), the journeys accept both words; tighten these two then.
ADD_TO_BASKET = re.compile(r"^Add to (basket|cart)$")
BASKET_HEADING = re.compile(r"^\s*(Basket|Cart)\s*$")


def add_to_basket_from_product_page(page, shop):
    """Open the product page and press its add-to-basket button, as a shopper would."""
    page.goto(shop.product_path)
    page.get_by_role("button", name=ADD_TO_BASKET).click()
    expect(page.locator("[data-mini-basket]")).to_contain_text("1 item")


def log_in(page, email, password, login_path="/shop/accounts/login/"):
    """Log in through the shop's login form (Oscar's combined login / register page)."""
    page.goto(login_path)
    form = page.locator("form#login_form")
    form.get_by_label("Email address").fill(email)
    form.get_by_label("Password").fill(password)
    form.get_by_role("button", name="Log In").click()


def enter_two_factor_code(page, email):
    """The admin login's second step: type the current code of the account's TOTP device (the demo
    accounts have the README's fixed key), as an authenticator app would show it."""
    from django.contrib.auth import get_user_model

    from shop.users.two_factor import confirmed_device
    from tests.two_factor import current_code

    expect(page.get_by_role("heading", level=1)).to_have_text("Enter your login code")
    device = confirmed_device(get_user_model().objects.get(email=email))
    page.get_by_label("Six-digit code from your authenticator app").fill(current_code(device))
    page.get_by_role("button", name="Confirm").click()


def guest_checkout_as(page, email):
    """On the checkout's first step ("Who are you?"), continue as a guest with this email address."""
    expect(page).to_have_url(re.compile(r"/shop/checkout/$"))
    page.get_by_label("My email address is").fill(email)
    page.get_by_label("I am a new customer and want to checkout as a guest").check()
    page.get_by_role("button", name="Continue").click()


def fill_german_address(page):
    """Fill the shipping address form with an address in Berlin (the country is Germany by default)."""
    expect(page.get_by_role("heading", name="Shipping address")).to_be_visible()
    page.get_by_label("First name").fill("Anna")
    page.get_by_label("Last name").fill("Schmidt")
    page.get_by_label("Street and house number").fill("Musterstraße 12")
    page.get_by_label("Postcode").fill("10115")
    page.get_by_label("City").fill("Berlin")
    expect(page.get_by_label("Country")).to_have_value("DE")


def to_checkout_address(page, shop):
    """A basket line, then the checkout's first step as a guest: the browser stands at the address form."""
    add_to_basket_from_product_page(page, shop)
    page.goto(reverse("checkout:index"))
    guest_checkout_as(page, "axe@example.com")
    expect(page.get_by_role("heading", name="Shipping address")).to_be_visible()


def to_checkout_preview(page, shop):
    """Address and standard shipping given: the order summary with the terms box and the order button is next."""
    to_checkout_address(page, shop)
    fill_german_address(page)
    page.get_by_role("button", name="Continue").click()
    page.locator(".row").filter(has_text="Standard delivery (Germany)").last.get_by_role(
        "button", name="Select option"
    ).click()
    expect(page.get_by_role("button", name="Order with obligation to pay")).to_be_visible()


def category_path(shop):
    from shop.apps.catalogue.models import Category

    return Category.objects.get(name="Skin (gut–skin axis)").get_absolute_url()


def product_with_sizes_path(shop):
    from shop.apps.catalogue.models import Product

    product = Product.objects.get(title="Skin Balance", structure=Product.PARENT)
    assert product.children.count() >= 2, "the demo's Skin Balance should come in pack sizes"
    return product.get_absolute_url()


def article_path(shop):
    from blog.models import ArticlePage

    return ArticlePage.objects.live().get(slug="the-gut-skin-axis").url


SCREENS = [
    Screen("home", lambda shop: "/"),
    Screen("magazine index", lambda shop: "/blog/"),
    Screen("info page", lambda shop: shop.info_page.url),
    Screen("article", article_path),
    Screen("catalogue", lambda shop: reverse("catalogue:index")),
    Screen("category", category_path),
    Screen("product with pack sizes", product_with_sizes_path),
    Screen("product", lambda shop: shop.product_path),
    Screen("empty basket", lambda shop: reverse("basket:summary")),
    Screen("basket with a product", lambda shop: reverse("basket:summary"), prepare=add_to_basket_from_product_page),
    Screen(
        "checkout address form",
        lambda shop: reverse("checkout:shipping-address"),
        prepare=to_checkout_address,
        menu=False,
    ),
    Screen("checkout order summary", lambda shop: reverse("checkout:preview"), prepare=to_checkout_preview, menu=False),
    Screen("login and registration", lambda shop: reverse("customer:login")),
    Screen("not found (404)", lambda shop: "/no-such-page/", status=404),
]


def screen_id(screen):
    return re.sub(r"\W+", "-", screen.name).strip("-")
