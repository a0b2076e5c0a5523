"""A Redis cache the shop survives losing: an outage means uncached pages, never a 500.

Django's ``RedisCache`` raises whatever redis-py raises, so with Redis down every page that
touches the cache (and every session read with the ``cache`` engine) fails. This backend
answers a failed call as a cache miss (or a no-op write), and logs ONE warning per outage
(again once Redis has answered in between), not one per request. Sessions use the
``cached_db`` engine, so they live in the database and survive a Redis restart.

Use short socket timeouts in ``OPTIONS`` so a hung Redis costs milliseconds, not seconds.
"""

import logging
import threading

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger("shop.cache")


class _Outage:
    """Shared by every thread's cache instance: whether the warning for this outage was logged."""

    lock = threading.Lock()
    reported = False

    @classmethod
    def report(cls, error):
        with cls.lock:
            if cls.reported:
                return
            cls.reported = True
        logger.warning("Redis cache unavailable, serving without cache until it is back: %s", error)

    @classmethod
    def over(cls):
        if cls.reported:
            with cls.lock:
                cls.reported = False


class TolerantRedisCache(RedisCache):
    """``RedisCache`` whose calls fail soft while Redis is unreachable (see the module docstring)."""

    def _call(self, method, fallback, *args, **kwargs):
        try:
            result = getattr(super(), method)(*args, **kwargs)
        except (RedisError, OSError) as error:
            _Outage.report(error)
            return fallback
        _Outage.over()
        return result

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def set(self, *args, **kwargs):
        return self._call("set", None, *args, **kwargs)

    def add(self, *args, **kwargs):
        return self._call("add", False, *args, **kwargs)

    def touch(self, *args, **kwargs):
        return self._call("touch", False, *args, **kwargs)

    def delete(self, *args, **kwargs):
        return self._call("delete", False, *args, **kwargs)

    def set_many(self, data, *args, **kwargs):
        return self._call("set_many", list(data), data, *args, **kwargs)

    def delete_many(self, *args, **kwargs):
        return self._call("delete_many", None, *args, **kwargs)

    def clear(self):
        return self._call("clear", False)

    def incr(self, key, delta=1, version=None):
        # Nothing to count on while Redis is away: behave as if the key were fresh.
        return self._call("incr", delta, key, delta, version)
