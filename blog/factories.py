"""Magazine factories: article bodies as the StreamField stores them, and articles (factory_boy).

The tests and the demo (``demo.py``) build with the same parts:

    body = [heading("Why fibre"), text("<p>…</p>"), product_card(product, "note"), product_grid(a, b, heading="…")]
    ArticlePageFactory(parent=BlogIndexPage.objects.get(), title="Fibre", body=body, related_products=[a, b])

Block names and value shapes follow ``blog/blocks.py`` (``ArticleStreamBlock``).
"""

import json

import factory
from django.utils.text import slugify

from .models import ArticlePage, ArticleRelatedProduct

# --- StreamField blocks ------------------------------------------------------------------------------------


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def text(html):
    """A rich-text paragraph block (HTML in Wagtail's stored form)."""
    return {"type": "paragraph", "value": html}


def quote(words, attribution=""):
    return {"type": "quote", "value": {"quote": words, "attribution": attribution}}


def callout(title, html, kind="tip"):
    return {"type": "callout", "value": {"kind": kind, "title": title, "text": html}}


def product_card(product, note=""):
    return {"type": "product_card", "value": {"product": product.pk, "note": note}}


def product_grid(*products, heading=""):
    return {"type": "product_grid", "value": {"heading": heading, "products": [product.pk for product in products]}}


def shop_the_article(heading="Shop this article", text=""):
    return {"type": "shop_the_article", "value": {"heading": heading, "text": text}}


def references(*refs, heading="References"):
    """``refs``: (authors, title, journal, year, doi, url) tuples."""
    fields = ("authors", "title", "journal", "year", "doi", "url")
    return {
        "type": "references",
        "value": {"heading": heading, "references": [dict(zip(fields, ref, strict=True)) for ref in refs]},
    }


def disclaimer(text):
    return {"type": "disclaimer", "value": {"text": text}}


def image(wagtail_image, caption, credit=""):
    return {"type": "image", "value": {"image": wagtail_image.pk, "caption": caption, "credit": credit}}


def product_link(product, words):
    """Rich-text link to a product (inside a paragraph's HTML): stored by id, so it follows the product's slug."""
    return f'<a linktype="product" id="{product.pk}">{words}</a>'


# --- Pages ---------------------------------------------------------------------------------------------------


def save_and_publish(page, parent=None, live=True):
    """Add a new page under ``parent`` (an existing one keeps its place), save a revision, publish it if ``live``."""
    if page.pk is None:
        parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    return page


class ArticlePageFactory(factory.django.DjangoModelFactory):
    """A magazine article under ``parent`` (the magazine index), published unless ``live=False``.

    ``body``: a list of the blocks above; ``related_products``: the "Products in this article" strip.
    """

    title = factory.Sequence(lambda n: f"Article {n}")
    slug = factory.LazyAttribute(lambda article: slugify(article.title))
    teaser = "What the gut tells the skin."

    class Meta:
        model = ArticlePage

    @classmethod
    def _create(cls, model_class, *args, parent, body=(), related_products=(), live=True, tags=(), **kwargs):
        page = model_class(*args, body=json.dumps(list(body)), live=live, **kwargs)
        page.related_products = [
            ArticleRelatedProduct(product=product, sort_order=order) for order, product in enumerate(related_products)
        ]
        if tags:
            page.tags.set(tags)
        save_and_publish(page, parent, live=live)
        return model_class.objects.get(pk=page.pk)
