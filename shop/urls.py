"""The URL map: Oscar under /shop/, Wagtail's admin at /cms/, Wagtail pages last.

/                 Wagtail home page          /shop/…           Oscar storefront
/blog/            magazine (Wagtail)         /shop/dashboard/  Oscar staff dashboard
/cms/             Wagtail admin              /django-admin/    superusers only
/sitemap.xml      pages, products, categories /robots.txt     points crawlers to the sitemap
"""

from django.apps import apps
from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from shop.core.sitemaps import SITEMAPS

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("two-factor/", include("shop.users.urls")),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches everything else: it must stay last.
urlpatterns += [path("", include(wagtail_urls))]
