"""The product chooser in the Wagtail admin: editors without shop rights find products by title and SKU."""

import pytest
from django.urls import reverse
from oscar.test.factories import create_product

pytestmark = pytest.mark.django_db

RESULTS_URL = "product_chooser:choose_results"


def test_editor_finds_a_product_by_title(client, editor, skin_product, product):
    """A word of the title finds the product and not the others; the row shows SKU and price incl. VAT."""
    client.force_login(editor)
    response = client.get(reverse(RESULTS_URL), {"q": "skin"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Florava Skin Flora" in html
    assert "SKIN-30-DE" in html
    assert "29,95" in html
    assert "Florava Daily Gut" not in html


def test_editor_finds_a_product_by_sku_and_upc(client, editor, skin_product, product):
    """The partner SKU (part of it) and the exact UPC both find the product."""
    client.force_login(editor)
    for query in ["SKIN-30", "FLV-SKIN-30"]:
        html = client.get(reverse(RESULTS_URL), {"q": query}).content.decode()
        assert "Florava Skin Flora" in html, query
        assert "Florava Daily Gut" not in html, query


def test_chooser_offers_only_products_the_shop_sells(client, editor, skin_product):
    """Hidden products and variants (children) cannot be chosen: only what the storefront lists."""
    create_product(title="Florava Secret Formula", is_public=False, price="9.99")
    client.force_login(editor)
    html = client.get(reverse(RESULTS_URL), {"q": "Florava"}).content.decode()
    assert "Florava Skin Flora" in html
    assert "Secret Formula" not in html


def test_choosing_returns_the_product_url_for_rich_text_links(client, editor, skin_product):
    """The chosen step hands the editor's link tool the product id, title and current URL."""
    client.force_login(editor)
    response = client.get(reverse("product_chooser:chosen", args=[skin_product.pk]))
    result = response.json()["result"]
    assert result["id"] == str(skin_product.pk)
    assert result["title"] == "Florava Skin Flora"
    assert result["url"] == skin_product.get_absolute_url()


def test_the_public_cannot_open_the_chooser(client, customer, skin_product):
    """Customers (no CMS access) are sent to the admin login."""
    client.force_login(customer)
    assert client.get(reverse(RESULTS_URL)).status_code == 302
