"""Demo catalogue: product classes with typed attributes, categories, strains, products,
pack sizes, stock, prices (one reduced, with history) and Pillow-drawn packshots.

Built with the catalogue's factories (``factories.py``), the same parts the tests use. Idempotent:
everything is looked up by a natural key (name, code, UPC, SKU) and updated.
"""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from shop.apps.catalogue.factories import (
    BUNDLE_ATTRIBUTES,
    CategoryFactory,
    PackSizeFactory,
    PartnerFactory,
    ProductFactory,
    StockRecordFactory,
    add_image,
    ensure_product_class,
    probiotic_class,
    set_attributes,
    set_categories,
    set_strains,
)
from shop.apps.catalogue.facts import ProductFacts
from shop.apps.catalogue.images import packshot
from shop.apps.catalogue.models import Category, Product, VatBand
from shop.apps.partner.models import PriceChange, StockRecord

CATEGORIES = ["Gut health", "Skin (gut–skin axis)", "Immune defence", "Women's health", "Children", "Bundles"]

B = 10**9
GUT_CAPS = (
    "Bacterial cultures, capsule shell (hydroxypropyl methylcellulose), bulking agent (microcrystalline cellulose), "
    "inulin from chicory, anti-caking agent (magnesium salts of fatty acids)."
)
INTAKE = {
    "capsules": "Take {dose} a day with a glass of water, ideally before breakfast. Swallow whole.",
    "powder": "Stir {dose} a day into a glass of water or yoghurt (not hot) and drink straight away.",
    "drops": "Give {dose} a day on a spoon or mixed into a lukewarm drink. Shake well before use.",
}

# Each product: upc, title, class, colour, shape, categories, attributes, strains [(genus, species, designation, cfu)],
# sizes [(days, units, net g, price, stock)] for parents or price/stock for standalone, description.
PRODUCTS = [
    {
        "upc": "FLV-DAILY",
        "title": "Daily Gut Complex",
        "colour": "#2f6b52",
        "shape": "jar",
        "categories": ["Gut health", "Immune defence"],
        "attrs": {
            "benefit": "Five well-studied strains for everyday digestion.",
            "form": "capsules",
            "daily_dose": 1,
            "vegan": True,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "room",
            "ingredients": GUT_CAPS,
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [
            ("Lactobacillus", "rhamnosus", "GG", 5 * B),
            ("Bifidobacterium", "animalis subsp. lactis", "BB-12", 5 * B),
            ("Lactobacillus", "acidophilus", "LA-5", 2 * B),
            ("Lactiplantibacillus", "plantarum", "299v", 2 * B),
            ("Bifidobacterium", "longum", "BB536", 1 * B),
        ],
        "sizes": [(30, 30, "12.6", "19.90", 140), (60, 60, "25.2", "34.90", 85), (90, 90, "37.8", "47.90", 40)],
        "description": "<p>Our everyday formula: five strains with decades of research behind them, "
        "15 billion CFU in one vegan capsule.</p>",
    },
    {
        "upc": "FLV-SKIN",
        "title": "Skin Balance",
        "colour": "#c2553a",
        "shape": "jar",
        "categories": ["Skin (gut–skin axis)", "Gut health"],
        "attrs": {
            "benefit": "Strains studied along the gut–skin axis, with biotin and zinc.",
            "form": "capsules",
            "daily_dose": 2,
            "vegan": True,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "room",
            "ingredients": GUT_CAPS + " Zinc gluconate, biotin.",
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [
            ("Lacticaseibacillus", "rhamnosus", "HN001", 4 * B),
            ("Lacticaseibacillus", "paracasei", "LP-33", 3 * B),
            ("Bifidobacterium", "breve", "B-3", 3 * B),
        ],
        "sizes": [(30, 60, "24.0", "24.90", 60), (60, 120, "48.0", "44.90", 25)],
        "description": "<p>Biotin and zinc contribute to the maintenance of normal skin.</p>",
    },
    {
        "upc": "FLV-IMMUNE",
        "title": "Immune Shield",
        "colour": "#3d5a8a",
        "shape": "jar",
        "categories": ["Immune defence"],
        "attrs": {
            "benefit": "Probiotic strains plus vitamin D3 and C for the cold season.",
            "form": "capsules",
            "daily_dose": 1,
            "vegan": False,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "room",
            "ingredients": GUT_CAPS + " Vitamin C, cholecalciferol (vitamin D3 from lanolin).",
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [
            ("Lactiplantibacillus", "plantarum", "HEAL9", 5 * B),
            ("Lacticaseibacillus", "paracasei", "8700:2", 5 * B),
        ],
        "sizes": [(30, 30, "13.5", "21.90", 70), (60, 60, "27.0", "38.90", 30), (90, 90, "40.5", "52.90", 12)],
        "description": "<p>Vitamins C and D contribute to the normal function of the immune system.</p>",
    },
    {
        "upc": "FLV-FEMINA",
        "title": "Femina Flora",
        "colour": "#a0527a",
        "shape": "box",
        "categories": ["Women's health"],
        "attrs": {
            "benefit": "Lactobacilli typical of a healthy intimate flora.",
            "form": "capsules",
            "daily_dose": 1,
            "units_per_pack": 30,
            "net_content_g": 12.9,
            "vegan": True,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "fridge",
            "ingredients": GUT_CAPS,
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [
            ("Lactobacillus", "crispatus", "LbV 88", 2 * B),
            ("Limosilactobacillus", "reuteri", "RC-14", 2.5 * B),
            ("Lacticaseibacillus", "rhamnosus", "GR-1", 2.5 * B),
        ],
        "price": "29.90",
        "stock": 45,
    },
    {
        "upc": "FLV-KIDS-DROPS",
        "title": "Kids Drops",
        "colour": "#e0a526",
        "shape": "dropper",
        "categories": ["Children", "Gut health"],
        "attrs": {
            "benefit": "One strain, studied in babies and toddlers, in five easy drops.",
            "form": "drops",
            "daily_dose": 5,
            "units_per_pack": 200,
            "net_content_g": 10,
            "vegan": True,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "fridge",
            "ingredients": "Sunflower oil, medium-chain triglycerides, Limosilactobacillus reuteri DSM 17938.",
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [("Limosilactobacillus", "reuteri", "DSM 17938", 100_000_000)],
        "price": "16.90",
        "stock": 3,
    },
    {
        "upc": "FLV-KIDS-POWDER",
        "title": "Kids Tummy Powder",
        "colour": "#4f9bb0",
        "shape": "pouch",
        "categories": ["Children"],
        "attrs": {
            "benefit": "Mild-tasting sachets for children from 3 years.",
            "form": "powder",
            "daily_dose": 1,
            "units_per_pack": 30,
            "net_content_g": 60,
            "vegan": False,
            "lactose_free": False,
            "gluten_free": True,
            "storage": "room",
            "ingredients": "Maltodextrin, skimmed milk powder, bacterial cultures, vitamin D3.",
            "allergens": "Contains milk (lactose).",
        },
        "strains": [
            ("Bifidobacterium", "animalis subsp. lactis", "BB-12", 1 * B),
            ("Lacticaseibacillus", "rhamnosus", "GG", 1 * B),
        ],
        "price": "18.50",
        "stock": 55,
    },
    {
        "upc": "FLV-TRAVEL",
        "title": "Travel Guard",
        "colour": "#8a6d3b",
        "shape": "box",
        "categories": ["Gut health"],
        "attrs": {
            "benefit": "The probiotic yeast for journeys and changes of diet.",
            "form": "capsules",
            "daily_dose": 2,
            "units_per_pack": 20,
            "net_content_g": 9.4,
            "vegan": True,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "room",
            "ingredients": "Saccharomyces boulardii, capsule shell (HPMC), rice flour.",
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [("Saccharomyces", "boulardii", "CNCM I-745", 10 * B)],
        "price": "14.90",
        "stock": 0,
    },
    {
        "upc": "FLV-RESTORE",
        "title": "Gut Restore Powder",
        "colour": "#5b7f3a",
        "shape": "pouch",
        "categories": ["Gut health"],
        "attrs": {
            "benefit": "High-dose multi-strain powder, e.g. after a course of antibiotics.",
            "form": "powder",
            "daily_dose": 1,
            "units_per_pack": 14,
            "net_content_g": 42,
            "vegan": True,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "fridge",
            "ingredients": "Maize starch, maltodextrin, bacterial cultures, vegetable protein.",
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [
            ("Bifidobacterium", "bifidum", "W23", 10 * B),
            ("Bifidobacterium", "animalis subsp. lactis", "W52", 10 * B),
            ("Lactobacillus", "acidophilus", "W37", 10 * B),
            ("Lacticaseibacillus", "casei", "W56", 10 * B),
        ],
        "price": "29.90",
        "stock": 4,
    },
    {
        "upc": "FLV-LACTO",
        "title": "Lacto Comfort",
        "colour": "#6c5b7b",
        "shape": "jar",
        "categories": ["Gut health"],
        "attrs": {
            "benefit": "Lactase-producing strains for dairy days.",
            "form": "capsules",
            "daily_dose": 1,
            "units_per_pack": 60,
            "net_content_g": 24.6,
            "vegan": True,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "room",
            "ingredients": GUT_CAPS,
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [("Lactobacillus", "acidophilus", "NCFM", 10 * B)],
        "price": "22.90",
        "stock": 35,
    },
    {
        "upc": "FLV-GLOW",
        "title": "Skin Glow Powder",
        "colour": "#d98c6b",
        "shape": "pouch",
        "categories": ["Skin (gut–skin axis)", "Women's health"],
        "attrs": {
            "benefit": "Probiotics with collagen peptides and vitamin C, in a berry drink.",
            "form": "powder",
            "daily_dose": 1,
            "units_per_pack": 30,
            "net_content_g": 150,
            "vegan": False,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "room",
            "ingredients": "Collagen peptides (bovine), inulin, berry powder, vitamin C, bacterial cultures.",
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [("Lacticaseibacillus", "rhamnosus", "HN001", 3 * B)],
        "price": "27.90",
        "was_price": "34.90",  # reduced: the demo shows the 30-day lowest price
        "stock": 28,
    },
    {
        "upc": "FLV-IMMUNE-DROPS",
        "title": "Immune Drops",
        "colour": "#2b7a8c",
        "shape": "dropper",
        "categories": ["Immune defence", "Children"],
        "attrs": {
            "benefit": "Drops with vitamin D3 for the whole family.",
            "form": "drops",
            "daily_dose": 5,
            "units_per_pack": 300,
            "net_content_g": 15,
            "vegan": False,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "fridge",
            "ingredients": "Sunflower oil, bacterial cultures, cholecalciferol.",
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [("Limosilactobacillus", "reuteri", "DSM 17938", 100_000_000)],
        "price": "19.90",
        "stock": 48,
    },
    {
        "upc": "FLV-BALANCE-60",
        "title": "Balance 60+",
        "colour": "#7a8450",
        "shape": "jar",
        "categories": ["Gut health", "Immune defence"],
        "attrs": {
            "benefit": "Bifidobacteria that decline with age, plus vitamin B12.",
            "form": "capsules",
            "daily_dose": 2,
            "units_per_pack": 60,
            "net_content_g": 27.6,
            "vegan": True,
            "lactose_free": True,
            "gluten_free": True,
            "storage": "room",
            "ingredients": GUT_CAPS + " Cyanocobalamin.",
            "allergens": "None of the 14 major allergens.",
        },
        "strains": [
            ("Bifidobacterium", "longum", "BB536", 5 * B),
            ("Bifidobacterium", "breve", "M-16V", 5 * B),
        ],
        "price": "26.90",
        "stock": 22,
    },
]

BUNDLES = [
    {
        "upc": "FLV-BUNDLE-START",
        "title": "Starter Bundle: Gut & Skin",
        "class": "Bundle",
        "colour": "#1f4d3a",
        "shape": "box",
        "categories": ["Bundles", "Gut health", "Skin (gut–skin axis)"],
        "attrs": {
            "benefit": "Daily Gut Complex and Skin Balance for 30 days, 15 % cheaper together.",
            "contents": "1 × Daily Gut Complex (30 capsules), 1 × Skin Balance (60 capsules)",
            "vegan": True,
            "lactose_free": True,
        },
        "price": "37.90",
        "stock": 30,
    },
    {
        "upc": "FLV-BUNDLE-FAMILY",
        "title": "Family Bundle",
        "class": "Bundle",
        "colour": "#b36b2c",
        "shape": "box",
        "categories": ["Bundles", "Children", "Immune defence"],
        "attrs": {
            "benefit": "Immune Shield for the grown-ups and Kids Drops for the little ones.",
            "contents": "1 × Immune Shield (30 capsules), 1 × Kids Drops (10 ml)",
            "lactose_free": True,
        },
        "price": "34.90",
        "stock": 18,
    },
    {
        "upc": "FLV-ORGANISER",
        "title": "Glass Capsule Jar",
        "class": "Accessory",
        "colour": "#5f6f66",
        "shape": "jar",
        "categories": ["Bundles"],
        "attrs": {
            "benefit": "Refill jar of amber glass with an airtight bamboo lid.",
            "contents": "1 amber glass jar, 250 ml, with bamboo lid",
        },
        "price": "12.90",
        "stock": 40,
    },
]


def load(stdout):
    partner = PartnerFactory(name="Florava")
    probiotic = probiotic_class()
    classes = {
        "Probiotic": probiotic,
        "Bundle": ensure_product_class("Bundle", VatBand.REDUCED, BUNDLE_ATTRIBUTES),
        "Accessory": ensure_product_class("Accessory", VatBand.STANDARD, BUNDLE_ATTRIBUTES),
    }
    categories = {name: _category(name) for name in CATEGORIES}
    for spec in PRODUCTS:
        _load_product(spec, probiotic, categories, partner)
    for spec in BUNDLES:
        _load_product(spec, classes[spec["class"]], categories, partner)
    stdout.write(f"Catalogue: {len(PRODUCTS) + len(BUNDLES)} products in {len(categories)} categories.")


def _category(name):
    return Category.objects.filter(depth=1, name=name).first() or CategoryFactory(name=name, slug=slugify(name))


def _product(model_fields, attrs, factory=ProductFactory):
    """The product with this UPC, updated; or a new one from the factory (without a stock record yet)."""
    product = Product.objects.filter(upc=model_fields["upc"]).first()
    if product is None:
        return factory(attributes=attrs, stockrecords=None, **model_fields)
    for name, value in model_fields.items():
        setattr(product, name, value)
    set_attributes(product, attrs)
    product.save()
    return product


def _load_product(spec, product_class, categories, partner):
    is_parent = "sizes" in spec
    attrs = dict(spec["attrs"])
    if "form" in attrs and "intake" not in attrs:
        dose = ProductFacts.dose_text(attrs["form"], attrs["daily_dose"])
        attrs["intake"] = INTAKE[attrs["form"]].format(dose=dose)
    product = _product(
        {
            "upc": spec["upc"],
            "title": spec["title"],
            "slug": slugify(spec["title"]),
            "product_class": product_class,
            "structure": Product.PARENT if is_parent else Product.STANDALONE,
            "description": spec.get("description", ""),
            "is_public": True,
        },
        attrs,
    )
    set_categories(product, [categories[name] for name in spec["categories"]])
    set_strains(product, spec.get("strains", []))
    if is_parent:
        for days, units, net_g, price, stock in spec["sizes"]:
            child = _product(
                {
                    "upc": f"{spec['upc']}-{days}",
                    "parent": product,
                    "structure": Product.CHILD,
                    "product_class": None,
                    # The basket and order lines show this title: name and size.
                    "title": f"{spec['title']}, {days} days",
                    "is_public": True,
                },
                {"units_per_pack": units, "net_content_g": float(net_g)},
                factory=PackSizeFactory,
            )
            _stock(child, partner, price, stock)
        subtitle = _pack_label(spec["attrs"], units=spec["sizes"][0][1], product_class=product_class)
    else:
        _stock(product, partner, spec["price"], spec["stock"], was_price=spec.get("was_price"))
        subtitle = _pack_label(spec["attrs"], spec["attrs"].get("units_per_pack"), product_class)
    image = product.images.first()
    if image is None or not image.original or not image.original.storage.exists(image.original.name):
        # New product, or a media folder that was cleared: draw the packshot (again).
        if image is not None:
            image.delete()
        content = packshot(spec["title"], subtitle, spec["colour"], spec["shape"])
        add_image(product, content, f"{slugify(spec['title'])}.png", caption=spec["title"])


def _pack_label(attrs, units, product_class):
    """What the packshot's label says under the name: "60 capsules", "10 ml", or the product class."""
    form = attrs.get("form")
    if form == "drops":
        return f"{attrs['net_content_g']:g} ml"
    if form:
        return f"{units} {'sachets' if form == 'powder' else form}"
    return product_class.name


def _stock(product, partner, price, stock, was_price=None):
    sku = product.upc
    record = StockRecord.objects.filter(partner=partner, partner_sku=sku).first()
    if record is None:
        record = StockRecordFactory(
            product=product, partner=partner, partner_sku=sku, price=Decimal(was_price or price), num_in_stock=stock
        )
        if was_price:
            # The old price was in effect for six weeks before today's reduction.
            PriceChange.objects.filter(stockrecord=record).update(changed_at=timezone.now() - timedelta(days=42))
    record = StockRecord.objects.get(pk=record.pk)
    record.price = Decimal(price)
    record.num_in_stock = stock
    record.num_allocated = 0
    record.save()
