"""Checkout views: payment method choice, legal acknowledgement, and placing the order once.

Everything not overridden here is Oscar's (gateway with guest, login or registration;
shipping address and method). The order is placed by ``placement.place_order_once``;
payment methods come from ``SHOP_PAYMENT_METHODS``, not from these views.
"""

import logging

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from oscar.apps.checkout import exceptions
from oscar.apps.checkout.views import *  # noqa: F403
from oscar.apps.checkout.views import IndexView as CoreIndexView
from oscar.apps.checkout.views import PaymentDetailsView as CorePaymentDetailsView
from oscar.apps.checkout.views import PaymentMethodView as CorePaymentMethodView
from oscar.apps.checkout.views import ShippingAddressView as CoreShippingAddressView
from oscar.apps.checkout.views import ThankYouView as CoreThankYouView
from oscar.core.loading import get_model

from shop.apps.order.emails import ORDER_PLACED, queue_order_email
from shop.apps.order.vat import vat_breakdown
from shop.core.bad_input import bad_request
from shop.core.links import site_links
from shop.payments.methods import get_payment_method

from .forms import GatewayForm, PaymentMethodForm, PlaceOrderForm
from .placement import OrderNotPlaced, place_order_once

Order = get_model("order", "Order")

logger = logging.getLogger("shop.checkout")


class IndexView(CoreIndexView):
    """Oscar's gateway step; its login goes through ``authenticate(request, …)`` so django-axes counts it."""

    form_class = GatewayForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "request": self.request}


class ShippingAddressView(CoreShippingAddressView):
    """Oscar's address step; a saved-address id that is not one of the customer's own answers 400."""

    def post(self, request, *args, **kwargs):
        if request.user.is_authenticated and "address_id" in request.POST:
            address_id = request.POST["address_id"]
            UserAddress = get_model("address", "UserAddress")
            if not address_id.isdigit() or not UserAddress.objects.filter(pk=address_id, user=request.user).exists():
                return bad_request(request, _("That address is not one of your saved addresses. Please choose again."))
        return super().post(request, *args, **kwargs)


class PaymentMethodMixin:
    def get_payment_method(self):
        return get_payment_method(self.checkout_session.payment_method())

    def check_payment_data_is_captured(self, request):
        if self.get_payment_method() is None:
            raise exceptions.FailedPreCondition(
                url=reverse("checkout:payment-method"), message=_("Please choose how you would like to pay.")
            )


class PaymentMethodView(CorePaymentMethodView):
    """Choose how to pay; with a single method it is chosen for the customer."""

    template_name = "oscar/checkout/payment_method.html"

    def get(self, request, *args, **kwargs):
        form = PaymentMethodForm(basket=request.basket)
        if len(form.methods) == 1:
            self.checkout_session.pay_by(form.methods[0].code)
            return self.get_success_response()
        return self.render_to_response(self.get_context_data(form=form))

    def post(self, request, *args, **kwargs):
        form = PaymentMethodForm(request.POST, basket=request.basket)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        self.checkout_session.pay_by(form.cleaned_data["method"])
        return self.get_success_response()

    def get_success_url(self):
        return reverse("checkout:preview")


# Not one transaction per request (ATOMIC_REQUESTS): ``place_order_once`` is its own short
# transaction, which can be retried if it loses a deadlock; the address book and the email
# queue are written after it commits.
@method_decorator(transaction.non_atomic_requests, name="dispatch")
class PaymentDetailsView(PaymentMethodMixin, CorePaymentDetailsView):
    """The order summary with the legal acknowledgement and the order button."""

    def get(self, request, *args, **kwargs):
        if not self.preview:
            # Nothing to enter for the methods we have: go to the summary.
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def dispatch(self, request, *args, **kwargs):
        # A repeated "place order" (reload, back button) after the order went through:
        # the basket is already submitted, so show the order instead of an empty basket.
        placed_order_id = request.session.get("checkout_order_id")
        if (
            request.method == "POST"
            and request.POST.get("action") == "place_order"
            and request.basket.is_empty
            and placed_order_id
            and Order.objects.filter(pk=placed_order_id).exists()
        ):
            messages.info(request, _("Your order has already been placed."))
            return redirect("checkout:thank-you")
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        basket = self.request.basket
        shipping_charge = ctx.get("shipping_charge")
        ctx.setdefault("place_order_form", PlaceOrderForm(links=site_links(self.request)))
        ctx["payment_method"] = self.get_payment_method()
        ctx["vat_rows"] = vat_breakdown(basket.all_lines(), shipping_charge.incl_tax if shipping_charge else 0)
        return ctx

    def handle_place_order_submission(self, request):
        form = PlaceOrderForm(request.POST, links=site_links(request))
        if not form.is_valid():
            return self.render_preview(request, place_order_form=form)
        return super().handle_place_order_submission(request)

    def submit(
        self,
        user,
        basket,
        shipping_address,
        shipping_method,
        shipping_charge,
        billing_address,
        order_total,
        payment_kwargs=None,
        order_kwargs=None,
        surcharges=None,
    ):
        try:
            order, created = place_order_once(
                basket=basket,
                user=user,
                payment_method=self.get_payment_method(),
                shipping_method=shipping_method,
                shipping_charge=shipping_charge,
                order_total=order_total,
                shipping_address=shipping_address,
                billing_address=billing_address,
                request=self.request,
                **(order_kwargs or {}),
            )
        except OrderNotPlaced as refusal:
            logger.info("Basket #%s: order not placed (%s)", basket.pk, refusal)
            messages.error(self.request, str(refusal))
            return redirect("basket:summary")
        if created:
            logger.info("Order #%s placed for basket #%s", order.number, basket.pk)
            if user.is_authenticated:
                for address in (order.shipping_address, order.billing_address):
                    if address is not None:
                        self.update_address_book(user, address)
            return self.handle_successful_order(order)
        # The same basket was submitted twice: the first submission placed the order.
        self.checkout_session.flush()
        self.request.session["checkout_order_id"] = order.pk
        return redirect(self.get_success_url())

    def send_order_placed_email(self, order):
        queue_order_email(order, ORDER_PLACED)


class ThankYouView(CoreThankYouView):
    def get_context_data(self, *args, **kwargs):
        ctx = super().get_context_data(*args, **kwargs)
        order = ctx["order"]
        ctx["vat_rows"] = vat_breakdown(order.lines.all(), order.shipping_incl_tax)
        return ctx
