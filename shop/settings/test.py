"""The test suite: fast hashing, emails kept in memory, no debug."""

from .base import *  # noqa: F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.db"
# Tasks (emails) run at once in tests; the tests of the worker switch to the database backend.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# --- Test database: reusable between runs, cheap to copy ----------------------------------------------
# pytest runs with --reuse-db (pyproject.toml), so the migrated test database survives the run; CI passes
# --create-db. The browser tests copy it whole (tests/databases.py), which needs a file, not ":memory:".
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
    DATABASES["default"]["OPTIONS"] = {  # noqa: F405
        # The live server answers the browser from several threads, each with its own connection: take the
        # write lock when a transaction starts, so two requests wait for each other instead of deadlocking.
        "transaction_mode": "IMMEDIATE",
        "timeout": 30,
        # A test database needs no crash safety; skipping fsync makes migrations and commits fast.
        "init_command": "PRAGMA synchronous=OFF;",
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # The same trade for PostgreSQL: a commit does not wait for the disk (data is never at risk of corruption,
    # only the last commits before a server crash, which a test database does not care about).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
