"""Wagtail page types and magazine snippets. Each docstring says what editors get."""

import math

from django import forms
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet, ReferenceIndex
from wagtail.search import index

from shop.security.html import validate_safe_url

from .blocks import ArticleStreamBlock, FeaturedProductsBlock, body_text, product_ids
from .products import products_in_order

#: Average adult silent reading speed for non-fiction, in words per minute.
WORDS_PER_MINUTE = 220


class Author(index.Indexed, models.Model):
    """A magazine author (snippet): shown with credentials and photo under every article they write."""

    name = models.CharField(_("name"), max_length=120)
    credentials = models.CharField(
        _("credentials"), max_length=160, blank=True, help_text=_("E.g. “Nutritionist (M.Sc.), gut-health researcher”")
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio = models.TextField(_("short biography"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("credentials"), FieldPanel("photo"), FieldPanel("bio")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name


class ArticleCategory(models.Model):
    """A magazine section (snippet) such as “Gut health” or “Skin”; readers filter the magazine by it."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("magazine category")
        verbose_name_plural = _("magazine categories")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self.slug or slugify(self.name, allow_unicode=True)
        super().save(*args, **kwargs)


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey("blog.ArticlePage", related_name="tagged_items", on_delete=models.CASCADE)


class ArticlePageQuerySet(PageQuerySet):
    def browsable(self):
        """Articles a visitor may read: live and not behind a privacy setting (magazine, feeds, search)."""
        return self.live().public()

    def featuring(self, product):
        """Articles that reference ``product`` through a product block, a rich-text link or a related product.

        Read from Wagtail's reference index, which is rebuilt whenever a page is saved or published.
        """
        references = ReferenceIndex.get_references_to(product).filter(
            base_content_type=ReferenceIndex._get_base_content_type(Page)
        )
        return self.filter(pk__in=[int(pk) for pk in references.values_list("object_id", flat=True).distinct()])

    def for_listing(self):
        """What an article teaser shows: author, categories, hero image; no body."""
        return (
            self.select_related("author", "hero_image")
            .prefetch_related("categories", "hero_image__renditions")
            .order_by("-date", "-pk")
        )


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class HomePage(Page):
    """The site's front page at ``/``: hero, featured products, latest articles and shop category teasers."""

    hero_heading = models.CharField(_("hero heading"), max_length=120, default="")
    hero_text = models.TextField(_("hero text"), blank=True)
    hero_cta_label = models.CharField(_("call-to-action label"), max_length=60, blank=True)
    hero_cta_url = models.CharField(
        _("call-to-action link"),
        max_length=255,
        blank=True,
        help_text=_("A path such as /shop/catalogue/ or an https:// address"),
        # Only http(s) and relative links: never javascript: or data: as the hero button.
        validators=[validate_safe_url],
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_products = StreamField(
        [("products", FeaturedProductsBlock())],
        verbose_name=_("featured products"),
        blank=True,
        max_num=1,
    )
    body = RichTextField(_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_text"),
                FieldPanel("hero_cta_label"),
                FieldPanel("hero_cta_url"),
                FieldPanel("hero_image"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("featured_products"),
        InlinePanel("category_teasers", heading=_("Shop category teasers"), label=_("category teaser")),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["blog.BlogIndexPage", "blog.InfoPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["latest_articles"] = ArticlePage.objects.browsable().for_listing()[:3]
        context["category_teasers"] = self.category_teasers.select_related("category", "image")
        return context


class HomePageCategoryTeaser(Orderable):
    """A shop category (Oscar's catalogue Category) presented on the home page."""

    page = ParentalKey(HomePage, related_name="category_teasers", on_delete=models.CASCADE)
    category = models.ForeignKey("catalogue.Category", verbose_name=_("category"), on_delete=models.CASCADE)
    blurb = models.CharField(_("blurb"), max_length=160, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("category"), FieldPanel("blurb"), FieldPanel("image")]


class BlogIndexPage(RoutablePageMixin, Page):
    """The magazine at ``/blog/``: an introduction above the paginated articles.

    Readers filter by category (``?category=slug``) or tag (``?tag=slug``); feeds live at ``feed/rss/``
    and ``feed/atom/``.
    """

    intro = RichTextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["blog.HomePage"]
    subpage_types = ["blog.ArticlePage"]
    max_count = 1

    articles_per_page = 9

    class Meta:
        verbose_name = _("magazine index")

    def articles(self):
        return ArticlePage.objects.browsable().child_of(self).for_listing()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = self.articles()
        category = ArticleCategory.objects.filter(slug=request.GET.get("category", "")).first()
        tag = Tag.objects.filter(slug=request.GET.get("tag", "")).first()
        if category:
            articles = articles.filter(categories=category)
        if tag:
            articles = articles.filter(tags=tag)
        paginator = Paginator(articles, self.articles_per_page)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            page_obj = paginator.page(1)
        except EmptyPage:
            page_obj = paginator.page(paginator.num_pages)
        context.update(
            articles=page_obj,
            paginator=paginator,
            active_category=category,
            active_tag=tag,
            categories=ArticleCategory.objects.filter(articles__live=True).distinct(),
        )
        return context

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from .feeds import ArticleRssFeed

        return ArticleRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from .feeds import ArticleAtomFeed

        return ArticleAtomFeed(self)(request)


class ArticlePage(Page):
    """A magazine article: hero, author, teaser and a body of blocks that can sell products.

    Product cards, grids and rich-text product links are live: price and availability come from the
    shop at render time, and the product page lists every live article featuring it.
    """

    original_title = models.CharField(
        _("original-language title"),
        max_length=160,
        blank=True,
        help_text=_("Shown under the title, e.g. “Darm-Haut-Achse”."),
    )
    teaser = models.TextField(_("teaser"), max_length=400, help_text=_("Two sentences for listings and social cards."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Set the focal point on the image: crops keep it in view."),
    )
    author = models.ForeignKey(
        Author, verbose_name=_("author"), null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )
    date = models.DateField(_("publish date"), default=timezone.localdate)
    categories = ParentalManyToManyField(
        ArticleCategory, verbose_name=_("categories"), blank=True, related_name="articles"
    )
    tags = ClusterTaggableManager(through=ArticlePageTag, verbose_name=_("tags"), blank=True)
    body = StreamField(ArticleStreamBlock(), verbose_name=_("body"))
    reading_time = models.PositiveSmallIntegerField(_("reading time (minutes)"), default=1, editable=False)

    objects = ArticlePageManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("original_title"),
        FieldPanel("teaser"),
        FieldPanel("hero_image"),
        MultiFieldPanel(
            [
                FieldPanel("author"),
                FieldPanel("date"),
                FieldPanel("categories", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Byline and topics"),
        ),
        FieldPanel("body"),
        InlinePanel("related_products", heading=_("Related products"), label=_("product"), max_num=6),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("original_title", boost=2),
        index.SearchField("teaser", boost=2),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def save(self, *args, **kwargs):
        self.reading_time = self.compute_reading_time()
        super().save(*args, **kwargs)

    def compute_reading_time(self):
        """Minutes to read the body at ``WORDS_PER_MINUTE``, at least one."""
        words = sum(len(text.split()) for text in body_text(self.body))
        return max(1, math.ceil(words / WORDS_PER_MINUTE))

    @cached_property
    def related_products_for_sale(self):
        """The “related products” the shop still sells, in editor order, ready for cards."""
        by_id = {product.pk: product for product in self.featured_products}
        return [by_id[item.product_id] for item in self.related_products.all() if item.product_id in by_id]

    @cached_property
    def featured_products(self):
        """Every product the article features (blocks, then related products) that the shop still sells.

        One fetch serves this and ``related_products_for_sale``.
        """
        ids = dict.fromkeys([*product_ids(self.body), *(item.product_id for item in self.related_products.all())])
        return products_in_order(ids)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["more_articles"] = ArticlePage.objects.browsable().sibling_of(self, inclusive=False).for_listing()[:3]
        return context


class ArticleRelatedProduct(Orderable):
    """A product shown in the “Products in this article” strip under an article."""

    page = ParentalKey(ArticlePage, related_name="related_products", on_delete=models.CASCADE)
    product = models.ForeignKey(
        "catalogue.Product", verbose_name=_("product"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("product")]


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
