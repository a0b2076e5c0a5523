"""What a product costs a customer right now, with everything German price law puts next to it."""

from dataclasses import dataclass
from functools import cached_property

from shop.apps.catalogue.facts import ProductFacts


@dataclass
class ProductOffer:
    """The price shown for a product: for a parent, its cheapest pack size ("from …").

    ``product`` is what the customer would buy (a pack size for parents); ``facts``
    are that product's, so unit price and price per dose match the price shown.
    """

    product: object
    info: object
    is_from: bool = False

    @cached_property
    def facts(self):
        return ProductFacts(self.product)

    @property
    def price(self):
        return self.info.price

    @property
    def gross(self):
        return self.info.price.incl_tax if self.info.price.exists else None

    @property
    def price_per_kg(self):
        return self.facts.price_per_kg(self.gross)

    @property
    def price_per_dose(self):
        return self.facts.price_per_dose(self.gross)

    @property
    def reference_price(self):
        """The lowest price of the 30 days before a reduction, or None when the price is not reduced."""
        record = self.info.stockrecord
        return record.reference_price if record is not None and record.is_reduced else None

    @property
    def availability(self):
        return self.info.availability

    @property
    def stock_level(self):
        record = self.info.stockrecord
        return record.net_stock_level if record is not None else 0


def offer_for(strategy, product) -> ProductOffer:
    """The offer for a standalone or child product, or a parent's cheapest available pack size."""
    if not product.is_parent:
        return ProductOffer(product, strategy.fetch_for_product(product))
    sizes = [ProductOffer(child, strategy.fetch_for_product(child)) for child in product.get_public_children()]
    priced = [offer for offer in sizes if offer.gross is not None]
    if not priced:
        return ProductOffer(product, strategy.fetch_for_parent(product))
    buyable = [offer for offer in priced if offer.availability.is_available_to_buy] or priced
    cheapest = min(buyable, key=lambda offer: offer.gross)
    cheapest.is_from = len({offer.gross for offer in priced}) > 1
    return cheapest


def size_offers(strategy, product):
    """One offer per public pack size of a parent, in pack-size order (units per pack)."""
    offers = [ProductOffer(child, strategy.fetch_for_product(child)) for child in product.get_public_children()]
    return sorted(offers, key=lambda offer: (offer.facts.units_per_pack or 0, offer.product.pk))
