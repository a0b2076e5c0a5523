"""Staff, editors and superusers reach /shop/dashboard/, /cms/ and /django-admin/ only after a TOTP code."""

import re

import pytest
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.two_factor import current_code, totp_device

PASSWORD = "pass-123-word"

# area -> (login URL name, a page inside the area, who may use it)
AREAS = {
    "dashboard": ("dashboard:login", "/shop/dashboard/", "shop_staff"),
    "cms": ("wagtailadmin_login", "/cms/", "editor"),
    "django-admin": ("admin:login", "/django-admin/", "superuser"),
}


def password_login(client, url_name, user):
    response = client.post(reverse(url_name), {"username": user.email, "password": PASSWORD})
    assert "_auth_user_id" in client.session, response.content.decode()[:500]


@pytest.mark.parametrize("area", list(AREAS))
def test_password_alone_does_not_open_an_admin_area(client, home_page, request, area):
    """After the password, the area sends a user with a device to the code page; the right code opens it."""
    login_url, inside, who = AREAS[area]
    user = request.getfixturevalue(who)
    device = totp_device(user)
    password_login(client, login_url, user)

    response = client.get(inside)
    assert response.status_code == 302
    assert response.url.startswith(reverse("two_factor:verify"))

    wrong = client.post(response.url, {"token": "000000" if current_code(device) != "000000" else "111111"})
    assert "That code is not right" in wrong.content.decode()
    assert client.get(inside).status_code == 302

    device.refresh_from_db()
    device.throttling_failure_count = 0  # the wrong code above started django-otp's back-off
    device.save()
    right = client.post(response.url, {"token": current_code(device), "next": inside})
    assert right.status_code == 302
    assert right.url == inside
    assert client.get(inside).status_code == 200


@pytest.mark.parametrize("area", list(AREAS))
def test_first_admin_login_sets_up_a_device(client, home_page, request, area):
    """Without a device, the area sends the user to set one up: QR code (inline SVG) and key, then one code."""
    login_url, inside, who = AREAS[area]
    user = request.getfixturevalue(who)
    password_login(client, login_url, user)

    response = client.get(inside, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0].startswith(reverse("two_factor:setup"))
    assert "<svg" in html and "Set up two-factor login" in html
    assert not re.search(r"<(img|script)[^>]+https?://", html)  # drawn here, no outside service
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = re.search(r"data-totp-secret>([A-Z2-7 ]+)<", html).group(1).replace(" ", "")
    assert secret in device.config_url

    done = client.post(response.redirect_chain[-1][0], {"token": current_code(device), "next": inside})
    assert done.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get(inside).status_code == 200


def test_setup_is_closed_once_a_device_exists(client, home_page, shop_staff):
    """Someone with a stolen password cannot enrol a second device: setup redirects to the code page."""
    totp_device(shop_staff)
    password_login(client, "dashboard:login", shop_staff)
    response = client.get(reverse("two_factor:setup"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("two_factor:verify"))
    assert TOTPDevice.objects.filter(user=shop_staff).count() == 1


def test_customers_are_not_asked_for_a_code(client, home_page, customer):
    """Customers never see the second step: the shop works, and admin areas refuse them as before."""
    client.force_login(customer)
    assert client.get(reverse("customer:profile-view")).status_code == 200
    response = client.get("/shop/dashboard/")
    assert response.status_code == 403  # Oscar's own refusal, not the code page
    response = client.get("/cms/")
    assert response.status_code == 302
    assert not response.url.startswith("/two-factor/")


def test_demo_accounts_have_the_documented_key(db, django_user_model):
    """``load_demo_data`` gives admin-area demo accounts the README's TOTP key and confirms every demo address."""
    from base64 import b32decode

    from shop.core.demo import load_users
    from shop.users.demo import DEMO_TOTP_SECRET

    load_users(stdout=type("Quiet", (), {"write": lambda self, text: None})())
    for email in ("admin@florava.example", "editor@florava.example", "staff@florava.example"):
        device = TOTPDevice.objects.get(user__email=email, confirmed=True)
        assert device.bin_key == b32decode(DEMO_TOTP_SECRET)
    customer = django_user_model.objects.get(email="customer@florava.example")
    assert customer.email_verified
    assert not TOTPDevice.objects.filter(user=customer).exists()
