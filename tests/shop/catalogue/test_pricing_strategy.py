"""The gross-price strategy: VAT derived from gross prices, exact to the cent."""

from decimal import Decimal as D

import pytest
from oscar.apps.basket.models import Basket
from oscar.core.loading import get_class
from oscar.test.factories import create_product, create_stockrecord

from shop.apps.catalogue.models import Product, ProductClass, VatBand
from shop.apps.partner.strategy import GrossPriceStrategy, split_gross

Selector = get_class("partner.strategy", "Selector")


@pytest.fixture
def probiotic_class(db):
    return ProductClass.objects.create(name="Probiotic", vat_band=VatBand.REDUCED)


@pytest.fixture
def accessory_class(db):
    return ProductClass.objects.create(name="Accessory", vat_band=VatBand.STANDARD)


@pytest.mark.parametrize(
    ("gross", "rate", "net", "tax"),
    [
        ("12.95", "0.07", "12.10", "0.85"),  # 12.1028… rounds down
        ("24.90", "0.07", "23.27", "1.63"),  # 23.2710…
        ("10.70", "0.07", "10.00", "0.70"),  # exact
        ("19.99", "0.19", "16.80", "3.19"),  # 16.7983… rounds up
        ("11.90", "0.19", "10.00", "1.90"),  # exact
        ("0.01", "0.19", "0.01", "0.00"),  # smallest amount
        ("5.35", "0.07", "5.00", "0.35"),  # 4.99999… → 5.00 half-up
    ],
)
def test_split_gross_rounds_net_half_up_and_keeps_the_gross(gross, rate, net, tax):
    """Net is gross / (1 + rate) rounded half up to the cent; tax is the remainder, so net + tax == gross."""
    assert split_gross(D(gross), D(rate)) == (D(net), D(tax))
    assert D(net) + D(tax) == D(gross)


def test_half_cent_rounds_up():
    """A net amount of exactly x.xx5 rounds up (ROUND_HALF_UP), not to even."""
    # 1.07 * 0.125 = 0.13375 → net 0.125 → 0.13
    assert split_gross(D("0.13375"), D("0.07"))[0] == D("0.13")


def test_selector_returns_the_gross_price_strategy():
    """Oscar loads our Selector (partner fork), which hands out the German gross-price strategy."""
    assert isinstance(Selector().strategy(), GrossPriceStrategy)


def test_reduced_rate_product_price(probiotic_class):
    """A probiotic's 12.95 gross stock price is 12.10 net + 0.85 VAT at 7 %, tax known, gross authoritative."""
    product = create_product(product_class="Probiotic", price=D("12.95"), num_in_stock=5)
    price = Selector().strategy().fetch_for_product(product).price
    assert (price.incl_tax, price.excl_tax, price.tax) == (D("12.95"), D("12.10"), D("0.85"))
    assert price.is_tax_known
    assert price.effective_price == D("12.95")
    assert price.tax_code == "reduced"


def test_standard_rate_product_price(accessory_class):
    """An accessory's 19.99 gross price is 16.80 net + 3.19 VAT at 19 %."""
    product = create_product(product_class="Accessory", price=D("19.99"), num_in_stock=5)
    price = Selector().strategy().fetch_for_product(product).price
    assert (price.incl_tax, price.excl_tax, price.tax) == (D("19.99"), D("16.80"), D("3.19"))


def test_rates_come_from_settings(settings, probiotic_class):
    """Changing settings.VAT_RATES changes the split without touching product classes."""
    settings.VAT_RATES = {"reduced": "0.05", "standard": "0.16"}
    product = create_product(product_class="Probiotic", price=D("10.50"), num_in_stock=5)
    price = Selector().strategy().fetch_for_product(product).price
    assert (price.excl_tax, price.tax) == (D("10.00"), D("0.50"))


def test_product_without_price_is_unavailable(probiotic_class):
    """A stock record without a price gives no price and cannot be bought."""
    product = create_product(product_class="Probiotic", price=D("1.00"), num_in_stock=5)
    product.stockrecords.update(price=None)
    info = Selector().strategy().fetch_for_product(product)
    assert not info.price.exists
    assert not info.availability.is_available_to_buy


def test_parent_shows_its_cheapest_child_price(probiotic_class):
    """A parent product (pack sizes) is priced from its cheapest public child, with that child's VAT split."""
    parent = create_product(product_class="Probiotic", structure="parent", title="Daily Gut")
    for price in ("49.90", "19.95", "36.90"):
        child = Product.objects.create(parent=parent, structure="child", title=f"{price} pack")
        create_stockrecord(child, price=D(price), num_in_stock=3)
    price = Selector().strategy().fetch_for_parent(parent).price
    assert (price.incl_tax, price.excl_tax, price.tax) == (D("19.95"), D("18.64"), D("1.31"))


def test_basket_totals_add_up_at_mixed_rates(probiotic_class, accessory_class):
    """A basket with 7 % and 19 % lines: gross total is the sum of displayed prices, and net + VAT == gross."""
    strategy = Selector().strategy()
    basket = Basket.objects.create()
    basket.strategy = strategy
    capsules = create_product(product_class="Probiotic", price=D("24.90"), num_in_stock=10)
    shaker = create_product(product_class="Accessory", price=D("9.99"), num_in_stock=10)
    basket.add_product(capsules, quantity=3)
    basket.add_product(shaker, quantity=1)

    assert basket.total_incl_tax == D("84.69")  # 3 × 24.90 + 9.99
    assert basket.total_excl_tax + basket.total_tax == basket.total_incl_tax
    assert basket.total_tax == 3 * D("1.63") + D("1.60")  # 9.99 / 1.19 = 8.3949… → 8.39 net
    for line in basket.all_lines():
        assert line.line_price_excl_tax + line.line_tax == line.line_price_incl_tax
