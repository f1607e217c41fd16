"""A record flattened into table rows, so SQL and Datasette can query what the JSON holds.

The full record is always kept: its clean text in ``documents.text`` and everything else in
``documents.record``, both compressed (:mod:`neican.store.packing`; the SQL functions
``neican_text(text)`` and ``neican_record(record, text)`` give them back). These rows are a queryable copy. Each
child table is described once in ``CHILD_TABLES``; the code that fills them is generic, so a
field that is an empty list today fills its table when an extractor starts writing it.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from neican.store.fts import index_form
from neican.store.packing import RECORD, TEXT, Codec, to_json


@dataclass(frozen=True)
class ChildTable:
    """How one list field of a record maps to rows of one table.

    ``columns`` pairs a column with the item key it copies; ``json_columns`` likewise, stored as
    JSON; ``data`` (when true) gets the item's remaining keys as JSON. A list of strings (authors,
    warnings) goes into ``value_column``. ``fixed`` adds constant columns (the byline role).
    """

    table: str
    field: str
    columns: tuple[tuple[str, str], ...] = ()
    json_columns: tuple[tuple[str, str], ...] = ()
    data: bool = False
    value_column: str | None = None
    fixed: tuple[tuple[str, str], ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        names = [c for c, _ in self.fixed]
        if self.value_column:
            names.append(self.value_column)
        names += [c for c, _ in self.columns] + [c for c, _ in self.json_columns]
        return (*names, "data") if self.data else tuple(names)

    def rows(self, items: list[Any]) -> Iterator[tuple[Any, ...]]:
        """One tuple of column values per item, in ``column_names`` order."""
        fixed = tuple(value for _, value in self.fixed)
        for item in items:
            if self.value_column:
                yield (*fixed, _scalar(item))
                continue
            if not isinstance(item, dict):
                item = {"value": item}
            values = [_scalar(item.get(key)) for _, key in self.columns]
            values += [_json_or_none(item.get(key)) for _, key in self.json_columns]
            if self.data:
                used = {key for _, key in self.columns} | {key for _, key in self.json_columns}
                rest = {k: v for k, v in item.items() if k not in used}
                values.append(to_json(rest) if rest else None)
            yield (*fixed, *values)


def _same(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, name) for name in names)


CHILD_TABLES: tuple[ChildTable, ...] = (
    ChildTable("bylines", "authors", value_column="name", fixed=(("role", "author"),)),
    ChildTable("bylines", "editors", value_column="name", fixed=(("role", "editor"),)),
    ChildTable(
        "articles", "articles",
        columns=(("title", "title"), ("start_offset", "start"), ("end_offset", "end")),
        json_columns=_same("authors"),
    ),
    ChildTable("removed", "removed", columns=_same("text", "reason")),
    ChildTable("warnings", "warnings", value_column="warning"),
    ChildTable("people", "people", columns=_same("name"), json_columns=_same("surface", "titles", "mentions")),
    ChildTable(
        "events", "events", columns=_same("kind", "name", "date", "time_of_day", "place", "format"), data=True
    ),
    ChildTable(
        "tours", "tours",
        columns=(("delegation", "delegation"), ("origin", "origin"), ("start_date", "start"), ("end_date", "end")),
        data=True,
    ),
    ChildTable("statements", "statements", columns=_same("speaker", "verb", "text"), data=True),
    ChildTable("formulations", "formulations", columns=_same("text", "kind", "count", "number", "head"), data=True),
    ChildTable("targets", "targets", columns=_same("text", "value", "unit", "subject"), data=True),
    ChildTable("regions", "regions", columns=_same("name", "code", "level", "count")),
)

CHILD_TABLE_NAMES: tuple[str, ...] = tuple(dict.fromkeys(spec.table for spec in CHILD_TABLES))

# The documents columns copied straight from the record.
DOCUMENT_FIELDS = (
    "id", "path", "content_hash", "title", "original_title", "published", "source",
    "original_source", "script", "text",
)


def _json_or_none(value: Any) -> str | None:
    return None if value is None else to_json(value)


def _scalar(value: Any) -> Any:
    """A value SQLite can store; lists and objects become JSON."""
    return to_json(value) if isinstance(value, (list, dict)) else value


def _text_or_none(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return to_json(value) if isinstance(value, (list, dict)) else str(value)


def document_row(record: dict[str, Any], codec: Codec) -> dict[str, Any]:
    """The documents columns for a record, its text and JSON packed by ``codec``, the JSON's hash included.

    Raises ValueError for a record without an id and TypeError for one that is not JSON.
    """
    if not isinstance(record, dict):
        raise TypeError(f"a record is a dict, not {type(record).__name__}")
    if not record.get("id"):
        raise ValueError("record has no id")
    record_json = to_json(record)
    # Every documents column is TEXT; store strings so the index sees what the column holds.
    row = {name: _text_or_none(record.get(name)) for name in DOCUMENT_FIELDS}
    row["text"] = codec.pack_text(row["text"] or "")
    row["record"] = codec.pack_record(record)
    row["record_hash"] = hashlib.sha1(record_json.encode("utf-8")).hexdigest()
    return row


def child_rows(record: dict[str, Any]) -> Iterator[tuple[ChildTable, list[tuple[Any, ...]]]]:
    """For each child table spec with items in the record, its rows (without doc_id)."""
    for spec in CHILD_TABLES:
        items = record.get(spec.field)
        if isinstance(items, list) and items:
            yield spec, list(spec.rows(items))


class Prepared(NamedTuple):
    """A record turned into what the store writes, so that the work can be done where the record
    is made (a pool worker) and the single writer only runs the SQL (``Store.add`` takes these as
    well as records). A tuple: it pickles small and fast.

    ``row``: the documents columns but ``ingested_at``; ``packed_with``: the ids of the text and
    record dictionaries ``row`` was packed with (the writer repacks it when its own differ);
    ``children``: (index into ``CHILD_TABLES``, rows without doc_id); ``index``: title and text
    in their full-text form.
    """

    row: dict[str, Any]
    packed_with: tuple[int | None, int | None]
    children: list[tuple[int, list[tuple[Any, ...]]]]
    index: tuple[str, str]


def packed_with(codec: Codec) -> tuple[int | None, int | None]:
    return codec.current.get(TEXT), codec.current.get(RECORD)


def prepare(record: dict[str, Any], codec: Codec) -> Prepared:
    """Everything ``Store.add`` derives from one record; raises as ``document_row`` does."""
    row = document_row(record, codec)
    children = [(_SPEC_INDEX[spec], rows) for spec, rows in child_rows(record)]
    return Prepared(row, packed_with(codec), children,
                    (index_form(row["title"]), index_form(record.get("text") or "")))


_SPEC_INDEX = {spec: n for n, spec in enumerate(CHILD_TABLES)}
