"""Site-wide settings editors keep in the CMS (Wagtail: Settings → Site links)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

#: Field → slug of the page a new site's links start from (the demo's and the first shop's pages).
#: Used once, when a site's links are first created; editors choose other pages afterwards.
SEED_SLUGS = {
    "terms": "terms",
    "withdrawal": "right-of-withdrawal",
    "shipping": "shipping",
    "privacy": "privacy",
    "imprint": "imprint",
    "contact": "contact",
}
LEGAL_FIELDS = tuple(SEED_SLUGS)
LINK_NAMES = ("magazine", *LEGAL_FIELDS)


def _page_link(page_type, verbose_name, help_text=""):
    """A link to one page of ``page_type``; emptied (not deleted) when the page is deleted."""
    return models.ForeignKey(
        page_type,
        models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=verbose_name,
        help_text=help_text,
    )


@register_setting(icon="link")
class SiteLinks(BaseSiteSetting):
    """Where the site's fixed links go: the magazine and the legal and service pages.

    Header, footer, checkout, price notes and emails link through this one setting (never typed
    paths), so moving or renaming a page in the CMS moves every link to it. Read the URLs through
    ``shop.core.links`` (``site_links(request)``; ``{{ site_links.terms }}`` in templates).
    """

    magazine = _page_link("blog.BlogIndexPage", _("magazine"))
    terms = _page_link("blog.InfoPage", _("terms and conditions"))
    withdrawal = _page_link("blog.InfoPage", _("right of withdrawal"), _("Cancellation policy and withdrawal form."))
    shipping = _page_link("blog.InfoPage", _("shipping and payment"), _("Every price's “plus shipping” links here."))
    privacy = _page_link("blog.InfoPage", _("privacy policy"))
    imprint = _page_link("blog.InfoPage", _("imprint"))
    contact = _page_link("blog.InfoPage", _("contact"))

    select_related = ["magazine", *LEGAL_FIELDS]

    panels = [
        FieldPanel("magazine"),
        MultiFieldPanel([FieldPanel(name) for name in LEGAL_FIELDS], heading=_("Legal and service pages")),
    ]

    class Meta:
        verbose_name = _("site links")
        verbose_name_plural = _("site links")

    @classmethod
    def for_site(cls, site):
        """The site's links; the first read creates them from the site's page tree (``seed``).

        Without a site (no Wagtail site matches the request) every link is empty.
        """
        if site is None:
            return cls()
        links = cls.base_queryset().filter(site=site).first()
        if links is None:
            links = cls(site=site)
            links.seed()
            links.save()
        return links

    @classmethod
    def for_default_site(cls):
        """The default site's links, for code that runs without a request (emails, tasks)."""
        from wagtail.models import Site

        return cls.for_site(Site.objects.filter(is_default_site=True).first())

    @classmethod
    def seed_site(cls, site):
        """Fill the site's empty links from its page tree and save them (the demo loader's step)."""
        links = cls.for_site(site)
        links.seed()
        links.save()
        return links

    def seed(self):
        """Fill empty links from the site's page tree: its magazine, and info pages by their usual slug."""
        from blog.models import BlogIndexPage, InfoPage

        root = self.site.root_page
        if self.magazine_id is None:
            self.magazine = BlogIndexPage.objects.descendant_of(root).live().order_by("path").first()
        pages = {page.slug: page for page in InfoPage.objects.child_of(root).filter(slug__in=SEED_SLUGS.values())}
        for field, slug in SEED_SLUGS.items():
            if getattr(self, f"{field}_id") is None and slug in pages:
                setattr(self, field, pages[slug])

    def get_page_url(self, attribute_name, request=None):
        """Site-relative URL of link ``attribute_name``; "" when no page is chosen or it is not live."""
        page = getattr(self, attribute_name)
        if page is None or not page.live:
            return ""
        return super().get_page_url(attribute_name, request)

    def get_full_url(self, name):
        """Absolute URL of link ``name``, for emails; "" when no page is chosen or it is not live."""
        page = getattr(self, name)
        return page.get_full_url() if page is not None and page.live else ""
