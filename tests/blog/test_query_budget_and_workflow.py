"""Query budget of a shoppable article; editors' preview and scheduled publishing."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from blog.models import ArticlePage

from .conftest import grid, product_link

pytestmark = pytest.mark.django_db

#: Stated budget: queries for a whole article page with a product grid and related products, whatever
#: the number of products (session, basket, site, page, blocks' products with prefetches, renditions …).
ARTICLE_QUERY_BUDGET = 45


def queries_for(client, url):
    client.get(url)  # warm up once: the first visit creates the session and basket
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_image_renditions_are_made_once_not_per_request(client, make_article):
    """The hero image's crops are generated on the first view and reused afterwards."""
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Hero", file=get_test_image_file(size=(1600, 1000)))
    article = make_article("With a hero")
    article.hero_image = image
    article.save_revision().publish()

    client.get(article.url)
    renditions = set(image.renditions.values_list("pk", "file"))
    assert renditions  # hero, social card and teaser crops
    client.get(article.url)
    assert set(image.renditions.values_list("pk", "file")) == renditions


def test_product_grid_query_count_does_not_grow_with_products(
    client, make_article, make_products, django_assert_max_num_queries
):
    """4 products in the grid and related products cost exactly the queries of 2; within the budget."""
    two, four = make_products(2), make_products(4)
    small = make_article("Two products", body=[grid(*two), product_link(two[0])], related=two)
    large = make_article("Four products", body=[grid(*four), product_link(four[0])], related=four)

    assert queries_for(client, large.url) == queries_for(client, small.url)
    with django_assert_max_num_queries(ARTICLE_QUERY_BUDGET):
        client.get(large.url)


def test_preview_shows_the_real_page_with_product_cards(client, superuser, make_article, skin_product):
    """The editor's preview of an unpublished change renders the shop's card with the live price."""
    article = make_article("Draft with a card", live=False)
    article.body = [("product_card", {"product": skin_product, "note": ""})]
    response = article.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert "Florava Skin Flora" in html and "29,95" in html


def test_scheduled_article_goes_live_at_its_time(client, make_article):
    """Published with a future go-live time, an article stays hidden until publish_scheduled runs after it."""
    article = make_article("Coming soon", live=False)
    article.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    revision = article.save_revision()
    revision.publish()
    assert client.get("/blog/coming-soon/").status_code == 404

    # An hour later (simulated by moving the scheduled time into the past), the scheduler publishes it.
    revision.refresh_from_db()
    an_hour_later = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = an_hour_later
    revision.content["go_live_at"] = an_hour_later.isoformat()
    revision.save()
    call_command("publish_scheduled")
    assert ArticlePage.objects.get(pk=article.pk).live
    assert client.get("/blog/coming-soon/").status_code == 200
