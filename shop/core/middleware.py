"""Security headers for every response: CSP scoped by area, Permissions-Policy, no-store, SameSite cookies."""

import re

from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.utils.cache import add_never_cache_headers


class ScopedCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with a second, looser policy for the staff back offices.

    The storefront, magazine and checkout get ``CONTENT_SECURITY_POLICY`` (scripts from this site or
    with the request's nonce only). Wagtail's admin, Oscar's dashboard and Django's admin ship inline
    scripts and styles we do not control, so paths matching ``SHOP_CSP_STAFF_PATHS`` get
    ``SHOP_CSP_STAFF_POLICY`` instead (still self-hosted only, no foreign hosts). The HTML staff
    write there is sanitised on save (``shop.security.html``), which is what keeps script out of it.
    """

    staff_paths = None

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and self.is_staff_path(request.path_info):
            parts.config = default_config(settings.SHOP_CSP_STAFF_POLICY["DIRECTIVES"])
            # A nonce next to 'unsafe-inline' makes browsers ignore 'unsafe-inline': none here.
            parts.nonce = None
        return parts

    def is_staff_path(self, path):
        if self.staff_paths is None:
            self.staff_paths = re.compile("|".join(f"(?:{pattern})" for pattern in settings.SHOP_CSP_STAFF_PATHS))
        return bool(self.staff_paths.match(path))


class SecurityHeadersMiddleware:
    """Permissions-Policy everywhere; ``Cache-Control: no-store`` on personal pages; SameSite on every cookie.

    - Personal pages (basket, checkout and its thank-you page, account, order status, login, staff
      areas) are never stored by the browser or a proxy, so the next person at a shared computer
      cannot read them from the history or the back button.
    - Some cookies are set without SameSite (Oscar's basket cookie): every cookie the response sets
      without one gets ``SHOP_COOKIE_SAMESITE`` (Lax), so no cookie rides along on cross-site posts.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.no_store_paths = re.compile("|".join(f"(?:{pattern})" for pattern in settings.SHOP_NO_STORE_PATHS))

    def __call__(self, request):
        response = self.get_response(request)
        if settings.SHOP_PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.SHOP_PERMISSIONS_POLICY)
        if self.is_personal(request):
            add_never_cache_headers(response)
        for morsel in response.cookies.values():
            if not morsel["samesite"]:
                morsel["samesite"] = settings.SHOP_COOKIE_SAMESITE
        return response

    def is_personal(self, request):
        match = getattr(request, "resolver_match", None)
        if match is not None and set(match.namespaces) & set(settings.SHOP_NO_STORE_NAMESPACES):
            return True
        return bool(self.no_store_paths.match(request.path_info))
