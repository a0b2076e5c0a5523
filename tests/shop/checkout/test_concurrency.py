"""Orders stay correct when customers act at the same moment (PostgreSQL: real row locks, one connection per thread).

Each test lines threads up on a barrier so their transactions overlap, then counts
what the database holds.
"""

import threading
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model
from oscar.test.factories import create_product, create_voucher

from shop.apps.checkout.placement import OrderNotPlaced, place_order_once

from .conftest import make_basket, order_kwargs, place_order, reload_basket, walk_to_preview

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
Source = get_model("payment", "Source")
Voucher = get_model("voucher", "Voucher")

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def run_together(functions):
    """Run each function in its own thread and connection, all released at once; return results or exceptions."""
    barrier = threading.Barrier(len(functions))
    results = [None] * len(functions)

    def worker(index, function):
        try:
            barrier.wait(timeout=10)
            results[index] = function()
        except Exception as error:  # noqa: BLE001  (collected and asserted on by the test)
            results[index] = error
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(i, f)) for i, f in enumerate(functions)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def placing(basket_pk):
    def place():
        basket = reload_basket(basket_pk)
        return place_order_once(**order_kwargs(basket))

    return place


def test_last_units_are_never_oversold(shipping_zones):
    """8 customers race for the last 3 units: at most 3 orders, 0 oversold, the others keep their basket."""
    product = create_product(title="Last units", price="19.90", num_in_stock=3)
    baskets = [make_basket((product, 1)) for _ in range(8)]

    results = run_together([placing(basket.pk) for basket in baskets])

    placed = [result for result in results if isinstance(result, tuple)]
    refused = [result for result in results if isinstance(result, OrderNotPlaced)]
    assert len(placed) + len(refused) == 8, results
    record = product.stockrecords.get()
    assert Order.objects.count() == len(placed) == 3
    assert record.num_allocated == 3 and record.net_stock_level == 0  # 0 units oversold
    assert all("sold out" in str(refusal) for refusal in refused)
    unplaced = Basket.objects.exclude(pk__in=Order.objects.values("basket_id"))
    assert {basket.status for basket in unplaced} == {Basket.OPEN}
    assert all(basket.num_lines == 1 for basket in unplaced)


def test_stock_is_checked_per_quantity_across_lines(shipping_zones):
    """Two customers each want 2 of the last 3: one order; the other is told how many are left."""
    product = create_product(title="Three left", price="9.90", num_in_stock=3)
    baskets = [make_basket((product, 2)) for _ in range(2)]

    results = run_together([placing(basket.pk) for basket in baskets])

    assert Order.objects.count() == 1
    assert product.stockrecords.get().num_allocated == 2
    refusal = next(result for result in results if isinstance(result, OrderNotPlaced))
    assert "only 1" in str(refusal)


def test_repeated_submit_places_one_order_with_one_payment(shipping_zones):
    """Five simultaneous "place order" calls for one basket: one order, one payment record, same order for all."""
    product = create_product(title="Double click", price="12.95", num_in_stock=10)
    basket = make_basket((product, 2))

    results = run_together([placing(basket.pk) for _ in range(5)])

    assert all(isinstance(result, tuple) for result in results), results
    assert Order.objects.count() == 1
    assert Source.objects.count() == 1
    assert {order.number for order, _created in results} == {Order.objects.get().number}
    assert sorted(created for _order, created in results) == [False, False, False, False, True]
    assert product.stockrecords.get().num_allocated == 2


def test_two_concurrent_posts_of_the_order_button(client, products, shipping_zones, django_user_model):
    """The same checkout posted twice at once through the views (two tabs, double click): one order."""
    walk_to_preview(client, [(products[0], 1)])
    from django.test import Client

    twin = Client()
    twin.cookies = client.cookies

    responses = run_together([lambda: place_order(client), lambda: place_order(twin)])

    assert [response.status_code for response in responses] == [302, 302], responses
    assert {response["Location"] for response in responses} == {reverse("checkout:thank-you")}
    assert Order.objects.count() == 1
    assert Source.objects.count() == 1


def test_single_use_voucher_is_used_once(shipping_zones):
    """Four customers redeem the same single-use voucher at once: exactly one order gets it."""
    product = create_product(title="Voucher race", price="30.00", num_in_stock=50)
    voucher = create_voucher(code="ONCEONLY", usage=Voucher.SINGLE_USE)
    voucher.end_datetime = timezone.now() + timezone.timedelta(days=1)
    voucher.save()
    baskets = [make_basket((product, 1), vouchers=[voucher]) for _ in range(4)]
    assert all(basket.total_discount > 0 for basket in baskets)

    results = run_together([placing(basket.pk) for basket in baskets])

    placed = [result for result in results if isinstance(result, tuple)]
    assert len(placed) == 1, results
    assert all(isinstance(result, OrderNotPlaced) for result in results if not isinstance(result, tuple))
    voucher.refresh_from_db()
    assert voucher.num_orders == 1
    assert voucher.applications.count() == 1


def test_order_numbers_are_unique(shipping_zones):
    """Ten different customers order at the same moment: ten orders, ten distinct numbers."""
    product = create_product(title="Popular", price="5.00", num_in_stock=100)
    baskets = [make_basket((product, 1)) for _ in range(10)]

    results = run_together([placing(basket.pk) for basket in baskets])

    assert all(isinstance(result, tuple) for result in results), results
    numbers = [order.number for order, _created in results]
    assert len(set(numbers)) == 10
    assert Order.objects.values("number").distinct().count() == 10
    assert product.stockrecords.get().num_allocated == 10
    assert Order.objects.filter(total_incl_tax=Decimal("9.90")).count() == 10  # 5.00 + 4.90 shipping
