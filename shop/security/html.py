"""HTML and links that staff or editors type: sanitised on save and again on render.

Shop staff write HTML in the Oscar dashboard (product and category descriptions, offer and range
descriptions, shipping-method descriptions, rich-text product attributes, flat pages); editors write
Wagtail fields. None of it may carry script: a shop-staff user's ``<script>`` would otherwise run in a
superuser's browser. The sanitiser is nh3 (Python binding of the Rust crate ammonia, an allow-list
HTML sanitiser): only the tags and attributes below survive, links keep http(s)/mailto/relative
targets only. https://nh3.readthedocs.io/

Wagtail rich text (``RichTextField``, ``RichTextBlock``) is already reduced to its own allow-list by
Wagtail's editor converter (``wagtail.whitelist``), so it is not listed here.
"""

import re

import nh3
from django.core.exceptions import ValidationError
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

#: What a product or category description may use: text structure, emphasis, links, simple tables.
ALLOWED_TAGS = {
    "a",
    "abbr",
    "b",
    "blockquote",
    "br",
    "code",
    "em",
    "h2",
    "h3",
    "h4",
    "hr",
    "i",
    "li",
    "ol",
    "p",
    "small",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "u",
    "ul",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}

#: Models (app_label.ModelName) and their fields that hold staff-written HTML, sanitised on every save.
SANITISED_HTML_FIELDS = {
    "catalogue.Product": ["description"],
    "catalogue.Category": ["description", "long_description"],
    "catalogue.ProductAttributeValue": ["value_richtext"],
    "offer.ConditionalOffer": ["description"],
    "offer.Range": ["description"],
    "shipping.OrderAndItemCharges": ["description"],
    "shipping.WeightBased": ["description"],
    "flatpages.FlatPage": ["content"],
}


def clean_html(value):
    """``value`` with every tag, attribute and link target outside the allow-list removed.

    Script and style elements go with their content; text is kept (escaped where needed).
    """
    if not value:
        return value
    return nh3.clean(
        str(value),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


def sanitised_html(value):
    """Staff-written HTML ready for a template: sanitised, then marked safe (replaces ``|safe``)."""
    return mark_safe(clean_html(value or ""))  # noqa: S308 (nh3 allow-list output)


def sanitise_fields(sender, instance, **kwargs):
    """``pre_save`` receiver: sanitise the instance's HTML fields named in ``SANITISED_HTML_FIELDS``."""
    for field in SANITISED_HTML_FIELDS.get(sender._meta.label, ()):
        value = getattr(instance, field, None)
        if value:
            setattr(instance, field, clean_html(value))


# Browsers drop ASCII tab and newline anywhere in a URL and leading/trailing C0 controls and spaces
# before they read the scheme (WHATWG URL standard), so " java\tscript:" is still javascript:.
_IGNORED_IN_URLS = re.compile(r"[\t\n\r]")
_C0_AND_SPACE = "".join(chr(code) for code in range(0x21))
SAFE_URL_SCHEMES = {"http", "https"}
# A scheme as browsers read it: a letter, then letters, digits, + - . up to the first colon.
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")


def is_safe_url(value):
    """True for a relative link (``/shop/``, ``#top``, ``page/``) or an absolute http(s) URL."""
    url = _IGNORED_IN_URLS.sub("", str(value or "")).strip(_C0_AND_SPACE)
    if not url:
        return True
    if "\\" in url:
        # Browsers read a backslash as a slash in http(s) URLs: "/\\evil.example" would leave the site.
        return False
    scheme = _SCHEME.match(url)
    # No scheme: a path, query or fragment on this site (or //host, which keeps http(s)).
    return scheme is None or scheme.group(1).lower() in SAFE_URL_SCHEMES


def validate_safe_url(value):
    """Field validator: only http(s) and relative links (no ``javascript:``, ``data:``, …)."""
    if not is_safe_url(value):
        raise ValidationError(
            _("Enter a link starting with / (a page of this site) or with http:// or https://."),
            code="unsafe_url",
        )


def safe_url(value):
    """``value`` if it is a safe link, else an empty string (neutralises stored bad values on render)."""
    return value if is_safe_url(value) else ""
