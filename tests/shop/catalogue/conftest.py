"""Catalogue fixtures: the probiotic product class (as the demo defines it) and a product builder."""

from io import BytesIO

import pytest
from bs4 import BeautifulSoup
from PIL import Image

from shop.apps.catalogue import factories
from shop.apps.catalogue.factories import CategoryFactory, PackSizeFactory, ParentProductFactory, ProductFactory

B = 10**9


@pytest.fixture
def probiotic_class(db):
    return factories.probiotic_class()


@pytest.fixture
def category(db):
    def make(name, parent=None):
        return CategoryFactory(name=name, parent=parent)

    return make


@pytest.fixture
def make_probiotic(probiotic_class):
    """Build a public probiotic: standalone with ``price``/``stock``, or a parent with ``sizes``
    [(units per pack, net grams, price, stock), …]. Attributes default to a vegan capsule, 1 a day."""

    def make(title="Daily Gut", price="19.90", stock=20, sizes=None, categories=(), strains=None, **attrs):
        values = {"form": "capsules", "daily_dose": 1, "units_per_pack": 30, "net_content_g": 12.6, "vegan": True}
        values.update(attrs)
        strains = [(*name.split(" ", 2), cfu) for name, cfu in strains or [("Lactobacillus rhamnosus GG", 5 * B)]]
        common = {
            "title": title,
            "product_class": probiotic_class,
            "attributes": values,
            "categories": categories,
            "strains": strains,
        }
        if not sizes:
            return ProductFactory(**common, stockrecords__price=price, stockrecords__num_in_stock=stock)
        product = ParentProductFactory(**common)
        for units, grams, size_price, size_stock in sizes:
            PackSizeFactory(
                parent=product,
                title=f"{units} units",
                attributes={"units_per_pack": units, "net_content_g": grams},
                stockrecords__price=size_price,
                stockrecords__num_in_stock=size_stock,
            )
        return product

    return make


@pytest.fixture
def add_image():
    """Give a product a small real PNG image (cards and pages read its URL)."""

    def add(product):
        buffer = BytesIO()
        Image.new("RGB", (8, 8), (31, 77, 58)).save(buffer, format="PNG")
        return factories.add_image(product, buffer.getvalue(), f"p{product.pk}.png")

    return add


@pytest.fixture
def soup():
    def parse(response):
        return BeautifulSoup(response.content.decode(), "html.parser")

    return parse
