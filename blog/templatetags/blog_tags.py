"""Template tags the shop's templates use to show the magazine, and article SEO markup."""

from django import template

from blog.models import ArticlePage

register = template.Library()


@register.inclusion_tag("blog/includes/articles_for_product.html")
def articles_for_product(product, limit=3):
    """“Read more in our magazine” on a product page: the newest live articles featuring ``product``."""
    articles = ArticlePage.objects.browsable().featuring(product).for_listing()[:limit] if product else []
    return {"articles": articles}


@register.simple_tag(takes_context=True)
def article_schema(context, page, image=None):
    """A schema.org ``Article`` for search engines; rendered with ``{% json_ld %}`` (seo_tags)."""
    request = context["request"]
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "description": page.search_description or page.teaser,
        "datePublished": page.date.isoformat(),
        "dateModified": (page.last_published_at or page.latest_revision_created_at or page.date).isoformat()
        if page.pk
        else page.date.isoformat(),
        "mainEntityOfPage": page.get_full_url(request),
        "publisher": {"@type": "Organization", "name": context.get("shop_name", "")},
    }
    if page.author:
        data["author"] = {"@type": "Person", "name": page.author.name}
    if image:
        data["image"] = request.build_absolute_uri(image.url)
    if page.original_title:
        data["alternativeHeadline"] = page.original_title
    return data
