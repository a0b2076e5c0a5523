"""VAT per rate for baskets and orders, shipping included.

Works from the tax Oscar already stores on each line (basket lines via the pricing
strategy, order lines as placed), so it is right with any strategy. Shipping is an
ancillary service: its VAT follows the goods, split by their share of each rate
(the German practice for mixed baskets). The shipping methods use the same split,
so an order's stored shipping tax and its breakdown agree to the cent.
"""

from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings

CENT = Decimal("0.01")


def _rates():
    """The rates in use (``VAT_RATES``) and zero; a line's rate is snapped to the nearest."""
    return [Decimal("0.00"), *(Decimal(rate) for rate in settings.VAT_RATES.values())]


def _cents(amount):
    return Decimal(amount).quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class VatRow:
    rate: Decimal
    net: Decimal
    tax: Decimal
    gross: Decimal

    @property
    def percent(self):
        return (self.rate * 100).normalize()


def rate_of(unit_excl_tax, unit_incl_tax):
    """The configured VAT rate nearest to what a unit's net and gross prices imply."""
    if not unit_excl_tax:
        return Decimal("0.00")
    implied = Decimal(unit_incl_tax) / Decimal(unit_excl_tax) - 1
    return min(_rates(), key=lambda rate: abs(rate - implied))


def _line_amounts(line):
    """(rate, gross, tax) of a basket line (after discounts) or an order line."""
    if hasattr(line, "line_price_incl_tax_incl_discounts"):  # basket line
        gross = line.line_price_incl_tax_incl_discounts
        net = line.line_price_excl_tax_incl_discounts
        rate = rate_of(line.unit_price_excl_tax, line.unit_price_incl_tax)
    else:  # order line
        gross, net = line.line_price_incl_tax, line.line_price_excl_tax
        rate = rate_of(line.unit_price_excl_tax, line.unit_price_incl_tax)
    return rate, gross, gross - net


def goods_by_rate(lines):
    """{rate: [gross, tax]} of the goods."""
    totals = defaultdict(lambda: [Decimal("0.00"), Decimal("0.00")])
    for line in lines:
        rate, gross, tax = _line_amounts(line)
        totals[rate][0] += gross
        totals[rate][1] += tax
    return dict(totals)


def split_shipping(gross, goods):
    """{rate: (gross part, tax part)} of a shipping charge, split by the goods' gross per rate."""
    gross = Decimal(gross)
    goods_gross = sum((amounts[0] for amounts in goods.values()), Decimal("0.00"))
    if not gross:
        return {}
    if not goods_gross:
        rate = Decimal(settings.VAT_RATES["standard"])
        return {rate: (gross, _cents(gross * rate / (1 + rate)))}
    parts, remaining = {}, gross
    rates = sorted(goods)
    for index, rate in enumerate(rates):
        # The last rate takes the rest so the parts add up to the charge exactly.
        part = remaining if index == len(rates) - 1 else _cents(gross * goods[rate][0] / goods_gross)
        remaining -= part
        parts[rate] = (part, _cents(part * rate / (1 + rate)))
    return parts


def shipping_tax(gross, lines):
    """The VAT contained in a gross shipping charge for these lines."""
    return sum((tax for _part, tax in split_shipping(gross, goods_by_rate(lines)).values()), Decimal("0.00"))


def vat_breakdown(lines, shipping_incl_tax=Decimal("0.00")):
    """One ``VatRow`` per rate (goods and shipping together), lowest rate first."""
    goods = goods_by_rate(lines)
    rows = {rate: [gross, tax] for rate, (gross, tax) in goods.items()}
    for rate, (part, tax) in split_shipping(shipping_incl_tax, goods).items():
        row = rows.setdefault(rate, [Decimal("0.00"), Decimal("0.00")])
        row[0] += part
        row[1] += tax
    return [VatRow(rate=rate, net=gross - tax, tax=tax, gross=gross) for rate, (gross, tax) in sorted(rows.items())]
