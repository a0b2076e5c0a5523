"""Oscar's order models with what a shipped parcel needs, and one order per basket.

Custom models go above the star import (Oscar's "how to customise models").
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.order.abstract_models import AbstractOrder


class Order(AbstractOrder):
    shipping_carrier = models.CharField(_("Carrier"), max_length=64, blank=True)
    tracking_number = models.CharField(_("Tracking number"), max_length=64, blank=True)
    payment_method = models.CharField(_("Payment method"), max_length=64, blank=True)

    class Meta(AbstractOrder.Meta):
        constraints = [
            # The database, not just the checkout code, refuses a second order for one basket.
            models.UniqueConstraint(fields=["basket"], name="order_one_order_per_basket"),
        ]

    @property
    def tracking_url(self):
        """The carrier's tracking page for this parcel, when the carrier is known."""
        pattern = settings.SHOP_CARRIER_TRACKING_URLS.get(self.shipping_carrier)
        if pattern and self.tracking_number:
            return pattern.format(number=self.tracking_number)
        return ""

    @property
    def is_awaiting_payment(self):
        return self.status == settings.ORDER_PENDING_PAYMENT


from oscar.apps.order.models import *  # noqa: E402, F403
