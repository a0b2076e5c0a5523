"""Magazine fixtures: the magazine index, an article factory, block helpers, products with SKUs."""

import itertools
import json

import pytest
from django.utils.text import slugify
from oscar.test.factories import create_product

from blog.models import ArticlePage, ArticleRelatedProduct, BlogIndexPage


def card(product, note=""):
    return {"type": "product_card", "value": {"product": product.pk, "note": note}}


def grid(*products, heading=""):
    return {"type": "product_grid", "value": {"heading": heading, "products": [p.pk for p in products]}}


def text(html):
    return {"type": "paragraph", "value": html}


def product_link(product, words="this product"):
    return text(f'<p>Try <a linktype="product" id="{product.pk}">{words}</a> daily.</p>')


@pytest.fixture
def blog_index(home_page):
    return BlogIndexPage.objects.get()


@pytest.fixture
def make_article(blog_index):
    """``make_article(title, body=[...], related=[...], live=True)``: an article under the magazine."""

    def make(title="Gut feelings", body=(), related=(), live=True, teaser="What the gut tells the skin."):
        page = ArticlePage(title=title, slug=slugify(title), teaser=teaser, body=json.dumps(list(body)), live=live)
        page.related_products = [ArticleRelatedProduct(product=product) for product in related]
        blog_index.add_child(instance=page)
        revision = page.save_revision()
        if live:
            revision.publish()
        return ArticlePage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def skin_product(db):
    return create_product(
        title="Florava Skin Flora", upc="FLV-SKIN-30", partner_sku="SKIN-30-DE", price="29.95", num_in_stock=10
    )


@pytest.fixture
def make_products(db):
    numbers = itertools.count(1)

    def make(count):
        return [
            create_product(title=f"Florava Strain {n}", partner_sku=f"STRAIN-{n}", price=f"{n}.95", num_in_stock=5)
            for n in itertools.islice(numbers, count)
        ]

    return make
