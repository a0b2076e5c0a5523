"""Checkout forms fitted to German addresses, the legal acknowledgement and payment choice."""

import re

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout.forms import *  # noqa: F403
from oscar.apps.checkout.forms import ShippingAddressForm as CoreShippingAddressForm

from shop.payments.methods import get_payment_methods

HOUSE_NUMBER = re.compile(r"\d")

# Labels and order of the address fields as German customers expect them.
ADDRESS_LABELS = {
    "first_name": _("First name"),
    "last_name": _("Last name"),
    "line1": _("Street and house number"),
    "line2": _("Address supplement (optional)"),
    "postcode": _("Postcode"),
    "line4": _("City"),
    "country": _("Country"),
    "phone_number": _("Phone (optional, for the carrier)"),
    "notes": _("Delivery instructions (optional)"),
}


class ShippingAddressForm(CoreShippingAddressForm):
    """Street and house number in one line, postcode before city, no state, phone optional.

    The postcode is validated per country by Oscar's address model (e.g. five digits
    for Germany, four for Austria).
    """

    class Meta(CoreShippingAddressForm.Meta):
        fields = ["first_name", "last_name", "line1", "line2", "postcode", "line4", "country", "phone_number", "notes"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in ADDRESS_LABELS.items():
            if name in self.fields:
                self.fields[name].label = label
        self.fields["phone_number"].required = False
        self.fields["line1"].widget.attrs.update(autocomplete="address-line1", placeholder=_("e.g. Musterstraße 12"))
        self.fields["postcode"].widget.attrs.update(autocomplete="postal-code", inputmode="numeric")
        self.fields["line4"].widget.attrs.update(autocomplete="address-level2")

    def clean_line1(self):
        line1 = self.cleaned_data["line1"].strip()
        if not HOUSE_NUMBER.search(line1):
            raise forms.ValidationError(_("Please add your house number to the street."))
        return line1


class PaymentMethodForm(forms.Form):
    method = forms.ChoiceField(
        label=_("How would you like to pay?"),
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Please choose one of the payment methods shown.")},
    )

    def __init__(self, *args, basket=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.methods = [method for method in get_payment_methods() if method.is_available(basket)]
        self.fields["method"].choices = [(method.code, method.name) for method in self.methods]
        if len(self.methods) == 1:
            self.fields["method"].initial = self.methods[0].code


class PlaceOrderForm(forms.Form):
    """The acknowledgement German law asks for before the order button."""

    accept_terms = forms.BooleanField(
        required=True,
        error_messages={
            "required": _(
                "Please accept the terms and conditions and note the right of withdrawal to place your order."
            )
        },
    )

    def __init__(self, *args, links, **kwargs):
        """``links``: the site's link URLs (``shop.core.links.site_links``), where the two documents are."""
        super().__init__(*args, **kwargs)
        self.fields["accept_terms"].label = format_html(
            _(
                'I accept the <a href="{terms}" target="_blank" rel="noopener">terms and conditions</a> and have '
                'read the <a href="{withdrawal}" target="_blank" rel="noopener">right of withdrawal</a>.'
            ),
            terms=links["terms"],
            withdrawal=links["withdrawal"],
        )


class GatewayForm(GatewayForm):  # noqa: F405  (Oscar's, from the star import)
    """Oscar's "who are you?" step without its "a user with that email address already exists".

    The error told anyone which addresses have accounts. Guests may order with any address
    (``OSCAR_ALLOW_GUEST_CHECKOUT_WITH_ACCOUNT``); "create an account" goes on to registration, which
    answers the same for new and taken addresses. The view passes the request, so the login option is
    throttled by django-axes like every other login form.
    """

    def clean(self):
        if self.is_guest_checkout() or self.is_new_account_checkout():
            self.errors.pop("password", None)
            return self.cleaned_data
        return super().clean()
