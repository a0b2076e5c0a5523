"""Shipping methods whose prices include VAT (Oscar's assume zero tax)."""

from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403
from oscar.apps.shipping.methods import Base
from oscar.core import prices

from shop.apps.order.vat import shipping_tax


class GrossPriceMethod(Base):
    """A zone's shipping method (an ``OrderAndItemCharges`` row staff edit in the dashboard).

    Its price per order and free-shipping threshold are gross; the VAT in it follows
    the goods in the basket (see ``shop.apps.order.vat``). The basket's free-shipping notice reads the
    threshold from the zone's charges (``repository.free_shipping_gap``).
    """

    def __init__(self, charges):
        self.charges = charges
        self.code = charges.code
        self.name = charges.name
        self.description = charges.description

    def calculate(self, basket):
        gross = self.charges.calculate(basket).incl_tax
        tax = shipping_tax(gross, basket.all_lines()) if gross else Decimal("0.00")
        return prices.Price(currency=basket.currency, excl_tax=gross - tax, incl_tax=gross)


class ShippingCalculatedAtCheckout(Base):
    """The basket page's estimate when nothing ships to the default country yet.

    Oscar raises ``ImproperlyConfigured`` (a 500 on the basket page) when no method
    applies; the basket stays usable and the checkout's shipping step explains which
    addresses can be served.
    """

    code = "calculated-at-checkout"
    name = _("Shipping is calculated at checkout")

    def calculate(self, basket):
        return prices.Price(currency=basket.currency, excl_tax=Decimal("0.00"), incl_tax=Decimal("0.00"))
