"""Dashboard order views: every status change goes through the order lifecycle.

Status changes (single and bulk) call ``EventHandler.handle_order_status_change``
(shop/apps/order/processing.py), which records who and when, moves stock and queues
the customer's email as the lifecycle table (shop/apps/order/lifecycle.py) declares.
Staff see each email's delivery (queued, sent, failed) on the order. Oscar's per-line
status/shipping/payment actions are not offered: they would bypass the lifecycle.
"""

import datetime

from django.conf import settings
from django.contrib import messages
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.apps.dashboard.orders.views import *  # noqa: F403
from oscar.apps.dashboard.orders.views import OrderDetailView as CoreOrderDetailView
from oscar.apps.dashboard.orders.views import OrderListView as CoreOrderListView
from oscar.apps.order import exceptions as order_exceptions
from oscar.core.loading import get_model

from shop.apps.order import lifecycle

from .forms import OrderSearchForm, OrderStatusForm

Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")


def unpaid_overdue(queryset):
    """Orders still awaiting payment after ``SHOP_UNPAID_ORDER_OVERDUE_DAYS`` days."""
    cutoff = timezone.now() - datetime.timedelta(days=settings.SHOP_UNPAID_ORDER_OVERDUE_DAYS)
    return queryset.filter(status=settings.ORDER_PENDING_PAYMENT, date_placed__lt=cutoff)


class OrderListView(CoreOrderListView):
    form_class = OrderSearchForm

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.form.is_valid() and self.form.cleaned_data.get("unpaid_overdue"):
            queryset = unpaid_overdue(queryset)
        return queryset

    def get_search_filter_descriptions(self):
        descriptions = super().get_search_filter_descriptions()
        if self.form.is_valid() and self.form.cleaned_data.get("unpaid_overdue"):
            descriptions.append(self.form.fields["unpaid_overdue"].label)
        return descriptions

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["unpaid_overdue_count"] = unpaid_overdue(self.base_queryset).count()
        ctx["unpaid_overdue_days"] = settings.SHOP_UNPAID_ORDER_OVERDUE_DAYS
        return ctx

    def change_order_status(self, request, order):
        new_status = request.POST.get("new_status", "").strip()
        try:
            self.get_handler(user=request.user).handle_order_status_change(order, new_status)
        except order_exceptions.InvalidOrderStatus as refusal:
            messages.error(request, _("Order %(number)s: %(reason)s") % {"number": order.number, "reason": refusal})
        else:
            messages.info(
                request, _("Order %(number)s is now “%(status)s”.") % {"number": order.number, "status": new_status}
            )


class OrderDetailView(CoreOrderDetailView):
    def get_order_status_form(self):
        return OrderStatusForm(order=self.object, data=self.request.POST if self.request.method == "POST" else None)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["status_history"] = self.object.notes.filter(note_type=OrderNote.SYSTEM).select_related("user")
        ctx["email_deliveries"] = self.object.email_deliveries.all()
        ctx["emailing_statuses"] = ", ".join(lifecycle.emailing_statuses())
        return ctx

    def change_order_status(self, request, order):
        form = self.get_order_status_form()
        if not form.is_valid():
            messages.error(request, _("The status was not changed: please correct the errors below."))
            return self.render_to_response(self.get_context_data())
        new_status = form.cleaned_data["new_status"]
        details = {
            detail.name: form.cleaned_data.get(detail.name, "") for detail in lifecycle.step(new_status).required
        }
        try:
            self.get_handler(user=request.user).handle_order_status_change(order, new_status, **details)
        except order_exceptions.InvalidOrderStatus as refusal:
            messages.error(request, str(refusal))
        else:
            if lifecycle.step(new_status).email:
                # The worker sends it after this request: say so, never "emailed" before it is.
                message = _("The order is now “%(status)s”; the email to the customer is queued (see Emails).")
            else:
                message = _("The order is now “%(status)s”.")
            messages.success(request, message % {"status": new_status})
        return self.reload_page()

    def handle_line_action(self, request, order, action):
        messages.error(request, _("Change the order's status instead: line actions are not used in this shop."))
        return self.reload_page()
