"""Benchmark the pages people use most: ``make bench`` (after ``make demo``).

For each page: median and 95th-percentile server time over N requests through
Django's test client (no network), SQL queries per request, and peak Python
memory allocated while serving it. Numbers for comparing commits on one machine,
not assertions: query budgets are tested in the suite, timing never is.
"""

import statistics
import time
import tracemalloc

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import override_settings
from django.urls import reverse
from oscar.core.loading import get_model
from wagtail.models import Site

from blog.models import ArticlePage
from shop.core.links import site_full_urls


class QueryCounter(list):
    """A database execute wrapper that records each SQL statement."""

    def __call__(self, execute, sql, params, many, context):
        self.append(sql)
        return execute(sql, params, many, context)


class Command(BaseCommand):
    help = "Time the main pages of the demo shop (run `make demo` first)."

    def add_arguments(self, parser):
        parser.add_argument("--requests", type=int, default=30, help="Requests per page (default 30).")

    def pages(self, client):
        # Through Oscar's loader: shop.core is below the catalogue (its price tag reads shop.core.links).
        Category, Product = get_model("catalogue", "Category"), get_model("catalogue", "Product")
        article = ArticlePage.objects.live().order_by("-date").first()
        parent = Product.objects.browsable().filter(structure=Product.PARENT).first()
        standalone = Product.objects.browsable().filter(structure=Product.STANDALONE).first()
        category = Category.objects.browsable().filter(depth=1).first()
        magazine = site_full_urls()["magazine"]
        if not (article and parent and standalone and category and magazine):
            raise CommandError("No demo data: run `make demo` first.")
        pages = [
            ("home", "/"),
            ("magazine", magazine),
            ("article", article.url),
            ("catalogue", reverse("catalogue:index")),
            ("category", category.get_absolute_url()),
            ("product with sizes", parent.get_absolute_url()),
            ("search", f"{reverse('search:search')}?q=skin"),
        ]
        client.post(reverse("basket:add", kwargs={"pk": standalone.pk}), {"quantity": 2})
        pages.append(("basket with a line", reverse("basket:summary")))
        return pages

    def handle(self, *args, requests, **options):
        site = Site.objects.get(is_default_site=True)
        with override_settings(ALLOWED_HOSTS=["*"], DEBUG=False):
            client = Client(HTTP_HOST=site.hostname, SERVER_PORT=str(site.port))
            rows = []
            for name, url in self.pages(client):
                client.get(url)  # warm caches and image renditions once
                timings = []
                for _ in range(requests):
                    start = time.perf_counter()
                    response = client.get(url)
                    timings.append((time.perf_counter() - start) * 1000)
                    if response.status_code != 200:
                        raise CommandError(f"{url} answered {response.status_code}")
                queries = QueryCounter()
                # Django clears connection.queries at every request start, so count with a wrapper.
                with connection.execute_wrapper(queries):
                    client.get(url)
                tracemalloc.start()
                client.get(url)
                peak = tracemalloc.get_traced_memory()[1]
                tracemalloc.stop()
                timings.sort()
                p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
                rows.append((name, url, statistics.median(timings), p95, len(queries), peak / 1024 / 1024))

        self.stdout.write(f"{'page':<20} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'peak MiB':>9}  url")
        for name, url, median, p95, query_count, peak in rows:
            self.stdout.write(f"{name:<20} {median:>10.1f} {p95:>8.1f} {query_count:>8} {peak:>9.1f}  {url}")
