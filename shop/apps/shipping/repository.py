"""Only the shipping methods that deliver to the customer's country are offered."""

from django.conf import settings
from oscar.apps.shipping import repository
from oscar.core.loading import get_class, get_model

GrossPriceMethod = get_class("shipping.methods", "GrossPriceMethod")
ShippingCalculatedAtCheckout = get_class("shipping.methods", "ShippingCalculatedAtCheckout")
OrderAndItemCharges = get_model("shipping", "OrderAndItemCharges")


class Repository(repository.Repository):
    def get_available_shipping_methods(self, basket, shipping_addr=None, **kwargs):
        """Methods for the delivery country, cheapest first; before an address is known, the default country's."""
        country_code = shipping_addr.country_id if shipping_addr else settings.SHOP_DEFAULT_SHIPPING_COUNTRY
        return [GrossPriceMethod(charges) for charges in methods_for_country(country_code)]

    def get_default_shipping_method(self, basket, shipping_addr=None, **kwargs):
        """The basket page's estimate: the address's cheapest method, else the default country's.

        A saved default address abroad (or a shop without methods yet) must not break the
        basket page; the checkout's shipping step still offers only what serves the address.
        """
        methods = self.get_shipping_methods(basket, shipping_addr=shipping_addr, **kwargs)
        if not methods and shipping_addr is not None:
            methods = self.get_shipping_methods(basket, **kwargs)
        return methods[0] if methods else ShippingCalculatedAtCheckout()


def methods_for_country(country_code):
    return OrderAndItemCharges.objects.filter(countries__iso_3166_1_a2=country_code).order_by("price_per_order", "pk")


def free_shipping_gap(basket, country_code=None):
    """(amount still missing, threshold) for free standard shipping to the country, or ``None``.

    ``None`` when no method to the country ships free from a threshold, or the basket
    already qualifies.
    """
    country_code = country_code or settings.SHOP_DEFAULT_SHIPPING_COUNTRY
    thresholds = [
        charges.free_shipping_threshold
        for charges in methods_for_country(country_code)
        if charges.free_shipping_threshold is not None
    ]
    if not thresholds or basket.is_empty:
        return None
    threshold = min(thresholds)
    missing = threshold - basket.total_incl_tax
    return (missing, threshold) if missing > 0 else None
