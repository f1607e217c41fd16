"""Purpose-written corpora for the pool and store tests, and two stores compared row by row:
every table (FTS5's shadow tables included), the wall-clock columns left out, packed values as
stored (benchmarks/store_dump.py does the same for stores of any size)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Callable

# Liaoning's cities, for purpose-written items that differ from one another
PLACES = "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛".split()
_TIMES = {"documents": "ingested_at", "failures": "at", "compression_dicts": "created_at"}


def dump(db: Path | str) -> list[tuple]:
    """Every row of every table, times left out, blobs as stored."""
    rows = []
    with sqlite3.connect(db) as conn:
        tables = [t for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for table in tables:
            columns = [c[1] for c in conn.execute(f"PRAGMA table_info({table})") if c[1] != _TIMES.get(table)]
            if not columns or table == "documents_fts":
                continue
            listed = ", ".join(f'"{c}"' for c in columns)
            rows += [(table, *row) for row in conn.execute(f'SELECT {listed} FROM "{table}" ORDER BY {listed}')]
    return rows


def meeting_text(n: int) -> str:
    return f"新华社北京5月{n % 28 + 1}日电 省委书记李华主持召开第{n}次常委会会议，强调推动高质量发展。"


def write_corpus(folder: Path, count: int, bad_lines: tuple[int, ...] = (),
                 item: Callable[[int], dict] = lambda n: {"text": meeting_text(n)}) -> Path:
    """A JSONL file of ``count`` news items (ids n0…, published 2024-05-01, the rest from ``item``),
    with malformed JSON at ``bad_lines``."""
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            if n in bad_lines:
                out.write("{not json\n")
                continue
            out.write(json.dumps({"id": f"n{n}", **item(n), "published": "2024-05-01"}, ensure_ascii=False) + "\n")
    return path
