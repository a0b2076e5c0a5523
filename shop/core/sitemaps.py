"""sitemap.xml: Wagtail pages, the products the shop sells and its categories.

The same ``browsable()`` QuerySet methods the storefront's views use decide what is listed, so every
listed URL answers 200 (a test crawls it).

Served at /sitemap.xml (see shop/urls.py) and announced in /robots.txt.
"""

from django.contrib.sitemaps import Sitemap
from oscar.core.loading import get_model
from wagtail.contrib.sitemaps import Sitemap as PageSitemap


class ProductSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.8
    limit = 5000

    def items(self):
        return get_model("catalogue", "Product").objects.browsable().only("pk", "slug", "date_updated").order_by("pk")

    def lastmod(self, product):
        return product.date_updated


class CategorySitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return get_model("catalogue", "Category").objects.browsable().order_by("path")


SITEMAPS = {"pages": PageSitemap, "products": ProductSitemap, "categories": CategorySitemap}
