import oscar.apps.customer.apps as apps
from django.urls import path
from oscar.core.loading import get_class


class CustomerConfig(apps.CustomerConfig):
    """Oscar's accounts app, forked for safer accounts: registration with email confirmation and no hint
    whether an address is registered, rate-limited password resets, logout by POST only."""

    name = "shop.apps.customer"

    def ready(self):
        super().ready()
        self.verify_email_view = get_class("customer.views", "VerifyEmailView")

    def get_urls(self):
        verify = path("verify-email/<str:uidb64>/<str:token>/", self.verify_email_view.as_view(), name="verify-email")
        return [*self.post_process_urls([verify]), *super().get_urls()]
