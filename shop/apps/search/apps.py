import oscar.apps.search.apps as apps


class SearchConfig(apps.SearchConfig):
    """Oscar's search app, forked so that /shop/search/ is the one site search (products and pages)."""

    name = "shop.apps.search"

    def ready(self):
        # Oscar's Haystack FacetedSearchView is replaced; no Haystack index is needed (DESIGN.md).
        from .views import SiteSearchView

        self.search_view = SiteSearchView
