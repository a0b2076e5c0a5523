"""Stored XSS: every payload posted through every field staff, editors and customers write is stored
and rendered without executable markup (on the storefront, the magazine, the dashboard and the CMS)."""

import json

import pytest
from bs4 import BeautifulSoup
from django.apps import apps as django_apps
from django.db.models.signals import pre_save
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import create_product
from wagtail.blocks import StreamValue
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from blog.blocks import ReferenceBlock
from blog.models import ArticlePage, Author, BlogIndexPage, HomePage
from shop.apps.catalogue.models import Category, Product, ProductCategory
from shop.security.html import SANITISED_HTML_FIELDS, clean_html, sanitise_fields, validate_safe_url
from tests.forms import form_data
from tests.shop.checkout.conftest import GERMAN_ADDRESS, GUEST_EMAIL, place_order, walk_to_preview
from tests.shop.checkout.conftest import shipping_zones as shipping_zones  # noqa: F401  (fixture)

from .xss import PAYLOADS, assert_clean, assert_stored_clean, executable_markup

Order = get_model("order", "Order")
UserAddress = get_model("address", "UserAddress")


def errors(response):
    """Form and formset errors of a re-rendered form, for a failing assertion's message."""
    context = response.context or {}
    found = {
        name: getattr(context[name], "errors", None) for name in context.keys() if name.endswith(("form", "formset"))
    }
    found.update(
        non_form=[getattr(context[n], "non_form_errors", list)() for n in context.keys() if n.endswith("formset")]
    )
    return {name: value for name, value in found.items() if value and any(value)}


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def contentstate(text, url):
    """What Wagtail's rich-text editor (Draftail) posts: ``text`` as one paragraph, linked to ``url``."""
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "xss01",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": len(text), "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"url": url}}},
        }
    )


@pytest.fixture
def staff_client(client, shop_staff):
    client.force_login(shop_staff)
    return client


@pytest.fixture
def superuser_client(superuser):
    from django.test import Client

    client = Client()
    client.force_login(superuser)
    return client


# --- Staff: Oscar's dashboard -----------------------------------------------------------------------


@pytest.mark.django_db
def test_product_title_and_description_from_the_dashboard(staff_client, superuser_client):
    """Each payload as a product's title and description through the dashboard's product form: the
    stored description is sanitised, and neither the product page nor the superuser's dashboard
    screens (product list, product form) render executable markup."""
    product = create_product(title="Daily Gut", price="12.95", num_in_stock=5)
    ProductCategory.objects.create(product=product, category=Category.add_root(name="Gut", is_public=True))
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    for payload in PAYLOADS:
        data = form_data(soup(staff_client.get(url)).select_one("form#create_update_product_form"))
        data.update(title=payload[:255], description=f"<p>Gut {payload}</p>")
        response = staff_client.post(url, data)
        assert response.status_code == 302, errors(response)
        product.refresh_from_db()
        assert product.title == payload[:255].strip()
        assert_stored_clean(product.description, f"product description {payload!r}")
        assert_clean(staff_client.get(product.get_absolute_url()), f"product page with {payload!r}")
        assert_clean(superuser_client.get(reverse("dashboard:catalogue-product-list")), "dashboard product list")
        assert_clean(superuser_client.get(url), "dashboard product form")


@pytest.mark.django_db
def test_category_name_and_description_from_the_dashboard(staff_client, superuser_client):
    """Each payload as a category's name and description through the dashboard's category form."""
    category = Category.add_root(name="Gut", is_public=True)
    url = reverse("dashboard:catalogue-category-update", kwargs={"pk": category.pk})
    for payload in PAYLOADS:
        data = form_data(soup(staff_client.get(url)).select_one("form#create_update_category_form, form.form-stacked"))
        data.update(name=payload[:255], description=f"<p>{payload}</p>")
        response = staff_client.post(url, data)
        assert response.status_code == 302, errors(response)
        category.refresh_from_db()
        assert category.name == payload[:255].strip()
        assert_stored_clean(category.description, f"category description {payload!r}")
        assert_clean(staff_client.get(category.get_absolute_url()), f"category page with {payload!r}")
        assert_clean(superuser_client.get(reverse("dashboard:catalogue-category-list")), "dashboard category list")


@pytest.mark.django_db
@pytest.mark.parametrize("label", sorted(SANITISED_HTML_FIELDS))
def test_every_staff_html_field_is_sanitised_on_save(label):
    """Every model field that holds staff-written HTML (offers, ranges, shipping methods, flat pages,
    rich-text attributes, …) drops script on save, whichever form or code saves it."""
    model = django_apps.get_model(label)
    assert sanitise_fields in pre_save._live_receivers(model)[0]
    instance = model()
    for field in SANITISED_HTML_FIELDS[label]:
        setattr(instance, field, "".join(PAYLOADS))
    sanitise_fields(sender=model, instance=instance)
    for field in SANITISED_HTML_FIELDS[label]:
        assert_stored_clean(getattr(instance, field), f"{label}.{field}")


@pytest.mark.django_db
def test_legacy_html_stored_before_the_sanitiser_is_cleaned_by_the_migration_and_on_render(client):
    """Descriptions written before the sanitiser (straight into the database) are cleaned by the
    data migration, and the product and category pages sanitise them on render in any case."""
    from importlib import import_module

    migration = import_module("shop.core.migrations.0003_sanitise_stored_html")
    product = create_product(title="Legacy", price="9.95", num_in_stock=5)
    category = Category.add_root(name="Legacy", is_public=True)
    raw = "<p>Old</p>" + "".join(PAYLOADS)
    Product.objects.filter(pk=product.pk).update(description=raw)
    Category.objects.filter(pk=category.pk).update(description=raw)
    assert_clean(client.get(product.get_absolute_url()), "product page with legacy description")
    assert_clean(client.get(category.get_absolute_url()), "category page with legacy description")

    migration.sanitise_stored_html(django_apps, None)
    product.refresh_from_db()
    category.refresh_from_db()
    assert product.description == clean_html(raw) and "<p>Old</p>" in product.description
    assert_stored_clean(product.description, "migrated product description")
    assert_stored_clean(category.description, "migrated category description")


@pytest.mark.django_db
def test_order_notes_from_the_dashboard(staff_client, superuser_client, shipping_zones, client):  # noqa: F811
    """Each payload as a staff note on an order: the order page in the dashboard stays clean."""
    product = create_product(title="Daily Gut", price="12.95", num_in_stock=50)
    walk_to_preview(client, [(product, 1)])
    place_order(client)
    order = Order.objects.get()
    url = reverse("dashboard:order-detail", args=[order.number])
    for payload in PAYLOADS:
        response = staff_client.post(url, {"order_action": "save_note", "message": payload})
        assert response.status_code == 302
    assert order.notes.count() == len(PAYLOADS)
    assert_clean(superuser_client.get(url), "dashboard order page with notes")


# --- Customers: addresses ---------------------------------------------------------------------------


def address_with(payloads):
    """A German address whose free-text fields carry ``payloads`` (postcode and country stay valid)."""
    fields = ["first_name", "last_name", "line1", "line2", "line4", "notes", "phone_number"]
    address = dict(GERMAN_ADDRESS)
    for field, payload in zip(fields[:-1], payloads, strict=False):
        address[field] = payload
    return address


@pytest.mark.django_db
def test_checkout_addresses_and_delivery_notes(client, superuser_client, shipping_zones):  # noqa: F811
    """Payloads as a guest's name, street, town and delivery notes: the checkout's summary, the
    thank-you page, the order status page and the superuser's order screens render them inertly."""
    product = create_product(title="Daily Gut", price="12.95", num_in_stock=50)
    chunks = [PAYLOADS[start : start + 6] for start in range(0, len(PAYLOADS), 6)]
    for number, chunk in enumerate(chunks, start=1):
        client.cookies.clear()
        preview = walk_to_preview(client, [(product, 1)], address=address_with(chunk))
        assert_clean(preview, "checkout summary")
        response = place_order(client)
        assert response.status_code == 302
        assert_clean(client.get(response["Location"]), "thank-you page")
        order = Order.objects.order_by("-pk").first()
        assert order.shipping_address.first_name == chunk[0].strip()
        assert Order.objects.count() == number
        assert_clean(superuser_client.get(reverse("dashboard:order-detail", args=[order.number])), "dashboard order")
        status = reverse(
            "customer:anon-order", kwargs={"order_number": order.number, "hash": order.verification_hash()}
        )
        response = client.get(status)
        if response.status_code == 302:  # Oscar asks for the order's email address first
            client.post(response["Location"], {"email": GUEST_EMAIL})
            response = client.get(status)
        assert_clean(response, "order status page")
    assert_clean(superuser_client.get(reverse("dashboard:order-list")), "dashboard order list")


@pytest.mark.django_db
def test_account_address_book(client, customer, superuser_client):
    """Payloads in a customer's address book: the address list renders them as text."""
    client.force_login(customer)
    from shop.apps.shipping.zones import ensure_shipping_zones

    ensure_shipping_zones()
    for start in range(0, len(PAYLOADS), 6):
        response = client.post(reverse("customer:address-create"), address_with(PAYLOADS[start : start + 6]))
        assert response.status_code == 302, errors(response)
    assert UserAddress.objects.filter(user=customer).count() == 4
    assert_clean(client.get(reverse("customer:address-list")), "account address book")
    assert_clean(superuser_client.get(reverse("dashboard:user-detail", args=[customer.pk])), "dashboard customer")


# --- Editors: Wagtail pages, blocks, snippets ---------------------------------------------------------


def home_form(page, payload, url):
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "hero_heading": payload[:120],
            "hero_text": payload,
            "hero_cta_label": payload[:60],
            "hero_cta_url": url,
            "featured_products": streamfield([]),
            "category_teasers": inline_formset([]),
            "body": contentstate(payload, url),
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


@pytest.mark.django_db
def test_home_page_hero_fields_and_rich_text(client, editor, home_page):
    """Payloads as the home page's hero heading, text, button label and rich-text body (with a link to
    the payload): the published page renders none as markup. The button link takes http(s) and
    relative links only: ``javascript:`` and ``data:`` are refused with a message."""
    editor_client = type(client)()
    editor_client.force_login(editor)
    url = reverse("wagtailadmin_pages:edit", args=[home_page.pk])
    for payload in PAYLOADS:
        response = editor_client.post(url, home_form(home_page, payload, "/shop/"))
        assert response.status_code == 302, errors(response)
        page = HomePage.objects.get(pk=home_page.pk)
        assert page.hero_text == payload.strip()
        assert_stored_clean(page.body, f"home page body {payload!r}")
        assert_clean(client.get("/"), f"home page with {payload!r}")
        assert_clean(editor_client.get(url), "home page editor")

    for bad in ["javascript:alert(1)", " JaVa\tScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>"]:
        response = editor_client.post(url, home_form(home_page, "Hello", bad))
        assert response.status_code == 200
        assert "Enter a link starting with / (a page of this site) or with http:// or https://." in (
            response.content.decode()
        )
        assert HomePage.objects.get(pk=home_page.pk).hero_cta_url == "/shop/"


@pytest.mark.django_db
def test_legacy_javascript_hero_link_is_not_rendered(client, home_page):
    """A javascript: link stored before the validator (or restored from an old revision) gives no button."""
    HomePage.objects.filter(pk=home_page.pk).update(hero_cta_url="javascript:alert(1)", hero_cta_label="Go")
    response = client.get("/")
    assert_clean(response, "home page with a legacy javascript: link")
    assert "Go</a>" not in response.content.decode()


def test_url_validator_allows_only_http_and_relative_links():
    """The link validator accepts relative and http(s) links and refuses every other scheme."""
    from django.core.exceptions import ValidationError

    for good in ["/shop/", "https://florava.example/x", "http://a.example", "#top", "page/", "?q=1"]:
        validate_safe_url(good)
    for bad in ["javascript:alert(1)", "JAVASCRIPT:x", "\tjava\nscript:x", "data:text/html,x", "vbscript:x", "/\\x"]:
        with pytest.raises(ValidationError):
            validate_safe_url(bad)


@pytest.mark.django_db
def test_article_stream_blocks_and_snippets(client, editor, home_page, superuser_client):
    """Payloads in every text block of an article (heading, paragraph with a link, quote, callout,
    shop-the-article, disclaimer) and in the author snippet (name, credentials, biography): the
    article, the magazine and the snippet screens render them inertly."""
    editor_client = type(client)()
    editor_client.force_login(editor)
    blog = BlogIndexPage.objects.get()
    author_add = reverse("wagtailsnippets_blog_author:add")
    for number, payload in enumerate(PAYLOADS):
        response = editor_client.post(author_add, {"name": payload[:120], "credentials": payload[:160], "bio": payload})
        assert response.status_code == 302, errors(response)
        author = Author.objects.order_by("-pk").first()
        article = ArticlePage(title=f"Article {number}", slug=f"article-{number}", teaser="Teaser")
        article.body = StreamValue(article.body.stream_block, [], is_lazy=True)
        blog.add_child(instance=article)
        data = nested_form_data(
            {
                "title": payload[:255],
                "slug": f"article-{number}",
                "original_title": payload[:160],
                "teaser": payload,
                "author": author.pk,
                "date": "2026-01-15",
                "tags": "",
                "body": streamfield(
                    [
                        ("heading", {"text": payload[:120], "level": "h2"}),
                        ("paragraph", contentstate(payload, payload)),
                        ("quote", {"quote": payload, "attribution": payload[:160]}),
                        ("callout", {"kind": "tip", "title": payload[:120], "text": contentstate(payload, "/x")}),
                        ("shop_the_article", {"heading": payload[:120], "text": payload}),
                        ("disclaimer", {"text": payload}),
                    ]
                ),
                "related_products": inline_formset([]),
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        )
        response = editor_client.post(reverse("wagtailadmin_pages:edit", args=[article.pk]), data)
        assert response.status_code == 302, errors(response)
        article = ArticlePage.objects.get(pk=article.pk)
        assert article.live and article.title == payload[:255].strip()
        assert_clean(client.get(article.url), f"article with {payload!r}")
        assert_clean(editor_client.get(reverse("wagtailadmin_pages:edit", args=[article.pk])), "article editor")
    assert_clean(client.get(blog.url), "magazine index")
    assert_clean(superuser_client.get(reverse("wagtailsnippets_blog_author:list")), "author snippets")
    assert_clean(superuser_client.get(reverse("wagtailadmin_explore", args=[blog.pk])), "page explorer")
    assert Page.objects.type(ArticlePage).count() == len(PAYLOADS)


def test_reference_links_take_web_addresses_only():
    """The reference block's URL refuses javascript: and data: links (Django's URL validator)."""
    from django.core.exceptions import ValidationError

    block = ReferenceBlock()
    for bad in ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>"]:
        with pytest.raises(ValidationError):
            block.child_blocks["url"].clean(bad)


def test_the_checker_finds_what_it_must():
    """The executable-markup check itself: it flags each kind of payload when rendered raw."""
    for payload in ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="javascript:x">a</a>']:
        assert executable_markup(f"<div>{payload}</div>")
    assert executable_markup('<a href="data:text/html,x">a</a>')
    assert executable_markup('<iframe src="/x?alert(1)"></iframe>')
    assert not executable_markup('<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="/shop/">ok</a></p>')
