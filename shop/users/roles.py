"""The two staff roles and who may reach which back office.

- "Editors": the Wagtail admin (pages, images, documents, snippets); no dashboard.
- "Shop staff": the Oscar dashboard (orders, catalogue, stock, offers); members are
  ``is_staff``, which is what Oscar's dashboard checks. No page publishing.
Superusers have both.
"""

EDITORS = "Editors"
SHOP_STAFF = "Shop staff"

# (app_label, codename prefix or full codename) pairs given to each group.
EDITOR_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtaildocs", "choose_document"),
]
# Snippet models of the magazine: editors may manage every model of the blog app.
EDITOR_APP_LABELS = ["blog"]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]

SHOP_STAFF_APP_LABELS = ["catalogue", "partner", "order", "offer", "voucher", "shipping", "basket", "payment"]


def can_access_cms(user):
    return user.is_active and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def can_access_dashboard(user):
    return user.is_active and user.is_staff


def dashboard_nav_cms_access(user, url_name, url_args=None, url_kwargs=None):
    """Oscar dashboard navigation ``access_fn`` for the link to the CMS."""
    return can_access_cms(user)


def _permissions(pairs=(), app_labels=()):
    from django.contrib.auth.models import Permission

    perms = []
    for app_label, codename in pairs:
        perms += list(Permission.objects.filter(content_type__app_label=app_label, codename=codename))
    if app_labels:
        perms += list(Permission.objects.filter(content_type__app_label__in=app_labels))
    return perms


def ensure_role_groups(**kwargs):
    """Create or update the role groups. Safe to call any number of times."""
    # Imported here: settings import this module (dashboard navigation) before apps load.
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    editors, _created = Group.objects.get_or_create(name=EDITORS)
    editors.permissions.add(*_permissions(EDITOR_PERMISSIONS, EDITOR_APP_LABELS))

    root_page = Page.get_first_root_node()
    if root_page is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            permission = Permission.objects.filter(content_type__app_label="wagtailcore", codename=codename).first()
            if permission:
                GroupPagePermission.objects.get_or_create(group=editors, page=root_page, permission=permission)

    root_collection = Collection.get_first_root_node()
    if root_collection is not None:
        for app_label, codename in EDITOR_PERMISSIONS:
            if app_label in {"wagtailimages", "wagtaildocs"}:
                permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
                GroupCollectionPermission.objects.get_or_create(
                    group=editors, collection=root_collection, permission=permission
                )

    staff, _created = Group.objects.get_or_create(name=SHOP_STAFF)
    staff.permissions.add(*_permissions(app_labels=SHOP_STAFF_APP_LABELS))


def sync_staff_status(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Keep ``is_staff`` equal to membership of "Shop staff" (superusers keep theirs).

    Oscar's dashboard checks ``is_staff``, while Wagtail's user editor only offers
    groups: joining or leaving the group in either admin is then all it takes.
    """
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    from django.contrib.auth import get_user_model

    User = get_user_model()
    users = User.objects.filter(pk__in=pk_set or ()) if reverse else User.objects.filter(pk=instance.pk)
    for user in users:
        in_group = user.groups.filter(name=SHOP_STAFF).exists()
        wanted = in_group or (user.is_staff and user.is_superuser)
        if user.is_staff != wanted:
            User.objects.filter(pk=user.pk).update(is_staff=wanted)
            if not reverse:
                instance.is_staff = wanted
