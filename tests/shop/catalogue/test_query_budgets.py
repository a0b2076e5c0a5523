"""SQL query budgets: pages cost the same number of queries for 1 or 50 products, 1 or 6 pack sizes.

Budgets include the site frame (session, basket middleware, header, footer pages): they are the
total a customer's request costs, measured on an anonymous request with an image on every product.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

LIST_BUDGET = 25
# +2 for "Read more in our magazine" (reference index, then the articles featuring the product).
DETAIL_BUDGET = 24


def count_queries(client, url):
    client.get(url)  # warm per-process caches (content types, site) so both runs measure the page alone
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


@pytest.fixture
def catalogue_of(make_probiotic, category, add_image):
    def make(count):
        gut = category("Gut health")
        for n in range(count):
            sizes = [(30, 12.6, "19.90", 5), (60, 25.2, "34.90", 5)] if n % 3 == 0 else None
            product = make_probiotic(f"Product {n}", sizes=sizes, categories=[gut])
            add_image(product)
        return gut

    return make


@pytest.mark.parametrize("count", [1, 50])
def test_product_list_budget(client, catalogue_of, settings, count, django_assert_max_num_queries):
    """The product list (with filters applied) stays within 25 queries for 1 and for 50 products per page."""
    settings.OSCAR_PRODUCTS_PER_PAGE = 50
    catalogue_of(count)
    url = reverse("catalogue:index") + "?vegan=on&sort=price-asc"
    client.get(url)
    with django_assert_max_num_queries(LIST_BUDGET):
        response = client.get(url)
    assert len(response.context["products"]) == count


def test_product_list_cost_does_not_grow_with_products(client, catalogue_of, settings):
    """50 products cost exactly as many queries as 1."""
    settings.OSCAR_PRODUCTS_PER_PAGE = 50
    gut = catalogue_of(1)
    one = count_queries(client, reverse("catalogue:index"))
    one_category = count_queries(client, gut.get_absolute_url())
    gut.delete()
    catalogue_of(50)
    assert count_queries(client, reverse("catalogue:index")) == one
    from shop.apps.catalogue.models import Category

    assert count_queries(client, Category.objects.get(name="Gut health").get_absolute_url()) == one_category


@pytest.mark.parametrize("sizes", [1, 6])
def test_product_detail_budget(client, make_probiotic, add_image, sizes, django_assert_max_num_queries):
    """The product page stays within 24 queries for a product with 1 and with 6 pack sizes."""
    product = make_probiotic(sizes=[(30 * (n + 1), 12.6 * (n + 1), f"{19 + 10 * n}.90", 5) for n in range(sizes)])
    add_image(product)
    client.get(product.get_absolute_url())
    with django_assert_max_num_queries(DETAIL_BUDGET):
        response = client.get(product.get_absolute_url())
    assert len(response.context["sizes"]) == sizes


def test_product_detail_cost_does_not_grow_with_sizes(client, make_probiotic):
    """Six pack sizes cost exactly as many queries as one."""
    one = make_probiotic("One", sizes=[(30, 12.6, "19.90", 5)])
    six = make_probiotic("Six", sizes=[(30 * (n + 1), 12.6 * (n + 1), f"{19 + 10 * n}.90", 5) for n in range(6)])
    assert count_queries(client, six.get_absolute_url()) == count_queries(client, one.get_absolute_url())
