"""The XSS payloads the sweep tests post through every field, and the check of what a page renders."""

import re

from bs4 import BeautifulSoup

from shop.security.html import is_safe_url

#: Classic and filter-evasion payloads: script elements, event handlers, javascript:/data: links,
#: attribute and script-element breakouts, comment tricks, mutation XSS.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<a href="javascript:alert(1)">click</a>',
    "javascript:alert(1)",
    " JaVaScRiPt:alert(1)",
    '" onmouseover="alert(1)',
    "' onfocus='alert(1)' autofocus='",
    "</script><script>alert(1)</script>",
    "</textarea><script>alert(1)</script>",
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    "data:text/html,<script>alert(1)</script>",
    "<details open ontoggle=alert(1)>",
    "<body onload=alert(1)>",
    '<object data="javascript:alert(1)"></object>',
    '<div style="background:url(javascript:alert(1))">x</div>',
    "--><script>alert(1)</script>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
]

#: Attributes whose value the browser follows or loads.
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "background"}
#: Scripts the site itself puts on pages: files from /static/ and JSON data blocks.
DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def safe_link(value):
    """Relative, http(s), or the site's own mailto:/tel: links."""
    return is_safe_url(value) or value.strip().lower().startswith(("mailto:", "tel:"))


#: Every payload calls alert(1): the marker of payload code wherever it lands.
MARKER = "alert(1)"


def executable_markup(html):
    """What in ``html`` would run payload script: a list of findings (empty when the page is clean).

    Looks for script elements and event-handler attributes with payload code (the site's and
    Oscar's own handlers do not call ``alert(1)``), ``javascript:``/``data:`` links anywhere, and
    embedding elements (iframe, object, embed) pointing at unsafe or payload addresses.
    """
    findings = []
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(True):
        for name, value in element.attrs.items():
            value = " ".join(value) if isinstance(value, list) else str(value)
            if name.lower().startswith("on") and MARKER in value:
                findings.append(f"event handler {name}={value!r} on <{element.name}>")
            if name.lower() in URL_ATTRIBUTES and not safe_link(value):
                findings.append(f"unsafe link {name}={value!r} on <{element.name}>")
            if name.lower() == "style" and "javascript:" in value.lower():
                findings.append(f"script in style {value!r} on <{element.name}>")
        if element.name in {"iframe", "object", "embed", "base"} and MARKER in str(element):
            findings.append(f"<{element.name}> element: {str(element)[:120]}")
        if element.name == "script":
            kind = (element.get("type") or "").lower()
            code = element.string or ""
            if kind not in DATA_SCRIPT_TYPES and MARKER in code:
                findings.append(f"script element running {code[:120]!r}")
            if kind in DATA_SCRIPT_TYPES and re.search(r"</script|<!--", code, re.IGNORECASE):
                findings.append(f"data block that can break out of its script element: {code[:120]!r}")
    return findings


def assert_clean(response, what):
    """The response is a page (2xx) whose HTML holds no executable markup."""
    assert response.status_code == 200, f"{what}: HTTP {response.status_code}"
    findings = executable_markup(response.content.decode())
    assert not findings, f"{what} renders executable markup: {findings}"


def assert_stored_clean(value, what):
    """A stored value that is later printed as HTML holds no executable markup."""
    findings = executable_markup(value or "")
    assert not findings, f"{what} stored executable markup: {findings}"
