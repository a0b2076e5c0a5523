"""One site search; sitemap.xml, robots.txt and the magazine's feeds."""

import xml.etree.ElementTree as ET

import pytest
from django.urls import reverse

from .conftest import card

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_header_search_finds_products_and_articles_labelled(client, make_article, skin_product, product):
    """One results page lists the matching product and article together, each with its kind."""
    make_article("Skin and the gut", teaser="How gut flora shapes the skin.", body=[card(product)])
    response = client.get(reverse("search:search"), {"q": "skin"})
    hits = response.context["hits"]
    kinds = {(hit.kind, str(hit.object.title)) for hit in hits}
    assert ("product", "Florava Skin Flora") in kinds
    assert ("article", "Skin and the gut") in kinds
    assert all("Daily Gut" not in title for _kind, title in kinds)
    html = response.content.decode()
    assert ">Product<" in html and ">Article<" in html


def test_search_leaves_out_drafts_and_hidden_products(client, make_article, skin_product):
    """Only what a visitor may see: live articles, public products."""
    make_article("Skin secrets", live=False)
    skin_product.is_public = False
    skin_product.save()
    response = client.get(reverse("search:search"), {"q": "skin"})
    assert list(response.context["hits"]) == []
    assert "Nothing matched" in response.content.decode()


def test_header_form_leads_to_the_site_search(client, home_page):
    """The header's search box submits to the one results page."""
    html = client.get("/").content.decode()
    assert f'action="{reverse("search:search")}"' in html


def test_sitemap_lists_pages_products_and_categories(client, make_article, skin_product):
    """sitemap.xml has the article, the product page and the product's category."""
    from django.contrib.sites.models import Site
    from oscar.apps.catalogue.categories import create_from_breadcrumbs

    # The demo seeds both site records from one host name; here it is the test client's.
    Site.objects.update(domain="testserver")
    category = create_from_breadcrumbs("Probiotics > Skin")
    skin_product.categories.add(category)
    article = make_article("Skin and the gut")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    locations = [
        loc.text for loc in ET.fromstring(response.content).iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    assert f"http://testserver{article.url}" in locations
    assert f"http://testserver{skin_product.get_absolute_url()}" in locations
    assert f"http://testserver{category.get_absolute_url()}" in locations


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /cms/" in response.content.decode()


def test_rss_and_atom_feeds_parse_and_list_live_articles(client, make_article):
    """Both feeds are well-formed XML with the live articles only, linking to them."""
    live = make_article("Fibre for your flora", teaser="Thirty grams a day.")
    make_article("Not yet", live=False)

    rss = ET.fromstring(client.get(live.get_parent().url + "feed/rss/").content)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    items = rss.findall("channel/item")
    assert [item.findtext("title") for item in items] == ["Fibre for your flora"]
    assert items[0].findtext("link") == f"http://testserver{live.url}"
    assert items[0].findtext("description") == "Thirty grams a day."

    atom = ET.fromstring(client.get(live.get_parent().url + "feed/atom/").content)
    assert atom.tag == f"{ATOM}feed"
    assert [entry.findtext(f"{ATOM}title") for entry in atom.findall(f"{ATOM}entry")] == ["Fibre for your flora"]


def test_magazine_filters_by_category_and_tag(client, make_article, blog_index):
    """?category= and ?tag= narrow the list; the index advertises its feeds."""
    from blog.models import ArticleCategory

    skin = ArticleCategory.objects.create(name="Skin")
    first = make_article("Acne and the gut")
    first.categories = [skin]
    first.tags.add("acne")
    first.save_revision().publish()
    make_article("Fibre basics")

    assert [a.title for a in client.get(blog_index.url, {"category": "skin"}).context["articles"]] == [
        "Acne and the gut"
    ]
    assert [a.title for a in client.get(blog_index.url, {"tag": "acne"}).context["articles"]] == ["Acne and the gut"]
    html = client.get(blog_index.url).content.decode()
    assert "Fibre basics" in html and "Acne and the gut" in html
    assert 'type="application/rss+xml"' in html
