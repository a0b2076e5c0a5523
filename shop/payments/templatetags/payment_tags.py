"""Show how to pay an order, in whatever way its payment method needs."""

from django import template
from django.template.loader import render_to_string

from shop.payments.methods import get_payment_method

register = template.Library()


@register.simple_tag
def payment_instructions(order, fmt="html"):
    """The order's payment instructions (``fmt`` "html" or "txt"); empty once nothing is left to do."""
    method = get_payment_method(order.payment_method)
    if method is None or not method.instructions_template or not order.is_awaiting_payment:
        return ""
    return render_to_string(f"{method.instructions_template}.{fmt}", method.instructions_context(order))
