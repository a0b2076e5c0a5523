from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PaymentsConfig(AppConfig):
    """Payment methods the checkout offers (not Oscar's ``payment`` app, which stores the records)."""

    name = "shop.payments"
    label = "payments"
    verbose_name = _("Payment methods")
