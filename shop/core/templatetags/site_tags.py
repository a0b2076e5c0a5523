"""Template tags the site header and footer use on every page (Oscar's and Wagtail's).

They never assume a ``page`` in the context.
"""

from django import template

register = template.Library()


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """Live info/legal pages of the current Wagtail site, in tree order."""
    from blog.models import InfoPage

    request = context.get("request")
    pages = InfoPage.objects.live().public().order_by("path")
    if request is not None:
        from wagtail.models import Site

        site = Site.find_for_request(request)
        if site is not None:
            pages = pages.descendant_of(site.root_page, inclusive=True)
    return pages


@register.filter
def is_under(path, prefix):
    """``request.path|is_under:magazine_url``: the path is that URL or below it (for ``aria-current``)."""
    return bool(prefix) and str(path).startswith(str(prefix))
