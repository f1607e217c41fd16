#!/usr/bin/env python3
"""Spread of given tifa terms in the CCTV 新闻联播 corpus: the evidence a curated entry carries.

For each term (its variants in tifa.tsv included) it counts the xwlb items that contain it after
the counter's normalisation (scripts/count_tifa_xwlb.py), and the distinct years, months and
provinces named in those items, with neican.corpus.discover.spread_score over them, as
scripts/discover_tifa_xwlb.py ranks its candidates. It also says whether the term was itself a
discovery candidate (a quoted phrase, a policy verb's object or a 、-list item) in the candidate
file given with --candidates.

usage: python scripts/spread_tifa_xwlb.py TERMS.txt OUT.tsv [--candidates CAND.tsv] [--corpus xwlb.jsonl.gz]
TERMS.txt: one term a line (a tab and anything after it is ignored).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

import ahocorasick_rs
from count_tifa_xwlb import html_to_text, normalise
from discover_tifa_xwlb import DEFAULT_CORPUS, Spread

from neican.resources.loader import tifa

COLUMNS = ("term", "category", "origin", "documents", "first_seen", "years", "months", "provinces", "score")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("terms", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--candidates", type=Path, help="discover_tifa_xwlb.py output: marks origin 'discover'")
    ap.add_argument("--corpus", type=Path, default=Path(DEFAULT_CORPUS))
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: corpus file not found: {args.corpus}", file=sys.stderr)
        return 2
    entries = {e.term: e for e in tifa()}
    terms = [line.split("\t")[0].strip() for line in args.terms.read_text(encoding="utf-8").splitlines() if line.strip()]
    candidates = set()
    if args.candidates:
        candidates = {line.split("\t")[0] for line in args.candidates.read_text(encoding="utf-8").splitlines()[1:]}
    patterns, owner = [], []
    for i, term in enumerate(terms):
        forms = (term, *entries[term].variants) if term in entries else (term,)
        for form in forms:
            patterns.append(normalise(form))
            owner.append(i)
    automaton = ahocorasick_rs.AhoCorasick(patterns)
    spread = Spread()
    with gzip.open(args.corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            published = str(item.get("published") or "")[:10]
            raw = (item.get("title") or "") + "\n" + html_to_text(item.get("html") or "")
            hits = {owner[i] for i, _, _ in automaton.find_matches_as_indexes(normalise(raw), overlapping=True)}
            if not hits:
                continue
            codes = spread.provinces_named(raw)
            for i in hits:
                spread.add(i, published, codes)
    rows = [COLUMNS]
    for i, term in enumerate(terms):
        category = entries[term].category if term in entries else ""
        rows.append((term, category, "discover" if term in candidates else "checklist", str(spread.documents[i]),
                     spread.first.get(i, ""), str(len(spread.years[i])), str(len(spread.months[i])),
                     str(len(spread.places[i])), str(spread.score(i))))
    args.out.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(terms)} terms written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
