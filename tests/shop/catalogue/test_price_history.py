"""Price history and the 30-day lowest price shown next to a reduced price (PAngV §11)."""

from datetime import timedelta
from decimal import Decimal as D

import pytest
from django.utils import timezone
from oscar.test.factories import create_product

from shop.apps.partner.models import PriceChange, StockRecord


@pytest.fixture
def stockrecord(db):
    return create_product(price=D("30.00"), num_in_stock=10).stockrecords.get()


def backdate_history(stockrecord, *prices_and_ages):
    """Replace the record's history with (price, days ago) rows."""
    stockrecord.price_changes.all().delete()
    now = timezone.now()
    for price, days_ago in prices_and_ages:
        PriceChange.objects.create(stockrecord=stockrecord, price=D(price), changed_at=now - timedelta(days=days_ago))


def change_price(stockrecord, price):
    record = StockRecord.objects.get(pk=stockrecord.pk)  # as the dashboard form would load it
    record.price = D(price)
    record.save()
    return record


def test_every_price_change_is_recorded(stockrecord):
    """Creating a record and each later price change add one history row; saving other fields adds none."""
    assert list(stockrecord.price_changes.values_list("price", flat=True)) == [D("30.00")]
    record = change_price(stockrecord, "25.00")
    record.num_in_stock = 3
    record.save()
    assert sorted(record.price_changes.values_list("price", flat=True)) == [D("25.00"), D("30.00")]


def test_reduction_shows_the_lowest_price_of_the_30_days_before(stockrecord):
    """Cut to 24.90 after 27.00 (20 days ago) and 30.00 (60 days ago): the reference is 27.00, not 30.00."""
    backdate_history(stockrecord, ("30.00", 60), ("27.00", 20), ("29.00", 5))
    record = change_price(stockrecord, "24.90")
    assert record.is_reduced
    assert record.reference_price == D("27.00")


def test_price_in_effect_when_the_window_opened_counts(stockrecord):
    """A price set 40 days ago and still in effect 30 days ago is part of the window."""
    backdate_history(stockrecord, ("22.00", 40), ("30.00", 10))
    assert stockrecord.lowest_price_before(timezone.now()) == D("22.00")
    record = change_price(stockrecord, "25.00")
    assert record.reference_price is None  # 25.00 is above the 30-day lowest: no reduction may be announced
    assert not record.is_reduced


def test_price_increase_clears_the_reduction(stockrecord):
    """After a reduction, raising the price again removes the struck-through reference."""
    backdate_history(stockrecord, ("30.00", 60))
    record = change_price(stockrecord, "20.00")
    assert record.reference_price == D("30.00")
    record = change_price(record, "30.00")
    assert record.reference_price is None
    assert not record.is_reduced


def test_unchanged_price_keeps_the_reduction(stockrecord):
    """Saving a reduced record without touching the price (e.g. a stock update) keeps its reference."""
    backdate_history(stockrecord, ("30.00", 60))
    record = change_price(stockrecord, "20.00")
    record = StockRecord.objects.get(pk=record.pk)
    record.num_in_stock = 1
    record.save()
    assert StockRecord.objects.get(pk=record.pk).reference_price == D("30.00")


def test_record_without_history_uses_its_previous_price(stockrecord):
    """Records that predate the history: the price they had until now is the reference."""
    stockrecord.price_changes.all().delete()
    record = change_price(stockrecord, "27.50")
    assert record.reference_price == D("30.00")
