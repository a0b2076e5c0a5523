"""The product list's filter and sort form: plain GET parameters, so every state has a URL."""

from django import forms
from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

from shop.apps.catalogue.models import AttributeOption, Category, Product, ProductCategory
from shop.apps.partner.models import StockRecord

SORTS = {
    "popular": ("-priority", "-date_created", "-pk"),
    "newest": ("-date_created", "-pk"),
    "price-asc": ("sort_price", "-pk"),
    "price-desc": ("-sort_price", "-pk"),
}


class ProductFilterForm(forms.Form):
    """Category, dietary flags and form; invalid values are reported and ignored, never an error page."""

    category = forms.ModelChoiceField(
        label=_("Category"),
        queryset=Category.objects.browsable(),
        to_field_name="slug",
        required=False,
        empty_label=_("All categories"),
    )
    form = forms.ModelChoiceField(
        label=_("Form"),
        queryset=AttributeOption.objects.filter(group__code="form"),
        to_field_name="code",
        required=False,
        empty_label=_("Any form"),
    )
    vegan = forms.BooleanField(label=_("Vegan"), required=False)
    lactose_free = forms.BooleanField(label=_("Lactose-free"), required=False)
    sort = forms.ChoiceField(
        label=_("Sort by"),
        choices=[
            ("popular", _("Popular")),
            ("newest", _("Newest")),
            ("price-asc", _("Price: low to high")),
            ("price-desc", _("Price: high to low")),
        ],
        required=False,
    )

    def __init__(self, data=None, *, category=None, **kwargs):
        super().__init__(data, **kwargs)
        if category is not None:
            # On a category page the category is the page itself.
            del self.fields["category"]
        self.page_category = category

    def clean_field_values(self):
        """The valid values only: an unknown value in one filter leaves the others working."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if name not in self.errors}

    @property
    def is_filtered(self):
        values = self.clean_field_values()
        return any(values.get(name) for name in ("category", "form", "vegan", "lactose_free"))

    def filter(self, queryset):
        values = self.clean_field_values()
        category = self.page_category or values.get("category")
        if category is not None:
            in_tree = ProductCategory.objects.filter(
                product=OuterRef("pk"),
                category__path__startswith=category.path,
                category__depth__gte=category.depth,
            )
            queryset = queryset.filter(Exists(in_tree))
        for flag in ("vegan", "lactose_free"):
            if values.get(flag):
                queryset = queryset.filter(attribute_values__attribute__code=flag, attribute_values__value_boolean=True)
        if values.get("form") is not None:
            queryset = queryset.filter(
                attribute_values__attribute__code="form", attribute_values__value_option=values["form"]
            )
        return self.order(queryset, values.get("sort") or "popular")

    def order(self, queryset, sort):
        if sort.startswith("price"):
            prices = StockRecord.objects.filter(price__isnull=False).order_by("price").values("price")[:1]
            queryset = queryset.annotate(
                sort_price=Coalesce(
                    Subquery(prices.filter(product=OuterRef("pk"))),
                    Subquery(prices.filter(product__parent=OuterRef("pk"), product__is_public=True)),
                )
            )
        return queryset.order_by(*SORTS[sort])

    def active_filters(self):
        """(label, URL query without that filter) for each filter applied, to remove it with one click."""
        values = self.clean_field_values()
        chips = []
        for name in ("category", "form", "vegan", "lactose_free"):
            if values.get(name):
                query = self.data.copy()
                query.pop(name, None)
                query.pop("page", None)
                label = values[name] if name in ("category", "form") else self.fields[name].label
                chips.append((label, query.urlencode()))
        return chips


__all__ = ["ProductFilterForm", "Product"]
