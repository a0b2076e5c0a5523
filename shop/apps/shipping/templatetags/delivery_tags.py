"""The basket's "€X more for free shipping" notice."""

from django import template

from shop.apps.shipping.repository import free_shipping_gap

register = template.Library()


@register.inclusion_tag("oscar/basket/partials/free_shipping_notice.html")
def free_shipping_notice(basket):
    gap = free_shipping_gap(basket)
    return {
        "missing": gap[0] if gap else None,
        "threshold": gap[1] if gap else None,
        "currency": basket.currency,
        "qualifies": gap is None and not basket.is_empty,
    }
