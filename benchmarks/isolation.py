#!/usr/bin/env python3
"""What the Spark job's crash guard costs: xwlb items made into record rows
(``neican.spark.job.record_row``) in this process, and through
``neican.spark.isolation.isolated_map`` (a forked child; documents and rows pickled).

Prints a table and a JSON line: items, seconds and items/s each way, and the overhead.

usage: python benchmarks/isolation.py [--limit 2000] [--repeat 3]
"""
from __future__ import annotations

import argparse
import functools
import itertools
import json
import sys
import time
from pathlib import Path

from neican.ingest import RawDocument, read_inputs
from neican.options import Options
from neican.pipeline import warm_up
from neican.spark.job import record_row
from neican.spark.isolation import isolated_map

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"


def _timed(run) -> float:
    start = time.perf_counter()
    for _ in run():
        pass
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=3, help="best of this many runs each way")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found")
    docs = [d for d in itertools.islice(read_inputs([str(args.corpus)]), args.limit) if isinstance(d, RawDocument)]
    warm_up()
    row = functools.partial(record_row, options=Options())
    direct, isolated = [], []
    for _ in range(args.repeat):  # interleaved, so that load from other processes hits both alike
        direct.append(_timed(lambda: map(row, docs)))
        isolated.append(_timed(lambda: isolated_map(row, docs)))
    direct, isolated = min(direct), min(isolated)
    result = {"items": len(docs), "direct_s": round(direct, 2), "isolated_s": round(isolated, 2),
              "direct_items_per_s": round(len(docs) / direct), "isolated_items_per_s": round(len(docs) / isolated),
              "overhead_pct": round(100 * (isolated / direct - 1), 1)}
    for key, value in result.items():
        print(f"{key:22}{value}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
