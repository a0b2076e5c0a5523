"""Catalogue factories (factory_boy): product classes with typed attributes, products, strains, pack sizes,
stock records and images. The tests build with them and so does the demo (``demo.py``): one way to make
a product.

    ProductFactory(title="Daily Gut", stockrecords__price="19.90", stockrecords__num_in_stock=20,
                   attributes={"form": "capsules", "daily_dose": 1},
                   strains=[("Lactobacillus", "rhamnosus", "GG", 5e9)])
    PackSizeFactory(parent=product, title="Daily Gut, 60 days", attributes={"units_per_pack": 60},
                    stockrecords__price="34.90")
    create_product(title="Florava Daily Gut", price="12.95", num_in_stock=20)   # Oscar's helper, our models

Extends ``oscar.test.factories`` (which point at our forked models through ``get_model``).
"""

from decimal import Decimal

import factory
from django.core.files.base import ContentFile
from oscar.test import factories as oscar_factories

from shop.apps.partner.models import Partner, StockRecord

from .models import (
    AttributeOption,
    AttributeOptionGroup,
    Category,
    Product,
    ProductAttribute,
    ProductCategory,
    ProductClass,
    ProductImage,
    ProductStrain,
    Strain,
    VatBand,
)

# --- Product classes and their typed attributes ------------------------------------------------------------

OPTION_GROUPS = {
    "form": ("Form", [("capsules", "Capsules"), ("powder", "Powder"), ("drops", "Drops")]),
    "storage": ("Storage", [("room", "Room temperature, dry"), ("fridge", "Refrigerate after opening")]),
}

# code, name, type, option group code, required
PROBIOTIC_ATTRIBUTES = [
    ("benefit", "One-line benefit", "text", None, False),
    ("form", "Form", "option", "form", True),
    ("daily_dose", "Daily dose (units)", "integer", None, True),
    ("units_per_pack", "Units per pack", "integer", None, False),
    ("net_content_g", "Net content (g)", "float", None, False),
    ("vegan", "Vegan", "boolean", None, False),
    ("lactose_free", "Lactose-free", "boolean", None, False),
    ("gluten_free", "Gluten-free", "boolean", None, False),
    ("storage", "Storage", "option", "storage", False),
    ("intake", "Intake instructions", "text", None, False),
    ("ingredients", "Ingredients", "text", None, False),
    ("allergens", "Allergens", "text", None, False),
]
BUNDLE_ATTRIBUTES = [
    ("benefit", "One-line benefit", "text", None, False),
    ("contents", "Contents", "text", None, False),
    ("vegan", "Vegan", "boolean", None, False),
    ("lactose_free", "Lactose-free", "boolean", None, False),
]


def ensure_product_class(name, vat_band, attributes):
    """The product class with these typed attributes (and their option groups), created or updated."""
    product_class, _ = ProductClass.objects.update_or_create(
        name=name, defaults={"vat_band": vat_band, "requires_shipping": True, "track_stock": True}
    )
    for code, attr_name, attr_type, group_code, required in attributes:
        defaults = {"name": attr_name, "type": attr_type, "required": required}
        if group_code:
            defaults["option_group"] = option_group(group_code)
        ProductAttribute.objects.update_or_create(product_class=product_class, code=code, defaults=defaults)
    return product_class


def option_group(code):
    name, options = OPTION_GROUPS[code]
    group, _ = AttributeOptionGroup.objects.update_or_create(code=code, defaults={"name": name})
    for option_code, label in options:
        AttributeOption.objects.update_or_create(group=group, code=option_code, defaults={"option": label})
    return group


def probiotic_class():
    """The shop's main product class: probiotics at the reduced VAT rate, with the probiotic attributes."""
    return ensure_product_class("Probiotic", VatBand.REDUCED, PROBIOTIC_ATTRIBUTES)


def existing_probiotic_class():
    """The probiotic class if it is there (one query), else made: the factories' default for each product."""
    return ProductClass.objects.filter(name="Probiotic").first() or probiotic_class()


# --- The parts a product is made of (the factories below and the demo's updates use these) -------------------


def set_attributes(product, attributes):
    """Typed attribute values on an unsaved or saved product; option attributes by option code ("capsules")."""
    for code, value in attributes.items():
        if code in OPTION_GROUPS and isinstance(value, str):
            value = AttributeOption.objects.get(group__code=code, code=value)
        setattr(product.attr, code, value)


def set_strains(product, strains):
    """The product's strains in this order: [(genus, species, designation, CFU per daily dose), …]."""
    for position, (genus, species, designation, cfu) in enumerate(strains):
        strain, _ = Strain.objects.get_or_create(genus=genus, species=species, designation=designation)
        ProductStrain.objects.update_or_create(
            product=product, strain=strain, defaults={"cfu": int(cfu), "display_order": position}
        )


def set_categories(product, categories):
    for category in categories:
        ProductCategory.objects.get_or_create(product=product, category=category)


def add_image(product, content, filename, caption=""):
    """The product's first image from PNG/JPEG bytes."""
    image = ProductImage(product=product, caption=caption, display_order=0)
    image.original.save(filename, ContentFile(content), save=False)
    image.save()
    return image


# --- Factories ---------------------------------------------------------------------------------------------


class PartnerFactory(oscar_factories.PartnerFactory):
    name = "Florava"

    class Meta:
        model = Partner
        django_get_or_create = ("name",)
        skip_postgeneration_save = True


class StockRecordFactory(oscar_factories.StockRecordFactory):
    """A stock record in euros; ``price`` is gross (VAT included)."""

    partner = factory.SubFactory(PartnerFactory)
    partner_sku = factory.Sequence(lambda n: f"SKU-{n:05d}")
    price_currency = "EUR"
    price = Decimal("19.90")
    num_in_stock = 20

    class Meta:
        model = StockRecord


class CategoryFactory(factory.django.DjangoModelFactory):
    """A public category, top level or (``parent=…``) below another (a real treebeard node)."""

    name = factory.Sequence(lambda n: f"Category {n}")
    is_public = True

    class Meta:
        model = Category

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            return model_class.add_root(**kwargs)
        return parent.add_child(**kwargs)


class ProductFactory(factory.django.DjangoModelFactory):
    """A public standalone probiotic with one stock record (19.90 €, 20 in stock) unless told otherwise.

    ``attributes={...}`` typed values (set before the first save, so required ones are there),
    ``strains=[(genus, species, designation, cfu), …]``, ``categories=[…]``; ``stockrecords=None`` for none.
    """

    title = factory.Sequence(lambda n: f"Probiotic {n}")
    upc = factory.Sequence(lambda n: f"FLV-TEST-{n:05d}")
    structure = Product.STANDALONE
    product_class = factory.LazyFunction(existing_probiotic_class)
    is_public = True
    stockrecords = factory.RelatedFactory(StockRecordFactory, factory_related_name="product")

    class Meta:
        model = Product
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, attributes=None, **kwargs):
        product = model_class(*args, **kwargs)
        set_attributes(product, attributes or {})
        product.save()
        return product

    @factory.post_generation
    def strains(self, create, extracted, **kwargs):
        if create and extracted:
            set_strains(self, extracted)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            set_categories(self, extracted)


class ParentProductFactory(ProductFactory):
    """A product sold in pack sizes: no stock of its own; add ``PackSizeFactory(parent=…)`` children."""

    structure = Product.PARENT
    stockrecords = factory.RelatedFactoryList(StockRecordFactory, factory_related_name="product", size=0)


class PackSizeFactory(ProductFactory):
    """One pack size (a child product) of ``parent``, with its own stock record; its title is what the basket
    and the order show, e.g. "Daily Gut, 60 days"."""

    structure = Product.CHILD
    product_class = None
    parent = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        if kwargs.get("parent") is None:
            raise ValueError("PackSizeFactory needs parent=<a parent product>")
        return super()._create(model_class, *args, **kwargs)


def create_product(title="Florava Daily Gut", price=None, num_in_stock=None, partner_sku=None, **kwargs):
    """Oscar's ``create_product`` helper (a plain product class, stock record when price or stock is given)."""
    return oscar_factories.create_product(
        title=title, price=price, num_in_stock=num_in_stock, partner_sku=partner_sku, **kwargs
    )
