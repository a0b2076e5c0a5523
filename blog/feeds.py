"""RSS 2.0 and Atom feeds of the magazine, served by the magazine index page (``/blog/feed/rss/``)."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

FEED_LENGTH = 20


class ArticleRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("%(site)s magazine") % {"site": self.index_page.get_site().site_name or self.index_page.title}

    def link(self):
        return self.index_page.get_full_url(self.request)

    def description(self):
        return _("Science-based articles on gut health, skin and the immune system.")

    def items(self):
        return self.index_page.articles()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8, 0)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author.name if item.author else None

    def item_categories(self, item):
        return [category.name for category in item.categories.all()]


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed
    subtitle = ArticleRssFeed.description
