"""Catalogue fixtures: the probiotic product class (as the demo defines it) and a product builder."""

from decimal import Decimal
from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from django.core.files.base import ContentFile
from oscar.test.factories import create_stockrecord
from PIL import Image

from shop.apps.catalogue.demo import PROBIOTIC_ATTRIBUTES, ensure_product_class
from shop.apps.catalogue.models import (
    AttributeOption,
    Category,
    Product,
    ProductCategory,
    ProductImage,
    ProductStrain,
    Strain,
    VatBand,
)

B = 10**9


@pytest.fixture
def probiotic_class(db):
    return ensure_product_class("Probiotic", VatBand.REDUCED, PROBIOTIC_ATTRIBUTES)


@pytest.fixture
def category(db):
    def make(name, parent=None):
        if parent is None:
            return Category.add_root(name=name, is_public=True)
        return parent.add_child(name=name, is_public=True)

    return make


@pytest.fixture
def make_probiotic(probiotic_class):
    """Build a public probiotic: standalone with ``price``/``stock``, or a parent with ``sizes``
    [(units per pack, net grams, price, stock), …]. Attributes default to a vegan capsule, 1 a day."""
    counter = iter(range(1, 10_000))

    def make(title="Daily Gut", price="19.90", stock=20, sizes=None, categories=(), strains=None, **attrs):
        values = {"form": "capsules", "daily_dose": 1, "units_per_pack": 30, "net_content_g": 12.6, "vegan": True}
        values.update(attrs)
        product = Product(
            title=title,
            product_class=probiotic_class,
            structure=Product.PARENT if sizes else Product.STANDALONE,
        )
        for code, value in values.items():
            if code in ("form", "storage") and value is not None:
                value = AttributeOption.objects.get(group__code=code, code=value)
            setattr(product.attr, code, value)
        product.save()
        for category in categories:
            ProductCategory.objects.create(product=product, category=category)
        for position, (name, cfu) in enumerate(strains or [("Lactobacillus rhamnosus GG", 5 * B)]):
            genus, species, designation = name.split(" ", 2)
            strain, _ = Strain.objects.get_or_create(genus=genus, species=species, designation=designation)
            ProductStrain.objects.create(product=product, strain=strain, cfu=cfu, display_order=position)
        n = next(counter)
        if sizes:
            for units, grams, size_price, size_stock in sizes:
                child = Product(parent=product, structure=Product.CHILD, title=f"{units} units")
                child.attr.units_per_pack = units
                child.attr.net_content_g = grams
                child.save()
                create_stockrecord(
                    child, price=Decimal(size_price), num_in_stock=size_stock, partner_sku=f"{n}-{units}"
                )
        else:
            create_stockrecord(product, price=Decimal(price), num_in_stock=stock, partner_sku=f"sku-{n}")
        return product

    return make


@pytest.fixture
def add_image():
    """Give a product a small real PNG image (cards and pages read its URL)."""

    def add(product):
        buffer = BytesIO()
        Image.new("RGB", (8, 8), (31, 77, 58)).save(buffer, format="PNG")
        image = ProductImage(product=product, display_order=0)
        image.original.save(f"p{product.pk}.png", ContentFile(buffer.getvalue()), save=False)
        image.save()
        return image

    return add


@pytest.fixture
def soup():
    def parse(response):
        return BeautifulSoup(response.content.decode(), "html.parser")

    return parse
