"""Basket forms whose refusals say what to do: quantities in words a customer understands."""

from django import forms
from django.utils.translation import gettext_lazy as _
from oscar.apps.basket.forms import *  # noqa: F403
from oscar.apps.basket.forms import AddToBasketForm as CoreAddToBasketForm
from oscar.apps.basket.forms import BasketLineForm as CoreBasketLineForm

QUANTITY_ERRORS = {
    "required": _("Please enter a quantity."),
    "invalid": _("Please enter the quantity as a whole number, e.g. 2."),
    "min_value": _("Please choose a quantity of at least %(limit_value)s."),
}


def stock_message(reason):
    return _("Sorry, we cannot add that quantity: %(reason)s.") % {"reason": reason}


class AddToBasketForm(CoreAddToBasketForm):
    quantity = forms.IntegerField(initial=1, min_value=1, label=_("Quantity"), error_messages=QUANTITY_ERRORS)

    def clean(self):
        try:
            return super().clean()
        except forms.ValidationError as refusal:
            # Oscar's availability reasons are fragments ("a maximum of 20 can be bought").
            raise forms.ValidationError(stock_message(" ".join(refusal.messages))) from refusal


class BasketLineForm(CoreBasketLineForm):
    quantity = forms.IntegerField(
        label=_("Quantity"), min_value=0, required=False, initial=1, error_messages=QUANTITY_ERRORS
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The basket renders the bare input in a table row: name the product for screen readers.
        if self.instance.product_id:
            self.fields["quantity"].widget.attrs["aria-label"] = _("Quantity of %(product)s") % {
                "product": self.instance.product.get_title()
            }

    def check_permission(self, qty):
        try:
            super().check_permission(qty)
        except forms.ValidationError as refusal:
            raise forms.ValidationError(stock_message(" ".join(refusal.messages))) from refusal
