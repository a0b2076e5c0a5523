"""Product list, category pages and product page as a customer sees them."""

import json
from decimal import Decimal as D

import pytest
from django.urls import reverse

from shop.apps.shipping.zones import ensure_shipping_zones

B = 10**9


@pytest.fixture
def shop(make_probiotic, category):
    """Gut health (with a sub-category) and Skin; vegan and non-vegan, capsules and powder, one with sizes."""
    gut, skin = category("Gut health"), category("Skin")
    travel = category("Travel", parent=gut)
    return {
        "gut": gut,
        "skin_category": skin,
        "daily": make_probiotic(
            "Daily Gut",
            sizes=[(30, 12.6, "19.90", 50), (60, 25.2, "34.90", 3), (90, 37.8, "47.90", 0)],
            categories=[gut],
        ),
        "restore": make_probiotic("Gut Restore", price="29.90", form="powder", vegan=False, categories=[gut]),
        "travel": make_probiotic("Travel Guard", price="14.90", stock=0, categories=[travel]),
        "skin": make_probiotic("Skin Balance", price="24.90", lactose_free=True, categories=[skin]),
    }


def titles(soup, response):
    return [h.get_text(strip=True) for h in soup(response).select(".product-card__title")]


def test_list_shows_browsable_products_only(client, shop, soup, make_probiotic):
    """All public parents and standalone products are listed; pack sizes and hidden products are not."""
    hidden = make_probiotic("Hidden")
    hidden.is_public = False
    hidden.save()
    response = client.get(reverse("catalogue:index"))
    assert response.status_code == 200
    assert sorted(titles(soup, response)) == ["Daily Gut", "Gut Restore", "Skin Balance", "Travel Guard"]


def test_filter_vegan_gut_health(client, shop, soup):
    """Vegan + Gut health lists the vegan products of the category and its sub-categories."""
    response = client.get(reverse("catalogue:index"), {"category": shop["gut"].slug, "vegan": "on"})
    assert sorted(titles(soup, response)) == ["Daily Gut", "Travel Guard"]


def test_filter_by_form_and_lactose_free(client, shop, soup):
    """Form and lactose-free filter on the typed attributes."""
    assert titles(soup, client.get(reverse("catalogue:index"), {"form": "powder"})) == ["Gut Restore"]
    assert titles(soup, client.get(reverse("catalogue:index"), {"lactose_free": "on"})) == ["Skin Balance"]


def test_unknown_filter_values_are_ignored_with_a_notice(client, shop, soup):
    """form=banana is reported and ignored while vegan still filters; never an error page."""
    response = client.get(reverse("catalogue:index"), {"form": "banana", "vegan": "on", "sort": "cheapest"})
    assert response.status_code == 200
    assert "not understood" in response.content.decode()
    assert sorted(titles(soup, response)) == ["Daily Gut", "Skin Balance", "Travel Guard"]


def test_sort_by_price_uses_the_cheapest_size_of_parents(client, shop, soup):
    """Price sort ranks a parent by its cheapest size (19.90) among standalone prices."""
    asc = titles(soup, client.get(reverse("catalogue:index"), {"sort": "price-asc"}))
    assert asc == ["Travel Guard", "Daily Gut", "Skin Balance", "Gut Restore"]
    desc = titles(soup, client.get(reverse("catalogue:index"), {"sort": "price-desc"}))
    assert desc == list(reversed(asc))


def test_sort_newest_first(client, shop, soup):
    """Newest puts the product created last first."""
    assert titles(soup, client.get(reverse("catalogue:index"), {"sort": "newest"}))[0] == "Skin Balance"


@pytest.mark.parametrize("page", ["abc", "9999", "0"])
def test_bad_page_numbers_are_not_found(client, shop, page):
    """page=abc / 9999 / 0 answer 404 (a clear "not found"), never 500."""
    assert client.get(reverse("catalogue:index"), {"page": page}).status_code == 404


def test_pagination(client, shop, soup, settings):
    """With 2 per page the list has two pages and links to the next one keeping the filters."""
    settings.OSCAR_PRODUCTS_PER_PAGE = 2
    response = client.get(reverse("catalogue:index"), {"sort": "newest"})
    assert len(titles(soup, response)) == 2
    assert soup(response).select_one("a[rel=next]")["href"] == "?sort=newest&page=2"


def test_category_page_lists_its_tree_and_fixes_the_path(client, shop, soup):
    """The category page lists the category's and sub-categories' products; a wrong slug redirects."""
    url = shop["gut"].get_absolute_url()
    assert sorted(titles(soup, client.get(url))) == ["Daily Gut", "Gut Restore", "Travel Guard"]
    wrong = reverse("catalogue:category", kwargs={"category_slug": "nope", "pk": shop["gut"].pk})
    assert client.get(wrong).url == url


def test_unknown_category_and_product_are_not_found(client, db):
    """Unknown ids give 404."""
    assert client.get(reverse("catalogue:category", kwargs={"category_slug": "x", "pk": 999})).status_code == 404
    assert client.get(reverse("catalogue:detail", kwargs={"product_slug": "x", "pk": 999})).status_code == 404


def test_card_offers_add_to_basket_or_choose_size(client, shop, soup):
    """Standalone cards post to basket:add with a quantity; parents link to "Choose size"; sold out says so."""
    page = soup(client.get(reverse("catalogue:index")))
    cards = {
        card.select_one(".product-card__title").get_text(strip=True): card for card in page.select(".product-card")
    }
    form = cards["Skin Balance"].select_one("form.buy-form")
    assert form["action"] == reverse("basket:add", kwargs={"pk": shop["skin"].pk})
    assert form.select_one("input[name=quantity]")["value"] == "1"
    assert cards["Daily Gut"].select_one("a.button").get_text(strip=True) == "Choose size"
    assert cards["Travel Guard"].select_one("form") is None
    assert "Sold out" in cards["Travel Guard"].get_text()


def test_adding_from_a_card_puts_the_product_in_the_basket(client, shop):
    """Posting the card's form adds the quantity to the basket."""
    ensure_shipping_zones()  # the basket page estimates shipping: a shop has zones
    client.post(reverse("basket:add", kwargs={"pk": shop["skin"].pk}), {"quantity": 2})
    basket = client.get(reverse("basket:summary")).context["basket"]
    assert [(line.product, line.quantity) for line in basket.all_lines()] == [(shop["skin"], 2)]


def price_text(page):
    """The price block's text with non-breaking spaces read as spaces."""
    return page.select_one(".price").get_text(" ", strip=True).replace("\xa0", " ")


def detail_url(product, **query):
    url = product.get_absolute_url()
    return url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")


def test_detail_selects_the_cheapest_size_by_default(client, shop, soup):
    """Without ?size the cheapest available size is selected, with its own price, unit price and dose price."""
    page = soup(client.get(detail_url(shop["daily"])))
    assert page.select_one(".size-picker__option.is-selected strong").get_text(strip=True) == "30 days"
    price = price_text(page)
    assert "19,90 €" in price and "1.579,37 € / 1 kg" in price and "0,66 € per daily dose" in price
    assert "from" not in price


def test_switching_size_changes_price_unit_price_and_dose_price(client, shop, soup):
    """Picking the 60-day size shows 34.90, its own price per kg (25.2 g) and per dose, and its stock."""
    sixty = shop["daily"].children.get(title="60 units")
    page = soup(client.get(detail_url(shop["daily"], size=sixty.pk)))
    price = price_text(page)
    assert "34,90 €" in price and "1.384,92 € / 1 kg" in price and "0,58 € per daily dose" in price
    assert page.select_one(".stock").get_text(strip=True) == "Only 3 left"
    assert page.select_one("form.buy-form")["action"] == reverse("basket:add", kwargs={"pk": sixty.pk})


def test_sold_out_size_cannot_be_added(client, shop, soup):
    """The sold-out 90-day size shows "Sold out" and no buy-form form."""
    ninety = shop["daily"].children.get(title="90 units")
    page = soup(client.get(detail_url(shop["daily"], size=ninety.pk)))
    assert page.select_one(".stock").get_text(strip=True) == "Sold out"
    assert page.select_one("form.buy-form") is None


def test_unknown_size_is_not_found_and_child_urls_redirect(client, shop):
    """?size=<not a size of this product> is 404; a pack size's own URL redirects to its parent with it selected."""
    assert client.get(detail_url(shop["daily"], size=shop["skin"].pk)).status_code == 404
    assert client.get(detail_url(shop["daily"], size="abc")).status_code == 404
    child = shop["daily"].children.first()
    response = client.get(child.get_absolute_url())
    assert response.status_code == 301
    assert response.url == f"{shop['daily'].get_absolute_url()}?size={child.pk}"


def test_detail_shows_strains_facts_and_supplement_notices(client, make_probiotic, soup):
    """Strains with CFU, dose, days per pack, badges, intake/ingredients/allergens and the three notices."""
    product = make_probiotic(
        "Daily Gut",
        units_per_pack=60,
        daily_dose=2,
        strains=[("Lactobacillus rhamnosus GG", 5 * B), ("Bifidobacterium animalis BB-12", 2_500_000_000)],
        intake="Take two capsules with water.",
        ingredients="Bacterial cultures, HPMC.",
        allergens="None.",
        gluten_free=True,
    )
    page = soup(client.get(product.get_absolute_url()))
    strains = [row.get_text(" ", strip=True) for row in page.select(".facts-table--strains tbody tr")]
    assert strains == ["Lactobacillus rhamnosus GG 5 billion", "Bifidobacterium animalis BB-12 2,5 billion"]
    facts = page.select_one(".product-page__buy .facts-table").get_text(" ", strip=True)
    assert "7,5 billion CFU" in facts and "2 capsules" in facts and "30 days" in facts
    assert [b.get_text() for b in page.select(".product-page__buy .badge-diet")] == ["Vegan", "Gluten-free"]
    text = page.get_text(" ", strip=True)
    for expected in ("Take two capsules with water.", "Bacterial cultures, HPMC.", "None."):
        assert expected in text
    notices = page.select_one(".supplement-notice").get_text(" ", strip=True)
    assert "Do not exceed the recommended daily dose" in notices
    assert "not a substitute for a varied, balanced diet" in notices
    assert "Keep out of the reach of young children" in notices


def test_json_ld_and_open_graph(client, shop, soup):
    """The product page carries schema.org Product with one Offer per size (price, EUR, availability) and OG tags."""
    page = soup(client.get(detail_url(shop["daily"])))
    data = json.loads(page.select_one('script[type="application/ld+json"]').string)
    assert data["@type"] == "Product" and data["name"] == "Daily Gut"
    offers = {offer["price"]: offer for offer in data["offers"]}
    assert set(offers) == {"19.90", "34.90", "47.90"}
    assert {offer["priceCurrency"] for offer in offers.values()} == {"EUR"}
    assert offers["19.90"]["availability"] == "https://schema.org/InStock"
    assert offers["47.90"]["availability"] == "https://schema.org/OutOfStock"
    assert page.select_one('meta[property="og:type"]')["content"] == "product"
    assert page.select_one('meta[property="og:title"]')["content"] == "Daily Gut"
    assert page.select_one('meta[property="product:price:amount"]')["content"] == "19.90"


def test_json_ld_for_a_standalone_product(client, shop, soup):
    """A standalone product has a single Offer object."""
    page = soup(client.get(shop["travel"].get_absolute_url()))
    offer = json.loads(page.select_one('script[type="application/ld+json"]').string)["offers"]
    assert offer["price"] == "14.90" and offer["availability"] == "https://schema.org/OutOfStock"


def test_reduced_price_on_the_product_page(client, shop, soup):
    """After staff reduce a price, the page shows the new price and the 30-day lowest price struck through."""
    record = shop["skin"].stockrecords.get()
    record.price = D("19.90")
    record.save()
    price = price_text(soup(client.get(shop["skin"].get_absolute_url())))
    assert "19,90 €" in price and "Lowest price of the 30 days before the reduction: 24,90 €" in price
