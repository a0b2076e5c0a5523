"""Dashboard forms: staff set a product class's VAT band next to its other settings."""

from oscar.apps.dashboard.catalogue import forms as oscar_forms
from oscar.apps.dashboard.catalogue.forms import *  # noqa: F403


class ProductClassForm(oscar_forms.ProductClassForm):
    class Meta(oscar_forms.ProductClassForm.Meta):
        fields = [*oscar_forms.ProductClassForm.Meta.fields, "vat_band"]
