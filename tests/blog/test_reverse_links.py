"""Product pages list the live articles that feature the product, through Wagtail's reference index."""

import pytest
from django.template import Context, Template
from oscar.test.factories import create_product

from blog.models import ArticlePage

from .conftest import card, grid, product_link, text

pytestmark = pytest.mark.django_db


def featuring(product):
    return set(ArticlePage.objects.live().featuring(product).values_list("title", flat=True))


def test_card_grid_rich_text_link_and_related_products_all_count(make_article, skin_product, product):
    """Each way of featuring a product (card, grid, inline link, related products) links back."""
    other = create_product(title="Florava Travel Shield", price="21.95", num_in_stock=4)
    make_article("By card", body=[card(skin_product)])
    make_article("By grid", body=[grid(product, skin_product)])
    make_article("By link", body=[product_link(skin_product)])
    make_article("By related product", related=[skin_product])
    make_article("Unrelated", body=[card(other)])
    assert featuring(skin_product) == {"By card", "By grid", "By link", "By related product"}
    assert featuring(product) == {"By grid"}


def test_reverse_links_follow_publish_unpublish_and_edits(make_article, skin_product):
    """Drafts do not count; unpublishing removes the link; an edit that drops the product removes it too."""
    article = make_article("Skin and gut", body=[card(skin_product)], live=False)
    assert featuring(skin_product) == set()

    article.save_revision().publish()
    assert featuring(skin_product) == {"Skin and gut"}

    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert featuring(skin_product) == set()

    article.save_revision().publish()
    article = ArticlePage.objects.get(pk=article.pk)
    article.body = [("paragraph", text("<p>No products any more.</p>")["value"])]
    article.save_revision().publish()
    assert featuring(skin_product) == set()


def test_articles_for_product_tag_renders_read_more(client, make_article, skin_product, product):
    """The inclusion tag the product page uses: a "Read more in our magazine" list, or nothing."""
    make_article("Why your skin loves fibre", body=[product_link(skin_product)])
    template = Template("{% load blog_tags %}{% articles_for_product product %}")
    request = client.get("/").wsgi_request

    html = template.render(Context({"product": skin_product, "request": request}))
    assert "Read more in our magazine" in html
    assert "Why your skin loves fibre" in html

    assert "Read more" not in template.render(Context({"product": product, "request": request}))


def test_product_page_lists_articles_that_feature_it(client, make_article, skin_product):
    """The product page itself shows "Read more in our magazine" with a link to the live article."""
    article = make_article("Why your skin loves fibre", body=[card(skin_product)])
    html = client.get(skin_product.get_absolute_url()).content.decode()
    assert "Read more in our magazine" in html
    assert f'href="{article.url}"' in html

    ArticlePage.objects.get(pk=article.pk).unpublish()
    assert "Read more in our magazine" not in client.get(skin_product.get_absolute_url()).content.decode()
