"""Pricing for a German shop: stock-record prices are gross, VAT is derived from them.

Oscar's ``FixedRateTax`` adds tax on top of a net price. Here the customer-facing
gross price is what staff enter and what the customer pays; net and VAT are
derived per unit with the product class's VAT band, rounded half up to the cent,
and net + VAT always equals the gross price exactly, so basket and order totals
add up to what the shop displayed.
"""

from decimal import ROUND_HALF_UP, Decimal

from oscar.apps.partner import strategy
from oscar.core.loading import get_class

TaxInclusiveFixedPrice = get_class("partner.prices", "TaxInclusiveFixedPrice")
UnavailablePrice = get_class("partner.prices", "Unavailable")
Unavailable = get_class("partner.availability", "Unavailable")

CENT = Decimal("0.01")


def split_gross(gross: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """Split a gross amount into (net, tax) at ``rate``; net is rounded half up to the cent, tax is the rest."""
    net = (gross / (1 + rate)).quantize(CENT, rounding=ROUND_HALF_UP)
    return net, gross - net


class GrossPrice(TaxInclusiveFixedPrice):
    """A price whose gross amount is authoritative; offers work on the gross price too."""

    def __init__(self, currency, gross, rate, tax_code=None):
        net, tax = split_gross(Decimal(gross), Decimal(rate))
        super().__init__(currency=currency, excl_tax=net, tax=tax, tax_code=tax_code)
        self.rate = Decimal(rate)


class GrossPricing:
    """Pricing mixin: the stock-record price is gross; the VAT rate comes from the product class."""

    def vat_rate(self, product):
        return product.get_product_class().vat_rate

    def tax_code(self, product):
        return product.get_product_class().vat_band

    def pricing_policy(self, product, stockrecord):
        if not stockrecord or stockrecord.price is None:
            return UnavailablePrice()
        return GrossPrice(
            currency=stockrecord.price_currency,
            gross=stockrecord.price,
            rate=self.vat_rate(product),
            tax_code=self.tax_code(product),
        )

    def parent_pricing_policy(self, product, children_stock):
        """A parent shows its cheapest pack size ("from …")."""
        priced = [(child, record) for child, record in children_stock if record and record.price is not None]
        if not priced:
            return UnavailablePrice()
        child, record = min(priced, key=lambda pair: pair[1].price)
        return self.pricing_policy(child, record)


class GrossPriceStrategy(strategy.UseFirstStockRecord, strategy.StockRequired, GrossPricing, strategy.Structured):
    """The shop's one strategy: first stock record, stock required, gross prices with German VAT."""

    def availability_policy(self, product, stockrecord):
        # Nothing without a price can be sold, however much is in stock.
        if stockrecord is not None and stockrecord.price is None:
            return Unavailable()
        return super().availability_policy(product, stockrecord)


class Selector:
    """Every customer, request or background job gets the same German gross-price strategy."""

    def strategy(self, request=None, user=None, **kwargs):
        return GrossPriceStrategy(request)
