"""Magazine fixtures: the magazine index, an article factory, block helpers, products with SKUs."""

import itertools

import pytest
from oscar.test.factories import create_product

from blog.factories import ArticlePageFactory, product_card, product_grid, text
from blog.factories import product_link as link_to
from blog.models import BlogIndexPage

# The magazine's block builders (blog/factories.py), under the short names these tests use.
card = product_card
grid = product_grid


def product_link(product, words="this product"):
    """A paragraph linking ``words`` to the product."""
    return text(f"<p>Try {link_to(product, words)} daily.</p>")


@pytest.fixture
def blog_index(home_page):
    return BlogIndexPage.objects.get()


@pytest.fixture
def make_article(blog_index):
    """``make_article(title, body=[...], related=[...], live=True)``: an article under the magazine."""

    def make(title="Gut feelings", body=(), related=(), live=True, teaser="What the gut tells the skin."):
        return ArticlePageFactory(
            parent=blog_index, title=title, teaser=teaser, body=body, related_products=related, live=live
        )

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
