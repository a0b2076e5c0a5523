from django.forms.formsets import INITIAL_FORM_COUNT, MAX_NUM_FORM_COUNT, MIN_NUM_FORM_COUNT, TOTAL_FORM_COUNT
from django.forms.models import modelformset_factory
from oscar.apps.basket.formsets import *  # noqa: F403
from oscar.apps.basket.formsets import BaseBasketLineFormSet as CoreBaseBasketLineFormSet
from oscar.core.loading import get_class, get_model

BasketLineForm = get_class("basket.forms", "BasketLineForm")


class BaseBasketLineFormSet(CoreBaseBasketLineFormSet):
    """Oscar's basket formset, which only ever edits the basket's existing lines.

    The form counts come from the browser: a forged ``form-TOTAL_FORMS=999999999`` (or a larger
    ``form-INITIAL_FORMS``, or a missing ``form-MIN_NUM_FORMS``) built forms for lines that do not exist or
    failed outright, with a 500. The counts are the basket's own number of lines, whatever was posted.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            lines = str(len(self.get_queryset()))
            self.data = self.data.copy()
            self.data[self.add_prefix(TOTAL_FORM_COUNT)] = lines
            self.data[self.add_prefix(INITIAL_FORM_COUNT)] = lines
            self.data[self.add_prefix(MIN_NUM_FORM_COUNT)] = "0"
            self.data[self.add_prefix(MAX_NUM_FORM_COUNT)] = lines


BasketLineFormSet = modelformset_factory(
    get_model("basket", "Line"), form=BasketLineForm, formset=BaseBasketLineFormSet, extra=0, can_delete=True
)
