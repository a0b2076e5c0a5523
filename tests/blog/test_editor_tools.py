"""Editors' tools: the article editor offers product blocks and the product link; links survive the editor."""

import pytest
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

pytestmark = pytest.mark.django_db


def test_editor_without_shop_rights_can_write_an_article_with_products(client, editor, blog_index):
    """The "add article" form loads for an editor, with product blocks and the rich-text product link."""
    client.force_login(editor)
    response = client.get(f"/cms/pages/add/blog/articlepage/{blog_index.pk}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "blog/js/product-link.js" in html
    assert "PRODUCT_LINK" in html
    assert "product_chooser" in html or "/cms/products/chooser/" in html
    assert "Product grid" in html and "Product card" in html


def test_product_link_round_trips_through_the_rich_text_editor(skin_product):
    """Opening and saving a text keeps the product link as an id (not a URL that a slug change would break)."""
    converter = ContentstateConverter(features=["bold", "link", "product-link"])
    stored = f'<p>Try <a linktype="product" id="{skin_product.pk}">our skin formula</a>.</p>'

    editor_state = converter.from_database_format(stored)
    assert '"PRODUCT_LINK"' in editor_state
    assert skin_product.get_absolute_url() in editor_state  # shown to the editor

    saved = converter.to_database_format(editor_state)
    assert 'linktype="product"' in saved
    assert f'id="{skin_product.pk}"' in saved
    assert "href" not in saved
