"""The URL map: Oscar under /shop/, Wagtail's admin at /cms/, Wagtail pages last.

/                 Wagtail home page          /shop/…           Oscar storefront
/blog/            magazine (Wagtail)         /shop/dashboard/  Oscar staff dashboard
/cms/             Wagtail admin              /django-admin/    superusers only
"""

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches everything else: it must stay last.
urlpatterns += [path("", include(wagtail_urls))]
