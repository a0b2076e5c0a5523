"""Oscar's order models with what a shipped parcel needs, one order per basket, and email delivery records.

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


class EmailDelivery(models.Model):
    """One email to the customer about an order, from queued to sent (or given up), as staff see it."""

    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"
    STATUS_CHOICES = [(QUEUED, _("Queued")), (SENT, _("Sent")), (FAILED, _("Failed"))]

    order = models.ForeignKey("order.Order", on_delete=models.CASCADE, related_name="email_deliveries")
    event_code = models.CharField(_("Email"), max_length=128)
    recipient = models.EmailField(_("Recipient"), blank=True)
    status = models.CharField(_("Status"), max_length=16, choices=STATUS_CHOICES, default=QUEUED)
    attempts = models.PositiveSmallIntegerField(_("Attempts"), default=0)
    last_error = models.TextField(_("Last error"), blank=True)
    next_attempt_at = models.DateTimeField(_("Next attempt"), null=True, blank=True)
    date_created = models.DateTimeField(_("Queued at"), auto_now_add=True)
    date_updated = models.DateTimeField(_("Updated at"), auto_now=True)
    date_sent = models.DateTimeField(_("Sent at"), null=True, blank=True)

    class Meta:
        ordering = ["date_created", "pk"]
        verbose_name = _("Email delivery")
        verbose_name_plural = _("Email deliveries")

    def __str__(self):
        return f"{self.event_code} for order {self.order_id}: {self.status}"


from oscar.apps.order.models import *  # noqa: E402, F403
