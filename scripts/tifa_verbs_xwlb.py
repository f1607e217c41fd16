#!/usr/bin/env python3
"""The governing verbs that print before a tifa term (推动 + 高质量发展, 构建 + 人类命运共同体), from
the lexicon itself and the CCTV 新闻联播 corpus; writes src/neican/resources/tifa_verbs.tsv.

The mirror of scripts/tifa_heads_xwlb.py on the other side of a term (it shares that script's
corpus scan, ``neighbouring_words``). A two-character word is a governing verb where:

* in xwlb it directly precedes at least ``--min-terms`` distinct entries (the genre uses it before
  many formulations, not before one);
* jieba's dictionary tags it as a verb (``v``), or it is one of the words jieba tags otherwise that
  the lexicon's own entries open on as a verb (深化, 落实, 建设, 健全, 发展, 弘扬, 优化, 培育:
  ``OTHER_TAGS``);
* it was not dropped on reading (``DROPPED``): verbs of saying and knowing, which take a topic
  rather than an object (强调 + 高质量发展 is no wording of it), copulas and prepositions, verbs of
  completion or taking part.

Each row carries the part of speech and two counts as evidence: the entries the word opens, the
distinct entries it precedes in xwlb. Needs jieba (pip install -e '.[bench]').

usage: python scripts/tifa_verbs_xwlb.py [--corpus xwlb.jsonl.gz] [--out FILE]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from tifa_heads_xwlb import DEFAULT_CORPUS, neighbouring_words, write_rows

from neican.resources.loader import tifa

OUT = Path(__file__).resolve().parents[1] / "src" / "neican" / "resources" / "tifa_verbs.tsv"


OTHER_TAGS = frozenset({"深化", "落实", "建设", "健全", "发展", "弘扬", "优化", "培育"})
DROPPED = frozenset({"强调", "提出", "认识", "了解",  # saying and knowing
                     "作为", "成为", "围绕", "包括", "利于",  # copulas and prepositions
                     "完成", "做到", "形成", "参与", "纳入", "进行", "解决", "制定", "适应", "组织", "体现", "重视", "创新"})


def jieba_tags() -> dict[str, str]:
    import jieba

    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        return {word: tag for word, _, tag in (line.split() for line in f)}


def verbs(corpus: Path, min_terms: int) -> list[tuple[str, str, int, int]]:
    openings: Counter[str] = Counter(entry.term[:2] for entry in tifa())
    preceded = neighbouring_words(corpus, after=False)
    tags = jieba_tags()
    rows = [(word, tags.get(word, "-"), openings[word], len(preceded[word])) for word in preceded
            if len(preceded[word]) >= min_terms and (tags.get(word) == "v" or word in OTHER_TAGS)
            and word not in DROPPED]
    return sorted(rows, key=lambda r: (-r[3], r[0]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path(DEFAULT_CORPUS))
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-terms", type=int, default=100)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: not found", file=sys.stderr)
        return 1
    rows = verbs(args.corpus, args.min_terms)
    write_rows(args.out, "verb\tjieba_pos\tlexicon_openings\txwlb_terms", rows, "verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
