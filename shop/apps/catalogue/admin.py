from django.contrib import admin
from oscar.apps.catalogue.admin import *  # noqa: F403

from shop.apps.catalogue.models import Strain


@admin.register(Strain)
class StrainAdmin(admin.ModelAdmin):
    list_display = ["genus", "species", "designation"]
    search_fields = ["genus", "species", "designation"]
