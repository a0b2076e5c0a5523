"""Two-factor login (TOTP, django-otp) for everyone who can reach an admin area.

Staff (Oscar dashboard), editors (Wagtail admin) and superusers (all, Django admin too) log in with their
password as before; before the first admin page they confirm a six-digit code from an authenticator app.
Without a device yet they set one up first (QR code drawn here as SVG, nothing leaves the site).
The device's own throttling (django-otp) slows down guessing: each wrong code doubles the wait.
"""

from base64 import b32encode
from urllib.parse import urlencode

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator app"


def needs_two_factor(user):
    """Whoever can open an admin area: staff, superusers and editors (Wagtail admin access)."""
    return user.is_authenticated and (user.is_staff or user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def confirmed_device(user):
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


class StaffTwoFactorMiddleware:
    """Sends a logged-in admin-area user to the code (or device setup) page before any admin page."""

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def protected_prefixes(self):
        return (reverse("dashboard:index"), reverse("wagtailadmin_home"), reverse("admin:index"))

    @cached_property
    def open_paths(self):
        """The areas' own login and logout pages stay reachable."""
        names = ["dashboard:login", "dashboard:logout", "wagtailadmin_login", "wagtailadmin_logout"]
        return {reverse(name) for name in names} | {reverse("admin:login"), reverse("admin:logout")}

    def __call__(self, request):
        path = request.path
        if (
            path.startswith(self.protected_prefixes)
            and path not in self.open_paths
            and needs_two_factor(request.user)
            and not request.user.is_verified()
        ):
            step = "two_factor:verify" if confirmed_device(request.user) else "two_factor:setup"
            return redirect(f"{reverse(step)}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Six-digit code from your authenticator app"),
        min_length=6,
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_token(self):
        token = self.cleaned_data["token"].replace(" ", "")
        allowed, _info = self.device.verify_is_allowed()
        if not allowed:
            raise forms.ValidationError(_("Too many wrong codes. Wait a minute, then enter the current code."))
        if not token.isdigit() or not self.device.verify_token(token):
            raise forms.ValidationError(_("That code is not right. Enter the code your app shows now."))
        return token


class TwoFactorStepMixin(LoginRequiredMixin):
    form_class = TokenForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.device}

    def next_url(self):
        url = self.request.POST.get("next") or self.request.GET.get("next") or ""
        if url_has_allowed_host_and_scheme(url, {self.request.get_host()}, self.request.is_secure()):
            return url
        return reverse("dashboard:index") if self.request.user.is_staff else reverse("wagtailadmin_home")

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "next": self.next_url()}

    def form_valid(self, form):
        otp_login(self.request, self.device)
        return redirect(self.next_url())


class TwoFactorVerifyView(TwoFactorStepMixin, FormView):
    """The second step of an admin login: the current code of the user's confirmed device."""

    template_name = "users/two_factor_verify.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.device = confirmed_device(request.user)
            if self.device is None:
                return redirect(f"{reverse('two_factor:setup')}?{urlencode({'next': self.next_url()})}")
        return super().dispatch(request, *args, **kwargs)


class TwoFactorSetupView(TwoFactorStepMixin, FormView):
    """First admin login: scan the QR code (or type the key), then confirm one code to switch 2FA on."""

    template_name = "users/two_factor_setup.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            if confirmed_device(request.user) is not None:
                # A device exists: only its codes count (a stolen password cannot enrol another one).
                return redirect(f"{reverse('two_factor:verify')}?{urlencode({'next': self.next_url()})}")
            self.device, _created = TOTPDevice.objects.get_or_create(
                user=request.user, confirmed=False, defaults={"name": DEVICE_NAME}
            )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        svg = qrcode.make(self.device.config_url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
        secret = b32encode(self.device.bin_key).decode()
        return {
            **super().get_context_data(**kwargs),
            # Drawn here from our own data (the otpauth:// URL): no script, no external service.
            "qr_svg": mark_safe(svg.to_string(encoding="unicode")),  # noqa: S308
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
        }

    def form_valid(self, form):
        self.device.confirmed = True
        self.device.save(update_fields=["confirmed"])
        return super().form_valid(form)
