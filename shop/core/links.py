"""The one accessor for the site's fixed links (magazine, legal and service pages).

Where they point is chosen in the CMS (:class:`shop.core.models.SiteLinks`, Settings → Site links).
Header, footer, checkout and price notes read ``site_links(request)`` (templates: ``{{ site_links.terms }}``
from the context processor); emails, which run without a request, read ``site_full_urls()``.

The URLs are worked out once per request and kept in the cache between requests (keyed by site and
language), so the links cost no query on a page; saving the setting or a site, or publishing,
unpublishing, moving or deleting a page forgets them.
"""

import uuid

from django.core.cache import cache
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.models import Site

from .models import LINK_NAMES, SiteLinks

VERSION_KEY = "site-links:version"


def _version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.set(VERSION_KEY, version, None)
    return version


def forget_site_links(**kwargs):
    """Signal receiver: a link target may have changed; every site's links are worked out afresh."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def forget_changed_site_links(created=False, **kwargs):
    """Signal receiver for saved links; a row just created from the page tree changes nothing cached."""
    if not created:
        forget_site_links()


def site_links(request):
    """``{name: site-relative URL}`` for every link name; "" where no live page is chosen."""
    urls = getattr(request, "_site_link_urls", None)
    if urls is None:
        site = Site.find_for_request(request)
        key = f"site-links:{_version()}:{site.pk if site else 0}:{get_language()}"
        urls = cache.get(key)
        if urls is None:
            links = SiteLinks.for_site(site)
            urls = {name: links.get_page_url(name, request) for name in LINK_NAMES}
            cache.set(key, urls)
        request._site_link_urls = urls
    return urls


def site_full_urls():
    """``{name: absolute URL}`` of the default site's links, for emails and other code without a request."""
    links = SiteLinks.for_default_site()
    return {name: links.get_full_url(name) for name in LINK_NAMES}


def context_processor(request):
    """``site_links`` in every template rendered with a request (looked up only when a template reads it)."""
    return {"site_links": SimpleLazyObject(lambda: site_links(request))}
