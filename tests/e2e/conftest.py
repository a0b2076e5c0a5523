"""Browser-test harness: Playwright (sync API) driving Debian's Chromium against pytest-django's live server.

- One Chromium per test session (startup is paid once); a fresh browser context per test, so cookies,
  baskets and logins never leak from one journey into the next.
- Never a downloaded browser: Chromium is ``E2E_CHROMIUM`` (default ``/usr/bin/chromium``, Debian's
  ``chromium`` package). Where it (or Playwright, or axe-core) is missing, the browser tests are skipped
  and the run ends with a loud banner. With ``E2E_REQUIRED=1`` (CI) a missing tool, or any skipped or
  xfailed browser test, is a failure instead.
- A failing browser test leaves ``screenshot.png`` and ``page.html`` of every page it had open in
  ``test-artifacts/e2e/<test name>/``; the run prints the folder.
- Browser tests run after every other test: they use a transactional database (the live server answers
  from another thread), and its flushes would pull the migrations' data out from under later tests.
"""

import io
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command

from .csp import csp_violations, watch_csp

E2E_DIR = Path(__file__).resolve().parent
REPO_ROOT = E2E_DIR.parent.parent
ARTIFACTS_ROOT = REPO_ROOT / "test-artifacts" / "e2e"
AXE_SCRIPT = REPO_ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("E2E_CHROMIUM", "/usr/bin/chromium")
# The flags this machine's Chromium needs: no sandbox as root, no GPU, and no calls home
# (the network is closed; background requests only slow every start down).
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
# Long enough for a slow CI machine, short enough that a broken page fails fast.
TIMEOUT_MS = 15_000


def e2e_required():
    return os.environ.get("E2E_REQUIRED", "").strip().lower() in {"1", "true", "yes", "on"}


def missing_tools():
    """What the browser tests need and this machine lacks, as human-readable fixes."""
    missing = []
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        missing.append(f"Chromium at {CHROMIUM} (apt-get install chromium; never `playwright install`)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the Python package playwright (make install)")
    return missing


def skip_or_fail(reason):
    """Skip locally (with a banner at the end of the run); fail when E2E_REQUIRED is set."""
    if e2e_required():
        pytest.fail(f"E2E_REQUIRED is set but {reason}", pytrace=False)
    pytest.skip(f"BROWSER TEST NOT RUN: {reason}")


# --- Collection: mark and order -------------------------------------------------------------------


def _is_e2e(item):
    return E2E_DIR in Path(str(item.path)).resolve().parents


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Every test under tests/e2e is marked ``e2e``, gets a transactional database and runs last."""
    for item in items:
        if _is_e2e(item):
            item.add_marker(pytest.mark.e2e)
            if item.get_closest_marker("django_db") is None:
                # The live server reads the database from another thread: real commits, flushed after
                # each test (the ``shop`` fixture rebuilds what the migrations had put there).
                item.add_marker(pytest.mark.django_db(transaction=True))
    items.sort(key=_is_e2e)  # stable: keeps pytest-django's order within each group


# --- Reports: artifacts on failure, skips become failures in CI ------------------------------------


def _artifact_dir(item):
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", item.nodeid.split("tests/e2e/")[-1]).strip("_")
    return ARTIFACTS_ROOT / name


def _save_artifacts(item):
    """Screenshot and HTML of every page the test still has open; returns the folder or None."""
    pages = [page for context in getattr(item, "_e2e_contexts", []) for page in context.pages]
    if not pages:
        return None
    folder = _artifact_dir(item)
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for number, page in enumerate(pages, start=1):
        prefix = "" if len(pages) == 1 else f"{number}-"
        try:
            (folder / f"{prefix}url.txt").write_text(page.url + "\n")
            page.screenshot(path=str(folder / f"{prefix}screenshot.png"), full_page=True)
            (folder / f"{prefix}page.html").write_text(page.content())
        except Exception as error:  # noqa: BLE001  (a crashed page must not hide the test's own failure)
            (folder / f"{prefix}error.txt").write_text(f"Could not save the page: {error!r}\n")
    return folder


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.failed and report.when in {"setup", "call"}:
        folder = _save_artifacts(item)
        if folder is not None:
            relative = folder.relative_to(REPO_ROOT)
            report.sections.append(("browser artifacts", f"Screenshot and page HTML: {relative}/"))
            item.config._e2e_artifacts.append((item.nodeid, relative))
    if report.skipped:
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        reason = reason.removeprefix("Skipped: ")
        if hasattr(report, "wasxfail"):
            reason = f"xfail: {report.wasxfail}"
        if e2e_required():
            # CI must run every browser test: a skip or an xfail here is a failure.
            report.outcome = "failed"
            report.longrepr = f"E2E_REQUIRED is set, so a browser test may not be skipped or xfailed ({reason})"
        else:
            item.config._e2e_skipped.append((item.nodeid, reason))


def pytest_configure(config):
    config._e2e_artifacts = []
    config._e2e_skipped = []


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    if config._e2e_artifacts:
        terminalreporter.section("browser test artifacts", sep="=", red=True, bold=True)
        for nodeid, folder in config._e2e_artifacts:
            terminalreporter.write_line(f"{nodeid}\n    -> {folder}/ (screenshot.png, page.html, url.txt)")
    if config._e2e_skipped:
        terminalreporter.section("BROWSER TESTS WERE SKIPPED", sep="!", red=True, bold=True)
        terminalreporter.write_line(
            f"{len(config._e2e_skipped)} browser test(s) did not run, so this run does NOT show that the "
            "journeys and the accessibility checks pass:",
            red=True,
            bold=True,
        )
        for reason in sorted({reason for _nodeid, reason in config._e2e_skipped}):
            terminalreporter.write_line(f"    {reason}", red=True)
        terminalreporter.write_line(
            "Install what is missing (README, 'Browser tests') or remove the skip; CI sets E2E_REQUIRED=1 and fails.",
            red=True,
            bold=True,
        )


# --- Browser fixtures ------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def browser():
    """One headless Debian Chromium for the whole session."""
    missing = missing_tools()
    if missing:
        skip_or_fail("missing " + "; ".join(missing))
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop marked as running in this thread between calls, so
    # Django's async-safety check would refuse every ORM call the tests make (fixtures, assertions on
    # stored data). The tests are plain synchronous code: lift the check while the browser is up.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import expect

    expect.set_options(timeout=TIMEOUT_MS)
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_context(request, browser, live_server):
    """Factory for browser contexts (a fresh cookie jar each) against the live server.

    ``new_context(viewport=PHONE)`` gives a phone; pages opened in any context are saved on failure.
    """
    contexts = []
    request.node._e2e_contexts = contexts

    def make(viewport=DESKTOP, **options):
        options.setdefault("is_mobile", viewport["width"] < 600)
        options.setdefault("has_touch", viewport["width"] < 600)
        context = browser.new_context(base_url=live_server.url, viewport=viewport, locale="en-GB", **options)
        context.set_default_timeout(TIMEOUT_MS)
        context.set_default_navigation_timeout(TIMEOUT_MS)
        contexts.append(watch_csp(context))
        return context

    yield make
    violations = csp_violations(contexts)
    for context in contexts:
        context.close()
    # The CSP is enforced in the tests: anything it blocked is a broken page (tests/e2e/csp.py).
    assert not violations, f"Content-Security-Policy violations: {violations}"


@pytest.fixture
def page(new_context):
    """A desktop-sized page (1280×900) in a fresh context."""
    return new_context().new_page()


@pytest.fixture
def phone_page(new_context):
    """A phone-sized page (390×844, touch) in a fresh context."""
    return new_context(viewport=PHONE).new_page()


# --- Data ------------------------------------------------------------------------------------------


@dataclass
class Shop:
    """What the journeys find on the site: the demo pages and users, plus one product in stock."""

    product: object
    home: object
    info_page: object

    @property
    def product_path(self):
        return self.product.get_absolute_url()


DEMO_PASSWORDS = {
    "editor@florava.example": "florava-editor",
    "staff@florava.example": "florava-staff",
    "customer@florava.example": "florava-customer",
}


def restore_wagtail_roots():
    """Recreate the rows Wagtail's data migrations make (default locale, root collection, root page).

    A transactional test ends with a flush, which empties every table; post_migrate then brings back
    content types, permissions and the role groups, but not these.
    """
    from django.utils.translation import get_supported_language_variant
    from wagtail.models import Collection, Locale, Page

    Locale.objects.get_or_create(language_code=get_supported_language_variant(settings.LANGUAGE_CODE))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))


@pytest.fixture
def shop(live_server, transactional_db):
    """The demo site (``load_demo_data``) served by the live server, plus a product with stock.

    The Wagtail site is the default site and points at the live server's host and port, so it answers
    whatever host the browser uses and its page URLs are right.
    """
    from django.contrib.sites.models import Site as DjangoSite
    from oscar.test.factories import create_product
    from wagtail.models import Site

    from blog.models import HomePage, InfoPage

    restore_wagtail_roots()
    call_command("load_demo_data", force=True, stdout=io.StringIO())
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    DjangoSite.objects.filter(pk=settings.SITE_ID).update(domain=f"{host}:{port}")
    product = create_product(
        title="Florava Daily Gut",
        upc="FLV-DAILY-GUT",
        price="24.90",
        num_in_stock=50,
    )
    return Shop(
        product=product,
        home=HomePage.objects.get(),
        info_page=InfoPage.objects.live().get(slug="shipping"),
    )


@pytest.fixture
def axe_script():
    """Path of axe-core's script (npm ci installs it from the committed package-lock.json)."""
    if not AXE_SCRIPT.is_file():
        skip_or_fail(f"axe-core is not installed at {AXE_SCRIPT.relative_to(REPO_ROOT)} (run `npm ci`)")
    return AXE_SCRIPT
