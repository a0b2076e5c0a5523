"""Dashboard order forms: the status form reads the order lifecycle table; overdue unpaid filter."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders.forms import *  # noqa: F403
from oscar.apps.dashboard.orders.forms import OrderSearchForm as CoreOrderSearchForm
from oscar.apps.dashboard.orders.forms import OrderStatusForm as CoreOrderStatusForm

from shop.apps.order import lifecycle


class OrderStatusForm(CoreOrderStatusForm):
    """Offers only the order's next statuses and asks for the details they require (``order.lifecycle``)."""

    def __init__(self, order, *args, **kwargs):
        super().__init__(order, *args, **kwargs)
        for detail in lifecycle.details_for(order.available_statuses()):
            self.fields[detail.name] = self.detail_field(detail)

    @staticmethod
    def detail_field(detail):
        if detail is lifecycle.CARRIER:
            choices = [("", "---------")] + [(name, name) for name in settings.SHOP_CARRIER_TRACKING_URLS]
            return forms.ChoiceField(label=detail.label, choices=choices, required=False)
        return forms.CharField(label=detail.label, required=False, max_length=64)

    def clean(self):
        cleaned = super().clean()
        new_status = cleaned.get("new_status")
        if new_status in lifecycle.LIFECYCLE:
            for detail in lifecycle.step(new_status).required:
                if not (cleaned.get(detail.name) or "").strip():
                    self.add_error(detail.name, detail.missing)
        return cleaned


class OrderSearchForm(CoreOrderSearchForm):
    unpaid_overdue = forms.BooleanField(
        required=False,
        label=_("Only unpaid orders older than %(days)d days") % {"days": settings.SHOP_UNPAID_ORDER_OVERDUE_DAYS},
    )
