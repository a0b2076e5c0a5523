"""Test helpers for the admin areas' two-factor step (shop/users/two_factor.py)."""

import pytest
from django.test import Client
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from shop.users.two_factor import DEVICE_NAME, needs_two_factor


def totp_device(user):
    """The user's confirmed TOTP device, created on first use."""
    device, _created = TOTPDevice.objects.get_or_create(user=user, name=DEVICE_NAME, defaults={"confirmed": True})
    return device


def current_code(device):
    """The six-digit code an authenticator app shows now for this device."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


@pytest.fixture(autouse=True)
def force_login_passes_two_factor(monkeypatch):
    """``client.force_login`` skips the login form, so it skips the form's second step too.

    Tests of the two-factor step itself log in through the forms (``client.post`` to a login page).
    """
    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        if needs_two_factor(user):
            session = self.session
            session[DEVICE_ID_SESSION_KEY] = totp_device(user).persistent_id
            session.save()

    monkeypatch.setattr(Client, "force_login", force_login)
