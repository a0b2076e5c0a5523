"""Catalogue pages from the ORM (Oscar 4.2's Haystack views list nothing without an index).

Oscar loads these via ``get_class("catalogue.views", ...)``: ``CatalogueView`` (all
products), ``ProductCategoryView`` (one category and its subcategories) and
``ProductDetailView`` (a product with its pack sizes).
"""

from urllib.parse import unquote

from django.conf import settings
from django.contrib import messages
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView
from oscar.apps.catalogue import views as oscar_views

from shop.apps.catalogue.forms import ProductFilterForm
from shop.apps.catalogue.models import Category, Product
from shop.apps.catalogue.offers import offer_for, size_offers


class CatalogueView(ListView):
    """All browsable products, filtered and sorted by GET parameters, paginated."""

    template_name = "oscar/catalogue/browse.html"
    context_object_name = "products"
    category = None

    def get_paginate_by(self, queryset):
        return settings.OSCAR_PRODUCTS_PER_PAGE

    def get(self, request, *args, **kwargs):
        self.form = ProductFilterForm(request.GET, category=self.category)
        if not self.form.is_valid():
            messages.warning(request, _("Some filters were not understood and have been ignored."))
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return self.form.filter(Product.objects.browsable().for_cards())

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        query = self.request.GET.copy()
        query.pop("page", None)
        ctx.update(
            form=self.form,
            category=self.category,
            active_filters=self.form.active_filters(),
            page_query=query.urlencode(),
            categories=Category.objects.browsable().filter(depth=1),
        )
        return ctx


class ProductCategoryView(CatalogueView):
    """One category's products, its subcategories' included, with the same filters."""

    template_name = "oscar/catalogue/category.html"

    def get(self, request, *args, **kwargs):
        self.category = get_object_or_404(Category.objects.browsable(), pk=kwargs["pk"])
        expected = self.category.get_absolute_url()
        if unquote(expected) != unquote(request.path):
            query = f"?{request.GET.urlencode()}" if request.GET else ""
            return HttpResponsePermanentRedirect(expected + query)
        return super().get(request, *args, **kwargs)


class ProductDetailView(oscar_views.ProductDetailView):
    """A product page; a parent's pack sizes are picked with ``?size=<child id>`` (links, no JS needed)."""

    def get_queryset(self):
        return Product.objects.for_cards()

    def redirect_if_necessary(self, current_path, product):
        if product.is_child:
            # A pack size lives on its parent's page with that size selected.
            return HttpResponsePermanentRedirect(f"{product.parent.get_absolute_url()}?size={product.pk}")
        return super().redirect_if_necessary(current_path, product)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        product = self.object
        strategy = self.request.strategy
        sizes = size_offers(strategy, product) if product.is_parent else []
        offer = offer_for(strategy, product)
        if sizes:
            # The size asked for, else the one the list price shows; either way one definite size, not "from".
            wanted = self.request.GET.get("size") or str(offer.product.pk)
            chosen = [size for size in sizes if str(size.product.pk) == wanted]
            if not chosen:
                raise Http404(_("This pack size does not exist."))
            offer = chosen[0]
        image = product.primary_image()
        og_image = image.original if not isinstance(image, dict) and image.original else None
        ctx.update(
            offer=offer,
            sizes=sizes,
            facts=offer.facts,
            og_image=og_image,
            product_schema=self.product_schema(product, offer, sizes, og_image),
        )
        return ctx

    def product_schema(self, product, offer, sizes, image):
        """schema.org Product with one Offer per purchasable size (price, EUR, availability).

        Rendered with ``{% json_ld %}`` (seo_tags), the one escaping rule for JSON-LD.
        """
        request = self.request
        image_url = request.build_absolute_uri(image.url if image else static("img/logo.svg"))

        def schema_offer(item):
            in_stock = item.availability.is_available_to_buy
            return {
                "@type": "Offer",
                "sku": item.info.stockrecord.partner_sku if item.info.stockrecord else None,
                "price": str(item.gross) if item.gross is not None else None,
                "priceCurrency": item.price.currency if item.gross is not None else settings.OSCAR_DEFAULT_CURRENCY,
                "availability": "https://schema.org/InStock" if in_stock else "https://schema.org/OutOfStock",
                "url": request.build_absolute_uri(
                    f"{product.get_absolute_url()}?size={item.product.pk}" if sizes else product.get_absolute_url()
                ),
            }

        data = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": product.get_title(),
            "description": offer.facts.benefit or product.description,
            "image": image_url,
            "brand": {"@type": "Brand", "name": settings.OSCAR_SHOP_NAME},
            "offers": [schema_offer(item) for item in sizes] if sizes else schema_offer(offer),
        }
        if product.upc:
            data["sku"] = product.upc
        return data
