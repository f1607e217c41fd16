#!/usr/bin/env python3
"""Run the whole pipeline over the xwlb corpus: crashes, speed, and what it finds per 1,000 items.

Prints a table and a JSON line: items, failures (by reason), pipeline errors, characters/s
of cleaned text, and people, titled people, events, tours, statements, formulations, regions
per 1,000 items. ``--sample N --seed S`` writes N random records (id, title, people, events,
tours) to ``--sample-out`` for checking by hand.

usage: python benchmarks/extract_xwlb.py [--limit N] [--sample 20 --sample-out FILE]
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import sys
import time
from collections import Counter
from pathlib import Path

import neican

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"
COUNTED = ("people", "events", "tours", "statements", "formulations", "targets", "regions")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--sample-out", type=Path)
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found")
    found, failures, errors = Counter(), Counter(), 0
    items = chars = 0
    rng = random.Random(args.seed)
    sample: list[dict] = []
    started = time.perf_counter()
    for item in itertools.islice(neican.extract([str(args.corpus)]), args.limit):
        items += 1
        if isinstance(item, neican.Failure):
            failures[item.reason] += 1
            errors += item.reason == "error"
            continue
        chars += len(item["text"])
        for key in COUNTED:
            found[key] += len(item[key])
        found["titled_people"] += sum(1 for p in item["people"] if p["titles"])
        if args.sample:  # reservoir sampling: a uniform sample in one pass
            row = {k: item[k] for k in ("id", "title", "people", "events", "tours")}
            if len(sample) < args.sample:
                sample.append(row)
            elif (j := rng.randrange(items)) < args.sample:
                sample[j] = row
    elapsed = time.perf_counter() - started
    ok = items - sum(failures.values())
    result = {
        "items": items, "records": ok, "failures": dict(failures), "pipeline_errors": errors,
        "seconds": round(elapsed, 1), "docs_per_s": round(items / elapsed, 1), "clean_chars_per_s": round(chars / elapsed),
        "per_1000_items": {k: round(1000 * v / max(ok, 1), 1) for k, v in sorted(found.items())},
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    for key, value in result.items():
        print(f"{key:18s} {json.dumps(value, ensure_ascii=False)}")
    print(json.dumps(result, ensure_ascii=False))
    if args.sample_out:
        args.sample_out.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in sample) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
