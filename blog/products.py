"""How the magazine reads the shop: products for cards, and rich-text links to products.

Products are always resolved by primary key at render time, so a changed slug, title or price
shows up in every article at once, and a hidden or deleted product never breaks a page.
"""

from django.utils.html import escape
from oscar.core.loading import get_model
from wagtail.rich_text import LinkHandler


def product_model():
    return get_model("catalogue", "Product")


def card_products():
    """Products the storefront sells, with everything the product card reads prefetched."""
    return product_model().objects.browsable().for_cards()


def products_in_order(ids):
    """The sellable products among ``ids``, in that order, in one query; missing ones are skipped."""
    ids = [int(pk) for pk in ids if pk is not None]
    found = card_products().in_bulk(ids) if ids else {}
    return [found[pk] for pk in ids if pk in found]


class ProductLinkHandler(LinkHandler):
    """``<a linktype="product" id="42">`` in rich text: a link to the product's current URL.

    A product that is no longer sold keeps its text but loses the link. Its references go into
    Wagtail's reference index, so the product page can list the article.
    """

    identifier = "product"

    @staticmethod
    def get_model():
        return product_model()

    @classmethod
    def get_many(cls, attrs_list):
        ids = [attrs.get("id") for attrs in attrs_list]
        found = product_model().objects.browsable().in_bulk([pk for pk in ids if str(pk).isdigit()])
        found = {str(pk): product for pk, product in found.items()}
        return [found.get(str(pk)) for pk in ids]

    @classmethod
    def expand_db_attributes(cls, attrs):
        return cls.expand_db_attributes_many([attrs])[0]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list):
        return [
            f'<a href="{escape(product.get_absolute_url())}" class="product-link">' if product else "<a>"
            for product in cls.get_many(attrs_list)
        ]

    @classmethod
    def extract_references(cls, attrs):
        if str(attrs.get("id", "")).isdigit():
            yield product_model(), str(attrs["id"]), "", ""
