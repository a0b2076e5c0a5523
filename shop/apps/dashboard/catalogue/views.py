"""Dashboard views: the product form gains a "Strains" tab (one row per strain with its CFU)."""

from oscar.apps.dashboard.catalogue import views as oscar_views
from oscar.apps.dashboard.catalogue.views import *  # noqa: F403

from .formsets import ProductStrainFormSet


class ProductCreateUpdateView(oscar_views.ProductCreateUpdateView):
    strain_formset = ProductStrainFormSet

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.formsets["strain_formset"] = self.strain_formset
