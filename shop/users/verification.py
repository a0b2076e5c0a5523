"""Email confirmation for self-registered accounts.

Registration never says whether an address already has an account: it always answers "check your
inbox". A new address gets an inactive account and a confirmation link; an address that already has an
account gets a note telling its owner someone tried to register it (or, if that account is still
unconfirmed, a fresh link). Clicking the link activates the account and marks the email as confirmed.
"""

from functools import partial

from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django_tasks import task

from .limits import allow

UNVERIFIED_LOGIN_ATTR = "_shop_unverified_login"


class EmailVerificationTokenGenerator(PasswordResetTokenGenerator):
    """One-use links: the hash covers the confirmation flag, so a used link stops working."""

    key_salt = "shop.users.verification.EmailVerificationTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{user.pk}{user.email}{user.email_verified}{user.is_active}{timestamp}"


email_verification_token = EmailVerificationTokenGenerator()


def verification_url(request, user):
    uidb64 = urlsafe_base64_encode(force_bytes(user.pk))
    token = email_verification_token.make_token(user)
    return request.build_absolute_uri(reverse("customer:verify-email", kwargs={"uidb64": uidb64, "token": token}))


def _send(request, user, template):
    """Send one account email, at most ``SHOP_EMAILS_PER_ADDRESS_PER_HOUR`` per address and hour."""
    if not allow("account-email", user.email, settings.SHOP_EMAILS_PER_ADDRESS_PER_HOUR):
        return False
    context = {
        "user": user,
        "shop_name": settings.OSCAR_SHOP_NAME,
        "verify_url": verification_url(request, user) if not user.email_verified else "",
        "login_url": request.build_absolute_uri(reverse("customer:login")),
        "reset_url": request.build_absolute_uri(reverse("password-reset")),
    }
    subject = render_to_string(f"users/emails/{template}_subject.txt", context).strip()
    body = render_to_string(f"users/emails/{template}_body.txt", context)
    # Sent by the task worker once the registration commits: an SMTP server that hangs or refuses
    # never holds the customer's request (the same rule as the order emails).
    transaction.on_commit(partial(send_account_email.enqueue, subject, body, user.email))
    return True


@task()
def send_account_email(subject, body, address):
    """One account email (confirmation link, "already registered" note), sent outside the request."""
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])


def send_verification_email(request, user):
    return _send(request, user, "verify_email")


def send_already_registered_email(request, user):
    return _send(request, user, "already_registered")


def confirm_email(user):
    """The owner clicked the link: the account can log in and counts as a verified customer."""
    user.email_verified = True
    user.is_active = True
    user.save(update_fields=["email_verified", "is_active"])


def remember_unverified_login(request, user):
    """The backend saw the right password for an unconfirmed account: let the login form explain."""
    setattr(request, UNVERIFIED_LOGIN_ATTR, user)


def unverified_login(request):
    return getattr(request, UNVERIFIED_LOGIN_ATTR, None)
