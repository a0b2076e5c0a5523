"""Demo logins that work out of the box: confirmed email, and a known TOTP key for admin-area accounts."""

from base64 import b32decode

from django_otp.plugins.otp_totp.models import TOTPDevice

from .two_factor import DEVICE_NAME, needs_two_factor

#: The demo accounts' two-factor key (base32, as authenticator apps take it), documented in the README.
#: Local demo only: ``load_demo_data`` refuses to run with DEBUG off.
DEMO_TOTP_SECRET = "FLORAVA2DEMO3TOTP4KEY5ONLY6LOCAL"


def prepare_demo_login(user):
    """Mark the demo account's email as confirmed; admin-area accounts get the documented TOTP device."""
    if not user.email_verified:
        user.email_verified = True
        user.save(update_fields=["email_verified"])
    if needs_two_factor(user):
        TOTPDevice.objects.update_or_create(
            user=user,
            name=DEVICE_NAME,
            defaults={"key": b32decode(DEMO_TOTP_SECRET).hex(), "confirmed": True},
        )
