from django.contrib.admin import AdminSite


class SuperuserAdminSite(AdminSite):
    """``/django-admin/`` is a superuser's tool: shop staff and editors have their own."""

    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser
