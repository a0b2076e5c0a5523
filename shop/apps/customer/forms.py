from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from oscar.apps.customer import forms as oscar_forms
from oscar.apps.customer.forms import *  # noqa: F403
from oscar.apps.customer.utils import normalise_email

from shop.users.limits import allow, client_ip
from shop.users.verification import unverified_login


class PasswordResetForm(oscar_forms.PasswordResetForm):
    """Oscar's reset form, with at most ``SHOP_EMAILS_PER_ADDRESS_PER_HOUR`` reset emails per address.

    Over the limit (per address, or ``SHOP_ACCOUNT_REQUESTS_PER_IP_PER_HOUR`` per IP) the answer is the same
    "we've emailed you" page and no email goes out: the page never tells whether an address has an account.
    """

    def save(self, *args, request=None, **kwargs):
        email = self.cleaned_data["email"]
        if request is not None and not allow(
            "account-request-ip", client_ip(request), settings.SHOP_ACCOUNT_REQUESTS_PER_IP_PER_HOUR
        ):
            return
        if not allow("password-reset-email", email, settings.SHOP_EMAILS_PER_ADDRESS_PER_HOUR):
            return
        super().save(*args, request=request, **kwargs)


class EmailAuthenticationForm(oscar_forms.EmailAuthenticationForm):
    """Oscar's login form; the right password for an account whose email is unconfirmed gets an explanation."""

    error_messages = {
        **oscar_forms.EmailAuthenticationForm.error_messages,
        "unconfirmed": _(
            "Please confirm your email address first: follow the link in the email we sent you. "
            "No email? Register again with the same address and we will send a new link."
        ),
    }

    def get_invalid_login_error(self):
        if self.request is not None and unverified_login(self.request) is not None:
            return forms.ValidationError(self.error_messages["unconfirmed"], code="unconfirmed")
        return super().get_invalid_login_error()


class EmailUserCreationForm(oscar_forms.EmailUserCreationForm):
    """Oscar's registration form without "a user with that email address already exists".

    The view decides what happens to an address that is taken (an email to its owner), so the page
    answers the same whether or not the address has an account.
    """

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])

    def validate_unique(self):
        """No uniqueness error on the page; the view checks, and the database constraint still holds."""
