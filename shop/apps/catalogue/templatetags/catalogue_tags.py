"""Price and facts rendering shared by product cards, detail pages and magazine articles.

``{% product_offer product as offer %}`` gives the price a customer pays (a parent's
cheapest pack size) and ``{% product_price offer %}`` renders it the one German way.
Both need ``request`` in the context (for the pricing strategy).
"""

from django import template
from oscar.core.loading import get_class

from shop.apps.catalogue.facts import format_cfu
from shop.apps.catalogue.offers import ProductOffer, offer_for
from shop.core.links import site_links

register = template.Library()
Selector = get_class("partner.strategy", "Selector")


def _strategy(context):
    request = context.get("request")
    strategy = getattr(request, "strategy", None)
    return strategy or Selector().strategy(request=request)


@register.simple_tag(takes_context=True)
def product_offer(context, product):
    """The :class:`~shop.apps.catalogue.offers.ProductOffer` for ``product`` (its cheapest size for parents)."""
    return offer_for(_strategy(context), product)


@register.inclusion_tag("oscar/catalogue/partials/price.html", takes_context=True)
def product_price(context, product_or_offer, size="md"):
    """Gross price, "incl. VAT, plus shipping" link, unit price per kg, price per dose, 30-day lowest price."""
    if isinstance(product_or_offer, ProductOffer):
        offer = product_or_offer
    else:
        offer = offer_for(_strategy(context), product_or_offer)
    request = context.get("request")
    shipping_url = site_links(request)["shipping"] if request is not None else ""
    return {"offer": offer, "size": size, "shipping_url": shipping_url}


@register.filter
def cfu(value):
    """Colony-forming units in words: 5000000000 → "5 billion"."""
    return format_cfu(value)
