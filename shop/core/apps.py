from django.apps import AppConfig, apps
from django.contrib.admin.apps import AdminConfig
from django.db.models.signals import m2m_changed, post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Site-wide glue: template tags, roles, demo data command."""

    default = True
    name = "shop.core"
    label = "core"
    verbose_name = _("Site core")

    def ready(self):
        from django.contrib.auth import get_user_model

        from .permissions import ensure_role_groups, sync_staff_status

        # Permissions only exist after migrate; create the role groups right then,
        # in every database (tests included), idempotently.
        post_migrate.connect(ensure_role_groups, dispatch_uid="shop.core.ensure_role_groups")
        m2m_changed.connect(
            sync_staff_status, sender=get_user_model().groups.through, dispatch_uid="shop.core.sync_staff_status"
        )

        from .html import SANITISED_HTML_FIELDS, sanitise_fields

        # Staff-written HTML (dashboard descriptions, flat pages) is sanitised whenever it is saved.
        for label in SANITISED_HTML_FIELDS:
            pre_save.connect(sanitise_fields, sender=apps.get_model(label), dispatch_uid=f"shop.core.sanitise.{label}")


class SuperuserAdminConfig(AdminConfig):
    """Django's admin, for superusers only (staff use the Oscar dashboard)."""

    default_site = "shop.core.admin_site.SuperuserAdminSite"
