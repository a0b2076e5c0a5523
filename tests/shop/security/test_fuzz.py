"""Fuzz: 1,000+ generated requests with nasty values across the shop's forms and filters, 0 server errors.

A seeded generator (same requests every run; change ``SEED`` to explore) posts NUL bytes, huge and
negative numbers, unicode, overlong strings, wrong types (lists, missing fields) and foreign or made-up
ids to the basket, vouchers, checkout, search, filters, account and dashboard forms, as a guest, a
customer and shop staff. Run it on PostgreSQL too: NUL handling differs there.
"""

import random

import pytest
from django.test import Client
from django.urls import reverse
from oscar.core.loading import get_model
from oscar.test.factories import create_voucher

from shop.apps.checkout.placement import place_order_once
from tests.shop.checkout.conftest import make_basket, order_kwargs

SEED = 20261127
REQUESTS = 1_000

NASTY = [
    "",
    " ",
    "\x00",
    "1\x00",
    "%00",
    "0",
    "-1",
    "-999999999999",
    "99999999999999999999999999",
    "9223372036854775808",
    "1e309",
    "NaN",
    "1.5",
    "0x1F",
    "١٢٣",
    "ünïcødé ✓ 𝔘𝔫𝔦",
    "\u202eevil",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "A" * 5000,
    "[]",
    "{}",
    "null",
    "true",
    "a@b",
    "x@example.com",
    "2026-13-45",
    "DE",
    "ZZ",
]


def nasty(rng, foreign_ids=()):
    roll = rng.random()
    if roll < 0.1 and foreign_ids:
        return str(rng.choice(foreign_ids))
    if roll < 0.15:
        return [rng.choice(NASTY), rng.choice(NASTY)]  # a list where one value is expected
    return rng.choice(NASTY)


def fields(rng, names, foreign_ids=()):
    """Some of the form's fields (a missing field is a case too), each with a nasty value."""
    return {name: nasty(rng, foreign_ids) for name in names if rng.random() < 0.85}


@pytest.fixture
def world(home_page, products, shipping_zones, customer, shop_staff, django_user_model):
    """A guest, a customer with a basket line and an order, staff, and another customer's ids to forge."""
    voucher = create_voucher(code="FUZZ10")
    other = django_user_model.objects.create_user(email="other@example.com", password="pass-123-word")
    Country = get_model("address", "Country")
    others_address = get_model("address", "UserAddress").objects.create(
        user=other,
        first_name="O",
        last_name="O",
        line1="Weg 1",
        line4="Köln",
        postcode="50667",
        country=Country.objects.get(pk="DE"),
    )
    others_order, _ = place_order_once(**order_kwargs(make_basket((products[1], 1), owner=other)))
    own_order, _ = place_order_once(**order_kwargs(make_basket((products[0], 1), owner=customer)))

    clients = {"guest": Client(raise_request_exception=False)}
    for name, user in (("customer", customer), ("staff", shop_staff)):
        clients[name] = Client(raise_request_exception=False)
        clients[name].force_login(user)
    for client in clients.values():
        client.post(reverse("basket:add", args=[products[0].pk]), {"quantity": 1})
    foreign = [others_address.pk, others_order.pk, other.pk, 987654321, products[1].pk, voucher.pk]
    return {
        "clients": clients,
        "products": products,
        "foreign": foreign,
        "orders": [own_order.number, others_order.number],
    }


def requests(rng, world):
    """Endless (who, method, path, data) tuples over the site's forms and filters."""
    products, foreign = world["products"], world["foreign"]
    product = products[0]
    while True:
        who = rng.choice(["guest", "customer", "staff"])
        pick = rng.randrange(16)
        any_id = rng.choice([*foreign, product.pk, 0, 2**31, 2**63])
        if pick == 0:
            yield who, "get", reverse("search:search"), fields(rng, ["q", "page"])
        elif pick == 1:
            yield who, "get", reverse("catalogue:index"), fields(rng, ["category", "page", "sort_by", "q"])
        elif pick == 2:
            yield who, "get", "/blog/", fields(rng, ["category", "tag", "page"])
        elif pick == 3:
            yield who, "get", product.get_absolute_url(), fields(rng, ["size"], foreign)
        elif pick == 4:
            path = reverse("basket:add", args=[rng.choice([product.pk, any_id])])
            yield who, "post", path, fields(rng, ["quantity", "child_id"], foreign)
        elif pick == 5:
            data = fields(
                rng,
                [
                    "form-TOTAL_FORMS",
                    "form-INITIAL_FORMS",
                    "form-MIN_NUM_FORMS",
                    "form-MAX_NUM_FORMS",
                    "form-0-id",
                    "form-0-quantity",
                    "form-0-DELETE",
                    "form-0-save_for_later",
                    "form-1-id",
                ],
                foreign,
            )
            yield who, "post", reverse("basket:summary"), data
        elif pick == 6:
            yield who, "post", reverse("basket:vouchers-add"), fields(rng, ["code"])
        elif pick == 7:
            yield who, "post", reverse("basket:vouchers-remove", args=[any_id]), {}
        elif pick == 8:
            yield who, "post", reverse("checkout:index"), fields(rng, ["username", "password", "options"])
        elif pick == 9:
            names = [
                "first_name",
                "last_name",
                "line1",
                "line2",
                "postcode",
                "line4",
                "country",
                "phone_number",
                "notes",
                "address_id",
                "action",
            ]
            yield who, "post", reverse("checkout:shipping-address"), fields(rng, names, foreign)
        elif pick == 10:
            yield who, "post", reverse("checkout:shipping-method"), fields(rng, ["method_code"])
        elif pick == 11:
            names = [
                "login-username",
                "login-password",
                "login_submit",
                "registration-email",
                "registration-password1",
                "registration-password2",
                "registration_submit",
            ]
            yield who, "post", reverse("customer:login"), fields(rng, names)
        elif pick == 12:
            yield who, "post", reverse("password-reset"), fields(rng, ["email"])
        elif pick == 13:
            names = ["first_name", "last_name", "line1", "postcode", "line4", "country", "phone_number"]
            yield "customer", "post", reverse("customer:address-create"), fields(rng, names)
        elif pick == 14:
            yield (
                "customer",
                "get",
                reverse("customer:order-list"),
                fields(rng, ["order_number", "date_from", "date_to", "page"]),
            )
        else:
            names = [
                "order_number",
                "name",
                "product_title",
                "upc",
                "partner_sku",
                "status",
                "date_from",
                "date_to",
                "voucher",
                "payment_method",
                "response_format",
                "page",
                "sort",
            ]
            yield "staff", "get", reverse("dashboard:order-list"), fields(rng, names)


def test_fuzzed_requests_never_get_a_server_error(world, settings):
    """1,000 generated requests: every answer is below 500 (a refusal with a message is fine)."""
    settings.SHOP_ACCOUNT_REQUESTS_PER_IP_PER_HOUR = 10**6  # the limits are tested elsewhere; fuzz the forms
    rng = random.Random(SEED)
    failures, sent, statuses = [], 0, {}
    for who, method, path, data in requests(rng, world):
        client = world["clients"][who]
        response = getattr(client, method)(path, data)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        if response.status_code >= 500:
            failures.append((who, method, path, {k: (v[:40] if isinstance(v, str) else v) for k, v in data.items()}))
        sent += 1
        if sent == REQUESTS:
            break
    assert sent == REQUESTS
    assert len(statuses) > 3  # the requests reached the views, not only the NUL check
    assert failures == [], f"{len(failures)} server errors, first: {failures[:5]}"
