"""Browser-test harness: Playwright (sync API) driving Debian's Chromium against pytest-django's live server.

- One Chromium per test session (startup is paid once); a fresh browser context per test, so cookies,
  baskets and logins never leak from one journey into the next.
- Never a downloaded browser: Chromium is ``E2E_CHROMIUM`` (default ``/usr/bin/chromium``, Debian's
  ``chromium`` package). Where it (or Playwright, or axe-core) is missing, the browser tests are skipped
  and the run ends with a loud banner. With ``E2E_REQUIRED=1`` (CI) a missing tool, or any skipped or
  xfailed browser test, is a failure instead.
- A failing browser test leaves ``screenshot.png`` and ``page.html`` of every page it had open in
  ``test-artifacts/e2e/<test name>/``; the run prints the folder.
- Data: the demo is loaded ONCE per run into a copy of the migrated test database (``e2e_demo``). A test
  that only reads (browses, fills its own basket) takes ``shared_shop`` and shares one copy with the other
  readers; a test that writes (places an order, publishes a page, changes stock) takes ``shop`` and gets its
  own fresh copy (PostgreSQL ``CREATE DATABASE … TEMPLATE``, SQLite a file copy: well under a second). The
  demo's images are drawn once into one media folder for the run. The live server's threads and the test
  read and write real, committed data; nothing is flushed.
- Browser tests run after every other test and never request ``db``/``transactional_db`` (the database is
  open to them through these fixtures).
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
from django.test.utils import override_settings

from .. import databases
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


def pytest_itemcollected(item):
    """Every test under tests/e2e is marked ``e2e`` as it is collected, so ``-m "not e2e"`` deselects them."""
    if _is_e2e(item):
        item.add_marker(pytest.mark.e2e)


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Browser tests run last; none may wrap itself in a test transaction."""
    for item in items:
        if _is_e2e(item):
            wrapped = {"db", "transactional_db"} & set(getattr(item, "fixturenames", ()))
            if item.get_closest_marker("django_db") or wrapped:
                # A test transaction (or a flush afterwards) would hide data from the live server's threads
                # or empty the shared demo: the browser tests use ``shop`` / ``shared_shop`` instead.
                raise pytest.UsageError(
                    f"{item.nodeid}: a browser test takes `shop` (writes) or `shared_shop` (reads only), "
                    "not django_db, db or transactional_db (README, 'Browser tests')."
                )
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


# --- Data: one demo load per run, copies per test ----------------------------------------------------


@dataclass
class Shop:
    """What the journeys find on the site: the demo pages and users, plus one product in stock."""

    product: object
    home: object
    info_page: object

    @property
    def product_path(self):
        return self.product.get_absolute_url()


#: The product every journey can buy straight from its page (no pack sizes), made with the demo.
TEST_PRODUCT = {"title": "Florava Daily Gut", "upc": "FLV-DAILY-GUT", "price": "24.90", "num_in_stock": 50}


@pytest.fixture(autouse=True)
def _live_server_helper(request):
    """Replaces pytest-django's helper of the same name, which would wrap every test that uses the live server
    in ``transactional_db`` (a flush after each test, which would empty the shared demo)."""
    if "live_server" not in request.fixturenames:
        yield
        return
    server = request.getfixturevalue("live_server")
    server._live_server_modified_settings.enable()
    yield
    server._live_server_modified_settings.disable()


@pytest.fixture(autouse=True)
def _e2e_database_access(django_db_blocker):
    """The test body reads and writes the current demo copy directly (no test transaction, see above)."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture(scope="session")
def e2e_media(tmp_path_factory):
    """One media folder for all browser tests: the demo's images are drawn into it once per run."""
    return tmp_path_factory.mktemp("e2e-media")


@pytest.fixture(autouse=True)
def _media_root(settings, e2e_media):
    """Overrides the per-test media folder of tests/conftest.py: every demo copy points at the same files."""
    settings.MEDIA_ROOT = e2e_media


class DemoDatabases:
    """The demo-loaded template database of this run and the copies the browser tests use."""

    def __init__(self, main, template):
        self.main = main
        self.template = template
        self.shared = databases.sibling_name(main, "e2e_shared")
        self.fresh = databases.sibling_name(main, "e2e_fresh")
        self.shared_made = False

    def use_fresh_copy(self):
        databases.copy(self.template, self.fresh)
        self._switch(self.fresh)

    def use_shared_copy(self):
        if not self.shared_made:
            databases.copy(self.template, self.shared)
            self.shared_made = True
        self._switch(self.shared)

    @staticmethod
    def _switch(name):
        from django.contrib.contenttypes.models import ContentType
        from django.contrib.sites.models import Site as DjangoSite
        from django.core.cache import caches

        databases.use(name)
        for cache in caches.all():
            cache.clear()  # page caches, Wagtail's site root paths, sorl's thumbnail keys of another copy
        DjangoSite.objects.clear_cache()
        ContentType.objects.clear_cache()

    @staticmethod
    def shop():
        from blog.models import HomePage, InfoPage
        from shop.apps.catalogue.models import Product

        return Shop(
            product=Product.objects.get(upc=TEST_PRODUCT["upc"]),
            home=HomePage.objects.get(),
            info_page=InfoPage.objects.live().get(slug="shipping"),
        )

    @staticmethod
    def footprint():
        """What a reading test must leave as it found it: orders, pages and their revisions, stock."""
        from django.db.models import Sum
        from wagtail.models import Page, Revision

        from shop.apps.order.models import Order
        from shop.apps.partner.models import StockRecord

        stock = StockRecord.objects.aggregate(Sum("num_in_stock"), Sum("num_allocated"))
        return {
            "orders": Order.objects.count(),
            "pages": Page.objects.count(),
            "revisions": Revision.objects.count(),
            "stock": (stock["num_in_stock__sum"], stock["num_allocated__sum"]),
        }


def build_demo(live_server):
    """The demo site as the browser tests see it: ``load_demo_data``, both site records on the live server's
    host and port, the test product, and every page rendered once so image renditions and thumbnails exist."""
    from django.contrib.sites.models import Site as DjangoSite
    from wagtail.models import Site

    from shop.apps.catalogue.factories import create_product

    call_command("load_demo_data", force=True, stdout=io.StringIO())
    host, port = live_server.url.removeprefix("http://").split(":")
    Site.objects.filter(is_default_site=True).update(hostname=host, port=int(port))
    DjangoSite.objects.filter(pk=settings.SITE_ID).update(domain=f"{host}:{port}")
    create_product(**TEST_PRODUCT)
    render_every_page(f"{host}:{port}")


def render_every_page(host):
    """Request each page once (in this process), so the copies start with the images already cut to size."""
    from django.test import Client
    from django.urls import reverse
    from wagtail.models import Page

    from shop.apps.catalogue.models import Category, Product

    paths = [page.url for page in Page.objects.live().filter(depth__gt=1).specific()]
    paths += [reverse("catalogue:index")]
    paths += [product.get_absolute_url() for product in Product.objects.browsable()]
    paths += [category.get_absolute_url() for category in Category.objects.browsable()]
    client = Client(headers={"host": host}, raise_request_exception=False)
    for path in paths:
        client.get(path)


@pytest.fixture(scope="session")
def e2e_demo(django_db_setup, django_db_blocker, live_server, e2e_media):
    """Loads the demo once per run into a copy of the freshly migrated test database (the template)."""
    main = databases.current_name()
    template = databases.sibling_name(main, "e2e_demo")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=e2e_media):
        databases.copy(databases.sibling_name(main, "pristine"), template)
        databases.use(template)
        try:
            build_demo(live_server)
        finally:
            databases.use(main)
    demo = DemoDatabases(main, template)
    yield demo
    with django_db_blocker.unblock():
        databases.use(main)
        for name in (demo.template, demo.shared, demo.fresh):
            databases.drop(name)


@pytest.fixture
def shop(e2e_demo, live_server):
    """For a test that WRITES (places an order, publishes a page, changes stock or users): a fresh copy of
    the demo site, served by the live server, with the test product in stock.

    The Wagtail site is the default site and points at the live server's host and port, so it answers
    whatever host the browser uses and its page URLs are right.
    """
    e2e_demo.use_fresh_copy()
    return e2e_demo.shop()


@pytest.fixture
def shared_shop(e2e_demo, live_server):
    """For a test that only READS the demo (browses, searches, fills its own basket or checkout session):
    the copy all such tests share. A test that leaves orders, pages, revisions or stock changed fails."""
    e2e_demo.use_shared_copy()
    before = e2e_demo.footprint()
    yield e2e_demo.shop()
    after = e2e_demo.footprint()
    if after != before:
        pytest.fail(
            f"This test changed the shared demo ({before} -> {after}): a test that writes takes `shop`.",
            pytrace=False,
        )


@pytest.fixture
def axe_script():
    """Path of axe-core's script (npm ci installs it from the committed package-lock.json)."""
    if not AXE_SCRIPT.is_file():
        skip_or_fail(f"axe-core is not installed at {AXE_SCRIPT.relative_to(REPO_ROOT)} (run `npm ci`)")
    return AXE_SCRIPT
