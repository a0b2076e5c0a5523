"""What search engines and social networks read: structured data and social cards, one tag each.

``{% json_ld data %}`` is the only way a ``<script type="application/ld+json">`` is written (one
escaping rule); ``{% social_meta … %}`` the only way Open Graph and Twitter card tags are.
"""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

register = template.Library()

# json_script's rule: <, > and & as JSON escapes, so text inside can never close the script element.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, data):
    """``data`` (a schema.org dict) as a JSON-LD script element.

    It carries the request's CSP nonce: under a strict ``script-src`` (no 'unsafe-inline') a script element
    without it is refused, JSON-LD included.
    """
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    request = context.get("request")
    # str(): django-csp's lazy nonce is falsy until read, and reading it is what puts it in the header.
    lazy_nonce = getattr(request, "csp_nonce", None)
    if lazy_nonce is not None:
        return format_html(
            '<script type="application/ld+json" nonce="{}">{}</script>',
            str(lazy_nonce),
            mark_safe(payload),  # noqa: S308
        )
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 (escaped above)


@register.inclusion_tag("includes/social_meta.html", takes_context=True)
def social_meta(context, og_type, title, description, url, image=None):
    """Open Graph and Twitter card tags. ``image``: anything with ``url`` (and ``width``/``height``)."""
    request = context["request"]
    return {
        "og_type": og_type,
        "title": title,
        "description": description,
        "url": url,
        "image": image,
        "image_url": request.build_absolute_uri(image.url) if image else "",
        "site_name": context.get("shop_name", ""),
    }
