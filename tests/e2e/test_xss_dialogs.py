"""Stored XSS in a real browser: payloads in every field staff, editors and customers write, then the
pages and back-office screens that show them are opened; no JavaScript dialog may fire.

The values are written straight into the database (as legacy data from before the sanitiser would
be), so what is tested is the rendering: escaping, the sanitising filter and the link filter. The
storefront runs under the enforcing CSP (a blocked payload would also fail the test through the
harness's CSP-violation watch); the dashboard and the CMS run under their looser policy, where
only the rendering keeps script out.
"""

import re

from django.contrib.auth import get_user_model
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import create_order
from playwright.sync_api import expect

from blog.models import ArticlePage, Author, HomePage
from shop.apps.catalogue.models import Category, Product, ProductCategory
from shop.users.demo import prepare_demo_login
from tests.shop.security.xss import PAYLOADS

from .screens import enter_two_factor_code

ShippingAddress = get_model("order", "ShippingAddress")
Country = get_model("address", "Country")
OrderNote = get_model("order", "OrderNote")

ALL = "".join(PAYLOADS)


def plant_payloads(shop):
    """Put the payloads into a product, a category, the home page, an author and an order."""
    product = shop.product
    category = Category.add_root(name=PAYLOADS[1], is_public=True)
    ProductCategory.objects.create(product=product, category=category)
    Product.objects.filter(pk=product.pk).update(title=PAYLOADS[0], description=ALL)
    Category.objects.filter(pk=category.pk).update(description=ALL)
    HomePage.objects.filter(pk=shop.home.pk).update(
        hero_heading=PAYLOADS[2][:120],
        hero_text=ALL,
        hero_cta_label=PAYLOADS[7][:60],
        hero_cta_url="javascript:alert(1)",
    )
    author = Author.objects.create(name=PAYLOADS[3], credentials=PAYLOADS[7], bio=ALL)
    article = ArticlePage.objects.live().first()
    ArticlePage.objects.filter(pk=article.pk).update(author=author)
    address = ShippingAddress.objects.create(
        first_name=PAYLOADS[0],
        last_name=PAYLOADS[1],
        line1=PAYLOADS[7],
        line4=PAYLOADS[9],
        postcode="10969",
        country=Country.objects.get(pk="DE"),
        notes=ALL,
    )
    order = create_order(shipping_address=address)
    OrderNote.objects.create(order=order, message=ALL)
    return {"product": product, "category": category, "article": article, "order": order}


def visit(page, path, dialogs):
    response = page.goto(path)
    assert response.status == 200, f"{path}: HTTP {response.status}"
    page.wait_for_load_state("load")
    # Hover and focus everything a payload could have attached a handler to.
    page.mouse.move(10, 10)
    page.mouse.move(600, 400)
    assert not dialogs, f"{path} fired JavaScript dialogs: {dialogs}"


def test_no_payload_runs_on_any_page_or_back_office_screen(page, shop):
    """Payload-filled product, category, home page, author and order are shown on the storefront,
    the magazine, the Oscar dashboard and the Wagtail admin to a superuser: no dialog fires."""
    planted = plant_payloads(shop)
    root = get_user_model().objects.create_superuser(email="root@florava.example", password="root-pass-123")
    prepare_demo_login(root)  # a confirmed TOTP device: the admin areas ask for its code
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))

    for path in ["/", shop.product_path, planted["category"].get_absolute_url(), planted["article"].url]:
        visit(page, path, dialogs)
    expect(page.locator("body")).to_contain_text("<script>alert(1)</script>")  # the author's name, as text

    page.goto("/shop/dashboard/")
    page.get_by_label("Email address").fill("root@florava.example")
    page.get_by_label("Password").fill("root-pass-123")
    page.get_by_role("button", name="Login").click()
    enter_two_factor_code(page, "root@florava.example")
    expect(page.get_by_role("heading", level=1)).to_have_text("Dashboard")
    order = planted["order"]
    for path in [
        reverse("dashboard:catalogue-product-list"),
        reverse("dashboard:catalogue-product", kwargs={"pk": shop.product.pk}),
        reverse("dashboard:catalogue-category-list"),
        reverse("dashboard:order-list"),
        reverse("dashboard:order-detail", args=[order.number]),
        "/cms/",
        reverse("wagtailadmin_pages:edit", args=[shop.home.pk]),
        reverse("wagtailsnippets_blog_author:list"),
        "/",
        shop.product_path,
    ]:
        visit(page, path, dialogs)
    expect(page).to_have_url(re.compile(re.escape(shop.product_path)))
