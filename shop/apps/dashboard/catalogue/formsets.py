"""Dashboard formsets: the strains of a product, each with its CFU per daily dose."""

from django.forms import inlineformset_factory
from oscar.apps.dashboard.catalogue.formsets import *  # noqa: F403

from shop.apps.catalogue.models import Product, ProductStrain

BaseProductStrainFormSet = inlineformset_factory(
    Product, ProductStrain, fields=["strain", "cfu", "display_order"], extra=3, can_delete=True
)


class ProductStrainFormSet(BaseProductStrainFormSet):
    def __init__(self, product_class, user, *args, **kwargs):
        # Oscar passes every product formset these two; strains need neither.
        super().__init__(*args, **kwargs)
