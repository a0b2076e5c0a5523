"""Demo data for checkout: delivery countries, shipping methods and a welcome voucher."""

import datetime

from django.utils import timezone
from oscar.core.loading import get_model

from .zones import ensure_shipping_zones

Benefit = get_model("offer", "Benefit")
Condition = get_model("offer", "Condition")
ConditionalOffer = get_model("offer", "ConditionalOffer")
Range = get_model("offer", "Range")
Voucher = get_model("voucher", "Voucher")

DEMO_VOUCHER_CODE = "WELCOME10"


def load_shipping_and_vouchers(stdout):
    """Shipping zones (Germany, EU) and the voucher WELCOME10: 10 % off, once per customer."""
    methods = ensure_shipping_zones()

    everything, _created = Range.objects.get_or_create(name="All products", defaults={"includes_all_products": True})
    condition, _created = Condition.objects.get_or_create(range=everything, type=Condition.COUNT, value=1)
    benefit, _created = Benefit.objects.get_or_create(range=everything, type=Benefit.PERCENTAGE, value=10)
    offer, _created = ConditionalOffer.objects.update_or_create(
        name="Welcome voucher: 10 % off",
        defaults={"offer_type": ConditionalOffer.VOUCHER, "condition": condition, "benefit": benefit},
    )
    voucher, _created = Voucher.objects.update_or_create(
        code=DEMO_VOUCHER_CODE,
        defaults={
            "name": "Welcome 10 %",
            "usage": Voucher.ONCE_PER_CUSTOMER,
            "start_datetime": timezone.now() - datetime.timedelta(days=1),
            "end_datetime": timezone.now() + datetime.timedelta(days=365),
        },
    )
    voucher.offers.set([offer])
    stdout.write(f"Shipping: {', '.join(method.name for method in methods)}. Voucher: {DEMO_VOUCHER_CODE}.")
