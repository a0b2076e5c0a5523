"""Wagtail admin customisation: product chooser, product links in rich text, magazine snippets,
and a link across to the Oscar dashboard."""

from django.urls import reverse, reverse_lazy
from django.utils.translation import gettext_lazy as _
from draftjs_exporter.dom import DOM
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.rich_text.converters.contentstate_models import EntityRange
from wagtail.admin.rich_text.converters.html_to_contentstate import LinkElementHandler, add_paragraph_block
from wagtail.admin.rich_text.editors.draftail import features as draftail_features
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from shop.users.roles import can_access_dashboard

from .models import ArticleCategory, Author
from .products import ProductLinkHandler, product_model
from .views import product_chooser_viewset


class DashboardMenuItem(MenuItem):
    """Shown only to people who may use the shop dashboard."""

    def is_shown(self, request):
        return can_access_dashboard(request.user)


@hooks.register("register_admin_menu_item")
def register_dashboard_menu_item():
    return DashboardMenuItem(_("Shop dashboard"), reverse("dashboard:index"), icon_name="link-external", order=10000)


@hooks.register("register_admin_viewset")
def register_product_chooser():
    return product_chooser_viewset


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    list_display = ["name", "credentials"]
    search_fields = ["name"]


class ArticleCategoryViewSet(SnippetViewSet):
    model = ArticleCategory
    icon = "folder-open-inverse"
    list_display = ["name", "slug"]


class MagazineViewSetGroup(SnippetViewSetGroup):
    items = (AuthorViewSet, ArticleCategoryViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Magazine")
    menu_name = "magazine"


register_snippet(MagazineViewSetGroup)


class ProductLinkElementHandler(LinkElementHandler):
    """Database HTML ``<a linktype="product" id="…">`` → editor entity, with the product's title and URL.

    A link to a product that was deleted opens as plain text (no entity), as the page shows it; the
    editor's JSON used to get a lazy string here and the article's edit view failed with a 500.
    """

    @staticmethod
    def product(attrs):
        pk = attrs.get("id")
        return product_model().objects.filter(pk=pk).first() if str(pk).isdigit() else None

    def handle_starttag(self, name, attrs, state, contentstate):
        if self.product(dict(attrs)) is not None:
            return super().handle_starttag(name, attrs, state, contentstate)
        if state.current_block is None:
            add_paragraph_block(state, contentstate)
        # handle_endtag closes the innermost range: give it one that belongs to no block (plain text).
        placeholder = EntityRange(None)
        placeholder.offset = len(state.current_block.text)
        state.current_entity_ranges.append(placeholder)
        return None

    def get_attribute_data(self, attrs):
        product = self.product(attrs)
        return {"id": product.pk, "title": str(product.get_title()), "url": product.get_absolute_url()}


def product_link_entity(props):
    """Editor entity → database HTML: only the id is stored, so slug changes never break the link."""
    return DOM.create_element("a", {"linktype": "product", "id": props.get("id")}, props["children"])


@hooks.register("register_rich_text_features")
def register_product_link_feature(features):
    features.register_link_type(ProductLinkHandler)
    features.register_editor_plugin(
        "draftail",
        "product-link",
        draftail_features.EntityFeature(
            {
                "type": "PRODUCT_LINK",
                "icon": "tag",
                "description": _("Link to a product"),
                "attributes": ["id", "title", "url"],
                "chooserUrls": {"productChooser": reverse_lazy(product_chooser_viewset.get_url_name("choose"))},
            },
            js=["wagtailadmin/js/chooser-modal.js", "blog/js/product-link.js"],
        ),
    )
    features.register_converter_rule(
        "contentstate",
        "product-link",
        {
            "from_database_format": {'a[linktype="product"]': ProductLinkElementHandler("PRODUCT_LINK")},
            "to_database_format": {"entity_decorators": {"PRODUCT_LINK": product_link_entity}},
        },
    )
