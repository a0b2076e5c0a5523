"""Redis is optional: while it is down the shop serves uncached pages, and a restart logs nobody out.

Starts a throwaway ``redis-server`` on a free port, points the cache at it as ``REDIS_URL``
does, walks the shop (pages, basket, a guest checkout, a logged-in customer), stops Redis
in the middle and walks on.
"""

import logging
import shutil
import socket
import subprocess
import time

import pytest
import redis
from django.urls import reverse
from oscar.core.loading import get_model

from shop.core import cache as tolerant_cache

from .conftest import place_order, walk_to_preview

Order = get_model("order", "Order")

REDIS_SERVER = shutil.which("redis-server")
pytestmark = [
    pytest.mark.skipif(REDIS_SERVER is None, reason="needs redis-server (apt-get install redis-server)"),
    # Marked, so pytest-django runs it before the transactional tests that flush Wagtail's root page.
    pytest.mark.django_db,
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ThrowawayRedis:
    """A redis-server of the test's own, without persistence, that the test can stop and start."""

    def __init__(self):
        self.port = free_port()
        self.process = None

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url)
        for _ in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError("redis-server did not start")

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)

    def keys(self):
        return redis.Redis.from_url(self.url).dbsize()


@pytest.fixture
def redis_server(settings):
    server = ThrowawayRedis()
    server.start()
    settings.CACHES = {
        "default": {
            "BACKEND": "shop.core.cache.TolerantRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    tolerant_cache._Outage.reported = False
    yield server
    if server.process.poll() is None:
        server.stop()


def browse(client, product):
    """Pages every visitor sees; returns their status codes."""
    return [
        client.get("/").status_code,
        client.get(product.get_absolute_url()).status_code,
        client.post(reverse("basket:add", args=[product.pk]), {"quantity": 1}).status_code,
        client.get(reverse("basket:summary")).status_code,
    ]


def logged_in_as(client, email):
    page = client.get(reverse("customer:profile-view"))
    return page.status_code == 200 and email in page.content.decode()


def test_redis_outage_serves_pages_keeps_sessions_and_warns_once(
    client, customer, home_page, products, shipping_zones, redis_server, caplog, django_capture_on_commit_callbacks
):
    """Redis stopped mid-checkout: 0 × 500, the guest's order goes through, the customer stays logged in, 1 warning."""
    from django.test import Client

    customer_client, guest, late_guest = Client(), client, Client()
    customer_client.force_login(customer)
    statuses = browse(customer_client, products[0])
    walk_to_preview(guest, [(products[1], 1)])
    assert redis_server.keys() > 0  # the cache (sessions at least) really is in this Redis

    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="shop.cache"):
        with django_capture_on_commit_callbacks(execute=True):
            placed = place_order(guest)  # the checkout started before the outage
        statuses += browse(customer_client, products[0])
        statuses += browse(late_guest, products[0])
        walk_to_preview(late_guest, [])
        with django_capture_on_commit_callbacks(execute=True):
            placed_late = place_order(late_guest)
        still_logged_in = logged_in_as(customer_client, customer.email)

    assert [status for status in statuses if status >= 500] == []
    assert placed.status_code == placed_late.status_code == 302
    assert placed["Location"] == placed_late["Location"] == reverse("checkout:thank-you")
    assert Order.objects.count() == 2
    assert still_logged_in
    warnings = [record for record in caplog.records if record.name == "shop.cache"]
    assert len(warnings) == 1, [record.getMessage() for record in warnings]
    assert "Redis cache unavailable" in warnings[0].getMessage()

    redis_server.start()  # an empty Redis, as after a restart
    assert logged_in_as(customer_client, customer.email)
    assert browse(customer_client, products[0]) == [200, 200, 302, 200]


def test_redis_url_selects_the_tolerant_cache_and_database_backed_sessions():
    """With REDIS_URL the settings use the fail-soft cache with short timeouts and cached_db sessions."""
    import json
    import os
    import sys

    probe = (
        "import json; from shop.settings import base; "
        "print(json.dumps([base.CACHES['default']['BACKEND'], base.CACHES['default']['OPTIONS'], base.SESSION_ENGINE]))"
    )
    env = {**os.environ, "REDIS_URL": "redis://127.0.0.1:6399/0"}
    output = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    backend, options, sessions = json.loads(output.stdout.strip().splitlines()[-1])
    assert backend == "shop.core.cache.TolerantRedisCache"
    assert options["socket_timeout"] <= 1 and options["socket_connect_timeout"] <= 1
    assert sessions == "django.contrib.sessions.backends.cached_db"
