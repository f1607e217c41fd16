"""Opening the SQLite file: pragmas, read-only URIs, migrations, and errors that name the file."""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from neican.errors import StoreError
from neican.store.rows import pack_record, record_json
from neican.store.schema import MIGRATIONS, MigrationError, migrate, schema_version


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
        # The stored record is compressed; SQL (migration 3, export, Datasette) reads it through this.
        conn.create_function("neican_record", 2, record_json, deterministic=True)
        conn.create_function("neican_pack_record", 1, pack_record, deterministic=True)
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
        # WAL lets the web read while an ingest writes; NORMAL is safe with WAL and much faster.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn, migrations)
    except MigrationError as exc:
        raise store_error(path, exc.reason, exc.detail) from exc
    except sqlite3.DatabaseError as exc:
        reason = "not_a_database" if "not a database" in str(exc) else "cannot_open"
        raise store_error(path, reason, str(exc)) from exc
