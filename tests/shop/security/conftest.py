import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """The per-hour counters live in the cache, which outlives a test's database rollback."""
    cache.clear()
    yield
    cache.clear()


from tests.shop.checkout.conftest import products, shipping_zones  # noqa: E402, F401  (shared shop fixtures)
