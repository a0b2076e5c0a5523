from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    """Wagtail side of the site: home page, magazine, info/legal pages."""

    name = "blog"
    label = "blog"
    verbose_name = _("Pages and magazine")
