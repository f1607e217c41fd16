#!/usr/bin/env python3
"""Every table of a neican store as ordered text, for comparing two stores row by row.

Rows are ordered by rowid (or by every column for a table without one); the columns that hold
a wall-clock time (``documents.ingested_at``, ``failures.at``, ``compression_dicts.created_at``)
are left out, since two ingests of the same input differ only there. Packed values (zstd blobs)
are dumped as they are stored, so the compression dictionaries and the packing must agree too.
FTS5's shadow tables are dumped like any other table: the index must be the same bytes.

usage: python benchmarks/store_dump.py STORE.db [STORE2.db]   (two stores: compare, exit 1 if they differ)
"""
from __future__ import annotations

import hashlib
import sqlite3
import sys
from collections.abc import Iterator

_TIMES = {"documents": {"ingested_at"}, "failures": {"at"}, "compression_dicts": {"created_at"}}


def dump(path: str) -> Iterator[str]:
    """One line per row of every table, tables by name; blobs as a hash and length."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        columns = [c[1] for c in info if c[1] not in _TIMES.get(table, ())]
        if not columns:  # a virtual table (documents_fts) has its rows in its shadow tables
            continue
        quoted = ", ".join(f'"{c}"' for c in columns)
        try:
            rows = conn.execute(f'SELECT rowid, {quoted} FROM "{table}" ORDER BY rowid')
        except sqlite3.OperationalError:  # WITHOUT ROWID, or a contentless FTS table
            rows = conn.execute(f'SELECT NULL, {quoted} FROM "{table}" ORDER BY {quoted}')
        count = 0
        for row in rows:
            count += 1
            yield f"{table}\t" + "\t".join(_show(v) for v in row)
        yield f"{table}: {count} rows, columns {columns}"


def _show(value) -> str:
    if isinstance(value, bytes):
        return f"blob:{len(value)}:{hashlib.sha1(value).hexdigest()}"
    return repr(value)


def main() -> None:
    if len(sys.argv) == 2:
        for line in dump(sys.argv[1]):
            print(line)
        return
    left, right = (list(dump(p)) for p in sys.argv[1:3])
    summary = [line for line in left if "rows, columns" in line]
    if left == right:
        print("identical:", *summary, sep="\n  ")
        return
    print(f"DIFFERENT ({len(left)} vs {len(right)} lines)")
    shown = 0
    for a, b in zip(left, right):
        if a != b and shown < 10:
            print("-", a[:300], "\n+", b[:300])
            shown += 1
    sys.exit(1)


if __name__ == "__main__":
    main()
