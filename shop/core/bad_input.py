"""Malformed input answers 400 with a plain explanation instead of reaching a view and failing there."""

from django.http import HttpResponseBadRequest
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

NUL = "\x00"


def bad_request(request, message):
    """A 400 page in the site's look (standalone: it needs neither the basket nor the database)."""
    return HttpResponseBadRequest(render_to_string("400.html", {"message": message}, request=None))


def _has_nul(querydict):
    return any(NUL in key or any(NUL in value for value in values) for key, values in querydict.lists())


class RejectNulBytesMiddleware:
    """Refuse a NUL byte in the path, a query parameter or a form field.

    No form on the site takes one, and PostgreSQL refuses it in text ("A string literal cannot contain
    NUL"), so a search, a filter or an order number with ``%00`` used to end in a 500 there.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or _has_nul(request.GET) or (request.method == "POST" and _has_nul(request.POST)):
            return bad_request(request, _("The request contained a character that is not allowed (a NUL byte)."))
        return self.get_response(request)
