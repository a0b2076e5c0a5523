"""A guest orders with a German address and prepayment; the order, stock, payment record and email are right."""

from decimal import Decimal

from django.core import mail
from django.urls import reverse
from oscar.core.loading import get_model

from .conftest import GUEST_EMAIL, place_order, walk_to_preview

Order = get_model("order", "Order")
Source = get_model("payment", "Source")
Basket = get_model("basket", "Basket")


def test_guest_orders_two_products_with_prepayment(
    client, products, shipping_zones, settings, django_capture_on_commit_callbacks
):
    """The order waits for payment, stock is allocated, the page and the email show bank details and reference."""
    gut, skin = products
    preview = walk_to_preview(client, [(gut, 1), (skin, 1)])
    assert preview.status_code == 200
    assert "Order with obligation to pay" in preview.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = place_order(client)
    assert response.status_code == 302 and response["Location"] == reverse("checkout:thank-you")

    order = Order.objects.get()
    assert order.status == "Pending payment"
    assert order.guest_email == GUEST_EMAIL
    assert order.payment_method == "bank-transfer"
    assert order.shipping_code == "de-standard"
    # 12.95 + 24.90 = 37.85 is below the 40 € threshold: standard shipping costs 4.90.
    assert order.shipping_incl_tax == Decimal("4.90")
    assert order.total_incl_tax == Decimal("42.75")
    assert order.shipping_address.line1 == "Lindenstraße 5"
    source = Source.objects.get(order=order)
    assert source.amount_allocated == order.total_incl_tax and source.reference == order.number
    gut.stockrecords.get().refresh_from_db()
    assert gut.stockrecords.get().num_allocated == 1
    assert Basket.objects.get(pk=order.basket_id).status == Basket.SUBMITTED

    page = client.get(response["Location"]).content.decode()
    iban = settings.SHOP_BANK_ACCOUNT["iban"]
    assert iban in page and order.number in page and "42,75" in page

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == [GUEST_EMAIL]
    assert order.number in email.subject
    for text in (email.body, email.alternatives[0][0]):
        assert iban in text
        assert "42,75" in text
        assert "Florava Skin Balance" in text
        assert "withdraw" in text
        assert reverse("customer:anon-order", args=[order.number, order.verification_hash()]) in text


def test_free_standard_shipping_from_threshold(client, products, shipping_zones):
    """From 40 € in the basket, standard delivery in Germany is free."""
    gut, skin = products
    walk_to_preview(client, [(skin, 2)])
    place_order(client)
    assert Order.objects.get().shipping_incl_tax == Decimal("0.00")


def test_terms_must_be_accepted(client, products, shipping_zones):
    """Without the acknowledgement no order is placed; the summary says why and the basket stays."""
    walk_to_preview(client, [(products[0], 2)])
    response = client.post(reverse("checkout:preview"), {"action": "place_order"})
    assert response.status_code == 200
    assert "Please accept the terms and conditions" in response.content.decode()
    assert not Order.objects.exists()
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 2


def test_reloading_place_order_after_success_shows_the_same_order(client, products, shipping_zones):
    """Back button or reload re-posting "place order" leads to the order already placed, never a second one."""
    walk_to_preview(client, [(products[0], 1)])
    place_order(client)
    response = place_order(client)
    assert response.status_code == 302 and response["Location"] == reverse("checkout:thank-you")
    assert Order.objects.count() == 1
    assert Source.objects.count() == 1


def test_express_and_eu_methods_by_country(client, products, shipping_zones):
    """Germany gets standard and express; Austria only EU standard, with a 4-digit postcode."""
    walk_to_preview(client, [(products[0], 1)], method_code="de-express")
    place_order(client)
    assert Order.objects.get().shipping_incl_tax == Decimal("12.90")

    client.cookies.clear()
    walk_to_preview(
        client,
        [(products[0], 1)],
        address={"country": "AT", "postcode": "1010", "line4": "Wien"},
        method_code="eu-standard",
    )
    response = client.get(reverse("checkout:shipping-method"))
    # With a single method for Austria the step is skipped straight on.
    assert response.status_code == 302
    place_order(client)
    assert Order.objects.order_by("pk").last().shipping_code == "eu-standard"


def test_german_method_refused_for_austrian_address(client, products, shipping_zones):
    """A tampered method code for a country it does not serve is refused."""
    walk_to_preview(
        client,
        [(products[0], 1)],
        address={"country": "AT", "postcode": "1010", "line4": "Wien"},
        method_code="eu-standard",
    )
    response = client.post(reverse("checkout:shipping-method"), {"method_code": "de-standard"})
    assert response.status_code in (200, 302)
    place_order(client)
    assert Order.objects.get().shipping_code == "eu-standard"


def test_vat_breakdown_per_rate_with_shipping_split(shipping_zones, client):
    """7 % and 19 % goods: VAT per rate, shipping VAT split by the goods' shares, adding up to the order's tax."""
    from oscar.core.loading import get_model
    from oscar.test.factories import create_product

    from shop.apps.checkout.placement import place_order_once
    from shop.apps.order.vat import vat_breakdown

    from .conftest import make_basket, order_kwargs

    ProductClass = get_model("catalogue", "ProductClass")
    capsules = create_product(title="Capsules", price="10.70", num_in_stock=5, product_class="Supplements")
    ProductClass.objects.filter(name="Supplements").update(vat_band="reduced")
    shaker = create_product(title="Shaker", price="11.90", num_in_stock=5, product_class="Accessories")
    ProductClass.objects.filter(name="Accessories").update(vat_band="standard")

    order, _created = place_order_once(**order_kwargs(make_basket((capsules, 1), (shaker, 1))))
    rows = vat_breakdown(order.lines.all(), order.shipping_incl_tax)

    assert [(row.percent, row.gross, row.tax) for row in rows] == [
        (7, Decimal("13.02"), Decimal("0.85")),  # 10.70 goods (0.70 VAT) + 2.32 shipping (0.15 VAT)
        (19, Decimal("14.48"), Decimal("2.31")),  # 11.90 goods (1.90 VAT) + 2.58 shipping (0.41 VAT)
    ]
    assert sum(row.tax for row in rows) == order.total_incl_tax - order.total_excl_tax
    assert sum(row.gross for row in rows) == order.total_incl_tax
