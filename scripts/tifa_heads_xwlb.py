#!/usr/bin/env python3
"""The generic heads that extend a tifa term into a longer formulation (西部大开发 + 战略), from the
lexicon itself and the CCTV 新闻联播 corpus; writes src/neican/resources/tifa_heads.tsv.

A two-character word is a head where all three hold:

* the lexicon already uses it so: at least ``--min-compounds`` entries are another entry plus the
  word (全民医保 and 全民医保体系 would count for 体系);
* it ends at least ``--min-endings`` entries (a head of the genre's terms, not a word that happens
  to follow them);
* in xwlb it directly follows at least ``--min-terms`` distinct entries (the genre uses it after
  many formulations, not after one).

Each row carries the three counts as evidence. A word whose compounds in the judged sample of
xwlb compounds (benchmarks/compound_judged_sample.tsv) read as formulations less than
``--min-judged`` of the time is left out: 发展 (X发展 reads as "the development of X": 夜间经济发展),
改革, 道路, 问题, 教育, 精神 (自贸试验区改革, 治国理政道路, 备战打仗问题, 国家统一精神).

usage: python scripts/tifa_heads_xwlb.py [--corpus xwlb.jsonl.gz] [--out FILE]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from count_tifa_xwlb import html_to_text

from neican.extractors.lexicon import find_matches
from neican.resources.loader import tifa

DEFAULT_CORPUS = os.environ.get("NEICAN_XWLB_CORPUS", "/work/shared/data/xwlb/xwlb.jsonl.gz")
OUT = Path(__file__).resolve().parents[1] / "src" / "neican" / "resources" / "tifa_heads.tsv"
_WORD = re.compile(r"[\u4e00-\u9fff]{2}")
JUDGED = Path(__file__).resolve().parents[1] / "benchmarks" / "compound_judged_sample.tsv"


def judged_out(sample: Path, heads: set[str], min_share: float) -> set[str]:
    """The heads whose judged compounds are real formulations less than ``min_share`` of the time."""
    real: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    for line in sample.read_text(encoding="utf-8").splitlines()[1:]:
        compound, verdict = line.split("\t")[:2]
        head = compound[-2:]
        if head in heads:
            seen[head] += 1
            real[head] += verdict == "yes"
    return {head for head in seen if real[head] < min_share * seen[head]}


def neighbouring_words(corpus: Path, after: bool) -> dict[str, set[str]]:
    """Each two-character word printed right after (or, ``after`` false, right before) a lexicon
    term in the corpus, with the distinct entries it stands beside."""
    beside: dict[str, set[str]] = defaultdict(set)
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = html_to_text(json.loads(line).get("html") or "")
            for start, end, _, entry in find_matches(text).tifa:
                at = end if after else start - 2
                if at >= 0 and _WORD.fullmatch(text, at, at + 2):
                    beside[text[at:at + 2]].add(entry.term)
    return beside


def write_rows(out: Path, header: str, rows: list[tuple], what: str) -> None:
    """The table, one row a line under its header, and a line on standard error saying how many."""
    out.write_text("\n".join([header] + ["\t".join(map(str, r)) for r in rows]) + "\n", encoding="utf-8")
    print(f"{out}: {len(rows)} {what}", file=sys.stderr)


def heads(corpus: Path, min_compounds: int, min_endings: int, min_terms: int,
          min_judged: float = 0.8) -> list[tuple[str, int, int, int]]:
    terms = {entry.term for entry in tifa()}
    compounds: Counter[str] = Counter(t[-2:] for t in terms if len(t) > 3 and t[:-2] in terms)
    endings: Counter[str] = Counter(t[-2:] for t in terms)
    followed = neighbouring_words(corpus, after=True)
    rows = [(word, compounds[word], endings[word], len(followed[word])) for word in followed
            if compounds[word] >= min_compounds and endings[word] >= min_endings and len(followed[word]) >= min_terms]
    left_out = judged_out(JUDGED, {row[0] for row in rows}, min_judged)
    rows = [row for row in rows if row[0] not in left_out]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(DEFAULT_CORPUS))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-compounds", type=int, default=2)
    ap.add_argument("--min-endings", type=int, default=10)
    ap.add_argument("--min-terms", type=int, default=40)
    ap.add_argument("--min-judged", type=float, default=0.8, help="least share of judged compounds that are real")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not found", file=sys.stderr)
        return 1
    rows = heads(args.corpus, args.min_compounds, args.min_endings, args.min_terms, args.min_judged)
    write_rows(args.out, "head\tlexicon_compounds\tlexicon_endings\txwlb_terms", rows, "heads")
    return 0


if __name__ == "__main__":
    sys.exit(main())
