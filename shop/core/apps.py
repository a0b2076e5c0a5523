from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Site-wide glue: template tags, roles, demo data command."""

    default = True
    name = "shop.core"
    label = "core"
    verbose_name = _("Site core")

    def ready(self):
        from .permissions import ensure_role_groups

        # Permissions only exist after migrate; create the role groups right then,
        # in every database (tests included), idempotently.
        post_migrate.connect(ensure_role_groups, dispatch_uid="shop.core.ensure_role_groups")


class SuperuserAdminConfig(AdminConfig):
    """Django's admin, for superusers only (staff use the Oscar dashboard)."""

    default_site = "shop.core.admin_site.SuperuserAdminSite"
