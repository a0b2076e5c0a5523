"""The catalogue factories build what the demo and the tests need: typed attributes, strains, sizes, stock."""

from decimal import Decimal

from shop.apps.catalogue.factories import PackSizeFactory, ParentProductFactory, ProductFactory
from shop.apps.catalogue.models import Product, VatBand

B = 10**9


def test_product_factory_builds_a_probiotic_with_typed_attributes_strains_and_stock(db):
    """A standalone probiotic: option and number attributes stored typed, strains in order, one gross price."""
    product = ProductFactory(
        title="Daily Gut",
        attributes={"form": "capsules", "daily_dose": 2, "vegan": True},
        strains=[("Lactobacillus", "rhamnosus", "GG", 5 * B), ("Bifidobacterium", "longum", "BB536", 1 * B)],
        stockrecords__price="19.90",
        stockrecords__num_in_stock=7,
    )

    product = Product.objects.get(pk=product.pk)
    assert product.product_class.vat_band == VatBand.REDUCED
    assert product.attr.form.option == "Capsules"
    assert product.attr.daily_dose == 2 and product.attr.vegan is True
    strains = product.product_strains.order_by("display_order")
    assert [(s.strain.designation, s.cfu) for s in strains] == [("GG", 5 * B), ("BB536", 1 * B)]
    (record,) = product.stockrecords.all()
    assert (record.price, record.price_currency, record.num_in_stock) == (Decimal("19.90"), "EUR", 7)
    assert product in Product.objects.browsable()


def test_pack_sizes_are_child_products_with_their_own_price(db):
    """A parent has no stock of its own; each pack size is a child with its units, weight and price."""
    parent = ParentProductFactory(title="Skin Balance", attributes={"form": "capsules", "daily_dose": 1})
    for units, price in [(30, "24.90"), (60, "44.90")]:
        PackSizeFactory(
            parent=parent,
            title=f"Skin Balance, {units} days",
            attributes={"units_per_pack": units, "net_content_g": units * 0.4},
            stockrecords__price=price,
        )

    assert parent.structure == Product.PARENT and not parent.stockrecords.exists()
    children = parent.children.order_by("title")
    assert [child.stockrecords.get().price for child in children] == [Decimal("24.90"), Decimal("44.90")]
    assert [Product.objects.get(pk=child.pk).attr.units_per_pack for child in children] == [30, 60]
    assert parent in Product.objects.browsable()
