"""What a customer compares probiotics by, read from a product's attributes and strains.

Attribute codes (set up by the demo step and editable in the dashboard):
``benefit``, ``form``, ``daily_dose``, ``units_per_pack``, ``net_content_g``,
``vegan``, ``lactose_free``, ``gluten_free``, ``storage``, ``intake``,
``ingredients``, ``allergens``. A pack size (child product) overrides only what
differs from its parent (units per pack, net content).
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property

from django.utils.translation import gettext_lazy as _

CENT = Decimal("0.01")

#: Dietary flags in display order: attribute code → badge label.
DIETARY_BADGES = {
    "vegan": _("Vegan"),
    "lactose_free": _("Lactose-free"),
    "gluten_free": _("Gluten-free"),
}

#: The unit one dose is counted in, per form (option code).
DOSE_UNITS = {
    "capsules": (_("capsule"), _("capsules")),
    "powder": (_("sachet"), _("sachets")),
    "drops": (_("drop"), _("drops")),
}


def per_unit(amount: Decimal, divisor) -> Decimal:
    return (amount / Decimal(divisor)).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass
class ProductFacts:
    """Facts of one product (or pack size); uses prefetched attribute values and strains when present."""

    product: object

    @cached_property
    def values(self) -> dict:
        return {value.attribute.code: value.value for value in self.product.get_attribute_values()}

    def get(self, code, default=None):
        value = self.values.get(code, default)
        return default if value in (None, "") else value

    @property
    def benefit(self):
        return self.get("benefit", "")

    @property
    def form_code(self):
        form = self.get("form")
        return getattr(form, "code", None) or (str(form).lower() if form else None)

    @property
    def form(self):
        return self.get("form")

    @property
    def daily_dose(self):
        return self.get("daily_dose")

    @property
    def units_per_pack(self):
        return self.get("units_per_pack")

    @property
    def net_content_g(self):
        value = self.get("net_content_g")
        return Decimal(str(value)) if value else None

    @staticmethod
    def dose_text(form_code, count):
        """ "1 capsule", "5 drops": a number of dose units of a form."""
        singular, plural = DOSE_UNITS.get(form_code, (_("unit"), _("units")))
        return f"{count} {singular if count == 1 else plural}"

    @property
    def daily_dose_display(self):
        return self.dose_text(self.form_code, self.daily_dose) if self.daily_dose else ""

    @property
    def pack_contents_display(self):
        return self.dose_text(self.form_code, self.units_per_pack) if self.units_per_pack else ""

    @property
    def days_per_pack(self):
        """Units per pack / units per daily dose (whole days)."""
        if self.units_per_pack and self.daily_dose:
            return int(self.units_per_pack) // int(self.daily_dose)
        return None

    @property
    def badges(self):
        return [label for code, label in DIETARY_BADGES.items() if self.get(code) is True]

    @property
    def storage(self):
        return self.get("storage")

    @property
    def strains(self):
        return self.product.get_strains()

    @property
    def total_cfu(self):
        return sum(item.cfu for item in self.strains) or None

    def price_per_kg(self, gross: Decimal):
        """Unit price per 1 kg (PAngV §4) from the gross price and the net content in grams."""
        if gross is None or not self.net_content_g:
            return None
        return per_unit(gross * 1000, self.net_content_g)

    def price_per_dose(self, gross: Decimal):
        if gross is None or not self.days_per_pack:
            return None
        return per_unit(gross, self.days_per_pack)


def format_cfu(cfu):
    """5_000_000_000 → "5 billion" (billions with up to one decimal, else millions)."""
    if not cfu:
        return ""
    if cfu >= 10**9:
        billions = Decimal(cfu) / 10**9
        text = f"{billions:.1f}".rstrip("0").rstrip(".")
        return _("%(n)s billion") % {"n": text.replace(".", ",")}
    millions = Decimal(cfu) / 10**6
    text = f"{millions:.1f}".rstrip("0").rstrip(".")
    return _("%(n)s million") % {"n": text.replace(".", ",")}
