from django.apps import AppConfig, apps
from django.contrib.admin.apps import AdminConfig
from django.db.models.signals import pre_save
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Site-wide glue: template tags, site links, sitemaps, demo data and benchmark commands."""

    default = True
    name = "shop.core"
    label = "core"
    verbose_name = _("Site core")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from .links import forget_changed_site_links, forget_site_links
        from .models import SiteLinks

        # Where the site's fixed links point changes with the setting and with the pages they name.
        post_save.connect(forget_changed_site_links, sender=SiteLinks, dispatch_uid="shop.core.site_links.saved")
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget_site_links, dispatch_uid=f"shop.core.site_links.{id(signal)}")
        post_delete.connect(forget_site_links, sender="wagtailcore.Page", dispatch_uid="shop.core.site_links.deleted")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_site_links, sender="wagtailcore.Site", dispatch_uid=f"shop.core.site_links.site{id(signal)}"
            )

        from shop.security.html import SANITISED_HTML_FIELDS, sanitise_fields

        # Staff-written HTML (dashboard descriptions, flat pages) is sanitised whenever it is saved.
        for label in SANITISED_HTML_FIELDS:
            pre_save.connect(sanitise_fields, sender=apps.get_model(label), dispatch_uid=f"shop.core.sanitise.{label}")


class SuperuserAdminConfig(AdminConfig):
    """Django's admin, for superusers only (staff use the Oscar dashboard)."""

    default_site = "shop.core.admin_site.SuperuserAdminSite"

    def ready(self):
        super().ready()  # autodiscover: every app's admin module has registered its models
        from django.contrib import admin
        from django.contrib.flatpages.models import FlatPage

        # flatpages is installed only for Oscar's migrations: no editor for a second page system.
        if admin.site.is_registered(FlatPage):
            admin.site.unregister(FlatPage)
