from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.customer.abstract_models import AbstractUser


class User(AbstractUser):
    """Customers, editors and staff alike: the email address is the login.

    Built on Oscar's ``AbstractUser`` (no username field); Wagtail's admin and the
    Oscar dashboard both work with it. Roles come from groups (see
    ``shop.users.roles``).
    """

    #: Set when the owner clicked the link in the confirmation email (storefront registration), or by staff.
    #: Until then a self-registered account is inactive; "once per customer" vouchers need it.
    email_verified = models.BooleanField(
        _("email address confirmed"),
        default=False,
        help_text=_("The owner has clicked the confirmation link sent to this address."),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        ordering = ["email"]

    def __str__(self):
        return self.email
