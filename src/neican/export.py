"""Export every table of a store to a folder: CSV, JSON Lines or Parquet, one file a table.

Tables are read a chunk of rows at a time (by rowid), so a store larger than memory exports in
constant memory. Each file holds the table's columns in schema order; a table whose rows have
an implicit rowid gets it as a first ``rowid`` column, because other tables refer to it
(``event_people.event_id`` is ``events.rowid``). The full-text index is left out: it is derived
and contentless. Parquet needs pyarrow (``pip install 'neican[spark]'``).

Example: ``export_store(store, "out/", "csv").tables["documents"]`` → 5.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import NeicanError

FORMATS = ("csv", "jsonl", "parquet")
CHUNK = 2000
# The index and the dictionaries serve only the store itself: exported text is plain already.
_SKIP_PREFIXES = ("sqlite_", "documents_fts", "compression_dicts")


class ExportError(NeicanError):
    """An export that cannot run: unknown format, missing pyarrow, unwritable folder."""

    def __init__(self, path: str, reason: str, detail: str = ""):
        self.path, self.reason, self.detail = str(path), reason, detail
        super().__init__(f"{path}: {reason}: {detail}" if detail else f"{path}: {reason}")


@dataclass
class ExportReport:
    """Rows written per table, and the files written."""

    tables: dict[str, int] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class _Table:
    name: str
    columns: list[str]          # exported columns, rowid first where it is implicit
    types: list[str]            # declared SQLite types, same order
    implicit_rowid: bool


def tables(store) -> list[_Table]:
    """The store's exportable tables in schema order, with their columns."""
    names = [row[0] for row in store.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")]
    found = []
    for name in names:
        if name.startswith(_SKIP_PREFIXES):
            continue
        info = store.query(f'PRAGMA table_info("{name}")')  # cid, name, type, notnull, default, pk
        columns, types = [c[1] for c in info], [(c[2] or "").upper() for c in info]
        primary = [c for c in info if c[5]]
        aliased = len(primary) == 1 and (primary[0][2] or "").upper() == "INTEGER"
        if not aliased:
            columns, types = ["rowid", *columns], ["INTEGER", *types]
        found.append(_Table(name, columns, types, not aliased))
    return found


def _rows(store, table: _Table) -> Iterator[list[tuple[Any, ...]]]:
    """Chunks of a table's rows in rowid order ("rowid" quoted still names the implicit rowid)."""
    columns = ", ".join(f'"{c}"' for c in table.columns)
    if table.name == "documents":  # text and record are stored compressed: export them as text and full JSON
        columns = columns.replace('"text"', 'neican_text("text") AS "text"').replace(
            '"record"', 'neican_record("record", "text") AS "record"')
    last = None
    while True:
        where = "" if last is None else "WHERE rowid > ?"
        chunk = store.query(f'SELECT rowid, {columns} FROM "{table.name}" {where} ORDER BY rowid LIMIT ?',
                            (() if last is None else (last,)) + (CHUNK,))
        if not chunk:
            return
        last = chunk[-1][0]
        yield [row[1:] for row in chunk]


def export_store(store, out: str | Path, fmt: str = "csv") -> ExportReport:
    """Write each table of ``store`` to ``out/<table>.<fmt>``; returns rows per table.

    Example: ``export_store(store, "export/", "jsonl").files[0]`` → ``Path("export/documents.jsonl")``.
    """
    if fmt not in FORMATS:
        raise ExportError(str(out), "bad_format", f"{fmt!r} is not one of {', '.join(FORMATS)}")
    writer = {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}[fmt]
    if fmt == "parquet":
        _pyarrow(out)  # fail before creating anything
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(str(folder), "cannot_write", str(exc)) from exc
    report = ExportReport()
    for table in tables(store):
        path = folder / f"{table.name}.{fmt}"
        try:
            report.tables[table.name] = writer(path, table, _rows(store, table))
        except OSError as exc:
            raise ExportError(str(path), "cannot_write", str(exc)) from exc
        report.files.append(path)
    return report


def _write_csv(path: Path, table: _Table, chunks: Iterator[list[tuple]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(table.columns)
        for chunk in chunks:
            out.writerows(chunk)
            count += len(chunk)
    return count


def _write_jsonl(path: Path, table: _Table, chunks: Iterator[list[tuple]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as handle:
        for chunk in chunks:
            handle.writelines(json.dumps(dict(zip(table.columns, row)), ensure_ascii=False) + "\n" for row in chunk)
            count += len(chunk)
    return count


def _pyarrow(out: str | Path):
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:
        raise ExportError(str(out), "needs_pyarrow",
                          f"Parquet export needs pyarrow ({exc}): pip install 'neican[spark]' (or pip install pyarrow)"
                          ) from exc
    return pyarrow


def _arrow_type(pa, declared: str):
    if "INT" in declared:
        return pa.int64()
    if any(word in declared for word in ("REAL", "FLOA", "DOUB")):
        return pa.float64()
    return pa.string()


def _write_parquet(path: Path, table: _Table, chunks: Iterator[list[tuple]]) -> int:
    pa = _pyarrow(path)
    import pyarrow.parquet as pq

    schema = pa.schema([(name, _arrow_type(pa, kind)) for name, kind in zip(table.columns, table.types)])
    count = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        for chunk in chunks:
            columns = list(zip(*chunk))
            writer.write_table(pa.Table.from_arrays(
                [pa.array([_cell(v, f.type, pa, f"{table.name}.{f.name}") for v in values], type=f.type)
                 for values, f in zip(columns, schema)],
                schema=schema))
            count += len(chunk)
        if not count:
            writer.write_table(schema.empty_table())
    return count


def _cell(value: Any, kind, pa, where: str) -> Any:
    """A value as its column's Arrow type holds it; SQLite columns are loosely typed, so check."""
    if value is None:
        return None
    if kind == pa.string():
        return value if isinstance(value, str) else str(value)
    if kind == pa.int64():
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
    elif isinstance(value, (int, float)):
        return float(value)
    raise ExportError(where, "bad_value", f"{value!r} does not fit the column's declared type ({kind})")
