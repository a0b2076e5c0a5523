"""Product attributes read eagerly instead of through a half-consumed ``QuerySet.iterator()``.

Oscar's ``QuerysetCache`` walks attributes with ``.iterator()`` and stops early. On
PostgreSQL that is a server-side cursor left open; when the product is garbage
collected while the same connection runs another query, psycopg closes the cursor
from the collector and the two wait on each other's connection lock for ever (seen
as "idle in transaction" hangs when saving stock records). A product class has a
dozen attributes: reading them into a list costs nothing and leaves no cursor open.
"""

from django.db import models
from django.utils.functional import cached_property
from oscar.apps.catalogue import product_attributes as oscar_attributes


class EagerQuerysetCache(oscar_attributes.QuerysetCache):
    def __init__(self, queryset):
        super().__init__(queryset if isinstance(queryset, list) else list(queryset))
        self._queryset = queryset


class AttributesQuerysetCache(oscar_attributes.AttributesQuerysetCache):
    @cached_property
    def attributes(self):
        return EagerQuerysetCache(self.product.get_product_class().attributes.all())

    @cached_property
    def attribute_values(self):
        if hasattr(self.product, "_prefetched_attribute_values"):
            return EagerQuerysetCache(self.product.get_attribute_values())
        return EagerQuerysetCache(
            self.product.get_attribute_values().select_related("attribute").annotate(code=models.F("attribute__code"))
        )


class ProductAttributesContainer(oscar_attributes.ProductAttributesContainer):
    @property
    def cache(self):
        if self.__dict__["_cache"] is None:
            self.__dict__["_cache"] = AttributesQuerysetCache(self.product)
        return self.__dict__["_cache"]
