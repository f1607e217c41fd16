"""Opening the SQLite file: pragmas, read-only URIs, migrations, and errors that name the file."""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from neican.errors import StoreError
from neican.store.packing import Codec
from neican.store.schema import MIGRATIONS, MigrationError, migrate, schema_version

PAGE_SIZE = 16384


def store_error(path: str | Path, reason: str, detail: str = "") -> StoreError:
    """A StoreError carrying ``path``, ``reason`` and ``detail`` like InputError, for the CLI."""
    return StoreError(str(path), reason, detail)


def connect(path: Path, readonly: bool = False, migrations: Sequence[str] = MIGRATIONS) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit), migrated to the latest schema.

    A read-only connection never migrates: it refuses a database that is not at the latest version.
    """
    if readonly and not path.is_file():
        raise store_error(path, "not_found", "no database file to open read-only")
    try:
        if readonly:
            conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, isolation_level=None)
        else:
            conn = sqlite3.connect(path, isolation_level=None)
    except sqlite3.Error as exc:
        raise store_error(path, "cannot_open", str(exc)) from exc
    try:
        _prepare(conn, path, readonly, migrations)
    except BaseException:
        conn.close()
        raise
    return conn


def _prepare(conn: sqlite3.Connection, path: Path, readonly: bool, migrations: Sequence[str]) -> None:
    try:
        # Migration 3 packs records through this; the store binds its own codec once migrated.
        conn.create_function("neican_pack_record", 1, Codec().pack_record, deterministic=True)
        conn.execute("PRAGMA foreign_keys = ON")
        version = schema_version(conn)
        if readonly:
            conn.execute("PRAGMA query_only = ON")
            if version != len(migrations):
                reason = "too_new" if version > len(migrations) else "needs_migration"
                raise store_error(
                    path, reason, f"schema version {version}, expected {len(migrations)}; open it writable once"
                )
            return
        if version == 0:
            # Set before the first table: a document row (1–3 KB packed) wastes up to half a 4 KB
            # page and about a tenth of a 16 KB one (benchmarks/store_size.py).
            conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        # WAL lets the web read while an ingest writes; NORMAL is safe with WAL and much faster.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, migrations)
    except MigrationError as exc:
        raise store_error(path, exc.reason, exc.detail) from exc
    except sqlite3.DatabaseError as exc:
        reason = "not_a_database" if "not a database" in str(exc) else "cannot_open"
        raise store_error(path, reason, str(exc)) from exc
