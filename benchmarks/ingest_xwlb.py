#!/usr/bin/env python3
"""Ingest the xwlb corpus (../shared/data/xwlb/xwlb.jsonl.gz, 74,734 items) into SQLite.

Prints documents/s, characters/s, peak resident memory, the result of a second (idempotent)
run, and search latency for 1-, 2- and 4-character queries, as a table and as JSON.

usage: python benchmarks/ingest_xwlb.py [--limit N] [--db FILE] [--keep]
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

import neican

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"
QUERIES = ["沈", "振兴", "东北振兴", "瀋陽", "高质量发展"]


def limited_copy(source: Path, limit: int, folder: Path) -> Path:
    """The first ``limit`` lines of the corpus as their own .jsonl.gz (streamed)."""
    target = folder / f"xwlb-{limit}.jsonl.gz"
    with gzip.open(source, "rt", encoding="utf-8") as src, gzip.open(target, "wt", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return target


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(corpus: Path, db: Path) -> dict:
    started = time.perf_counter()
    first = neican.ingest([str(corpus)], db, batch_size=1000)
    first_s = time.perf_counter() - started
    started = time.perf_counter()
    second = neican.ingest([str(corpus)], db, batch_size=1000)
    second_s = time.perf_counter() - started
    with neican.open_store(db, readonly=True) as store:
        documents = store.count()
        chars = store.query("SELECT COALESCE(SUM(LENGTH(text)), 0) FROM documents")[0][0]
        searches = {}
        for query in QUERIES:
            t = time.perf_counter()
            total = store.count_matches(query)
            hits = store.search(query, limit=20)
            searches[query] = {"matches": total, "shown": len(hits), "ms": round((time.perf_counter() - t) * 1000, 1)}
    return {
        "documents": documents,
        "added": first.added, "failed": len(first.failures),
        "ingest_s": round(first_s, 1),
        "docs_per_s": round(first.processed / first_s, 1),
        "clean_chars_per_s": round(chars / first_s) if chars else None,
        "rerun_added": second.added, "rerun_updated": second.updated, "rerun_unchanged": second.unchanged,
        "rerun_s": round(second_s, 1),
        "peak_rss_mb": round(peak_rss_mb(), 1),
        "db_mb": round(db.stat().st_size / 2**20, 1),
        "search": searches,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, help="only the first N items")
    ap.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = limited_copy(args.corpus, args.limit, Path(tmp)) if args.limit else args.corpus
        db = args.db or Path(tmp) / "xwlb.db"
        result = run(corpus, db)
    for key, value in result.items():
        print(f"{key:20s} {json.dumps(value, ensure_ascii=False)}")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
