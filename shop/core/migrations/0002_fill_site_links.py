"""Existing sites get their links filled from their page tree (the magazine, info pages by slug).

``SiteLinks.seed`` written against the historical models (no treebeard methods).
"""

from django.db import migrations

# A constant, not a model: which slug each link starts from is the same rule the model seeds new sites by.
from shop.core.models import SEED_SLUGS


def fill_site_links(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    SiteLinks = apps.get_model("core", "SiteLinks")
    BlogIndexPage = apps.get_model("blog", "BlogIndexPage")
    InfoPage = apps.get_model("blog", "InfoPage")
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        links, _created = SiteLinks.objects.get_or_create(site=site)
        below_root = {"path__startswith": root.path, "depth__gt": root.depth, "live": True}
        if links.magazine_id is None:
            links.magazine = BlogIndexPage.objects.filter(**below_root).order_by("path").first()
        children = InfoPage.objects.filter(path__startswith=root.path, depth=root.depth + 1)
        pages = {page.slug: page for page in children.filter(slug__in=SEED_SLUGS.values())}
        for field, slug in SEED_SLUGS.items():
            if getattr(links, f"{field}_id") is None and slug in pages:
                setattr(links, field, pages[slug])
        links.save()


class Migration(migrations.Migration):
    dependencies = [("core", "0001_site_links")]

    operations = [migrations.RunPython(fill_site_links, migrations.RunPython.noop)]
