#!/usr/bin/env python3
"""How big a store is for what went in: bytes per input character, and where the bytes are.

Counts the input characters of a JSONL corpus (the body a line carries, ``html``, ``text`` or
``content``, as ../shared/data/README.md counts xwlb's 39.9 M "characters of HTML"), then prints
the store's file size, bytes per input character and the space of each table and index (SQLite's dbstat), largest first.

usage: python benchmarks/store_size.py --db FILE [--input ../shared/data/xwlb/xwlb.jsonl.gz] [--vacuum]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import sqlite3
from pathlib import Path

BODY_FIELDS = ("html", "text", "content")
DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"


def input_characters(path: Path) -> int:
    opener = gzip.open if path.suffix == ".gz" else open
    total = 0
    with opener(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            item = json.loads(line)
            total += sum(len(item.get(key) or "") for key in BODY_FIELDS)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--input", type=Path, default=DEFAULT)
    parser.add_argument("--vacuum", action="store_true",
                        help="compact the store first, as `neican compact` does (migrate, repack, VACUUM)")
    args = parser.parse_args()
    if not args.input.is_file():
        raise SystemExit(f"{args.input}: no such corpus (../shared/data is not beside the repository?)")
    if args.vacuum:
        import neican

        with neican.open_store(args.db) as store:  # applies any migration
            store.compact()
    characters = input_characters(args.input)
    size = os.path.getsize(args.db)
    conn = sqlite3.connect(args.db.resolve().as_uri() + "?mode=ro", uri=True)
    tables = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    report = {"db": str(args.db), "bytes": size, "input_characters": characters,
              "bytes_per_input_character": round(size / characters, 2),
              "tables_mb": {name: round(pages / 2**20, 1) for name, pages in tables}}
    print(f"{args.db}: {size / 2**20:.1f} MB for {characters:,} input characters = "
          f"{report['bytes_per_input_character']} bytes per input character")
    for name, pages in tables[:15]:
        print(f"  {name:<32}{pages / 2**20:>9.1f} MB")
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
