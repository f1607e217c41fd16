#!/usr/bin/env python3
"""Latency of the corpus analytics (neican.corpus) on a store, e.g. the ingested xwlb corpus.

With --build, first rebuilds reprint clusters and person entities (writing to the store: use a
copy) and reports documents/s and peak resident memory. Then times each question: the first
call (cold: lexicons load, pages come off disk) and the median of --repeat more; every question
should answer in under a second. Prints a table and JSON.

usage: python benchmarks/analytics.py --db FILE [--build] [--repeat 3] [--json FILE]
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import neican
from neican.corpus import (build_clusters, build_people, career, co_attendance, compare_regions,
                           formulation_diffusion, region_profile, timeline, tour_network)

LIMIT_MS = 1000


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def build(db: Path) -> dict:
    with neican.open_store(db) as store:
        clusters = build_clusters(store)
        clusters_rss = peak_rss_mb()
        started = time.perf_counter()
        people = build_people(store)
        people_s = time.perf_counter() - started
    return {
        "clusters": {**dataclasses.asdict(clusters), "seconds": round(clusters.seconds, 1),
                     "docs_per_s": round(clusters.docs_per_second), "peak_rss_mb": clusters_rss},
        "people": {**dataclasses.asdict(people), "seconds": round(people_s, 1), "peak_rss_mb": peak_rss_mb()},
    }


def questions(store) -> dict:
    """Name → a call answering it; the career is that of the entity with the most documents."""
    busiest = store.query("SELECT entity_id FROM person_entities ORDER BY documents DESC LIMIT 1")
    entity = busiest[0][0] if busiest else None
    return {
        "timeline (first 100)": lambda: timeline(store),
        "timeline region=辽宁": lambda: timeline(store, region="辽宁"),
        "timeline person=李强 2023": lambda: timeline(store, person="李强", date_from="2023-01-01", date_to="2023-12"),
        "timeline meetings 2020-2021 newest": lambda: timeline(store, kind="meeting", date_from="2020",
                                                               date_to="2021", newest_first=True),
        "diffusion 高质量发展": lambda: formulation_diffusion(store, "高质量发展"),
        "diffusion 高质量发展 dedupe=False": lambda: formulation_diffusion(store, "高质量发展", dedupe=False),
        "diffusion 新质生产力": lambda: formulation_diffusion(store, "新质生产力"),
        "tour_network": lambda: tour_network(store),
        "co_attendance min_events=2": lambda: co_attendance(store, min_events=2),
        "region_profile 北京": lambda: region_profile(store, "北京"),
        "region_profile 辽宁": lambda: region_profile(store, "210000"),
        "compare_regions 浙江 上海": lambda: compare_regions(store, "浙江", "上海"),
        f"career entity {entity}": (lambda: career(store, entity)) if entity else (lambda: None),
    }


def size(result) -> int | None:
    """Rows in an answer, for the table: list length, or a headline count of a dataclass."""
    if isinstance(result, list):
        return len(result)
    for name in ("stories", "documents"):
        if hasattr(result, name):
            return getattr(result, name)
    return None


def time_questions(db: Path, repeat: int) -> dict:
    timings = {}
    with neican.open_store(db, readonly=True) as store:
        for name, ask in questions(store).items():
            started = time.perf_counter()
            result = ask()
            cold = (time.perf_counter() - started) * 1000
            warm = []
            for _ in range(repeat):
                started = time.perf_counter()
                ask()
                warm.append((time.perf_counter() - started) * 1000)
            median = statistics.median(warm) if warm else cold
            timings[name] = {"cold_ms": round(cold, 1), "warm_ms": round(median, 1), "size": size(result),
                             "ok": max(cold, median) < LIMIT_MS}
        documents = store.count()
    return {"documents": documents, "questions": timings}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", type=Path, required=True, help="store to query (with --build: written to)")
    ap.add_argument("--build", action="store_true", help="rebuild clusters and person entities first")
    ap.add_argument("--repeat", type=int, default=3, help="warm calls per question (median reported)")
    ap.add_argument("--json", type=Path, help="also write the JSON result here")
    args = ap.parse_args()
    if not args.db.exists():
        sys.exit(f"{args.db}: no such store")
    result = build(args.db) if args.build else {}
    result |= time_questions(args.db, args.repeat)
    for part in ("clusters", "people"):
        if part in result:
            print(f"{part:10s} {json.dumps(result[part], ensure_ascii=False)}")
    print(f"{'question':40s} {'cold ms':>9s} {'warm ms':>9s} {'size':>7s}  <1s")
    for name, t in result["questions"].items():
        print(f"{name:40s} {t['cold_ms']:9.1f} {t['warm_ms']:9.1f} {t['size'] if t['size'] is not None else '':>7}"
              f"  {'ok' if t['ok'] else 'SLOW'}")
    text = json.dumps(result, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
