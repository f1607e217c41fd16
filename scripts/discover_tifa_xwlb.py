#!/usr/bin/env python3
"""Candidate formulations (提法) from the CCTV 新闻联播 corpus, ranked by spread, with evidence.

The corpus has no extracted store, so this reads it directly (one gzip'd JSON line an item:
``published``, ``title``, ``html``) and collects two kinds of phrase per item:

* quoted phrases “…” of 2–24 characters without sentence punctuation (as the formulations
  extractor keeps them);
* verb-led clauses: the object of 实施/推进/坚持/构建/打好/扩大/促进/巩固/维护/秉持/… up to the
  next punctuation, 4–14 characters without 的 or Latin letters or digits (深入实施乡村振兴战略， →
  乡村振兴战略);
* the items of coordinated 、-lists of three or more, 3–10 characters each (稳就业、稳金融、稳外贸).

Every phrase in at least ``--min-documents`` items that the lexicon does not already hold (as a
term or variant) becomes a candidate. Candidates are ranked by neican.corpus.discover's spread
score over distinct years, months and provinces co-mentioned in the items (xwlb has one
outlet), never by raw count, and written as lexicon rows to curate (CANDIDATE_COLUMNS): since =
year of first dated use, source = "xwlb discover <date>", then documents, first_seen, years,
months, outlets, provinces, score. Nothing is added to the lexicon: entries are chosen by hand
(see src/neican/resources/tifa_SOURCES.md).

usage: python scripts/discover_tifa_xwlb.py OUT.tsv [--corpus xwlb.jsonl.gz] [--min-documents 4] [--min-years 1]
       [--policy-terms] [--top N]
"""
from __future__ import annotations

import argparse
import datetime
import gzip
import json
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

from count_tifa_xwlb import html_to_text

from neican.corpus.discover import CANDIDATE_COLUMNS, Candidate, candidate_rows, known_forms, rank, spread_score
from neican.resources.loader import regions

DEFAULT_CORPUS = os.environ.get("NEICAN_XWLB_CORPUS", "/work/shared/data/xwlb/xwlb.jsonl.gz")

_QUOTED = re.compile(r"“([^“”\n]{2,24})”")
_SENTENCE = re.compile(r"[，,。！？!?；;：:]")
_CLAUSE_BREAK = re.compile(r"[，。；：！？、（）()\n“”《》「」,;:!?·\s]")
_VERBS = ("深入实施|全面实施|大力实施|加快实施|实施|深入推进|全面推进|扎实推进|加快推进|持续推进|推进|推动|"
          "始终坚持|坚持|贯彻落实|深入贯彻|贯彻|落实|坚决打好|打好|打赢|深入开展|开展|全面深化|深化|加强|"
          "加快建设|建设|加快构建|构建|大力弘扬|弘扬|践行|牢固树立|树立|增强|做到|牢记|坚定|完善|健全|巩固|"
          "筑牢|推行|全面推行|走好|扩大|促进|巩固|维护|实现|保持|提升|提高|强化|优化|打造|培育|秉持|秉承|倡导|"
          "恪守|遵循|尊重|支持|守住|防范|统筹|坚守|把握|发扬|落细|守牢|夯实|拓展|拓宽|深化拓展|共建|共同推动")
_VERB_LED = re.compile(rf"^(?:要|必须|积极|继续|进一步|着力|不断|更好|大力|持续|深入|扎实|切实|努力|坚决|加快|并|和)*"
                       rf"(?:{_VERBS})(.+)$")
_NOT_OBJECT = re.compile(r"的|[A-Za-z0-9%]")


_LIST_BREAK = re.compile(r"[，。；：！？（）()\n“”《》「」,;:!?·\s]")
_LIST_TAIL = re.compile(r"(?:等|和|及|以及|与).*$")


def list_items(text: str) -> set[str]:
    """The items of coordinated 、-lists of three or more (稳就业、稳金融、稳外贸…): 3–10 characters
    each; the first item loses a leading policy verb, the last a tail after 等/和/及."""
    found = set()
    for segment in _LIST_BREAK.split(text):
        items = segment.split("、")
        if len(items) < 3:
            continue
        m = _VERB_LED.match(items[0])
        items[0] = m.group(1) if m else items[0]
        items[-1] = _LIST_TAIL.sub("", items[-1])
        found |= {item for item in items if 3 <= len(item) <= 10 and not _NOT_OBJECT.search(item)}
    return found


def phrases(text: str) -> set[str]:
    """The quoted phrases, verb-led objects and 、-list items of one item's text."""
    found = {m.group(1).strip() for m in _QUOTED.finditer(text) if not _SENTENCE.search(m.group(1))}
    for clause in _CLAUSE_BREAK.split(text):
        m = _VERB_LED.match(clause)
        if m and 4 <= len(m.group(1)) <= 14 and not _NOT_OBJECT.search(m.group(1)):
            found.add(m.group(1))
    return found | list_items(text)


# --policy-terms: short policy nouns and objectives (知识产权, 民营企业, 城镇化建设) rather than
# quoted slogans: a policy verb's object (as above) and its parts coordinated by 和/与/及/以及
# (加强知识产权保护和运用 → 知识产权保护和运用, 知识产权保护), each 3–10 characters, and the
# items of 、-lists (see tifa_SOURCES.md, "Policy terms, batch 9")
_MORE_VERBS = re.compile(r"^(?:加快|完善|健全|优化|打造|建设|坚持|构建|推进|推动|深化|实施|促进|加强|维护|扩大)")
_COORDINATE = re.compile(r"以及|和|与|及")


def policy_terms(text: str) -> set[str]:
    """Verb objects (3–10 characters), their coordinated parts, and 、-list items."""
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
    return found | list_items(text)


def province_names() -> dict[str, str]:
    """Name and short form of each province-level region -> its code."""
    names = {}
    for region in regions():
        if region.level == "province":
            for name in (region.name, region.short, *region.aliases):
                if len(name) >= 2:
                    names[name] = region.code
    return names


def collect(corpus: Path, min_documents: int, min_years: int = 1, extract=phrases) -> list[Candidate]:
    """Phrases of the corpus (``extract``: text -> phrases) not in the lexicon, in at least
    ``min_documents`` items and ``min_years`` distinct years, with their spread, ranked."""
    provinces = province_names()
    province_pattern = re.compile("|".join(sorted(map(re.escape, provinces), key=len, reverse=True)))
    documents: dict[str, int] = defaultdict(int)
    years, months, places = defaultdict(set), defaultdict(set), defaultdict(set)
    first: dict[str, str] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"warning: {corpus}:{lineno}: bad JSON ({exc}); skipped", file=sys.stderr)
                continue
            published = str(item.get("published") or "")[:10]
            text = (item.get("title") or "") + "\n" + html_to_text(item.get("html") or "")
            codes = {provinces[m.group(0)] for m in province_pattern.finditer(text)}
            for phrase in extract(text):
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
    ap.add_argument("out", type=Path, help="TSV file to write the candidate rows to")
    ap.add_argument("--corpus", type=Path, default=Path(DEFAULT_CORPUS))
    ap.add_argument("--min-documents", type=int, default=4)
    ap.add_argument("--min-years", type=int, default=1, help="distinct years a phrase must be seen in")
    ap.add_argument("--policy-terms", action="store_true",
                    help="policy nouns and objectives (verb objects and their parts, list items), not slogans")
    ap.add_argument("--top", type=int, default=0, help="keep only the N widest-spread (default: all)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: corpus file not found: {args.corpus} (pass --corpus or set NEICAN_XWLB_CORPUS)",
              file=sys.stderr)
        return 2
    candidates = collect(args.corpus, args.min_documents, args.min_years,
                         policy_terms if args.policy_terms else phrases)
    if args.top:
        candidates = candidates[:args.top]
    source = f"xwlb discover {datetime.date.today().isoformat()}"
    rows = [CANDIDATE_COLUMNS, *candidate_rows(candidates, source)]
    args.out.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(candidates)} candidates written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
