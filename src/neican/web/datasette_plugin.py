"""A Datasette plugin: Datasette's own search (``?_search=``) finds what ``neican search`` finds.

The store indexes one CJK character a token (see ``neican.store.fts``), so Datasette's default
query escaping (``escape_fts``: the query as one quoted token) never matches Chinese of two or
more characters. On a neican store this plugin (installed with neican, found through the
``datasette`` entry point) tells Datasette that ``documents`` is searched through
``documents_fts`` and replaces ``escape_fts`` with neican's own query translation, so the UI's
search box, ``/db/documents?_search=振兴`` and ``.json`` answers match ``neican search``.
Other databases are left alone.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from datasette import hookimpl

from ..store import packing
from ..store.fts import match_expression

# Matches nothing: the answer to a query with nothing searchable in it (as neican search gives none).
NO_MATCH = '"\u0000"'


def is_neican_store(conn: sqlite3.Connection) -> bool:
    """Whether a connection's database has neican's documents and full-text index."""
    rows = conn.execute("SELECT name FROM sqlite_master WHERE name IN ('documents', 'documents_fts', 'store_meta')")
    return len(rows.fetchall()) == 3


def neican_escape_fts(query: str | None) -> str:
    """A Datasette search query as neican's FTS5 expression (words ANDed, each a phrase of its characters)."""
    return match_expression(query or "") or NO_MATCH


@hookimpl(trylast=True)  # after Datasette's own prepare_connection, whose escape_fts this replaces
def prepare_connection(conn: sqlite3.Connection, database: str, datasette: Any) -> None:
    if is_neican_store(conn):
        conn.create_function("escape_fts", 1, neican_escape_fts, deterministic=True)
        # documents.text and .record are compressed: select neican_text(text) for the text and
        # neican_record(record, text) for the full JSON.
        packing.install(conn)


@hookimpl
def get_metadata(datasette: Any, key: str, database: str | None, table: str | None) -> dict[str, Any]:
    tables = {"documents": {"fts_table": "documents_fts", "fts_pk": "rowid", "searchmode": "escaped"}}
    found = {}
    for name, db in datasette.databases.items():
        if db.path and _file_is_neican_store(db.path):
            found[name] = {"tables": tables}
    return {"databases": found} if found else {}


def _file_is_neican_store(path: str) -> bool:
    try:
        conn = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    try:
        return is_neican_store(conn)
    except sqlite3.Error:
        return False
    finally:
        conn.close()
