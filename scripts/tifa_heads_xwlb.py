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

Each row carries the three counts as evidence. One word the rule picks is left out after a judged
sample of the compounds it made in xwlb (benchmarks/compound_judged_sample.tsv): 发展, for X发展
reads as "the development of X" (夜间经济发展, 新型大国关系发展) rather than a formulation's name.

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
LEFT_OUT = frozenset({"发展"})  # see the docstring


def heads(corpus: Path, min_compounds: int, min_endings: int, min_terms: int) -> list[tuple[str, int, int, int]]:
    terms = {entry.term for entry in tifa()}
    compounds: Counter[str] = Counter(t[-2:] for t in terms if len(t) > 3 and t[:-2] in terms)
    endings: Counter[str] = Counter(t[-2:] for t in terms)
    followed: dict[str, set[str]] = defaultdict(set)
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            text = html_to_text(json.loads(line).get("html") or "")
            for _, end, _, entry in find_matches(text).tifa:
                if _WORD.fullmatch(text, end, end + 2):
                    followed[text[end:end + 2]].add(entry.term)
    rows = [(word, compounds[word], endings[word], len(followed[word])) for word in followed
            if word not in LEFT_OUT and compounds[word] >= min_compounds and endings[word] >= min_endings
            and len(followed[word]) >= min_terms]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(DEFAULT_CORPUS))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-compounds", type=int, default=2)
    ap.add_argument("--min-endings", type=int, default=10)
    ap.add_argument("--min-terms", type=int, default=40)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not found", file=sys.stderr)
        return 1
    rows = heads(args.corpus, args.min_compounds, args.min_endings, args.min_terms)
    lines = ["head\tlexicon_compounds\tlexicon_endings\txwlb_terms"] + ["\t".join(map(str, r)) for r in rows]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{args.out}: {len(rows)} heads", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
