"""Order factories: baskets and orders placed the way the checkout places them (``place_order_once``).

    order = create_order((product, 2))                       # a guest's order, German address, bank transfer
    order = create_order((product, 1), owner=customer)       # a customer's order
    basket = make_basket((product, 1), vouchers=[voucher])   # an open, priced basket
    order, created = place_order_once(**order_kwargs(basket, country="AT"))

Shipping needs the shipping zones (``shop.apps.shipping.zones.ensure_shipping_zones``).
"""

from django.contrib.auth.models import AnonymousUser
from oscar.core.loading import get_class, get_model

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
ShippingAddress = get_model("order", "ShippingAddress")
Applicator = get_class("offer.applicator", "Applicator")
Selector = get_class("partner.strategy", "Selector")
Repository = get_class("shipping.repository", "Repository")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")

GUEST_EMAIL = "guest@example.com"


def make_basket(*lines, owner=None, vouchers=()):
    """An open basket with (product, quantity) lines, priced and with offers applied, as a request has it."""
    basket = Basket.objects.create(owner=owner)
    basket.strategy = Selector().strategy()
    for product, quantity in lines:
        basket.add_product(product, quantity)
    for voucher in vouchers:
        basket.vouchers.add(voucher)
    return reload_basket(basket.pk)


def reload_basket(pk):
    basket = Basket.objects.get(pk=pk)
    basket.strategy = Selector().strategy()
    Applicator().apply(basket, user=basket.owner if basket.owner_id else AnonymousUser())
    return basket


def order_kwargs(basket, country="DE", **extra):
    """What the checkout passes to ``place_order_once`` for a guest (or the basket's owner) with an address in
    ``country``, the default shipping method and prepayment by bank transfer."""
    from shop.payments.methods import BankTransfer

    address = ShippingAddress(
        first_name="Greta",
        last_name="Gast",
        line1="Lindenstraße 5",
        postcode="10969",
        line4="Berlin",
        country=Country.objects.get(pk=country),
    )
    method = Repository().get_default_shipping_method(basket=basket, shipping_addr=address)
    charge = method.calculate(basket)
    return {
        "basket": basket,
        "user": basket.owner if basket.owner_id else AnonymousUser(),
        "payment_method": BankTransfer(),
        "shipping_method": method,
        "shipping_charge": charge,
        "order_total": OrderTotalCalculator().calculate(basket, charge),
        "shipping_address": address,
        **({} if basket.owner_id else {"guest_email": GUEST_EMAIL}),
        **extra,
    }


def create_order(*lines, owner=None, vouchers=(), **extra):
    """A placed order (status "Pending payment") for (product, quantity) lines."""
    from .placement import place_order_once

    order, _created = place_order_once(**order_kwargs(make_basket(*lines, owner=owner, vouchers=vouchers), **extra))
    return order
