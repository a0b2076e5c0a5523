"""Articles sell products: live prices, add to basket from the article, unavailable and deleted products."""

import pytest
from django.urls import reverse
from oscar.test.factories import create_product

from shop.apps.shipping.zones import ensure_shipping_zones

from .conftest import card, grid, product_link

pytestmark = pytest.mark.django_db


def test_product_card_shows_the_live_price(client, make_article, skin_product):
    """The card reads price and stock from the shop at render time: a price change shows at once."""
    article = make_article(body=[card(skin_product, note="Studied for skin")])
    html = client.get(article.url).content.decode()
    assert "Florava Skin Flora" in html
    assert "29,95" in html
    assert "Studied for skin" in html

    skin_product.stockrecords.update(price="24.50")
    html = client.get(article.url).content.decode()
    assert "24,50" in html
    assert "29,95" not in html


def test_adding_from_an_article_returns_to_it_and_updates_the_mini_basket(client, make_article, skin_product):
    """The card's form posts to Oscar's basket; the reader lands on the article with a confirmation."""
    ensure_shipping_zones()  # the basket page estimates shipping: a shop has zones
    article = make_article(body=[grid(skin_product, create_product(title="Other", price="5.00", num_in_stock=3))])
    assert "Your basket is empty" in client.get(article.url).content.decode()

    response = client.post(
        reverse("basket:add", kwargs={"pk": skin_product.pk}),
        {"quantity": 1, "next": article.url},
        HTTP_REFERER=f"http://testserver{article.url}",
    )
    assert response.status_code == 302
    assert response["Location"] == article.url

    html = client.get(response["Location"]).content.decode()
    assert "1 item" in html  # the mini-basket in the header
    assert "Florava Skin Flora" in html and "has been added to your basket" in html
    assert client.get(reverse("basket:summary")).context["basket"].all_lines()[0].product == skin_product


def test_adding_never_redirects_off_site(client, make_article, skin_product):
    """A forged ``next`` to another host is ignored (Oscar checks it with url_has_allowed_host_and_scheme)."""
    response = client.post(
        reverse("basket:add", kwargs={"pk": skin_product.pk}), {"quantity": 1, "next": "https://evil.example/"}
    )
    assert "evil.example" not in response["Location"]


def test_hidden_product_shows_as_unavailable_and_stays_in_the_draft(client, make_article, skin_product):
    """Hiding a product turns its card into a notice; the article's stored body still holds it."""
    article = make_article(body=[card(skin_product)])
    skin_product.is_public = False
    skin_product.save()
    response = client.get(article.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Florava Skin Flora is currently unavailable." in html
    assert 'action="/shop/basket/add/' not in html
    article.refresh_from_db()
    assert article.body.raw_data[0]["value"]["product"] == skin_product.pk


def test_deleted_product_leaves_the_article_rendering(client, make_article, skin_product, product):
    """Deleting a product removes its card, grid entry and link, never breaks the page."""
    article = make_article(
        body=[card(skin_product), grid(skin_product, product), product_link(skin_product, "our skin formula")],
        related=[skin_product],
    )
    skin_product.delete()
    response = client.get(article.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Florava Skin Flora" not in html
    assert "Florava Daily Gut" in html  # the grid's other product
    assert "our skin formula" in html  # the link text survives, without a link


def test_rich_text_product_link_follows_slug_changes(client, make_article, skin_product):
    """Links are stored by id and resolved when rendering, so a new slug never breaks them."""
    article = make_article(body=[product_link(skin_product, "our skin formula")])
    skin_product.slug = "skin-flora-new-recipe"
    skin_product.save()
    html = client.get(article.url).content.decode()
    assert f'href="{skin_product.get_absolute_url()}"' in html
    assert "skin-flora-new-recipe" in skin_product.get_absolute_url()


def test_article_page_has_seo_markup(client, make_article, skin_product):
    """Description, Open Graph and a JSON-LD Article for search engines and social cards."""
    article = make_article(title="Darm und Haut", teaser="Short teaser for social cards.")
    html = client.get(article.url).content.decode()
    assert '<meta property="og:type" content="article">' in html
    assert '<meta property="og:title" content="Darm und Haut">' in html
    assert '<script type="application/ld+json" nonce="' in html
    assert '"@type": "Article"' in html
    assert "Short teaser for social cards." in html


def test_reading_time_is_computed_from_the_body(make_article):
    """About 220 words a minute: 660 words of text read in three minutes."""
    article = make_article(body=[{"type": "paragraph", "value": "<p>" + "word " * 660 + "</p>"}])
    assert article.reading_time == 3
