"""The magazine's demo step: works on its own, features products, and can run twice."""

import io

import pytest

from blog import demo
from blog.models import ArticlePage
from shop.apps.catalogue import demo as catalogue_demo
from shop.core.demo import load_sites_and_pages

pytestmark = pytest.mark.django_db


def test_demo_magazine_loads_twice_and_features_products():
    """Six articles with authors, images, categories, tags, product blocks and links; a rerun changes nothing."""
    out = io.StringIO()
    load_sites_and_pages(out)
    catalogue_demo.load(out)
    demo.load(out)
    demo.load(out)

    articles = ArticlePage.objects.live()
    assert articles.count() == 6
    gut_skin = articles.get(slug="the-gut-skin-axis")
    assert gut_skin.original_title == "Darm-Haut-Achse"
    assert gut_skin.author and gut_skin.hero_image and gut_skin.categories.count() == 2
    assert {block.block_type for block in gut_skin.body} >= {"product_card", "product_grid", "references"}
    assert any('linktype="product"' in block.value.source for block in gut_skin.body if block.block_type == "paragraph")

    skin_glow = demo.demo_products()["skin"]
    assert gut_skin in ArticlePage.objects.live().featuring(skin_glow)
    assert all(article.featured_products for article in articles)
