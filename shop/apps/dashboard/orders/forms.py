"""Dashboard order forms: shipping needs carrier and tracking number; overdue unpaid filter."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders.forms import *  # noqa: F403
from oscar.apps.dashboard.orders.forms import OrderSearchForm as CoreOrderSearchForm
from oscar.apps.dashboard.orders.forms import OrderStatusForm as CoreOrderStatusForm


class OrderStatusForm(CoreOrderStatusForm):
    """Offers only the order's next statuses (from the pipeline); "Shipped" needs the parcel's details."""

    carrier = forms.ChoiceField(label=_("Carrier (when shipping)"), required=False)
    tracking_number = forms.CharField(label=_("Tracking number (when shipping)"), required=False, max_length=64)

    def __init__(self, order, *args, **kwargs):
        super().__init__(order, *args, **kwargs)
        self.fields["carrier"].choices = [("", "---------")] + [
            (name, name) for name in settings.SHOP_CARRIER_TRACKING_URLS
        ]
        if settings.ORDER_SHIPPED not in order.available_statuses():
            del self.fields["carrier"]
            del self.fields["tracking_number"]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("new_status") == settings.ORDER_SHIPPED:
            if not cleaned.get("carrier"):
                self.add_error("carrier", _("Choose the carrier to mark the order shipped."))
            if not (cleaned.get("tracking_number") or "").strip():
                self.add_error("tracking_number", _("Enter the tracking number to mark the order shipped."))
        return cleaned


class OrderSearchForm(CoreOrderSearchForm):
    unpaid_overdue = forms.BooleanField(
        required=False,
        label=_("Only unpaid orders older than %(days)d days") % {"days": settings.SHOP_UNPAID_ORDER_OVERDUE_DAYS},
    )
