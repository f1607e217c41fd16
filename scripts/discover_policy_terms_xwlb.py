#!/usr/bin/env python3
"""Candidate policy terms (the genre's standing vocabulary) from the CCTV 新闻联播 corpus.

A variant of ``scripts/discover_tifa_xwlb.py`` for short policy nouns and objectives
(知识产权, 民营企业, 城镇化建设 kind) rather than quoted slogans. Per item it collects:

* the object of a policy verb (推进/加强/推动/深化/完善/实施/促进/健全/加快/坚持/构建/维护/扩大/
  优化/打造/建设/… as in discover_tifa_xwlb), up to the next punctuation, and that object's
  coordinated parts split at 和/与/及/以及 (加强知识产权保护和运用 → 知识产权保护和运用,
  知识产权保护);
* the items of coordinated 、-lists of three or more (as in discover_tifa_xwlb);

each of 3–10 characters without 的, Latin letters or digits. Phrases the lexicon already holds
(term or variant) are left out. Candidates in at least ``--min-documents`` items and
``--min-years`` distinct years are ranked by neican.corpus.discover's spread score (distinct
years, months, provinces named in the items). Nothing is added to the lexicon: the rows are read
and judged by hand (src/neican/resources/tifa_SOURCES.md, "Policy terms, batch 9").

usage: python scripts/discover_policy_terms_xwlb.py OUT.tsv [--corpus xwlb.jsonl.gz]
       [--min-documents 20] [--min-years 5] [--top N]
"""
from __future__ import annotations

import argparse
import datetime
import gzip
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from count_tifa_xwlb import html_to_text
from discover_tifa_xwlb import DEFAULT_CORPUS, _CLAUSE_BREAK, _NOT_OBJECT, _VERB_LED, list_items, province_names

from neican.corpus.discover import CANDIDATE_COLUMNS, Candidate, candidate_rows, known_forms, rank, spread_score

_MORE_VERBS = re.compile(r"^(?:加快|完善|健全|优化|打造|建设|坚持|构建|推进|推动|深化|实施|促进|加强|维护|扩大)")
_COORDINATE = re.compile(r"以及|和|与|及")


def objects(text: str) -> set[str]:
    """Verb objects (3–10 characters) and their coordinated parts."""
    found = set()
    for clause in _CLAUSE_BREAK.split(text):
        m = _VERB_LED.match(clause)
        if not m:
            continue
        obj = m.group(1)
        for part in {obj, *_COORDINATE.split(obj)}:
            part = _MORE_VERBS.sub("", part) if len(part) > 5 and _MORE_VERBS.match(part) else part
            if 3 <= len(part) <= 10 and not _NOT_OBJECT.search(part):
                found.add(part)
    return found


def collect(corpus: Path, min_documents: int, min_years: int) -> list[Candidate]:
    provinces = province_names()
    province_pattern = re.compile("|".join(sorted(map(re.escape, provinces), key=len, reverse=True)))
    documents: dict[str, int] = defaultdict(int)
    years, months, places = defaultdict(set), defaultdict(set), defaultdict(set)
    first: dict[str, str] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for line in fh:
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                continue
            published = str(item.get("published") or "")[:10]
            text = (item.get("title") or "") + "\n" + html_to_text(item.get("html") or "")
            codes = {provinces[m.group(0)] for m in province_pattern.finditer(text)}
            for phrase in objects(text) | list_items(text):
                documents[phrase] += 1
                years[phrase].add(published[:4])
                months[phrase].add(published[:7])
                places[phrase] |= codes
                if published and (phrase not in first or published < first[phrase]):
                    first[phrase] = published
    known = known_forms()
    return rank([Candidate(p, "xwlb", n, n, 1, len(places[p]), len(months[p]), first.get(p), None,
                           spread_score(len(years[p]), len(months[p]), 1, len(places[p])), len(years[p]))
                 for p, n in documents.items()
                 if n >= min_documents and len(years[p]) >= min_years and p not in known])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--corpus", type=Path, default=Path(DEFAULT_CORPUS))
    ap.add_argument("--min-documents", type=int, default=20)
    ap.add_argument("--min-years", type=int, default=5)
    ap.add_argument("--top", type=int, default=0)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: corpus file not found: {args.corpus}", file=sys.stderr)
        return 2
    candidates = collect(args.corpus, args.min_documents, args.min_years)
    if args.top:
        candidates = candidates[:args.top]
    source = f"xwlb discover {datetime.date.today().isoformat()}"
    rows = [CANDIDATE_COLUMNS, *candidate_rows(candidates, source)]
    args.out.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(candidates)} candidates written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
