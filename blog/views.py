"""Admin views for the magazine: the product chooser editors use in blocks, panels and rich text."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from oscar.templatetags.currency_filters import currency
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from .products import card_products


class ProductSearchForm(BaseFilterForm):
    """Finds products by a word of the title, the UPC or a partner SKU."""

    q = forms.CharField(
        label=_("Search term"),
        widget=forms.TextInput(attrs={"placeholder": _("Title or SKU")}),
        required=False,
    )

    def filter(self, objects):
        query = self.cleaned_data.get("q", "").strip()
        if not query:
            return objects
        self.is_searching = True
        self.search_query = query
        every_word_in_title = Q()
        for word in query.split():
            every_word_in_title &= Q(title__icontains=word)
        matches = (
            every_word_in_title
            | Q(upc__iexact=query)
            | Q(stockrecords__partner_sku__icontains=query)
            # A product with sizes is chosen as a whole; its sizes carry the SKUs.
            | Q(children__stockrecords__partner_sku__icontains=query)
        )
        return objects.filter(pk__in=objects.filter(matches).values("pk"))


class ProductImageColumn(Column):
    cell_template_name = "blog/admin/product_image_cell.html"


class ProductChooserMixin:
    filter_form_class = ProductSearchForm
    per_page = 12

    def get_object_list(self):
        # Only what the storefront shows: parents and standalone products that are public.
        return card_products().prefetch_related("children__stockrecords").order_by("title")

    @property
    def columns(self):
        return [
            ProductImageColumn("image", label=_("Image"), accessor="primary_image", width="10%"),
            self.title_column,
            Column("sku", label=_("SKU"), accessor=self.skus),
            Column("price", label=_("Price incl. VAT"), accessor=self.price),
        ]

    @staticmethod
    def skus(product):
        """Partner SKUs; a product with sizes shows those of its sizes, which editors search for."""
        sources = product.children.all() if product.is_parent else [product]
        return ", ".join(record.partner_sku for source in sources for record in source.stockrecords.all())

    def price(self, product):
        strategy = self.request.strategy
        info = strategy.fetch_for_parent(product) if product.is_parent else strategy.fetch_for_product(product)
        if not info.price.exists:
            return _("not for sale")
        return currency(info.price.incl_tax if info.price.is_tax_known else info.price.excl_tax, info.price.currency)


class ProductChooseView(ProductChooserMixin, ChooseView):
    pass


class ProductChooseResultsView(ProductChooserMixin, ChooseResultsView):
    pass


class ProductChosenView(ChosenView):
    def get_chosen_response_data(self, item):
        data = super().get_chosen_response_data(item)
        data["url"] = item.get_absolute_url()
        return data


class ProductChooserViewSet(ChooserViewSet):
    """Lets editors pick a product the shop sells. Read-only: products are created in the shop dashboard."""

    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    edit_item_text = _("Edit in shop dashboard")
    choose_view_class = ProductChooseView
    choose_results_view_class = ProductChooseResultsView
    chosen_view_class = ProductChosenView


product_chooser_viewset = ProductChooserViewSet("product_chooser", url_prefix="products/chooser")
