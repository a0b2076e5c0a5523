"""The demo catalogue: enough realistic products to try every journey, and safe to load twice."""

from io import StringIO

from shop.apps.catalogue import demo
from shop.apps.catalogue.models import Category, Product, ProductImage
from shop.apps.partner.models import PriceChange, StockRecord


def test_demo_catalogue_is_complete_and_idempotent(db):
    """≥12 products, ≥3 with pack sizes, one sold out, one low, a drawn image each, one reduced price;
    a second load changes nothing."""
    demo.load(StringIO())
    browsable = Product.objects.browsable()
    assert browsable.count() >= 12
    assert browsable.filter(structure=Product.PARENT).count() >= 3
    assert StockRecord.objects.filter(num_in_stock=0).exists()
    assert StockRecord.objects.filter(num_in_stock__gt=0, num_in_stock__lte=5).exists()
    assert set(Category.objects.filter(depth=1).values_list("name", flat=True)) >= {
        "Gut health",
        "Skin (gut–skin axis)",
        "Immune defence",
        "Women's health",
        "Children",
        "Bundles",
    }
    assert all(product.images.exists() for product in browsable)
    reduced = [record for record in StockRecord.objects.all() if record.is_reduced]
    assert len(reduced) == 1

    counts = (Product.objects.count(), ProductImage.objects.count(), PriceChange.objects.count())
    demo.load(StringIO())
    assert (Product.objects.count(), ProductImage.objects.count(), PriceChange.objects.count()) == counts
    assert [record for record in StockRecord.objects.all() if record.is_reduced] == reduced
