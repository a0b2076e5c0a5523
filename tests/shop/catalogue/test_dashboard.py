"""Staff edit prices, strains and VAT bands in Oscar's dashboard."""

from decimal import Decimal as D

from django.urls import reverse

from shop.apps.catalogue.models import ProductClass, Strain
from tests.forms import form_data

B = 10**9


def product_form(client, soup, product):
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    return url, form_data(soup(client.get(url)).select_one("form#create_update_product_form"))


def formset_errors(response):
    context = response.context or {}
    return {name: context[name].errors for name in context.keys() if name.endswith("_formset")}


def test_staff_reduce_a_price_and_the_shop_shows_the_30_day_lowest(client, shop_staff, make_probiotic, category, soup):
    """A staff member lowers the price in the product form; the product page then shows the reduction
    with the lowest price of the previous 30 days."""
    product = make_probiotic("Skin Balance", price="24.90", categories=[category("Skin")])
    client.force_login(shop_staff)
    url, data = product_form(client, soup, product)
    assert data["stockrecords-0-price"] == "24.90"
    data["stockrecords-0-price"] = "19.90"
    response = client.post(url, data)
    assert response.status_code == 302, formset_errors(response)
    record = product.stockrecords.get()
    assert (record.price, record.reference_price) == (D("19.90"), D("24.90"))
    page = soup(client.get(product.get_absolute_url()))
    price = page.select_one(".price").get_text(" ", strip=True).replace("\xa0", " ")
    assert "19,90 €" in price and "Lowest price of the 30 days before the reduction: 24,90 €" in price


def test_staff_edit_strains_with_cfu(client, shop_staff, make_probiotic, category, soup):
    """The product form's Strains tab adds a strain with its CFU to the product."""
    product = make_probiotic("Daily Gut", strains=[("Lactobacillus rhamnosus GG", 5 * B)], categories=[category("Gut")])
    bb12 = Strain.objects.create(genus="Bifidobacterium", species="lactis", designation="BB-12")
    client.force_login(shop_staff)
    url, data = product_form(client, soup, product)
    total = int(data["product_strains-TOTAL_FORMS"])
    data[f"product_strains-{total - 3}-strain"] = str(bb12.pk)
    data[f"product_strains-{total - 3}-cfu"] = str(2 * B)
    data[f"product_strains-{total - 3}-display_order"] = "1"
    response = client.post(url, data)
    assert response.status_code == 302, formset_errors(response)
    assert [(str(item.strain), item.cfu) for item in product.product_strains.all()] == [
        ("Lactobacillus rhamnosus GG", 5 * B),
        ("Bifidobacterium lactis BB-12", 2 * B),
    ]


def test_staff_set_the_vat_band_of_a_product_class(client, shop_staff, probiotic_class, soup):
    """The product class form has the VAT band; switching it changes the net/VAT split of its products."""
    client.force_login(shop_staff)
    url = reverse("dashboard:catalogue-class-update", kwargs={"pk": probiotic_class.pk})
    data = form_data(soup(client.get(url)).select_one("form#create_update_product_class_form"))
    assert data["vat_band"] == "reduced"
    data["vat_band"] = "standard"
    assert client.post(url, data).status_code == 302
    assert ProductClass.objects.get(pk=probiotic_class.pk).vat_rate == D("0.19")
