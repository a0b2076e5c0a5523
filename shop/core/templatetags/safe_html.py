"""Filters for staff- and editor-written values: use these instead of ``|safe`` on stored data."""

from django import template

from shop.security.html import safe_url as _safe_url
from shop.security.html import sanitised_html

register = template.Library()


@register.filter
def sanitise_html(value):
    """Stored HTML through the allow-list sanitiser, then marked safe: ``{{ product.description|sanitise_html }}``."""
    return sanitised_html(value)


@register.filter
def safe_url(value):
    """The link if it is relative or http(s), else an empty string (legacy ``javascript:`` links)."""
    return _safe_url(value)
