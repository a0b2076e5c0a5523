"""Build the demo shop a newcomer sees: ``manage.py load_demo_data``. Idempotent.

Each step is a function ``load(stdout)`` in a ``demo`` module next to the code it
fills (site and pages here, catalogue and articles with their apps). Run again,
it updates what it made and creates what is missing; nothing is downloaded.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.module_loading import import_string

STEPS = [
    "shop.core.demo.load_sites_and_pages",
    "shop.core.demo.load_users",
    "shop.apps.catalogue.demo.load",
    "shop.apps.shipping.demo.load_shipping_and_vouchers",
    # The magazine features the catalogue's products: it runs after the catalogue step.
    "blog.demo.load",
]


class Command(BaseCommand):
    help = "Load (or refresh) the demo shop: pages, catalogue, articles and demo users."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off. The demo users have published passwords: never on a live site.",
        )

    def handle(self, *args, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError("Demo data has public passwords; refusing with DEBUG off (use --force on a test box).")
        for dotted_path in STEPS:
            with transaction.atomic():
                import_string(dotted_path)(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo shop ready."))
