"""One site: the same header, mini-basket and footer on Wagtail and Oscar pages; the URL map."""

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db


def header_of(response):
    html = response.content.decode()
    start, end = html.index('<header class="site-header">'), html.index("</header>")
    # The active-section marker and the login link's return path may differ between pages.
    return re.sub(r'\?next=[^"]*| aria-current="page"', "", html[start:end])


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/", 200),
        ("/blog/", 200),
        ("/imprint/", 200),
        ("/shop/catalogue/", 200),
        ("/shop/basket/", 200),
        ("/shop/accounts/login/", 200),
    ],
)
def test_public_url_map_answers(client, home_page, path, status):
    """The URL map of the issue: Wagtail at /, /blog/ and info pages; Oscar under /shop/."""
    assert client.get(path).status_code == status


@pytest.mark.parametrize("path", ["/shop/accounts/", "/shop/dashboard/", "/cms/", "/django-admin/"])
def test_private_areas_ask_for_a_login(client, home_page, path):
    """Accounts, dashboard, CMS and Django admin redirect an anonymous visitor to a login page."""
    response = client.get(path)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_unknown_url_gets_the_branded_404(client, home_page):
    """A missing page answers 404 in the site's look, header and basket included."""
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "We couldn't find that page" in response.content.decode()
    assert "Your basket is empty" in header_of(response)


def test_same_header_on_wagtail_and_oscar_pages(client, home_page):
    """Home (Wagtail) and catalogue (Oscar) render the identical header, mini-basket and footer links."""
    wagtail_page = client.get("/")
    oscar_page = client.get("/shop/catalogue/")
    assert header_of(wagtail_page) == header_of(oscar_page)
    header = header_of(wagtail_page)
    assert "Your basket is empty" in header
    assert 'href="/shop/catalogue/"' in header and 'href="/blog/"' in header
    assert 'role="search"' in header
    for response in (wagtail_page, oscar_page):
        assert 'href="/imprint/"' in response.content.decode()  # footer: info pages from the CMS


def test_product_added_in_shop_shows_in_mini_basket_on_home(client, home_page, product):
    """A line added through Oscar's basket view appears in the header of a Wagtail page."""
    response = client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 2})
    assert response.status_code == 302
    header = header_of(client.get("/"))
    assert "2 items" in header
    assert "25,90" in header  # 2 × 12.95, formatted the German way
    assert "Your basket is empty" not in header


def test_login_keeps_the_anonymous_basket(client, home_page, product, customer):
    """An anonymous basket is merged into the customer's basket when they log in."""
    client.post(reverse("basket:add", kwargs={"pk": product.pk}), {"quantity": 1})
    response = client.post(
        reverse("customer:login"),
        {"login-username": customer.email, "login-password": "pass-123-word", "login_submit": "1"},
    )
    assert response.status_code == 302
    assert "1 item" in header_of(client.get("/"))
    assert customer.baskets.get(status="Open").lines.get().product == product
