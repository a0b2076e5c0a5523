"""Every login form is throttled by django-axes: per account and per IP, 10 failures, then a clear lockout."""

import datetime

import pytest
from axes.models import AccessAttempt
from axes.utils import reset
from django.urls import reverse
from django.utils import timezone

PASSWORD = "pass-123-word"

# name -> (URL, fields of a login attempt with this email and password)
LOGIN_FORMS = {
    "storefront": (
        "customer:login",
        lambda email, pw: {"login-username": email, "login-password": pw, "login_submit": "Log In"},
    ),
    "checkout": (
        "checkout:index",
        lambda email, pw: {"username": email, "password": pw, "options": "existing"},
    ),
    "dashboard": ("dashboard:login", lambda email, pw: {"username": email, "password": pw}),
    "cms": ("wagtailadmin_login", lambda email, pw: {"username": email, "password": pw}),
    "django-admin": ("admin:login", lambda email, pw: {"username": email, "password": pw}),
}


def attempt(client, form, email, password, ip="203.0.113.7"):
    url_name, fields = LOGIN_FORMS[form]
    return client.post(reverse(url_name), fields(email, password), REMOTE_ADDR=ip)


def logged_in(client):
    return "_auth_user_id" in client.session


@pytest.fixture
def basket_with_line(client, product):
    """The checkout's gateway needs a basket line."""
    client.post(reverse("basket:add", args=[product.pk]), {"quantity": 1})


@pytest.mark.parametrize("form", list(LOGIN_FORMS))
def test_eleventh_attempt_is_locked_even_with_the_right_password(client, home_page, superuser, product, form):
    """10 wrong passwords on a login form, then the right one: refused with a clear message, nobody logged in."""
    if form == "checkout":
        client.post(reverse("basket:add", args=[product.pk]), {"quantity": 1})
    for _ in range(10):
        attempt(client, form, superuser.email, "wrong-password")
    assert not logged_in(client)

    response = attempt(client, form, superuser.email, PASSWORD)

    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed logins" in page
    assert "Logging in is locked after 10 failed attempts." in page
    assert "try again in an hour, or ask our staff to unlock your account" in page
    assert not logged_in(client)


def test_nine_failures_still_let_the_right_password_in(client, home_page, customer):
    """The limit is 10: a customer who mistyped nine times still gets in."""
    for _ in range(9):
        attempt(client, "storefront", customer.email, "wrong-password")
    response = attempt(client, "storefront", customer.email, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_account_is_locked_whatever_the_ip(client, home_page, customer):
    """Per account: 10 failures spread over 10 addresses lock the account for an 11th address too."""
    for n in range(10):
        email = customer.email.upper() if n % 2 else customer.email  # the case of the address does not matter
        attempt(client, "storefront", email, "wrong-password", ip=f"198.51.100.{n + 1}")
    response = attempt(client, "storefront", customer.email, PASSWORD, ip="192.0.2.99")
    assert response.status_code == 429
    assert not logged_in(client)


def test_ip_is_locked_whatever_the_account(client, home_page, customer):
    """Per IP: 10 failures on 10 different addresses from one IP lock that IP for a real account too."""
    for n in range(10):
        attempt(client, "storefront", f"nobody{n}@example.com", "wrong-password")
    response = attempt(client, "storefront", customer.email, PASSWORD)
    assert response.status_code == 429
    assert not logged_in(client)


def test_lockout_ends_after_the_cool_off_hour(client, home_page, customer):
    """Unlock by time: failures older than an hour no longer count."""
    for _ in range(10):
        attempt(client, "storefront", customer.email, "wrong-password")
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(hours=1, minutes=1))
    response = attempt(client, "storefront", customer.email, PASSWORD)
    assert response.status_code == 302
    assert logged_in(client)


def test_staff_unlock_an_account(client, home_page, customer):
    """Unlock by staff: resetting the account's attempts (Django admin, `axes_reset_username`) lets it in."""
    for n in range(10):
        attempt(client, "storefront", customer.email, "wrong-password", ip=f"198.51.100.{n + 1}")
    assert attempt(client, "storefront", customer.email, PASSWORD).status_code == 429

    reset(username=customer.email)

    assert attempt(client, "storefront", customer.email, PASSWORD, ip="192.0.2.50").status_code == 302
    assert logged_in(client)


def test_superusers_see_and_delete_lockouts_in_the_django_admin(client, home_page, superuser, customer):
    """The Django admin lists the failed attempts, so a superuser can find and remove a lockout."""
    for _ in range(3):
        attempt(client, "storefront", customer.email, "wrong-password")
    client.force_login(superuser)
    response = client.get(reverse("admin:axes_accessattempt_changelist"))
    assert response.status_code == 200
    assert customer.email in response.content.decode()
