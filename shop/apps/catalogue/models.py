"""Catalogue fork: probiotics facts, VAT bands and products in Wagtail's search.

Custom models go above Oscar's star import (Oscar's how_to_customise_models).

Most facts (daily dose, units per pack, net content, form, dietary flags, storage,
intake, ingredients, allergens) are Oscar product attributes: typed, per product
class, edited in the dashboard's product form, and child products (pack sizes)
override just the ones that differ. Strains are not: a product lists several
strains, each with its own CFU, and the same strain (e.g. *Lactobacillus
rhamnosus* GG) appears in many products. An attribute can hold neither a list of
pairs nor a shared identity, so strains are a :class:`Strain` model and CFU sits
on the :class:`ProductStrain` through-model (edited inline on the dashboard form).
"""

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct, AbstractProductClass
from oscar.apps.catalogue.managers import ProductQuerySet as OscarProductQuerySet
from wagtail.search import index


class VatBand(models.TextChoices):
    """German VAT bands; the rate of each comes from ``settings.VAT_RATES`` (one place when a rate changes)."""

    REDUCED = "reduced", _("Reduced rate (food, food supplements)")
    STANDARD = "standard", _("Standard rate")


class ProductClass(AbstractProductClass):
    """Oscar's product class with the VAT band its products are taxed at."""

    vat_band = models.CharField(
        _("VAT band"),
        max_length=16,
        choices=VatBand,
        default=VatBand.STANDARD,
        help_text=_("Prices are entered gross; the net price and VAT are derived with this band's rate."),
    )

    @property
    def vat_rate(self) -> Decimal:
        return Decimal(settings.VAT_RATES[self.vat_band])


class ProductQuerySet(OscarProductQuerySet):
    def for_cards(self):
        """Everything the product card (``oscar/catalogue/partials/product.html``) reads, in a fixed
        number of queries whatever the number of products: class, images, stock records, attribute
        values, categories, strains and public children with their stock records and attributes."""
        strains = ProductStrain.objects.select_related("strain")
        child_queryset = (
            self.model.objects.public()
            # A size reads facts through its own copy of the parent (from prefetch_attribute_values).
            .prefetch_related("stockrecords", Prefetch("parent__product_strains", queryset=strains))
            .prefetch_attribute_values()
            .order_by("pk")
        )
        return (
            self.select_related("product_class")
            .prefetch_related(
                "images",
                "stockrecords",
                Prefetch("children", queryset=child_queryset, to_attr="_prefetched_public_children"),
                Prefetch("product_strains", queryset=strains),
            )
            .prefetch_attribute_values()
            .prefetch_browsable_categories()
        )


class Product(index.Indexed, AbstractProduct):
    """Oscar's product, searchable through Wagtail's search backend (no Haystack index)."""

    objects = ProductQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("upc", boost=2),
        index.SearchField("description"),
        index.FilterField("is_public"),
        index.FilterField("structure"),
        index.FilterField("parent_id"),
    ]

    def get_strains(self):
        """The strains with CFU; a pack size shows its parent's (prefetched by ``for_cards``)."""
        source = self.parent if self.is_child else self
        return list(source.product_strains.all())


class Strain(models.Model):
    """A bacterial strain, e.g. *Lactobacillus rhamnosus* GG: species plus strain designation."""

    genus = models.CharField(_("Genus"), max_length=64, help_text=_("e.g. Lactobacillus"))
    species = models.CharField(_("Species"), max_length=64, help_text=_("e.g. rhamnosus"))
    designation = models.CharField(
        _("Strain designation"), max_length=64, blank=True, help_text=_("e.g. GG, BB-12, DSM 17938")
    )

    class Meta:
        app_label = "catalogue"
        ordering = ["genus", "species", "designation"]
        constraints = [models.UniqueConstraint(fields=["genus", "species", "designation"], name="unique_strain")]
        verbose_name = _("Strain")
        verbose_name_plural = _("Strains")

    def __str__(self):
        return f"{self.genus} {self.species} {self.designation}".strip()

    @property
    def species_name(self):
        return f"{self.genus} {self.species}"


class ProductStrain(models.Model):
    """A strain in a product, with its CFU (colony-forming units) per daily dose."""

    product = models.ForeignKey(
        "catalogue.Product", on_delete=models.CASCADE, related_name="product_strains", verbose_name=_("Product")
    )
    strain = models.ForeignKey(Strain, on_delete=models.PROTECT, related_name="+", verbose_name=_("Strain"))
    cfu = models.PositiveBigIntegerField(_("CFU per daily dose"), help_text=_("e.g. 5000000000 for 5 billion"))
    display_order = models.PositiveSmallIntegerField(_("Display order"), default=0)

    class Meta:
        app_label = "catalogue"
        ordering = ["display_order", "pk"]
        constraints = [models.UniqueConstraint(fields=["product", "strain"], name="unique_product_strain")]
        verbose_name = _("Strain in product")
        verbose_name_plural = _("Strains in product")

    def __str__(self):
        return f"{self.strain} ({self.cfu} CFU)"


from oscar.apps.catalogue.models import *  # noqa: E402, F403
