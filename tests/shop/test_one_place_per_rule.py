"""One place per rule: what is visible, where the fixed links point, how structured data is written,
and that Wagtail is the only page system."""

import importlib
import json
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import pytest
from django.apps import apps
from django.contrib.flatpages.models import FlatPage
from django.contrib.sites.models import Site as DjangoSite
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from oscar.test.factories import create_product
from wagtail.models import Site

from blog.models import ArticlePage, BlogIndexPage, InfoPage
from shop.apps.catalogue.models import Category
from shop.apps.checkout.forms import PlaceOrderForm
from shop.core.links import site_full_urls, site_links
from shop.core.models import SiteLinks

pytestmark = pytest.mark.django_db

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def sitemap_paths(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return [urlsplit(loc.text).path for loc in ET.fromstring(response.content).iter(f"{SITEMAP_NS}loc")]


def test_every_sitemap_url_answers_200(client, home_page):
    """The sitemap lists only what a visitor can open: crawling it gives 200 everywhere, and hidden
    categories (or public ones below a hidden parent), hidden products and drafts are left out."""
    DjangoSite.objects.update(domain="testserver")
    shown = Category.add_root(name="Gut health", is_public=True)
    hidden_parent = Category.add_root(name="Coming soon", is_public=False)
    below_hidden = hidden_parent.add_child(name="Kids", is_public=True)
    product = create_product(title="Daily Gut", price="12.95", num_in_stock=5)
    product.categories.add(shown, below_hidden)
    secret = create_product(title="Prototype", price="9.95", num_in_stock=5)
    secret.is_public = False
    secret.save()
    magazine = BlogIndexPage.objects.get()
    for title, live in (("Gut and skin", True), ("Draft", False)):
        slug = title.lower().replace(" ", "-")
        magazine.add_child(instance=ArticlePage(title=title, slug=slug, teaser="Why it matters.", live=live))

    paths = sitemap_paths(client)
    for path in paths:
        assert client.get(path).status_code == 200, path
    assert {"/", "/blog/", "/imprint/", "/blog/gut-and-skin/"} <= set(paths)
    assert product.get_absolute_url() in paths and shown.get_absolute_url() in paths
    assert below_hidden.get_absolute_url() not in paths
    assert client.get(below_hidden.get_absolute_url()).status_code == 404  # what the sitemap used to list
    assert secret.get_absolute_url() not in paths and "/blog/draft/" not in paths


def test_a_new_sites_links_come_from_its_page_tree(home_page):
    """The first read of a site's links fills them from its pages: the magazine, info pages by slug."""
    home_page.add_child(instance=InfoPage(title="Terms", slug="terms", body="<p>Terms</p>"))
    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    assert links.magazine == BlogIndexPage.objects.get()
    assert links.terms.slug == "terms" and links.imprint.slug == "imprint"
    assert links.shipping is None  # no such page yet: the link is left out, never guessed


def test_data_migration_fills_links_of_existing_sites(home_page):
    """Sites that exist when the setting arrives get their links from their page tree."""
    migration = importlib.import_module("shop.core.migrations.0002_fill_site_links")
    migration.fill_site_links(apps, None)
    links = SiteLinks.objects.get(site__is_default_site=True)
    assert links.magazine == BlogIndexPage.objects.get() and links.imprint.slug == "imprint"


def test_header_magazine_link_follows_the_page_in_the_cms(client, home_page):
    """Header and footer link to the magazine page chosen in the CMS, wherever it moves; without one, no link."""
    assert 'href="/blog/"' in client.get("/").content.decode()
    magazine = BlogIndexPage.objects.get()
    magazine.slug = "magazine"
    magazine.save_revision().publish()
    html = client.get("/").content.decode()
    assert 'href="/magazine/"' in html and 'href="/blog/"' not in html

    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    links.magazine = None
    links.save()
    assert 'href="/magazine/"' not in client.get("/").content.decode()


def test_checkout_terms_links_come_from_the_site_links(home_page, rf):
    """The order button's acknowledgement links to the terms and withdrawal pages chosen in the CMS;
    an unpublished page loses its link rather than leading to a 404."""
    terms = home_page.add_child(instance=InfoPage(title="AGB", slug="agb", body="<p>AGB</p>"))
    withdrawal = home_page.add_child(instance=InfoPage(title="Widerruf", slug="widerruf", body="<p>14 Tage</p>"))
    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    links.terms, links.withdrawal = terms, withdrawal
    links.save()

    label = str(PlaceOrderForm(links=site_links(rf.get("/"))).fields["accept_terms"].label)
    assert 'href="/agb/"' in label and 'href="/widerruf/"' in label
    assert site_full_urls()["terms"] == "http://testserver/agb/"  # emails: absolute

    terms.unpublish()
    assert site_links(rf.get("/"))["terms"] == ""


def test_checkout_footer_lists_the_legal_pages(client, home_page, product):
    """The checkout's legal footer shows the chosen pages and leaves out those not chosen."""
    home_page.add_child(instance=InfoPage(title="Privacy", slug="privacy", body="<p>GDPR</p>"))
    client.post(f"/shop/basket/add/{product.pk}/", {"quantity": 1})
    html = client.get("/shop/checkout/", follow=True).content.decode()
    assert 'class="legal-links"' in html
    assert 'href="/privacy/">Privacy policy</a>' in html and 'href="/imprint/">Imprint</a>' in html
    assert "Terms and conditions</a>" not in html  # no terms page in this site


def test_json_ld_is_escaped_one_way_and_stays_valid():
    """{% json_ld %} writes the one JSON-LD script: markup in the data cannot end the element, and the
    JSON reads back unchanged."""
    data = {"@type": "Article", "headline": "</script><script>alert(1)</script> & <b>"}
    html = Template("{% load seo_tags %}{% json_ld data %}").render(Context({"data": data}))
    assert html.startswith('<script type="application/ld+json">') and html.count("</script>") == 1
    assert json.loads(html.removeprefix('<script type="application/ld+json">').removesuffix("</script>")) == data


def test_social_meta_tags_come_from_one_tag():
    """{% social_meta %} writes Open Graph and Twitter card tags, with an absolute image URL."""

    class Image:
        url, width, height = "/media/hero.jpg", 1200, 630

    request = RequestFactory().get("/")
    html = Template('{% load seo_tags %}{% social_meta "article" title "Why" "http://testserver/a/" image %}').render(
        Context({"request": request, "title": "Gut & skin", "image": Image(), "shop_name": "Florava"})
    )
    assert '<meta property="og:title" content="Gut &amp; skin">' in html
    assert '<meta property="og:image" content="http://testserver/media/hero.jpg">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_wagtail_is_the_only_page_system(client, home_page, superuser):
    """Flatpages neither serve a page nor appear in the dashboard or the Django admin."""
    FlatPage.objects.create(url="/about-us/", title="About", content="old page system").sites.add(
        DjangoSite.objects.get()
    )
    assert client.get("/about-us/").status_code == 404
    client.force_login(superuser)
    dashboard = client.get("/shop/dashboard/").content.decode()
    assert "/shop/dashboard/pages/" not in dashboard
    assert client.get("/shop/dashboard/pages/").status_code == 404
    assert client.get("/django-admin/flatpages/flatpage/").status_code == 404


def test_site_links_are_edited_in_the_cms(client, home_page, superuser):
    """Settings → Site links in the Wagtail admin shows a page chooser for each link and saves a new choice."""
    site = Site.objects.get(is_default_site=True)
    client.force_login(superuser)
    url = reverse("wagtailsettings:edit", args=["core", "sitelinks", site.pk])
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'name="magazine"' in html and 'name="withdrawal"' in html and 'name="imprint"' in html

    imprint = InfoPage.objects.get(slug="imprint")
    response = client.post(url, {"magazine": "", "imprint": imprint.pk})
    assert response.status_code == 302
    links = SiteLinks.objects.get(site=site)
    assert links.magazine is None and links.imprint == imprint
    assert 'href="/blog/"' not in client.get("/").content.decode()
