"""Whole-database copies for the test run: PostgreSQL ``CREATE DATABASE … TEMPLATE``, SQLite a file copy.

The browser tests load the demo once into a copy of the migrated test database (the *template*) and then
give each test a copy of that (a fraction of a second) instead of loading the demo again (5–14 s).
Switching the default connection to another database changes its settings in place: this thread and every
thread the live server starts for a request (they open their own connections) then use the new one.
"""

import os
import sqlite3
from pathlib import Path

from django.db import connections


def default():
    return connections["default"]


def current_name():
    return str(default().settings_dict["NAME"])


def sibling_name(name, suffix):
    """The name of a database next to ``name``: ``test_shop`` → ``test_shop_e2e``; files keep their folder."""
    if default().vendor == "sqlite":
        path = Path(name)
        return str(path.with_name(f"{path.stem}-{suffix}{path.suffix}"))
    return f"{name}_{suffix}"


def use(name):
    """Point the default connection (and every connection opened after this) at the database ``name``."""
    connections.close_all()
    default().settings_dict["NAME"] = name


def copy(source, target):
    """Replace the database ``target`` by a copy of ``source`` (which must have no open connections)."""
    connections.close_all()
    connection = default()
    if connection.vendor == "postgresql":
        quote = connection.ops.quote_name
        with connection._nodb_cursor() as cursor:
            # FORCE: a live-server thread of the previous test may still hold a connection to it.
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(target)} WITH (FORCE)")
            cursor.execute(f"CREATE DATABASE {quote(target)} TEMPLATE {quote(source)}")
    elif connection.vendor == "sqlite":
        drop(target)
        with sqlite3.connect(source) as origin, sqlite3.connect(target) as destination:
            origin.backup(destination)
        origin.close()
        destination.close()
    else:
        raise NotImplementedError(f"No database copy for {connection.vendor}")


def drop(name):
    connections.close_all()
    connection = default()
    if connection.vendor == "postgresql":
        with connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)} WITH (FORCE)")
    else:
        for path in (name, f"{name}-journal", f"{name}-wal", f"{name}-shm"):
            if os.path.exists(path):
                os.remove(path)


def exists(name):
    connection = default()
    if connection.vendor == "postgresql":
        with connection._nodb_cursor() as cursor:
            cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
            return cursor.fetchone() is not None
    return os.path.exists(name)
