"""Security headers on the pages customers use: CSP, Permissions-Policy, no-store, SameSite cookies."""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from oscar.test.factories import create_product

from shop.apps.shipping.zones import ensure_shipping_zones


def directives(response):
    """The Content-Security-Policy header as {directive: [sources]}."""
    policy = response.headers.get("Content-Security-Policy", "")
    parsed = {}
    for part in filter(None, (item.strip() for item in policy.split(";"))):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


@pytest.fixture
def pages(client, home_page, customer):
    """Paths of home, product, basket, checkout and account pages, the basket holding one product."""
    ensure_shipping_zones()
    product = create_product(title="Daily Gut", price="12.95", num_in_stock=5)
    response = client.post(reverse("basket:add", args=[product.pk]), {"quantity": 1})
    assert response.status_code == 302
    return {
        "home": "/",
        "product": product.get_absolute_url(),
        "basket": reverse("basket:summary"),
        "checkout": reverse("checkout:index"),
        "login": reverse("customer:login"),
    }


PUBLIC = ["home", "product"]
PERSONAL = ["basket", "checkout", "login"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC + PERSONAL)
def test_strict_content_security_policy_on_shop_pages(client, pages, name):
    """Storefront pages send an enforcing CSP: everything from this site, scripts only from files or
    with this response's nonce (never 'unsafe-inline'), no plugins, no framing by other sites; every
    inline script on the page carries that nonce."""
    response = client.get(pages[name])
    assert response.status_code == 200
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    nonce = next(source for source in policy["script-src"] if source.startswith("'nonce-"))
    assert sorted(policy["script-src"]) == sorted(["'self'", nonce])
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'self'"]
    assert "Content-Security-Policy-Report-Only" not in response.headers
    html = response.content.decode()
    inline = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert inline, "the page has its onbodyload script"
    value = nonce.removeprefix("'nonce-").removesuffix("'")
    assert all(f'nonce="{value}"' in attributes for attributes in inline), inline


@pytest.mark.django_db
def test_each_response_gets_a_fresh_nonce(client, pages):
    """The nonce changes with every response, so a nonce read from one page is useless on the next."""
    first, second = (directives(client.get("/"))["script-src"] for _ in range(2))
    assert first != second


@pytest.mark.django_db
def test_staff_areas_get_the_looser_policy_and_storefront_never_does(client, superuser):
    """Wagtail's admin and Oscar's dashboard (inline scripts of their own) allow inline scripts, still
    only from this site; the storefront's login page, next to them, keeps the strict policy."""
    client.force_login(superuser)
    for path in ["/cms/", reverse("dashboard:index")]:
        policy = directives(client.get(path))
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"], path
        assert policy["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives(client.get(reverse("customer:login")))["script-src"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC + PERSONAL)
def test_permissions_referrer_and_nosniff_headers(client, pages, name):
    """Every page switches off camera, microphone, geolocation and other unused browser features,
    sends only the origin-local referrer, and forbids MIME sniffing."""
    response = client.get(pages[name])
    permissions = response.headers["Permissions-Policy"]
    for feature in ["camera=()", "microphone=()", "geolocation=()", "usb=()", "payment=(self)"]:
        assert feature in permissions
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
@pytest.mark.parametrize("name", PERSONAL)
def test_personal_pages_are_never_stored(client, pages, name):
    """Basket, checkout and login pages say ``no-store``: a shared browser keeps no copy of them."""
    response = client.get(pages[name])
    assert "no-store" in response.headers["Cache-Control"] and "private" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_account_and_order_pages_are_never_stored(client, customer):
    """The account pages of a logged-in customer and the order confirmation are ``no-store``."""
    client.force_login(customer)
    for path in [reverse("customer:summary"), reverse("customer:order-list"), reverse("customer:address-list")]:
        response = client.get(path, follow=True)
        assert response.status_code == 200
        assert "no-store" in response.headers["Cache-Control"], path
    thank_you = client.get(reverse("checkout:thank-you"))  # no order in the session: Oscar redirects
    assert "no-store" in thank_you.headers["Cache-Control"]


@pytest.mark.django_db
@pytest.mark.parametrize("name", PUBLIC)
def test_public_pages_stay_cacheable(client, pages, name):
    """Home and product pages are not marked no-store (the browser's back button stays fast)."""
    assert "no-store" not in client.get(pages[name]).headers.get("Cache-Control", "")


@pytest.mark.django_db
def test_every_cookie_is_samesite_lax(client, home_page, customer):
    """Oscar's basket cookie, the session, CSRF and messages cookies are all SameSite=Lax (the basket
    cookie is set by Oscar without one)."""
    ensure_shipping_zones()
    product = create_product(title="Daily Gut", price="12.95", num_in_stock=5)
    seen = {}
    response = client.get(product.get_absolute_url())  # CSRF cookie (the page has a form)
    seen.update(response.cookies)
    response = client.post(reverse("basket:add", args=[product.pk]), {"quantity": 1})  # basket + messages
    seen.update(response.cookies)
    response = client.post(
        reverse("customer:login"),
        {"login-username": customer.email, "login-password": "pass-123-word", "login_submit": "1"},
    )
    seen.update(response.cookies)
    names = {settings.OSCAR_BASKET_COOKIE_OPEN, settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, "messages"}
    assert names <= set(seen), sorted(seen)
    for name, morsel in seen.items():
        assert morsel["samesite"] == "Lax", name
