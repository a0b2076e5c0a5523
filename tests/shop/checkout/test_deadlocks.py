"""Orders and basket additions on one product at the same moment never deadlock (PostgreSQL, real threads).

Place-order locks the stock row and add-to-basket checks it (foreign key) at commit; Oscar's
analytics counters used to be updated inside both transactions in the opposite order, so
PostgreSQL killed one of them ("deadlock detected") and the customer saw a 500.
"""

import pytest
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import create_product

from .conftest import place_order, walk_to_preview
from .test_concurrency import run_together

Order = get_model("order", "Order")
ProductRecord = get_model("analytics", "ProductRecord")

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

ROUNDS = 3
BUYERS = 12
BROWSERS = 12


def test_orders_and_basket_additions_on_one_product_never_fail(shipping_zones):
    """3 rounds of 12 place-orders + 12 add-to-baskets at once: 0 errors, 0 oversold, every counter counted."""
    product = create_product(title="Bestseller", price="19.90", num_in_stock=30)
    errors, placed, sold_out = [], 0, 0

    for _round in range(ROUNDS):
        buyers = [Client() for _ in range(BUYERS)]
        for buyer in buyers:
            walk_to_preview(buyer, [(product, 1)])
        browsers = [Client() for _ in range(BROWSERS)]

        def adding(browser):
            return lambda: browser.post(reverse("basket:add", args=[product.pk]), {"quantity": 1})

        def ordering(buyer):
            return lambda: place_order(buyer)

        calls = [ordering(buyer) for buyer in buyers] + [adding(browser) for browser in browsers]
        results = run_together(calls)

        for result in results:
            if isinstance(result, Exception) or result.status_code >= 500:
                errors.append(result)
        order_results = results[:BUYERS]
        placed += sum(
            1
            for r in order_results
            if not isinstance(r, Exception) and r.get("Location") == reverse("checkout:thank-you")
        )
        sold_out += sum(
            1 for r in order_results if not isinstance(r, Exception) and r.get("Location") == reverse("basket:summary")
        )
        assert all(not isinstance(r, Exception) and r.status_code == 302 for r in results[BUYERS:]), results

    assert errors == []
    record = product.stockrecords.get()
    assert record.num_allocated <= record.num_in_stock  # 0 oversold
    assert placed == Order.objects.count() == record.num_allocated == 30
    assert sold_out == ROUNDS * BUYERS - 30
    # The counters Oscar's analytics keep are still right, updated after each commit.
    counters = ProductRecord.objects.get(product=product)
    assert counters.num_purchases == 30
    assert counters.num_basket_additions == ROUNDS * (BUYERS + BROWSERS)
