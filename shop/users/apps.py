from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_migrate
from django.utils.translation import gettext_lazy as _


class UsersConfig(AppConfig):
    """The user model (email login) and the staff roles (``roles.py``)."""

    name = "shop.users"
    label = "users"
    verbose_name = _("Users")

    def ready(self):
        from django.contrib.auth import get_user_model

        from .roles import ensure_role_groups, sync_staff_status

        # Permissions only exist after migrate; create the role groups right then,
        # in every database (tests included), idempotently.
        post_migrate.connect(ensure_role_groups, dispatch_uid="shop.users.ensure_role_groups")
        m2m_changed.connect(
            sync_staff_status, sender=get_user_model().groups.through, dispatch_uid="shop.users.sync_staff_status"
        )
