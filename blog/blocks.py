"""StreamField blocks for articles: editorial blocks and shoppable product blocks.

Product blocks store the product's id only; price, image and availability are read from the
shop whenever the page renders (see ``templates/blocks/product_card.html``).
"""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import RichText

from .views import product_chooser_viewset

#: Rich-text features of article text: Wagtail's defaults plus links to products.
ARTICLE_RICH_TEXT_FEATURES = ["bold", "italic", "h3", "ol", "ul", "link", "product-link", "superscript"]

BaseProductChooserBlock = product_chooser_viewset.get_block_class(
    name="BaseProductChooserBlock", module_path="blog.blocks"
)


class ProductChooserBlock(BaseProductChooserBlock):
    """Chooses a product; loads every product of a page's blocks in a few queries, hidden ones included.

    Hidden products are kept (not filtered out) so that editing an article never drops them from
    the draft; templates show them as unavailable.
    """

    def bulk_to_python(self, values):
        found = self.model_class.objects.for_cards().in_bulk([pk for pk in values if pk is not None])
        return [found.get(pk) for pk in values]


class HeadingBlock(blocks.StructBlock):
    """A section heading; level 2 headings also anchor a link target."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(label=_("Level"), choices=[("h2", _("Section")), ("h3", _("Subsection"))], default="h2")

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class ParagraphBlock(blocks.RichTextBlock):
    """Running text; may link to pages, websites and products."""

    def __init__(self, **kwargs):
        super().__init__(features=ARTICLE_RICH_TEXT_FEATURES, **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph.html"


class ImageBlock(blocks.StructBlock):
    """A full-width image with caption and credit."""

    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=240)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = "blocks/image.html"


class QuoteBlock(blocks.StructBlock):
    """A pull quote with who said it."""

    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"


class CalloutBlock(blocks.StructBlock):
    """A boxed tip, note or warning beside the running text."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("tip", _("Tip")), ("note", _("Good to know")), ("warning", _("Caution"))],
        default="tip",
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=ARTICLE_RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Callout / tip box")
        template = "blocks/callout.html"


class ProductCardBlock(blocks.StructBlock):
    """One product with live price and an add-to-basket button, with an optional editor's note."""

    product = ProductChooserBlock(label=_("Product"))
    note = blocks.CharBlock(label=_("Why we mention it"), required=False, max_length=200)

    class Meta:
        icon = "tag"
        label = _("Product card")
        template = "blocks/product_card.html"


class ProductGridBlock(blocks.StructBlock):
    """Two to four products side by side, each with live price and add-to-basket."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=120)
    products = blocks.ListBlock(ProductChooserBlock(label=_("Product")), min_num=2, max_num=4, label=_("Products"))

    class Meta:
        icon = "table"
        label = _("Product grid")
        template = "blocks/product_grid.html"


class ShopTheArticleBlock(blocks.StructBlock):
    """A call to action listing every product this article features, with prices and links."""

    heading = blocks.CharBlock(label=_("Heading"), default=_("Shop this article"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)

    class Meta:
        icon = "pick"
        label = _("“Shop this article” call to action")
        template = "blocks/shop_the_article.html"


class ReferenceBlock(blocks.StructBlock):
    """One scientific source."""

    authors = blocks.CharBlock(
        label=_("Authors"), max_length=300, help_text=_("E.g. “Salem I, Ramser A, Isham N, et al.”")
    )
    title = blocks.CharBlock(label=_("Title"), max_length=400)
    journal = blocks.CharBlock(label=_("Journal"), required=False, max_length=200)
    year = blocks.IntegerBlock(label=_("Year"), required=False, min_value=1800, max_value=2100)
    doi = blocks.CharBlock(label=_("DOI"), required=False, max_length=120, help_text=_("E.g. 10.3389/fmicb.2018.01459"))
    url = blocks.URLBlock(label=_("URL"), required=False, help_text=_("Only when there is no DOI."))

    class Meta:
        icon = "doc-full"
        label = _("Reference")


class ReferencesBlock(blocks.StructBlock):
    """The article's sources, rendered as a numbered list."""

    heading = blocks.CharBlock(label=_("Heading"), default=_("References"), max_length=120)
    references = blocks.ListBlock(ReferenceBlock(), label=_("References"))

    class Meta:
        icon = "list-ol"
        label = _("Scientific references")
        template = "blocks/references.html"


class DisclaimerBlock(blocks.StructBlock):
    """The health disclaimer readers expect under advice on supplements."""

    text = blocks.TextBlock(
        label=_("Text"),
        default=_(
            "This article is for general information and does not replace advice from a doctor or pharmacist. "
            "Food supplements are not a substitute for a varied, balanced diet and a healthy lifestyle."
        ),
    )

    class Meta:
        icon = "warning"
        label = _("Disclaimer")
        template = "blocks/disclaimer.html"


class ArticleStreamBlock(blocks.StreamBlock):
    """Everything an article body can hold."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    callout = CalloutBlock()
    product_card = ProductCardBlock()
    product_grid = ProductGridBlock()
    shop_the_article = ShopTheArticleBlock()
    references = ReferencesBlock()
    disclaimer = DisclaimerBlock()


class FeaturedProductsBlock(blocks.StructBlock):
    """The home page's editor-chosen products."""

    heading = blocks.CharBlock(label=_("Heading"), default=_("Our bestsellers"), max_length=120)
    products = blocks.ListBlock(ProductChooserBlock(label=_("Product")), min_num=1, max_num=8, label=_("Products"))

    class Meta:
        icon = "tag"
        label = _("Featured products")
        template = "blocks/product_grid.html"


def body_text(value):
    """Yield the reader-visible text of a block value (stream, struct, list, rich text or string)."""
    if isinstance(value, RichText):
        yield strip_tags(value.source)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, blocks.StreamValue):
        for child in value:
            yield from body_text(child.value)
    elif isinstance(value, blocks.StructValue):
        for child in value.values():
            yield from body_text(child)
    elif isinstance(value, (list, blocks.list_block.ListValue)):
        for child in value:
            yield from body_text(child)


def product_ids(stream_value):
    """Primary keys of all products chosen in an article body's blocks, in order of appearance."""
    ids = []
    for child in stream_value.raw_data if stream_value else []:
        value = child.get("value") or {}
        if child["type"] == "product_card":
            ids.append(value.get("product"))
        elif child["type"] == "product_grid":
            ids.extend(item.get("value") if isinstance(item, dict) else item for item in value.get("products", []))
    return [pk for pk in ids if pk is not None]
