from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.encoding import force_str
from django.utils.http import urlsafe_base64_decode
from django.utils.translation import gettext_lazy as _
from django.views import generic
from oscar.apps.customer import views as oscar_views
from oscar.apps.customer.signals import user_registered
from oscar.apps.customer.views import *  # noqa: F403

from shop.users.limits import allow, client_ip
from shop.users.verification import (
    confirm_email,
    email_verification_token,
    send_already_registered_email,
    send_verification_email,
)

User = get_user_model()


class ConfirmedRegistrationMixin:
    """Registration that always answers "check your inbox", whether the address is new or taken.

    A new address gets an inactive account and a confirmation link; a taken one gets an email to its
    owner instead. Both paths hash the password once, so the answer takes as long either way.
    """

    def register_and_answer(self, form):
        request = self.request
        if not allow("account-request-ip", client_ip(request), settings.SHOP_ACCOUNT_REQUESTS_PER_IP_PER_HOUR):
            return TemplateResponse(request, "users/too_many_requests.html", status=429)
        email = form.cleaned_data["email"]
        existing = User._default_manager.filter(email__iexact=email).first()
        if existing is None:
            try:
                with transaction.atomic():
                    user = form.save(commit=False)  # hashes the password
                    user.is_active = False
                    user.email_verified = False
                    user.save()
            except IntegrityError:  # the same address registered a moment ago by a concurrent request
                existing = User._default_manager.filter(email__iexact=email).first()
            else:
                user_registered.send_robust(sender=self, request=request, user=user)
                send_verification_email(request, user)
        else:
            User().set_password(form.cleaned_data["password1"])  # same work as a new account
        if existing is not None:
            send_already_registered_email(request, existing)
        return TemplateResponse(request, "users/check_inbox.html", {"email": email})


class AccountAuthView(ConfirmedRegistrationMixin, oscar_views.AccountAuthView):
    def validate_registration_form(self):
        form = self.get_registration_form(bind_data=True)
        if form.is_valid():
            return self.register_and_answer(form)
        return self.render_to_response(self.get_context_data(registration_form=form))


class AccountRegistrationView(ConfirmedRegistrationMixin, oscar_views.AccountRegistrationView):
    def form_valid(self, form):
        return self.register_and_answer(form)


class VerifyEmailView(generic.View):
    """The link in the confirmation email: activates the account, then the customer logs in."""

    def get(self, request, uidb64, token):
        try:
            user = User._default_manager.get(pk=int(force_str(urlsafe_base64_decode(uidb64))))
        except (TypeError, ValueError, OverflowError, User.DoesNotExist):
            user = None
        if user is None or not email_verification_token.check_token(user, token):
            return TemplateResponse(request, "users/verify_email_invalid.html", status=400)
        confirm_email(user)
        messages.success(request, _("Thank you: your email address is confirmed. You can log in now."))
        return redirect("customer:login")


class LogoutView(oscar_views.LogoutView):
    """Logout by POST only (the header's button); a GET shows a confirmation page, so a link or an image
    on another site cannot log a customer out."""

    def get(self, request, *args, **kwargs):
        return TemplateResponse(request, "oscar/customer/logout_confirm.html")

    def post(self, request, *args, **kwargs):
        return super().get(request, *args, **kwargs)
