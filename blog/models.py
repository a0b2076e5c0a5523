"""Wagtail page types. Each docstring says what editors get."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index


class HomePage(Page):
    """The site's front page at ``/``: a hero with headline, intro and call to action."""

    hero_heading = models.CharField(_("hero heading"), max_length=120, default="")
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_cta_label = models.CharField(_("call-to-action label"), max_length=60, blank=True)
    hero_cta_url = models.CharField(
        _("call-to-action link"), max_length=255, blank=True, help_text=_("A path such as /shop/catalogue/")
    )
    body = RichTextField(_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("hero_heading"),
        FieldPanel("hero_text"),
        FieldPanel("hero_cta_label"),
        FieldPanel("hero_cta_url"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["blog.BlogIndexPage", "blog.InfoPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")


class BlogIndexPage(Page):
    """The magazine at ``/blog/``: an introduction above the list of articles."""

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["blog.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("magazine index")


class InfoPage(Page):
    """A service or legal page (imprint, privacy, terms, withdrawal, shipping, contact).

    Every live info page is linked from the site footer.
    """

    body = RichTextField(_("body"))
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body"), FieldPanel("last_reviewed")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["blog.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("info page")
