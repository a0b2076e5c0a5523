"""Django admin: flatpages is installed only for Oscar's migrations, so it gets no editor (Wagtail has the pages)."""

from django.contrib import admin
from django.contrib.flatpages.models import FlatPage

if admin.site.is_registered(FlatPage):
    admin.site.unregister(FlatPage)
