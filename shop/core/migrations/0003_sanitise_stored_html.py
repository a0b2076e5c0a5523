"""Sanitise the staff-written HTML already stored before the sanitiser existed (issue 10).

From now on ``shop.security.html`` sanitises these fields on every save; this pass cleans the rows
written earlier, so Oscar's own templates that print them with ``|safe`` (offer, range and shipping
descriptions, flat pages) never show legacy script either.
"""

from django.db import migrations

from shop.security.html import SANITISED_HTML_FIELDS, clean_html


def sanitise_stored_html(apps, schema_editor):
    for label, fields in SANITISED_HTML_FIELDS.items():
        model = apps.get_model(label)
        for row in model.objects.values("pk", *fields).iterator():
            changes = {field: clean_html(row[field]) for field in fields if row[field]}
            changes = {field: value for field, value in changes.items() if value != row[field]}
            if changes:
                model.objects.filter(pk=row["pk"]).update(**changes)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_fill_site_links"),
        ("catalogue", "0033_productclass_vat_band_strain_productstrain"),
        ("offer", "0013_range_excluded_categories"),
        ("shipping", "0003_auto_20181115_1953"),
        ("flatpages", "0001_initial"),
    ]

    operations = [migrations.RunPython(sanitise_stored_html, migrations.RunPython.noop, elidable=True)]
