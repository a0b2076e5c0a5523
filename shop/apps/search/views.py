"""The one site search: products and magazine pages in one ranked list, through Wagtail's search backend.

The database backend uses PostgreSQL full-text search on PostgreSQL and SQLite FTS5 locally; the same
code runs on Elasticsearch or OpenSearch.
"""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.search.backends import get_search_backend

from blog.models import ArticlePage, InfoPage
from shop.apps.catalogue.models import Product

#: How many hits of each kind are ranked together; more is not useful to a reader.
MAX_HITS_PER_KIND = 60
#: Reciprocal rank fusion constant (Cormack et al., 2009): damps the advantage of the very first places.
RRF_K = 10


@dataclass
class SearchHit:
    kind: str
    label: str
    object: object
    rank: float


def site_search(query):
    """Products, articles and service pages matching ``query``, best first, each labelled with its kind.

    Each kind is ranked by the backend; the lists are merged by reciprocal rank fusion because raw
    scores of separate queries are not comparable (and their scales differ between backends).
    """
    backend = get_search_backend()
    searches = [
        ("product", _("Product"), backend.search(query, Product.objects.browsable().for_cards())),
        ("article", _("Article"), ArticlePage.objects.browsable().for_listing().search(query)),
        ("page", _("Page"), InfoPage.objects.live().public().search(query)),
    ]
    hits = []
    for kind, label, results in searches:
        for position, obj in enumerate(results[:MAX_HITS_PER_KIND], start=1):
            hits.append(SearchHit(kind, label, obj, 1 / (RRF_K + position)))
    # Stable sort: at equal rank, products come first, then articles, then pages.
    return sorted(hits, key=lambda hit: hit.rank, reverse=True)


class SiteSearchView(TemplateView):
    template_name = "search/results.html"
    per_page = 20

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = self.request.GET.get("q", "").strip()[:200]
        hits = site_search(query) if query else []
        page = Paginator(hits, self.per_page).get_page(self.request.GET.get("page"))
        context.update(
            query=query,
            hits=page,
            counts={kind: sum(hit.kind == kind for hit in hits) for kind in ("product", "article", "page")},
        )
        return context
