"""Accounts give nothing away: same answer and same work for known and unknown addresses; email
confirmation for new accounts; password-reset emails limited per address; logout by POST only."""

import re

import pytest
from django.contrib.auth.hashers import MD5PasswordHasher
from django.core import mail
from django.test import TestCase
from django.urls import reverse

from shop.users.verification import email_verification_token

PASSWORD = "pass-123-word"
NEW_PASSWORD = "Fresh-Kefir-2026"


@pytest.fixture
def hasher_calls(monkeypatch):
    """Counts every hash the password hasher computes (checking a password computes one too)."""
    calls = []
    original = MD5PasswordHasher.encode

    def counted(self, *args, **kwargs):
        calls.append("encode")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(MD5PasswordHasher, "encode", counted)
    return calls


def login(client, email, password):
    return client.post(
        reverse("customer:login"),
        {"login-username": email, "login-password": password, "login_submit": "Log In"},
    )


def register(client, email, password=NEW_PASSWORD):
    """Submit the registration form; the account emails it queues for after the commit are sent."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(
            reverse("customer:login"),
            {
                "registration-email": email,
                "registration-password1": password,
                "registration-password2": password,
                "registration_submit": "Register",
            },
        )


def visible_text(response, email):
    """The page as a visitor reads it, with the address they typed, the CSRF token and the CSP nonce
    (fresh on every response) taken out."""
    html = response.content.decode().replace(email, "EMAIL")
    html = re.sub(r' nonce="[^"]+"', "", html)
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_login_with_unknown_and_known_address_answers_the_same_and_hashes_once(
    client, home_page, customer, hasher_calls
):
    """A wrong password for a real account and any password for no account: same page, one hash each."""
    known = login(client, customer.email, "wrong-password")
    known_hashes = list(hasher_calls)
    hasher_calls.clear()
    unknown = login(client, "nobody@example.com", "wrong-password")

    assert known.status_code == unknown.status_code == 200
    assert known.context["login_form"].errors == unknown.context["login_form"].errors
    assert "Please enter a correct email address and password" in str(known.context["login_form"].errors)
    assert len(known_hashes) == 1
    assert len(hasher_calls) == 1


def test_login_address_is_case_insensitive(client, home_page, customer):
    """Customers log in with their address in any case, as with Oscar's backend before."""
    assert login(client, customer.email.upper(), PASSWORD).status_code == 302
    assert "_auth_user_id" in client.session


def test_registration_never_says_already_exists_and_hashes_once(client, home_page, customer, hasher_calls):
    """Registering a taken address and a new one: the same "check your inbox" page, one hash each."""
    taken = register(client, customer.email)
    taken_hashes = list(hasher_calls)
    hasher_calls.clear()
    new = register(client, "newbie@example.com")

    assert taken.status_code == new.status_code == 200
    assert "already exists" not in taken.content.decode()
    assert "Check your inbox" in taken.content.decode()
    assert visible_text(taken, customer.email) == visible_text(new, "newbie@example.com")
    assert taken_hashes.count("encode") == 1
    assert hasher_calls.count("encode") == 1


def test_taken_address_gets_a_note_to_its_owner_and_no_second_account(client, home_page, customer, django_user_model):
    """The owner of a registered address is told someone tried; the password they have stays theirs."""
    register(client, customer.email)

    assert django_user_model.objects.filter(email__iexact=customer.email).count() == 1
    assert [m.to for m in mail.outbox] == [[customer.email]]
    assert "already has one" in mail.outbox[0].body
    customer.refresh_from_db()
    assert customer.check_password(PASSWORD)


def test_new_account_is_inactive_until_the_link_is_clicked(client, home_page, django_user_model):
    """Registration creates an inactive, unconfirmed account; its login is explained; the link activates it."""
    register(client, "newbie@example.com")
    user = django_user_model.objects.get(email="newbie@example.com")
    assert not user.is_active and not user.email_verified
    assert "_auth_user_id" not in client.session

    refused = login(client, "newbie@example.com", NEW_PASSWORD)
    assert refused.status_code == 200
    assert "Please confirm your email address first" in refused.content.decode()
    wrong = login(client, "newbie@example.com", "wrong-password")
    assert "Please confirm your email address first" not in wrong.content.decode()

    (email,) = mail.outbox
    link = re.search(r"https?://[^/]+(/\S+/verify-email/\S+/)", email.body).group(1)
    confirmed = client.get(link, follow=True)
    assert "your email address is confirmed" in confirmed.content.decode()
    user.refresh_from_db()
    assert user.is_active and user.email_verified
    assert login(client, "newbie@example.com", NEW_PASSWORD).status_code == 302


def test_confirmation_link_works_once(client, home_page, django_user_model):
    """A used or forged link answers 400 with an explanation."""
    register(client, "newbie@example.com")
    link = re.search(r"https?://[^/]+(/\S+/verify-email/\S+/)", mail.outbox[0].body).group(1)
    assert client.get(link).status_code == 302
    again = client.get(link)
    assert again.status_code == 400
    assert "This confirmation link is not valid" in again.content.decode()
    forged = client.get(reverse("customer:verify-email", kwargs={"uidb64": "zzz", "token": "nope"}))
    assert forged.status_code == 400


def test_token_generator_binds_the_confirmation_state(django_user_model):
    """A token made before confirmation no longer checks once the address is confirmed."""
    user = django_user_model.objects.create_user(email="t@example.com", password=PASSWORD)
    user.is_active = False
    token = email_verification_token.make_token(user)
    assert email_verification_token.check_token(user, token)
    user.email_verified = True
    user.is_active = True
    assert not email_verification_token.check_token(user, token)


def test_registrations_from_one_ip_are_limited(client, home_page, settings):
    """More registrations from one IP than the hourly limit: a clear 429 page, no account created."""
    settings.SHOP_ACCOUNT_REQUESTS_PER_IP_PER_HOUR = 3
    for n in range(3):
        assert register(client, f"user{n}@example.com").status_code == 200
    response = register(client, "user9@example.com")
    assert response.status_code == 429
    assert "too many account requests from your network" in response.content.decode()


def test_password_reset_sends_at_most_three_emails_per_address_per_hour(client, home_page, customer):
    """30 resets for one address send 3 emails; the page answers the same every time."""
    answers = set()
    for _ in range(30):
        response = client.post(reverse("password-reset"), {"email": customer.email})
        answers.add((response.status_code, response.url))
    assert answers == {(302, reverse("password-reset-done"))}
    assert len(mail.outbox) == 3
    assert {tuple(m.to) for m in mail.outbox} == {(customer.email,)}


def test_storefront_logout_needs_a_post(client, home_page, customer):
    """GET /shop/accounts/logout/ only asks (a link cannot log anyone out); the header's POST form does."""
    client.force_login(customer)
    response = client.get(reverse("customer:logout"))
    assert response.status_code == 200
    assert "Log out?" in response.content.decode()
    assert 'method="post"' in response.content.decode()
    assert "_auth_user_id" in client.session

    response = client.post(reverse("customer:logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_header_logs_out_with_a_csrf_protected_form(home_page, customer):
    """The header's logout is a POST form with a CSRF token; without the token the POST is refused."""
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(customer)
    page = strict.get("/").content.decode()
    assert re.search(
        r'<form method="post" action="/shop/accounts/logout/"[^>]*>\s*<input type="hidden" '
        r'name="csrfmiddlewaretoken"',
        page,
    )
    assert strict.post(reverse("customer:logout")).status_code == 403
    assert "_auth_user_id" in strict.session


def test_registration_email_is_sent_after_the_commit_by_the_task_worker(client, home_page, mailoutbox):
    """The confirmation email is queued for after the registration commits (a task), never sent inside the
    request: a hanging SMTP server cannot hold the customer's registration."""
    with TestCase.captureOnCommitCallbacks(execute=False) as callbacks:
        response = client.post(
            reverse("customer:login"),
            {
                "registration-email": "later@example.com",
                "registration-password1": NEW_PASSWORD,
                "registration-password2": NEW_PASSWORD,
                "registration_submit": "Register",
            },
        )
    assert response.status_code == 200 and mailoutbox == []
    assert len(callbacks) == 1
    callbacks[0]()  # the commit: the task runs (immediate backend in tests, the worker in production)
    assert [message.to for message in mailoutbox] == [["later@example.com"]]
