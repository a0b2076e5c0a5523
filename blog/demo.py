"""Demo magazine: authors, categories, generated images and six articles that sell products.

Step of ``manage.py load_demo_data`` (after the catalogue step). Idempotent: run again, it updates the
articles it made. Bodies and pages are built with the magazine's factories (``factories.py``), the same
parts the tests use. It features the demo catalogue's products; run on its own, it loads the catalogue
step first.
"""

import datetime
import io
import json
import random
from functools import cache

from django.core.files.images import ImageFile
from oscar.core.loading import get_model
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images import get_image_model

from .factories import (
    callout,
    disclaimer,
    heading,
    image,
    product_card,
    product_grid,
    product_link,
    quote,
    references,
    save_and_publish,
    shop_the_article,
    text,
)
from .models import ArticleCategory, ArticlePage, Author, BlogIndexPage, HomePage

Product = get_model("catalogue", "Product")
Category = get_model("catalogue", "Category")

# The products the articles feature: key → UPC in the demo catalogue (shop/apps/catalogue/demo.py).
NEEDED_UPCS = {
    "daily": "FLV-DAILY",
    "skin": "FLV-GLOW",
    "skin_sizes": "FLV-SKIN",
    "immune": "FLV-IMMUNE",
    "restore": "FLV-RESTORE",
    "travel": "FLV-TRAVEL",
}

AUTHORS = [
    (
        "Dr. Lena Hartmann",
        "Dermatologist, skin-microbiome researcher",
        "Lena treats acne and rosacea in Hamburg and studies how the gut shapes inflammation in the skin.",
        ("#c2553a", "#f1ebe0"),
    ),
    (
        "Jonas Weber",
        "Nutritionist (M.Sc.), gut-health educator",
        "Jonas translates nutrition science into meals people actually cook. He writes about fibre and fermentation.",
        ("#1f4d3a", "#7fa88a"),
    ),
    (
        "Dr. Mira Okafor",
        "Immunologist, science editor at Florava",
        "Mira checks every claim we make against the studies behind it, and explains the immune system in plain words.",
        ("#2f6b52", "#faf7f2"),
    ),
]

CATEGORIES = ["Gut health", "Skin", "Immune system", "Nutrition", "Everyday tips"]

DISCLAIMER = (
    "This article is for general information and does not replace advice from a doctor or pharmacist. "
    "Food supplements are not a substitute for a varied, balanced diet and a healthy lifestyle."
)


# --- Products, images, snippets ------------------------------------------------------------------------


def demo_products():
    """One product of the demo catalogue per need (by UPC).

    The catalogue step (``shop.apps.catalogue.demo.load``) runs first in ``load_demo_data``; the magazine
    does not import the catalogue's demo, so the shop never depends on the magazine through it.
    """
    found = {product.upc: product for product in Product.objects.browsable().filter(upc__in=NEEDED_UPCS.values())}
    missing = sorted(set(NEEDED_UPCS.values()) - set(found))
    if missing:
        raise RuntimeError(f"Load the demo catalogue before the magazine (missing UPCs: {', '.join(missing)}).")
    return {key: found[upc] for key, upc in NEEDED_UPCS.items()}


def generated_image(title, colours, seed):
    """A Wagtail image drawn with Pillow: soft 'colonies' on a gradient; same title → same image, made once."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    filename = f"demo-{seed}.jpg"
    image = Image(
        title=title,
        file=ImageFile(io.BytesIO(_draw(colours, seed)), name=filename),
        focal_point_x=800,
        focal_point_y=420,
    )
    image.focal_point_width, image.focal_point_height = 500, 360
    image.save()
    return image


@cache  # drawn once per process: each test that loads the demo saves the same bytes again
def _draw(colours, seed):
    width, height = 1600, 1000
    rng = random.Random(seed)
    start, end = (PILImage.new("RGB", (1, 1), colour).getpixel((0, 0)) for colour in colours)
    canvas = PILImage.new("RGB", (width, height))
    draw = ImageDraw.Draw(canvas)
    for y in range(height):
        t = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(a + (b - a) * t) for a, b in zip(start, end, strict=True)))
    blobs = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    blob_draw = ImageDraw.Draw(blobs)
    for _index in range(38):
        radius = rng.randint(18, 150)
        x, y = rng.randint(0, width), rng.randint(0, height)
        tint = rng.choice([(255, 255, 255, 70), (250, 247, 242, 110), (31, 77, 58, 60), (194, 85, 58, 55)])
        blob_draw.ellipse([x - radius, y - radius * 0.7, x + radius, y + radius * 0.7], fill=tint)
    canvas.paste(blobs.filter(ImageFilter.GaussianBlur(6)), (0, 0), blobs.filter(ImageFilter.GaussianBlur(6)))
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def demo_authors():
    authors = {}
    for index, (name, credentials, bio, colours) in enumerate(AUTHORS):
        photo = generated_image(f"Portrait placeholder: {name}", colours, seed=900 + index)
        authors[name], _created = Author.objects.update_or_create(
            name=name, defaults={"credentials": credentials, "bio": bio, "photo": photo}
        )
    return authors


def demo_categories():
    return {name: ArticleCategory.objects.get_or_create(name=name)[0] for name in CATEGORIES}


# --- The articles ----------------------------------------------------------------------------------------


def articles(p, images):
    """The six demo articles, written for Florava. ``p`` maps needs to products."""
    return [
        {
            "slug": "the-gut-skin-axis",
            "title": "The gut–skin axis: what your gut flora has to do with acne, rosacea and eczema",
            "original_title": "Darm-Haut-Achse",
            "teaser": "Your skin often mirrors what happens in your gut. Here is how inflammation, the immune "
            "system and nutrient absorption link the two, and what you can do for both.",
            "author": "Dr. Lena Hartmann",
            "date": datetime.date(2026, 11, 12),
            "categories": ["Skin", "Gut health"],
            "tags": ["gut-skin axis", "acne", "rosacea", "eczema", "probiotics"],
            "image": images["skin"],
            "related": ["skin_sizes", "skin"],
            "body": [
                text(
                    "<p>Dermatologists have long noticed that skin complaints rarely come alone. People with "
                    "rosacea report bloating more often, eczema is more common in children whose gut flora was "
                    "disturbed early in life, and acne flares after weeks of stress and fast food. Researchers "
                    "now describe this link as the <b>gut–skin axis</b>: a two-way line of communication that runs "
                    "through the immune system, the blood and the nervous system.</p>"
                ),
                heading("Three ways the gut talks to the skin"),
                heading("1. Inflammation", "h3"),
                text(
                    "<p>About 70 percent of our immune cells live along the gut wall. When the balance of bacteria "
                    "tips towards strains that provoke the immune system, messengers of inflammation such as "
                    "cytokines enter the bloodstream. The skin is one of the places where that low-grade "
                    "inflammation becomes visible: redness, swelling, pimples and itching.</p>"
                ),
                heading("2. The immune system learns in the gut", "h3"),
                text(
                    "<p>Friendly bacteria train immune cells to tell harmless from harmful. Some strains, for "
                    "example <i>Lactobacillus rhamnosus</i>, encourage regulatory T cells, the cells that calm "
                    "over-reactions. This is one reason why studies of probiotics in eczema look most promising "
                    "in early childhood, while the immune system is still learning.</p>"
                ),
                heading("3. Nutrient absorption", "h3"),
                text(
                    "<p>Healthy skin needs zinc, omega-3 fatty acids, vitamin A and B vitamins. An irritated gut "
                    "lining absorbs them less well, and some gut bacteria make B vitamins themselves. A gut "
                    "in trouble can therefore leave the skin short of its building materials even on a good diet.</p>"
                ),
                image(
                    images["skin_detail"],
                    "Gut flora and skin flora are separate communities that influence each other.",
                    credit="Illustration: Florava",
                ),
                heading("What the studies say about acne, rosacea and eczema"),
                text(
                    "<ul><li><b>Acne:</b> diets high in sugar and dairy drive insulin-like growth factor; a "
                    "disturbed gut flora adds inflammation. Small trials found fewer lesions when probiotics were "
                    "taken alongside standard treatment.</li>"
                    "<li><b>Rosacea:</b> small-intestinal bacterial overgrowth (SIBO) is found more often in "
                    "rosacea, and treating it improved the skin in several studies.</li>"
                    "<li><b>Eczema (atopic dermatitis):</b> children with eczema have a less diverse gut flora; "
                    "certain lactobacilli reduced the severity in some, but not all, trials.</li></ul>"
                ),
                callout(
                    "Be patient",
                    "<p>Skin renews itself in about four weeks, and gut flora shifts over weeks, too. Give any "
                    "change at least eight to twelve weeks before you judge it.</p>",
                    kind="note",
                ),
                heading("What helps"),
                heading("Probiotics and prebiotics", "h3"),
                text(
                    "<p>Probiotics bring in live bacteria; prebiotics, the fibre in oats, onions, leeks and "
                    "pulses, feed the good ones already there. Look for strains that were studied for skin, in "
                    "the dose used in those studies. Our "
                    f"{product_link(p['skin_sizes'], 'Skin Balance capsules')} combine <i>L. rhamnosus</i> HN001 with "
                    "two further strains studied along the gut–skin axis; "
                    f"{product_link(p['skin'], 'Skin Glow Powder')} brings HN001 in a berry drink.</p>"
                ),
                product_card(p["skin"], "HN001 with collagen peptides and vitamin C, stirred into water once a day."),
                heading("An anti-inflammatory diet", "h3"),
                text(
                    "<p>Plenty of vegetables, pulses, whole grains, nuts and oily fish; less sugar, white flour "
                    "and ultra-processed food. Fermented foods such as sauerkraut, kefir and kimchi bring extra "
                    "microbes. This is the diet with the best evidence for both gut and skin.</p>"
                ),
                heading("Protect the intestinal barrier", "h3"),
                text(
                    "<p>The gut wall is a single layer of cells held together by tight junctions. Alcohol, "
                    "frequent painkillers and a low-fibre diet loosen them. Butyrate, a fatty acid that gut bacteria "
                    "make from fibre, is the main fuel of those cells: another reason to eat your fibre.</p>"
                ),
                heading("Manage stress", "h3"),
                text(
                    "<p>Stress hormones change gut motility and the make-up of the flora, and they make skin "
                    "more reactive. Sleep, exercise and short daily breaks are treatment, not luxury.</p>"
                ),
                quote(
                    "When patients with stubborn skin ask me where to start, I tell them: with breakfast.",
                    "Dr. Lena Hartmann",
                ),
                product_grid(p["skin_sizes"], p["skin"], p["daily"], heading="For gut and skin"),
                shop_the_article("Shop this article", "Everything mentioned above, with today's prices."),
                references(
                    (
                        "Salem I, Ramser A, Isham N, Ghannoum MA",
                        "The gut microbiome as a major regulator of the gut-skin axis",
                        "Frontiers in Microbiology",
                        2018,
                        "10.3389/fmicb.2018.01459",
                        "",
                    ),
                    (
                        "Bowe WP, Logan AC",
                        "Acne vulgaris, probiotics and the gut-brain-skin axis: back to the future?",
                        "Gut Pathogens",
                        2011,
                        "10.1186/1757-4749-3-1",
                        "",
                    ),
                    (
                        "Parodi A, Paolino S, Greco A, et al.",
                        "Small intestinal bacterial overgrowth in rosacea: clinical effectiveness of its eradication",
                        "Clinical Gastroenterology and Hepatology",
                        2008,
                        "10.1016/j.cgh.2008.02.054",
                        "",
                    ),
                ),
                disclaimer(DISCLAIMER),
            ],
        },
        {
            "slug": "how-probiotics-work",
            "title": "How probiotics work, and how to choose one",
            "original_title": "",
            "teaser": "Not every capsule of bacteria is the same. Strain, dose and survival decide whether a "
            "probiotic can do what its label promises.",
            "author": "Dr. Mira Okafor",
            "date": datetime.date(2026, 11, 5),
            "categories": ["Gut health"],
            "tags": ["probiotics", "strains", "buying guide"],
            "image": images["probiotics"],
            "related": ["daily"],
            "body": [
                text(
                    "<p>Probiotics are live microorganisms that benefit health when taken in adequate amounts. "
                    "The phrase “adequate amounts” matters: the effects found in studies belong to a "
                    "specific strain at a specific dose, not to “bacteria” in general.</p>"
                ),
                heading("Read the strain, not just the species"),
                text(
                    "<p><i>Lactobacillus rhamnosus</i> is a species; <i>L. rhamnosus</i> GG is a strain. Two "
                    "strains of the same species can behave as differently as a sheepdog and a greyhound. A good "
                    "label names the strain and the number of colony-forming units (CFU) at the end of shelf life.</p>"
                ),
                callout(
                    "Checklist",
                    "<ul><li>Strain names given</li><li>CFU guaranteed until the best-before date</li>"
                    "<li>Studies on that strain and dose</li><li>Capsule that survives stomach acid</li></ul>",
                ),
                heading("Do they survive the stomach?"),
                text(
                    "<p>Stomach acid kills many bacteria. Acid-resistant capsules and taking the capsule with a "
                    "meal both raise the number that arrive alive. Whatever you choose, check the label: our "
                    f"{product_link(p['daily'], 'Daily Gut Complex')} names all five strains and the count of each.</p>"
                ),
                product_card(p["daily"], "Our everyday formula: five studied strains, each named on the pack."),
                heading("How long until I notice something?"),
                text(
                    "<p>Digestive effects such as less bloating often show within two to four weeks. Probiotics "
                    "do not settle in for good: most leave the gut within weeks after you stop, which is why "
                    "studies give them daily.</p>"
                ),
                references(
                    (
                        "Hill C, Guarner F, Reid G, et al.",
                        "The International Scientific Association for Probiotics and Prebiotics consensus statement "
                        "on the scope and appropriate use of the term probiotic",
                        "Nature Reviews Gastroenterology & Hepatology",
                        2014,
                        "10.1038/nrgastro.2014.66",
                        "",
                    ),
                ),
                disclaimer(DISCLAIMER),
            ],
        },
        {
            "slug": "fibre-food-for-your-flora",
            "title": "Fibre: food for your flora",
            "original_title": "Ballaststoffe",
            "teaser": "Most of us eat half the fibre our gut bacteria need. Small changes close the gap and "
            "feed the microbes that protect the gut wall.",
            "author": "Jonas Weber",
            "date": datetime.date(2026, 10, 28),
            "categories": ["Nutrition", "Gut health"],
            "tags": ["fibre", "prebiotics", "diet"],
            "image": images["fibre"],
            "related": ["restore"],
            "body": [
                text(
                    "<p>German nutrition guidelines recommend at least 30 grams of fibre a day; the average adult "
                    "eats about 20. The missing ten grams are missing meals for the bacteria in the large "
                    "intestine, which ferment fibre into short-chain fatty acids such as butyrate.</p>"
                ),
                heading("Why butyrate matters"),
                text(
                    "<p>Butyrate feeds the cells of the gut lining, keeps the barrier tight and calms "
                    "inflammation. People who eat more fibre have more butyrate-producing bacteria.</p>"
                ),
                heading("Ten extra grams, without a diet"),
                text(
                    "<ul><li>Oats instead of cornflakes: +4 g</li><li>A handful of lentils in the soup: +4 g</li>"
                    "<li>An apple with the skin: +3 g</li><li>Wholegrain instead of white bread: +3 g</li></ul>"
                ),
                callout(
                    "Go slowly",
                    "<p>Add fibre over two to three weeks and drink enough water; otherwise the bacteria's "
                    "enthusiasm shows up as wind.</p>",
                    kind="warning",
                ),
                text(
                    "<p>Fibre feeds the bacteria you have. When your flora has taken a knock, for example after "
                    f"a course of antibiotics, {product_link(p['restore'], 'Gut Restore Powder')} brings in four "
                    "bifidobacteria and lactobacilli strains while the fibre on your plate feeds them.</p>"
                ),
                product_grid(p["restore"], p["daily"], heading="Feed your flora"),
                references(
                    (
                        "Makki K, Deehan EC, Walter J, Bäckhed F",
                        "The impact of dietary fiber on gut microbiota in host health and disease",
                        "Cell Host & Microbe",
                        2018,
                        "10.1016/j.chom.2018.05.012",
                        "",
                    ),
                ),
                disclaimer(DISCLAIMER),
            ],
        },
        {
            "slug": "gut-and-immune-system",
            "title": "Why 70 percent of your immune system lives in your gut",
            "original_title": "",
            "teaser": "The gut is the immune system's largest training ground. What that means for colds, "
            "allergies and the winter months.",
            "author": "Dr. Mira Okafor",
            "date": datetime.date(2026, 10, 15),
            "categories": ["Immune system", "Gut health"],
            "tags": ["immune system", "winter", "probiotics"],
            "image": images["immune"],
            "related": ["immune"],
            "body": [
                text(
                    "<p>The gut wall is our largest contact surface with the outside world: about 30 square "
                    "metres. Beneath it lies the gut-associated lymphoid tissue, home to most of the body's "
                    "immune cells. Every day they decide what to tolerate and what to fight.</p>"
                ),
                heading("Bacteria as sparring partners"),
                text(
                    "<p>Gut bacteria keep immune cells alert without provoking them. In studies, certain "
                    "lactobacilli and bifidobacteria shortened colds by about a day and reduced how often "
                    "people caught them, mostly in children and older adults.</p>"
                ),
                product_card(p["immune"], "Two strains studied for the cold season, with vitamins C and D."),
                quote("A diverse gut flora is the best vaccine adjuvant we know of.", "From a review in Cell, 2020"),
                heading("What you can do"),
                text(
                    "<p>Sleep seven hours, move daily, eat many different plants (aim for 30 a week), and "
                    "consider a probiotic such as "
                    f"{product_link(p['immune'], 'Immune Shield')} from October to March.</p>"
                ),
                references(
                    (
                        "Hao Q, Dong BR, Wu T",
                        "Probiotics for preventing acute upper respiratory tract infections",
                        "Cochrane Database of Systematic Reviews",
                        2015,
                        "10.1002/14651858.CD006895.pub3",
                        "",
                    ),
                ),
                disclaimer(DISCLAIMER),
            ],
        },
        {
            "slug": "travelling-with-a-happy-gut",
            "title": "Travelling with a happy gut",
            "original_title": "",
            "teaser": "New food, new water, new time zones: how to keep traveller's diarrhoea and "
            "constipation out of your holiday.",
            "author": "Jonas Weber",
            "date": datetime.date(2026, 9, 30),
            "categories": ["Everyday tips", "Gut health"],
            "tags": ["travel", "saccharomyces boulardii"],
            "image": images["travel"],
            "related": ["travel"],
            "body": [
                text(
                    "<p>Up to half of all long-distance travellers get diarrhoea. Most cases are harmless but "
                    "cost two or three days of the holiday. A little preparation helps.</p>"
                ),
                heading("Before you go"),
                text(
                    "<p>The yeast <i>Saccharomyces boulardii</i> is the best-studied probiotic for travellers. "
                    "It is not harmed by antibiotics and is usually started five days before departure. Our "
                    f"{product_link(p['travel'], 'Travel Guard')} contains the strain CNCM I-745.</p>"
                ),
                product_card(p["travel"]),
                heading("On the road"),
                callout(
                    "Boil it, cook it, peel it, or forget it",
                    "<p>The old rule still holds. Add: bottled water for brushing teeth, and no ice cubes of "
                    "unknown origin.</p>",
                ),
                text(
                    "<p>Constipation is the other travel complaint: drink more than usual on flights, walk "
                    "when you can, and keep your fibre up.</p>"
                ),
                references(
                    (
                        "McFarland LV",
                        "Meta-analysis of probiotics for the prevention of traveler's diarrhea",
                        "Travel Medicine and Infectious Disease",
                        2007,
                        "10.1016/j.tmaid.2005.04.003",
                        "",
                    ),
                ),
                disclaimer(DISCLAIMER),
            ],
        },
        {
            "slug": "stress-and-the-gut-brain-axis",
            "title": "Butterflies in the stomach: stress and the gut–brain axis",
            "original_title": "Darm-Hirn-Achse",
            "teaser": "Stress upsets digestion, and an upset gut feeds back into mood. How the gut–brain axis "
            "works and what calms both ends.",
            "author": "Dr. Lena Hartmann",
            "date": datetime.date(2026, 9, 14),
            "categories": ["Gut health", "Everyday tips"],
            "tags": ["stress", "gut-brain axis", "sleep"],
            "image": images["brain"],
            "related": ["daily"],
            "body": [
                text(
                    "<p>The gut contains some 500 million nerve cells, more than the spinal cord. Through the "
                    "vagus nerve, hormones and immune messengers it talks to the brain all day, and the brain "
                    "answers.</p>"
                ),
                heading("How stress reaches the gut"),
                text(
                    "<p>Under stress the body diverts blood from digestion, changes gut movement and makes the "
                    "gut wall more permeable. Within days, the make-up of the flora shifts, too.</p>"
                ),
                heading("How the gut reaches the brain"),
                text(
                    "<p>Gut bacteria make or influence messengers such as serotonin precursors and GABA. Early "
                    "studies of so-called psychobiotics found less perceived stress in healthy volunteers.</p>"
                ),
                callout(
                    "Five minutes a day",
                    "<p>Slow breathing (four seconds in, six out) activates the vagus nerve, and with it, "
                    "digestion. Try it before meals.</p>",
                ),
                text(
                    "<p>A steady daily routine, enough sleep and a probiotic like "
                    f"{product_link(p['daily'], 'Daily Gut Complex')} support both ends of the axis.</p>"
                ),
                product_grid(p["daily"], p["restore"], heading="For calm digestion"),
                references(
                    (
                        "Cryan JF, O'Riordan KJ, Cowan CSM, et al.",
                        "The microbiota-gut-brain axis",
                        "Physiological Reviews",
                        2019,
                        "10.1152/physrev.00018.2018",
                        "",
                    ),
                ),
                disclaimer(DISCLAIMER),
            ],
        },
    ]


IMAGE_SPECS = {
    # key: (title, gradient colours, seed)
    "skin": ("Gut–skin axis (illustration)", ("#f3d9cf", "#c2553a"), 1),
    "skin_detail": ("Two microbial communities (illustration)", ("#faf7f2", "#7fa88a"), 2),
    "probiotics": ("Probiotic strains (illustration)", ("#dcebdf", "#1f4d3a"), 3),
    "fibre": ("Fibre and flora (illustration)", ("#f1ebe0", "#b8873a"), 4),
    "immune": ("Immune cells at the gut wall (illustration)", ("#e4ecf4", "#2f6b52"), 5),
    "travel": ("Travel (illustration)", ("#fbe9c9", "#3a7ca5"), 6),
    "brain": ("Gut–brain axis (illustration)", ("#ece4f3", "#5b4a7a"), 7),
    "home": ("Florava home (illustration)", ("#1f4d3a", "#7fa88a"), 8),
}


def load(stdout):
    """Authors, categories, images and six published articles; home page featured products and teasers."""
    index = BlogIndexPage.objects.first()
    if index is None:
        stdout.write("Magazine: no magazine index page; run the pages step first.")
        return
    products = demo_products()
    images = {key: generated_image(title, colours, seed) for key, (title, colours, seed) in IMAGE_SPECS.items()}
    authors = demo_authors()
    categories = demo_categories()

    for spec in articles(products, images):
        page = ArticlePage.objects.child_of(index).filter(slug=spec["slug"]).first() or ArticlePage(slug=spec["slug"])
        page.title = spec["title"]
        page.original_title = spec["original_title"]
        page.teaser = spec["teaser"]
        page.search_description = spec["teaser"]
        page.author = authors[spec["author"]]
        page.date = spec["date"]
        page.hero_image = spec["image"]
        page.body = json.dumps(spec["body"])
        page.categories = [categories[name] for name in spec["categories"]]
        page.tags.set(spec["tags"])
        page.related_products = [
            page.related_products.model(product=products[key], sort_order=order)
            for order, key in enumerate(spec["related"])
        ]
        save_and_publish(page, parent=index)

    home = HomePage.objects.first()
    featured = [products[key] for key in ("daily", "skin_sizes", "immune", "travel")]
    home.hero_image = images["home"]
    home.featured_products = json.dumps(
        [
            {
                "type": "products",
                "value": {
                    "heading": "Our bestsellers",
                    "products": [product.pk for product in featured],
                },
            }
        ]
    )
    shop_categories = list(Category.objects.filter(is_public=True, depth=1).order_by("path")[:3])
    home.category_teasers = [
        home.category_teasers.model(category=category, sort_order=order, image=images[key])
        for order, (category, key) in enumerate(zip(shop_categories, ("probiotics", "skin", "fibre"), strict=False))
    ]
    home.save_revision().publish()
    stdout.write(
        f"Magazine: {ArticlePage.objects.child_of(index).count()} articles by {len(authors)} authors, "
        f"featuring {len(products)} products."
    )
