"""Small per-hour counters in the cache: emails per address and account requests per IP.

Logins are throttled by django-axes; these cover the forms axes does not see (password reset,
registration). A cache outage lets requests through (logged) rather than locking everyone out.
"""

import hashlib
import logging

from axes.helpers import get_client_ip_address
from django.core.cache import cache

logger = logging.getLogger(__name__)

HOUR = 60 * 60


def allow(bucket, key, limit, window=HOUR):
    """Count one use of ``key`` in ``bucket``; True while the count within ``window`` seconds is at most ``limit``."""
    digest = hashlib.sha256(str(key).strip().lower().encode()).hexdigest()
    cache_key = f"limit:{bucket}:{digest}"
    try:
        if cache.add(cache_key, 1, window):
            return True
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add() and incr()
            cache.set(cache_key, 1, window)
            return True
    except Exception:  # noqa: BLE001  (an unreachable cache must not take the forms down)
        logger.warning("Rate limit %s not checked: the cache is unreachable", bucket, exc_info=True)
        return True
    return count <= limit


def client_ip(request):
    """The client address as django-axes sees it (one rule for every limit)."""
    return get_client_ip_address(request) or "unknown"


def axes_username(request, credentials=None):
    """The account a login attempt is for, as django-axes counts it: the address, trimmed and lower-cased."""
    if credentials:
        username = credentials.get("username") or credentials.get("email")
    else:
        username = getattr(request, "data", request.POST).get("username")
    return username.strip().lower() if isinstance(username, str) else username
