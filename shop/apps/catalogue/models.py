"""Catalogue fork: products join the site's one search engine (Wagtail's).

Custom models go above Oscar's star import (Oscar's how_to_customise_models).
"""

from oscar.apps.catalogue.abstract_models import AbstractProduct
from wagtail.search import index


class Product(index.Indexed, AbstractProduct):
    """Oscar's product, searchable through Wagtail's search backend (no Haystack index)."""

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("upc", boost=2),
        index.SearchField("description"),
        index.FilterField("is_public"),
        index.FilterField("structure"),
        index.FilterField("parent_id"),
    ]


from oscar.apps.catalogue.models import *  # noqa: E402, F403
