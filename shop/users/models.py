from oscar.apps.customer.abstract_models import AbstractUser


class User(AbstractUser):
    """Customers, editors and staff alike: the email address is the login.

    Built on Oscar's ``AbstractUser`` (no username field); Wagtail's admin and the
    Oscar dashboard both work with it. Roles come from groups (see
    ``shop.users.roles``).
    """

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        ordering = ["email"]

    def __str__(self):
        return self.email
