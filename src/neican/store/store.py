"""The Store: records in, records and search hits out, over one SQLite file."""
from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from neican.ingest.source import Failure
from neican.store import packing
from neican.store import search as _search
from neican.store.connection import PAGE_SIZE, connect, store_error
from neican.store.fts import fingerprint, index_form
from neican.store.packing import Packer
from neican.store.rows import CHILD_TABLE_NAMES, CHILD_TABLES, Prepared, packed_with, prepare
from neican.store.schema import DERIVED_TABLES
from neican.store.search import ORDERS, FacetValue, Filters, SearchHit

T = TypeVar("T")

_DOCUMENT_COLUMNS = (
    "id", "path", "content_hash", "record_hash", "title", "original_title", "published", "source",
    "original_source", "script", "text", "record", "ingested_at",
)
_INSERT_DOCUMENT = (
    f"INSERT INTO documents ({', '.join(_DOCUMENT_COLUMNS)})"
    f" VALUES ({', '.join(':' + c for c in _DOCUMENT_COLUMNS)})"
)
_UPDATE_DOCUMENT = (
    f"UPDATE documents SET {', '.join(f'{c} = :{c}' for c in _DOCUMENT_COLUMNS)} WHERE rowid = :rowid"
)
_INSERT_CHILD = {
    spec: f"INSERT INTO {spec.table} (doc_id, {', '.join(spec.column_names)})"
    f" VALUES (?{', ?' * len(spec.column_names)})"
    for spec in CHILD_TABLES
}
_INDEX = "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)"
_CLEAR_FAILURE = "DELETE FROM failures WHERE path = ?"
# A contentless table forgets what it indexed; deleting needs the same values again.
_UNINDEX = "INSERT INTO documents_fts (documents_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)"


@dataclass
class IngestStats:
    """What one ``Store.add`` call did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """Documents, their child rows and a full-text index in one SQLite file. Use ``open_store``."""

    def __init__(self, conn: sqlite3.Connection, path: Path, readonly: bool):
        self._conn, self.path, self.readonly = conn, path, readonly
        self._codec = packing.install(conn)
        if not readonly and self._meta("fts_fingerprint") != fingerprint():
            self.rebuild_fts()

    def close(self) -> None:
        """Close the file; a writable store first lets SQLite refresh its planner statistics."""
        if self._conn is None:
            return
        if not self.readonly:
            with contextlib.suppress(sqlite3.Error):  # best effort: a busy database may refuse
                self._conn.execute("PRAGMA optimize")
        self._conn.close()
        self._conn = None  # type: ignore[assignment]

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------------------

    def add(self, records: Iterable[dict[str, Any] | Prepared], batch_size: int = 500) -> IngestStats:
        """Insert or replace records by id, one transaction per batch; streams the iterable.

        A record may come as a ``Prepared`` (``rows.prepare``, made by a pool worker with
        ``packer()``): the same rows, without the work of deriving them here.

        A record whose JSON is unchanged is left alone, so re-adding is idempotent. An error
        (from the iterable or the database) loses only the batch in flight.

        Example: ``store.add(process_many(paths))`` → ``IngestStats(added=3, updated=0, unchanged=1)``.
        """
        self._check_writable()
        stats = IngestStats()
        batch: list[dict[str, Any]] = []
        for record in records:
            batch.append(record)
            if len(batch) >= batch_size:
                self._write_batch(batch, stats)
                batch = []
        if batch:
            self._write_batch(batch, stats)
        return stats

    def _write_batch(self, batch: list[dict[str, Any]], stats: IngestStats) -> None:
        now, done = _now(), IngestStats()
        # Child rows, index entries and failure clean-ups are written a table at a time for the
        # whole batch (one executemany each, not one call a document: the writer is the pool's
        # serial part).
        pending: dict[str, list[tuple[Any, ...]]] = {}
        try:
            with self._transaction():
                for record in batch:
                    outcome = self._write_record(record, now, pending)
                    setattr(done, outcome, getattr(done, outcome) + 1)
                self._flush(pending)
        except (ValueError, TypeError) as exc:
            where = (record.get("path") or record.get("id")) if isinstance(record, dict) else None
            raise store_error(self.path, "bad_record", f"{where or 'record'}: {exc}") from exc
        stats.added += done.added
        stats.updated += done.updated
        stats.unchanged += done.unchanged
        if done.added and len(self._codec.current) < len(packing.KINDS) and self._train_and_repack(packing.TRAIN_AT):
            # The repacked rows shrank to half and left their pages half empty; at this size
            # (TRAIN_AT documents) a VACUUM takes a moment. Best effort: a reader may hold the file.
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("VACUUM")

    def _write_record(self, record: dict[str, Any] | Prepared, now: str,
                      pending: dict[str, list[tuple[Any, ...]]]) -> str:
        prepared = record if isinstance(record, Prepared) else prepare(record, self._codec)
        row = prepared.row | {"ingested_at": now}
        if prepared.packed_with != packed_with(self._codec):  # packed before this store's dictionaries changed
            row["text"] = self._codec.repack(packing.TEXT, row["text"])
            row["record"] = self._codec.repack(packing.RECORD, row["record"])
        old = self._conn.execute(
            "SELECT rowid, record_hash, title, text FROM documents WHERE id = ?", (row["id"],)
        ).fetchone()
        if old is not None and old[1] == row["record_hash"]:
            outcome = "unchanged"
        elif old is not None:
            self._flush(pending)  # the same id earlier in this batch: its rows go before they are replaced
            rowid = old[0]
            self._conn.execute(_UNINDEX, (rowid, index_form(old[2]), index_form(self._codec.unpack(old[3]))))
            for table in CHILD_TABLE_NAMES:
                self._conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (rowid,))
            self._conn.execute(_UPDATE_DOCUMENT, row | {"rowid": rowid})
            self._write_children(rowid, prepared, pending)
            outcome = "updated"
        else:
            rowid = self._conn.execute(_INSERT_DOCUMENT, row).lastrowid
            self._write_children(rowid, prepared, pending)
            outcome = "added"
        if row["path"]:
            pending.setdefault(_CLEAR_FAILURE, []).append((row["path"],))
        return outcome

    @staticmethod
    def _write_children(rowid: int, prepared: Prepared, pending: dict[str, list[tuple[Any, ...]]]) -> None:
        for spec, values in prepared.children:
            pending.setdefault(_INSERT_CHILD[CHILD_TABLES[spec]], []).extend((rowid, *v) for v in values)
        pending.setdefault(_INDEX, []).append((rowid, *prepared.index))

    def _flush(self, pending: dict[str, list[tuple[Any, ...]]]) -> None:
        for sql, rows in pending.items():
            self._conn.executemany(sql, rows)
        pending.clear()

    def _train_and_repack(self, at_least: int) -> bool:
        """Train the text and record dictionaries on up to ``packing.SAMPLE`` stored documents
        (once the store holds ``at_least``), then repack every document with them, in one
        transaction. False where there was nothing to train on."""
        count = self._conn.execute("SELECT count(*) FROM documents").fetchone()[0]
        if count < max(at_least, 1):
            return False
        sample = self._conn.execute("SELECT text, record FROM documents ORDER BY rowid LIMIT ?",
                                    (packing.SAMPLE,)).fetchall()
        unpack = self._codec.unpack
        trained = {packing.TEXT: packing.train((unpack(text).encode("utf-8") for text, _ in sample), packing.TEXT),
                   packing.RECORD: packing.train((unpack(record).encode("utf-8") for _, record in sample), packing.RECORD)}
        if None in trained.values():
            return False
        with self._transaction():
            for kind, dictionary in trained.items():
                self._conn.execute(
                    "INSERT INTO compression_dicts (id, kind, data, documents, created_at) VALUES (?, ?, ?, ?, ?)",
                    (dictionary.dict_id(), kind, dictionary.as_bytes(), len(sample), _now()))
                self._codec.add(kind, dictionary)
            last = 0
            while True:  # a chunk at a time: the whole store need not fit in memory
                rows = self._conn.execute("SELECT rowid, text, record FROM documents WHERE rowid > ?"
                                          " ORDER BY rowid LIMIT 1000", (last,)).fetchall()
                if not rows:
                    break
                repack = self._codec.repack
                self._conn.executemany("UPDATE documents SET text = ?, record = ? WHERE rowid = ?", [
                    (repack(packing.TEXT, text), repack(packing.RECORD, record), rowid) for rowid, text, record in rows])
                last = rows[-1][0]
        return True

    def packer(self) -> Packer:
        """What ``rows.prepare`` needs to pack records as this store would now (its current
        dictionaries), for another process; compare with ``packer_changed`` after a batch."""
        current = dict(self._codec.current)
        return Packer({id_: self._codec.dictionary_bytes(id_) for id_ in current.values()}, current)

    def packer_changed(self, packer: Packer) -> bool:
        return packer.current != self._codec.current

    def add_failures(self, failures: Iterable[Failure]) -> int:
        """Record inputs that could not be read, replacing an earlier failure of the same path."""
        self._check_writable()
        now = _now()
        with self._transaction():
            cursor = self._conn.executemany(
                "INSERT INTO failures (path, reason, message, at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(path) DO UPDATE SET reason = excluded.reason,"
                " message = excluded.message, at = excluded.at",
                ((f.path, f.reason, f.message, now) for f in failures),
            )
        return max(cursor.rowcount, 0)

    def rebuild_fts(self) -> None:
        """Re-index every document; run when the text preparation changed (see fts.fingerprint)."""
        self._check_writable()
        with self._transaction():
            self._conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('delete-all')")
            rows = self._conn.execute("SELECT rowid, title, text FROM documents ORDER BY rowid")
            for rowid, title, text in rows:
                self._conn.execute(_INDEX, (rowid, index_form(title), index_form(self._codec.unpack(text))))
            self._conn.execute(
                "INSERT OR REPLACE INTO store_meta (key, value) VALUES ('fts_fingerprint', ?)", (fingerprint(),)
            )

    def replace_derived(self, tables: Mapping[str, tuple[Sequence[str], Iterable[tuple[Any, ...]]]],
                        meta: Mapping[str, str] | None = None) -> dict[str, int]:
        """Replace every row of derived tables (clusters, person entities) in one transaction.

        ``tables`` maps a table to (columns, rows), filled in that order; ``meta`` goes to store_meta.
        Example: ``store.replace_derived({"clusters": (("doc_id", "cluster_id", "canonical"), rows)})``.
        """
        self._check_writable()
        for table, (columns, _) in tables.items():
            if table not in DERIVED_TABLES or not all(c.isidentifier() for c in columns):
                raise store_error(self.path, "bad_table", f"{table} {tuple(columns)} is not a derived table")
        counts = {}
        with self._transaction():
            for table in reversed(list(tables)):  # children before the rows they reference
                self._conn.execute(f"DELETE FROM {table}")
            for table, (columns, rows) in tables.items():
                sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
                counts[table] = max(self._conn.executemany(sql, rows).rowcount, 0)
            for key, value in (meta or {}).items():
                self._conn.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES (?, ?)", (key, value))
        return counts

    def meta(self, key: str) -> str | None:
        """A value from store_meta (e.g. what built the derived tables), or None."""
        return self._guard(lambda: self._meta(key))

    def optimize(self) -> None:
        """Merge the full-text index into one b-tree: smaller and faster after a large ingest."""
        self._check_writable()
        with self._transaction():
            self._conn.execute("INSERT INTO documents_fts (documents_fts) VALUES ('optimize')")

    def compact(self) -> tuple[int, int]:
        """Make the file as small as it can be: train the dictionaries if the store has none and
        repack every document with them, merge the full-text index, and rewrite the file in 16 KB
        pages (VACUUM). For stores written before schema 4 or smaller than ``packing.TRAIN_AT``.
        Returns the file's size in bytes before and after. Needs no other connection open."""
        self._check_writable()
        before = self.path.stat().st_size
        if len(self._codec.current) < len(packing.KINDS):
            self._train_and_repack(at_least=1)
        self.optimize()
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.execute("PRAGMA journal_mode = DELETE")  # the page size changes only outside WAL
            self._conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            self._conn.execute("VACUUM")
            self._conn.execute("PRAGMA journal_mode = WAL")
        except sqlite3.Error as exc:
            raise store_error(self.path, "write_failed", f"compacting: {exc}") from exc
        return before, self.path.stat().st_size

    # -- reading -----------------------------------------------------------------------------

    def get(self, id: str) -> dict[str, Any] | None:
        """The full record with this id, or None when the store has no such document."""
        row = self._query("SELECT record, text FROM documents WHERE id = ?", (id,)).fetchone()
        return None if row is None else self._codec.unpack_record(*row)

    def count(self) -> int:
        """How many documents the store holds."""
        return self._query("SELECT count(*) FROM documents").fetchone()[0]

    def ids(self, chunk: int = 1000) -> Iterator[str]:
        """Every document id in insertion order, read a chunk at a time."""
        last = 0
        while True:
            rows = self._query(
                "SELECT rowid, id FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?", (last, chunk)
            ).fetchall()
            if not rows:
                return
            yield from (id_ for _, id_ in rows)
            last = rows[-1][0]

    def failures(self) -> list[Failure]:
        """Inputs that failed and have not been ingested since, by path."""
        rows = self._query("SELECT path, reason, message FROM failures ORDER BY path")
        return [Failure(path=path, reason=reason, message=message or "") for path, reason, message in rows]

    def search(self, query: str, limit: int = 20, offset: int = 0, source: str | None = None,
               date_from: str | None = None, date_to: str | None = None, *, order: str = "relevance",
               filters: Filters | None = None) -> list[SearchHit]:
        """Documents containing every word of ``query``, in either script, best first (or newest, oldest).

        Example: ``store.search("瀋陽 经济", source="辽宁日报")`` finds 沈阳 in simplified text.
        """
        filters = filters or Filters(source=source, date_from=date_from, date_to=date_to)
        if order not in ORDERS:
            raise ValueError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
        return self._guard(lambda: _search.search(self._conn, query, limit, offset, filters, order))

    def count_matches(self, query: str, source: str | None = None, date_from: str | None = None,
                      date_to: str | None = None, *, filters: Filters | None = None) -> int:
        """How many documents ``search`` would find without limit."""
        filters = filters or Filters(source=source, date_from=date_from, date_to=date_to)
        return self._guard(lambda: _search.count_matches(self._conn, query, filters))

    def facets(self, query: str, filters: Filters | None = None, top: int = 12,
               province_name: Callable[[str], str | None] | None = None) -> dict[str, list[FacetValue]]:
        """Matching documents counted by year, source, province and person (see search.facets)."""
        return self._guard(lambda: _search.facets(self._conn, query, filters or Filters(), top, province_name))

    def stats(self) -> dict[str, Any]:
        """Counts for a status line: documents, failures, documents by source, date range."""
        by_source = dict(self._query(
            "SELECT source, count(*) FROM documents GROUP BY source ORDER BY count(*) DESC, source"
        ).fetchall())
        first, last = self._query("SELECT min(published), max(published) FROM documents").fetchone()
        return {
            "documents": self.count(),
            "failures": self._query("SELECT count(*) FROM failures").fetchone()[0],
            "by_source": by_source,
            "date_range": (first, last),
            "schema_version": self._query("PRAGMA user_version").fetchone()[0],
        }

    # -- plumbing ----------------------------------------------------------------------------

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple]:
        """Rows of a read-only SQL query over the store's tables (for reports and analytics)."""
        return self._query(sql, params).fetchall()

    def _check_writable(self) -> None:
        if self._conn is None:
            raise store_error(self.path, "closed", "the store is closed")
        if self.readonly:
            raise store_error(self.path, "read_only", "opened read-only")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._conn, self.path)

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> sqlite3.Cursor:
        return self._guard(lambda: self._conn.execute(sql, params))

    def _guard(self, call: Callable[[], T]) -> T:
        if self._conn is None:
            raise store_error(self.path, "closed", "the store is closed")
        try:
            return call()
        except sqlite3.Error as exc:
            raise store_error(self.path, "read_failed", str(exc)) from exc

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else row[0]


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, rolled back on any exception; SQLite errors become StoreError."""

    def __init__(self, conn: sqlite3.Connection, path: Path):
        self._conn, self._path = conn, path

    def __enter__(self) -> None:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise store_error(self._path, "write_failed", str(exc)) from exc

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if exc_type is None:
            try:
                self._conn.execute("COMMIT")
                return
            except sqlite3.Error as error:
                exc = error
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise store_error(self._path, "write_failed", str(exc)) from exc


def open_store(path: str | Path, readonly: bool = False) -> Store:
    """Open (creating and migrating if needed) the store at ``path``.

    Example: ``with open_store("corpus.db") as store: store.add(records)``.
    """
    path = Path(path)
    conn = connect(path, readonly)
    try:
        return Store(conn, path, readonly)
    except BaseException:
        conn.close()
        raise
