"""The shipping zones Florava delivers to, as data staff can then edit in the dashboard.

Germany: standard (free from a threshold) and express; the rest of the EU: standard.
Prices include VAT. ``ensure_shipping_zones()`` creates or updates the delivery
countries (Oscar's ``address.Country``) and the methods (``OrderAndItemCharges``);
the demo loader and the test fixtures both use it, so a fresh database gets the same
zones either way.
"""

from decimal import Decimal

from oscar.core.loading import get_model

Country = get_model("address", "Country")
OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")

GERMANY = ("DE", "DEU", "276", "Germany")
# The other EU member states: ISO alpha-2, alpha-3, numeric, name.
EU_COUNTRIES = [
    ("AT", "AUT", "040", "Austria"),
    ("BE", "BEL", "056", "Belgium"),
    ("BG", "BGR", "100", "Bulgaria"),
    ("HR", "HRV", "191", "Croatia"),
    ("CY", "CYP", "196", "Cyprus"),
    ("CZ", "CZE", "203", "Czechia"),
    ("DK", "DNK", "208", "Denmark"),
    ("EE", "EST", "233", "Estonia"),
    ("FI", "FIN", "246", "Finland"),
    ("FR", "FRA", "250", "France"),
    ("GR", "GRC", "300", "Greece"),
    ("HU", "HUN", "348", "Hungary"),
    ("IE", "IRL", "372", "Ireland"),
    ("IT", "ITA", "380", "Italy"),
    ("LV", "LVA", "428", "Latvia"),
    ("LT", "LTU", "440", "Lithuania"),
    ("LU", "LUX", "442", "Luxembourg"),
    ("MT", "MLT", "470", "Malta"),
    ("NL", "NLD", "528", "Netherlands"),
    ("PL", "POL", "616", "Poland"),
    ("PT", "PRT", "620", "Portugal"),
    ("RO", "ROU", "642", "Romania"),
    ("SK", "SVK", "703", "Slovakia"),
    ("SI", "SVN", "705", "Slovenia"),
    ("ES", "ESP", "724", "Spain"),
    ("SE", "SWE", "752", "Sweden"),
]

# code, name, description, gross price per order, free from (gross basket total), countries
ZONES = [
    (
        "de-standard",
        "Standard delivery (Germany)",
        "DHL, 1–3 working days.",
        Decimal("4.90"),
        Decimal("40.00"),
        ["DE"],
    ),
    (
        "de-express",
        "Express delivery (Germany)",
        "Next working day if ordered by 2 pm.",
        Decimal("12.90"),
        None,
        ["DE"],
    ),
    (
        "eu-standard",
        "Standard delivery (EU)",
        "DHL, 3–7 working days.",
        Decimal("9.90"),
        None,
        [code for code, *_rest in EU_COUNTRIES],
    ),
]


def ensure_shipping_zones():
    """Create or update the delivery countries and shipping methods. Idempotent."""
    for index, (a2, a3, numeric, name) in enumerate([GERMANY, *EU_COUNTRIES]):
        Country.objects.update_or_create(
            iso_3166_1_a2=a2,
            defaults={
                "iso_3166_1_a3": a3,
                "iso_3166_1_numeric": numeric,
                "printable_name": name,
                "name": name,
                # Germany first in the country list, then alphabetical.
                "display_order": 1 if index == 0 else 0,
                "is_shipping_country": True,
            },
        )
    methods = []
    for code, name, description, price, free_from, countries in ZONES:
        method, _created = OrderAndItemCharges.objects.update_or_create(
            code=code,
            defaults={
                "name": name,
                "description": description,
                "price_per_order": price,
                "price_per_item": Decimal("0.00"),
                "free_shipping_threshold": free_from,
            },
        )
        method.countries.set(Country.objects.filter(iso_3166_1_a2__in=countries))
        methods.append(method)
    return methods
