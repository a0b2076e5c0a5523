"""The hero button takes http(s) and relative links only; stored javascript:/data: links are emptied.

(The template also drops unsafe links on render, for values restored from old page revisions.)
"""

from django.db import migrations, models

import shop.security.html


def empty_unsafe_hero_links(apps, schema_editor):
    HomePage = apps.get_model("blog", "HomePage")
    for page in HomePage.objects.exclude(hero_cta_url="").only("pk", "hero_cta_url"):
        if not shop.security.html.is_safe_url(page.hero_cta_url):
            HomePage.objects.filter(pk=page.pk).update(hero_cta_url="")


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0002_magazine"),
    ]

    operations = [
        migrations.AlterField(
            model_name="homepage",
            name="hero_cta_url",
            field=models.CharField(
                blank=True,
                help_text="A path such as /shop/catalogue/ or an https:// address",
                max_length=255,
                validators=[shop.security.html.validate_safe_url],
                verbose_name="call-to-action link",
            ),
        ),
        migrations.RunPython(empty_unsafe_hero_links, migrations.RunPython.noop, elidable=True),
    ]
