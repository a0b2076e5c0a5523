"""Malformed input answers 4xx with a clear message, never a 500: NUL bytes, foreign or made-up ids,
absurd form counts, broken images, and rich text that links to a deleted product."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model
from PIL import Image
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from tests.blog.conftest import blog_index, make_article, product_link  # noqa: F401, F811  (fixtures)

Basket = get_model("basket", "Basket")
Country = get_model("address", "Country")
UserAddress = get_model("address", "UserAddress")


@pytest.mark.parametrize(
    "path",
    [
        "/shop/search/?q=pro%00biotic",
        "/blog/?category=gut%00",
        "/blog/?tag=skin%00",
        "/shop/catalogue/?category=x%00y",
        "/shop/accounts/order-status/?order_number=100%00042&email_address=a%40example.com",
        "/shop/dashboard/orders/?order_number=1%00",
        "/shop/catalogue/%00/",
    ],
)
def test_nul_byte_anywhere_in_the_query_answers_400(client, home_page, shop_staff, path):
    """PostgreSQL refuses NUL in text; the middleware refuses it first, with a message, on every page."""
    client.force_login(shop_staff)
    response = client.get(path)
    assert response.status_code == 400
    assert "a NUL byte" in response.content.decode()


def test_nul_byte_in_a_form_field_answers_400(client, home_page):
    response = client.post(reverse("customer:login"), {"login-username": "a\x00@example.com", "login_submit": "1"})
    assert response.status_code == 400
    assert "a NUL byte" in response.content.decode()


@pytest.fixture
def customer_at_address_step(client, customer, products, shipping_zones):
    client.force_login(customer)
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    return client


@pytest.mark.parametrize("address_id", ["foreign", "999999", "abc", "", "-1", "1.5"])
def test_saved_address_step_refuses_ids_that_are_not_the_customers(
    customer_at_address_step, home_page, django_user_model, address_id
):
    """Another customer's address, a made-up id or a non-number: 400 with a message, nothing stored."""
    if address_id == "foreign":
        other = django_user_model.objects.create_user(email="other@example.com", password="x-pass-123")
        address_id = str(
            UserAddress.objects.create(
                user=other,
                first_name="O",
                last_name="O",
                line1="Weg 1",
                line4="Köln",
                postcode="50667",
                country=Country.objects.get(pk="DE"),
            ).pk
        )
    response = customer_at_address_step.post(
        reverse("checkout:shipping-address"), {"action": "ship_to", "address_id": address_id}
    )
    assert response.status_code == 400
    assert "not one of your saved addresses" in response.content.decode()


def test_customer_can_still_ship_to_own_saved_address(customer_at_address_step, home_page, customer):
    address = UserAddress.objects.create(
        user=customer,
        first_name="C",
        last_name="C",
        line1="Gasse 2",
        line4="Berlin",
        postcode="10115",
        country=Country.objects.get(pk="DE"),
    )
    response = customer_at_address_step.post(
        reverse("checkout:shipping-address"), {"action": "ship_to", "address_id": address.pk}
    )
    assert response.status_code == 302
    assert response.url == reverse("checkout:shipping-method")


@pytest.mark.parametrize("total, initial", [("999999999", "1"), ("5", "5"), ("2", "999999999")])
def test_basket_formset_with_absurd_form_counts_changes_only_real_lines(
    client, home_page, products, shipping_zones, total, initial
):
    """Forged management-form counts: the basket's own line is updated, no 500, nothing else happens."""
    client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    line = client.get(reverse("basket:summary")).context["basket"].all_lines()[0]
    response = client.post(
        reverse("basket:summary"),
        {
            "form-TOTAL_FORMS": total,
            "form-INITIAL_FORMS": initial,
            "form-MIN_NUM_FORMS": "0",
            "form-MAX_NUM_FORMS": "1000",
            "form-0-id": line.pk,
            "form-0-quantity": "2",
            "form-1-id": "123456",
            "form-1-quantity": "5",
        },
    )
    assert response.status_code == 302
    line.refresh_from_db()
    assert line.quantity == 2
    assert line.basket.lines.count() == 1


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), (200, 30, 90)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.mark.parametrize("view", ["wagtailimages:add", "wagtailimages:add_multiple"])
def test_truncated_png_upload_is_refused_with_a_message(client, editor, view):
    """Half a PNG: the upload form says the file is damaged; no image is stored."""
    from wagtail.images.models import Image as WagtailImage

    client.force_login(editor)
    broken = SimpleUploadedFile("broken.png", png_bytes()[:120], content_type="image/png")
    fields = {"title": "Broken", "file": broken} if view == "wagtailimages:add" else {"files[]": broken}
    response = client.post(reverse(view), fields)
    assert response.status_code < 500
    assert "damaged or incomplete" in response.content.decode()
    assert not WagtailImage.objects.exists()


def test_whole_png_upload_still_works(client, editor):
    from wagtail.images.models import Image as WagtailImage

    client.force_login(editor)
    good = SimpleUploadedFile("good.png", png_bytes(), content_type="image/png")
    response = client.post(reverse("wagtailimages:add"), {"title": "Good", "file": good})
    assert response.status_code == 302
    assert WagtailImage.objects.get().width == 64


def test_article_linking_a_deleted_product_opens_in_the_editor_and_shows_plain_text(
    client,
    editor,
    make_article,  # noqa: F811
    products,
):
    """Delete a product an article links to: the editor opens (200), the link is plain text there and on the page."""
    gone = products[1]
    article = make_article("Skin and gut", body=[product_link(gone, words="our skin balance")])
    gone.delete()

    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[article.pk]))
    assert response.status_code == 200
    assert "our skin balance" in response.content.decode()

    page = client.get(article.url).content.decode()
    assert "our skin balance" in page
    assert 'class="product-link"' not in page


def test_dangling_product_link_becomes_plain_text_in_the_editor_state(products):
    """The editor state keeps the words and drops the entity; a live product keeps its link entity."""
    converter = ContentstateConverter(features=["bold", "link", "product-link"])
    kept = products[0].pk
    html = f'<p>Try <a linktype="product" id="987654">gone</a> and <a linktype="product" id="{kept}">kept</a>.</p>'
    state = json.loads(converter.from_database_format(html))
    (block,) = state["blocks"]
    assert block["text"] == "Try gone and kept."
    assert len(block["entityRanges"]) == 1
    assert block["entityRanges"][0]["offset"] == len("Try gone and ")
    assert [e["type"] for e in state["entityMap"].values()] == ["PRODUCT_LINK"]
