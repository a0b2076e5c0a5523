"""Oscar changed through its seams: our templates extend Oscar's and override blocks.

Where Oscar has no block around what we change, we override the smallest block that holds it,
as a copy of Oscar's block with a declared change. Those copies are pinned: an Oscar upgrade that
changes the upstream template fails here, naming the lines, so the copy is brought up to date
instead of silently hiding Oscar's fix. Snapshots of the upstream templates live in
``tests/oscar_upstream/`` (suffix ``.upstream``).
"""

import difflib
import re
from pathlib import Path

import oscar
import pytest
from django.conf import settings

OUR_TEMPLATES = Path(settings.BASE_DIR) / "templates"
INSTALLED = Path(oscar.__file__).parent / "templates"
SNAPSHOTS = Path(__file__).resolve().parent.parent / "oscar_upstream"

#: Templates whose overriding block is a copy of Oscar's: template → (block, [(upstream text, ours)]).
PINNED_COPIES = {
    "oscar/checkout/checkout.html": (
        "order_contents",
        [
            # Oscar 4.2 links a line's image to an undefined variable (empty href and alt: axe "link-name").
            (
                '<a href="{{ form.instance.product.get_absolute_url }}">',
                '<a href="{{ line.product.get_absolute_url }}">',
            ),
            ('alt="{{ product.get_title }}"', 'alt="{{ line.product.get_title }}"'),
        ],
    ),
    "oscar/customer/anon_order.html": (
        "content",
        [
            (
                "    {% if order.status %}\n"
                '        <div class="sub-header">\n'
                "            <h3>{% trans 'Status' %}</h3>\n"
                "        </div>\n"
                "        <p>{{ order.status }}</p>\n"
                "    {% endif %}\n",
                '    {% include "oscar/customer/order/partials/order_status.html" %}\n',
            )
        ],
    ),
    "oscar/customer/order/order_detail.html": (
        "tabcontent",
        [
            (
                "    {% if order.status %}\n"
                "    <h2>{% trans 'Status' %}</h2>\n"
                "    <p>{{ order.status }}</p>\n"
                "    <hr>\n"
                "    {% endif %}\n",
                '    {% include "oscar/customer/order/partials/order_status.html" %}\n',
            )
        ],
    ),
}

#: Oscar templates we copy whole because what we change sits outside every block: template → why.
#: Pinned like the block copies: an upstream change fails the drift test.
PINNED_WHOLE_COPIES = {
    "oscar/base.html": (
        "page skeleton: Oscar's onbodyload <script> has no block around it, so only a copy can give it the "
        "CSP nonce (and drop the CDN jQuery and Google Analytics)"
    ),
}

#: Oscar templates we replace with our own design (no copy of Oscar's markup to keep in step).
REPLACED = {
    "oscar/catalogue/browse.html": "ORM product list with filters (Oscar's is a Haystack view)",
    "oscar/catalogue/category.html": "the product list for one category",
    "oscar/catalogue/detail.html": "product page: pack sizes, German price display, probiotic facts",
    "oscar/catalogue/partials/product.html": "the one product card",
    "oscar/checkout/layout.html": "checkout frame in the site's look",
    "oscar/communication/emails/base.html": "branded email layout",
    "oscar/communication/emails/base.txt": "branded plain-text email layout",
    "oscar/communication/emails/commtype_order_placed_body.html": "order confirmation with German legal text",
    "oscar/communication/emails/commtype_order_placed_body.txt": "order confirmation with German legal text",
    "oscar/communication/emails/commtype_order_placed_subject.txt": "order confirmation subject",
    "oscar/partials/brand.html": "the shop's logo",
}


def upstream_drift(template_name, installed=INSTALLED, snapshots=SNAPSHOTS):
    """Unified diff between the snapshot of Oscar's template and the installed one; empty when unchanged."""
    snapshot = (snapshots / f"{template_name}.upstream").read_text().splitlines()
    current = (installed / template_name).read_text().splitlines()
    return list(
        difflib.unified_diff(snapshot, current, f"snapshot {template_name}", f"installed {template_name}", lineterm="")
    )


def block_text(source, name):
    match = re.search(r"\{% block " + name + r" %\}.*?\{% endblock " + name + r" %\}", source, re.S)
    assert match, f"no {{% block {name} %}} … {{% endblock {name} %}}"
    return match.group(0)


@pytest.mark.parametrize("template_name", sorted({**PINNED_COPIES, **PINNED_WHOLE_COPIES}))
def test_installed_oscar_template_matches_the_pinned_snapshot(template_name):
    """An Oscar upgrade that changes a template we copy a block of fails here, with the changed lines."""
    drift = upstream_drift(template_name)
    assert not drift, (
        f"Oscar's {template_name} changed upstream. Bring templates/{template_name} in line with it, then "
        f"refresh tests/oscar_upstream/{template_name}.upstream:\n" + "\n".join(drift)
    )


def test_drift_check_fails_when_fed_a_changed_upstream_copy(tmp_path):
    """The drift check reports a one-line change in an upstream template (and nothing for an identical copy)."""
    name = "oscar/customer/order/order_detail.html"
    changed = tmp_path / name
    changed.parent.mkdir(parents=True)
    original = (INSTALLED / name).read_text()
    changed.write_text(original)
    assert upstream_drift(name, installed=tmp_path) == []

    changed.write_text(original.replace("<h2>{% trans 'Status' %}</h2>", "<h2>{% trans 'Order status' %}</h2>"))
    drift = upstream_drift(name, installed=tmp_path)
    assert "-    <h2>{% trans 'Status' %}</h2>" in drift
    assert "+    <h2>{% trans 'Order status' %}</h2>" in drift


@pytest.mark.parametrize("template_name", sorted(PINNED_COPIES))
def test_our_block_is_oscars_with_only_the_declared_change(template_name):
    """Our copied block equals Oscar's block with exactly the changes declared above: nothing else drifts."""
    block, changes = PINNED_COPIES[template_name]
    expected = block_text((SNAPSHOTS / f"{template_name}.upstream").read_text(), block)
    for upstream, ours in changes:
        assert upstream in expected, f"{template_name}: the declared upstream text is gone: {upstream!r}"
        expected = expected.replace(upstream, ours)
    source = (OUR_TEMPLATES / template_name).read_text()
    assert block_text(source, block) == expected
    assert f'{{% extends "{template_name}" %}}' in source  # extends Oscar's own template (same path)


def test_every_oscar_override_extends_oscar_or_is_a_declared_replacement():
    """A template at one of Oscar's paths either extends Oscar's (overriding blocks) or is one of our own
    designs listed in REPLACED; either way its first line says what it changes and why."""
    for path in sorted((OUR_TEMPLATES / "oscar").rglob("*")):
        name = path.relative_to(OUR_TEMPLATES).as_posix()
        if not path.is_file() or not (INSTALLED / name).exists():
            continue
        source = path.read_text()
        extends_oscar = f'{{% extends "{name}" %}}' in source
        declared = name in REPLACED or name in PINNED_WHOLE_COPIES
        assert extends_oscar or declared, f"{name} copies Oscar's template: extend it and override blocks"
        if path.suffix == ".html":
            assert source.startswith("{#"), f"{name} should start with a {{# … #}} line saying what it replaces"
