"""Probiotic facts (days per pack, unit prices, CFU) and the one price display."""

from decimal import Decimal as D

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import RequestFactory
from oscar.core.loading import get_class
from wagtail.models import Site

from blog.models import InfoPage
from shop.apps.catalogue.facts import ProductFacts, format_cfu
from shop.apps.catalogue.offers import offer_for
from shop.core.models import SiteLinks

Selector = get_class("partner.strategy", "Selector")
B = 10**9


def test_days_per_pack_is_units_divided_by_daily_dose(make_probiotic):
    """60 capsules at 2 a day last 30 days; the daily dose reads "2 capsules"."""
    facts = ProductFacts(make_probiotic(units_per_pack=60, daily_dose=2))
    assert facts.days_per_pack == 30
    assert facts.daily_dose_display == "2 capsules"
    assert facts.pack_contents_display == "60 capsules"


def test_unit_price_per_kg_and_per_daily_dose(make_probiotic):
    """19.90 € for 12.6 g and 30 days: 1,579.37 €/kg and 0.66 € per daily dose (half up to the cent)."""
    product = make_probiotic(price="19.90", units_per_pack=30, daily_dose=1, net_content_g=12.6)
    offer = offer_for(Selector().strategy(), product)
    assert offer.price_per_kg == D("1579.37")
    assert offer.price_per_dose == D("0.66")


def test_no_unit_price_without_net_content(make_probiotic):
    """Without a net content the unit price is left out rather than guessed."""
    offer = offer_for(Selector().strategy(), make_probiotic(net_content_g=None))
    assert offer.price_per_kg is None


def test_total_cfu_is_the_sum_of_the_strains(make_probiotic):
    """Total CFU per daily dose is derived from the strain list, not typed twice."""
    product = make_probiotic(strains=[("Lactobacillus rhamnosus GG", 5 * B), ("Bifidobacterium lactis BB-12", 2 * B)])
    assert ProductFacts(product).total_cfu == 7 * B


@pytest.mark.parametrize(
    ("cfu", "text"),
    [(15 * B, "15 billion"), (2_500_000_000, "2,5 billion"), (100_000_000, "100 million"), (None, "")],
)
def test_cfu_in_words(cfu, text):
    """CFU read as billions/millions with a German decimal comma."""
    assert str(format_cfu(cfu)) == text


def test_dietary_badges_follow_the_boolean_attributes(make_probiotic):
    """Only flags set to True become badges, in a fixed order."""
    facts = ProductFacts(make_probiotic(vegan=True, lactose_free=False, gluten_free=True))
    assert [str(badge) for badge in facts.badges] == ["Vegan", "Gluten-free"]


def render_price(product):
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    request.strategy = Selector().strategy(request=request)
    template = Template("{% load catalogue_tags %}{% product_price product %}")
    return template.render(Context({"product": product, "request": request}))


def test_price_display_shows_gross_vat_note_unit_prices(make_probiotic, home_page):
    """The price include shows the German-formatted gross price, unit price per kg, price per dose and
    "incl. VAT, plus shipping" linking to the shipping page (the one chosen in the CMS's site links)."""
    home_page.add_child(instance=InfoPage(title="Shipping and payment", slug="delivery", body="<p>4,90 €</p>"))
    links = SiteLinks.for_site(Site.objects.get(is_default_site=True))
    links.shipping = InfoPage.objects.get(slug="delivery")
    links.save()
    html = render_price(make_probiotic(price="19.90"))
    assert "19,90\xa0€" in html
    assert "1.579,37\xa0€&nbsp;/&nbsp;1&nbsp;kg" in html
    assert "0,66\xa0€ per daily dose" in html
    assert 'href="/delivery/"' in html and "plus shipping" in html
    assert "Lowest price" not in html


def test_reduced_price_shows_the_30_day_lowest_price(make_probiotic):
    """After a reduction from 34.90 to 27.90 the old lowest price is struck through and named as such."""
    product = make_probiotic(price="34.90")
    record = product.stockrecords.get()
    record.price_changes.update(changed_at=record.date_created.replace(year=2020))
    record.price = D("27.90")
    record.save()
    html = render_price(product)
    assert '<s class="price__reference" aria-hidden="true">34,90\xa0€</s>' in html
    assert "Lowest price of the 30 days before the reduction: 34,90\xa0€" in html


def test_parent_price_is_from_its_cheapest_size(make_probiotic):
    """A parent's card says "from" the cheapest size, with that size's unit price."""
    parent = make_probiotic(sizes=[(30, 12.6, "19.90", 5), (90, 37.8, "47.90", 5)])
    html = render_price(parent)
    assert "from" in html and "19,90\xa0€" in html and "47,90" not in html
