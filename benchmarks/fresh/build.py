#!/usr/bin/env python3
"""Build the fresh CCTV 新闻联播 benchmark pages (fx01.html … fx24.html) from ../shared/data.

The items are third-party text and are never committed: this script regenerates them on demand
from ``shared/data/xwlb/xwlb.jsonl.gz`` (the repository's parent holds ``shared/``).

Selection rule (fixed before any item text was read; see SOURCES.md):
  * body of 400–4,000 characters of text (tags removed, entities decoded, whitespace excluded);
  * the xwlb ids listed in ../shared/dev2/SOURCES.md are excluded;
  * each item goes to the first pool, in this order, whose regular expression matches its title
    (the pools are disjoint; the more specific patterns come first):
      deliberation  审议|参加.*代表团
      delegation    代表团
      other         任命|任免|评论员|社论|述评
      reception     会见|会谈
      inspection    考察|调研          (代表团 titles are already in delegation)
      meeting       主持召开|会议|座谈会|全会|工作会
  * each pool, in corpus order, is shuffled with a fresh random.Random(20261205); in shuffled
    order the first items from distinct years are taken: 7 meetings, 5 receptions,
    4 inspections, 3 delegations, 2 deliberations, 3 others (24 items);
  * an item that does not fit its type on reading (SKIP below, with the reason) is passed over
    and the next item of the shuffled pool is considered, its year still free.
Numbering follows the order meeting, reception, inspection, delegation, deliberation, other.

usage: python benchmarks/fresh/build.py OUT_DIR [--corpus FILE] [--list]
Each page is the item's html body (CRLF → LF) in a minimal page like ../shared/dev2/docs:
<title> and <h1> with the title minus a leading [视频], publishdate from ``published`` and
source 央视网.
"""
from __future__ import annotations

import argparse
import gzip
import html
import json
import random
import re
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CORPUS = SHARED / "data" / "xwlb" / "xwlb.jsonl.gz"
DEV2_SOURCES = SHARED / "dev2" / "SOURCES.md"
SEED = 20261205

# (type, title pattern, how many): the order is the assignment priority, not the numbering order
POOLS = [
    ("deliberation", re.compile(r"审议|参加.*代表团"), 2),
    ("delegation", re.compile(r"代表团"), 3),
    ("other", re.compile(r"任命|任免|评论员|社论|述评"), 3),
    ("reception", re.compile(r"会见|会谈"), 5),
    ("inspection", re.compile(r"考察|调研"), 4),
    ("meeting", re.compile(r"主持召开|会议|座谈会|全会|工作会"), 7),
]
NUMBERING = ("meeting", "reception", "inspection", "delegation", "deliberation", "other")

# Items passed over on reading because they do not fit their pool's type (id -> reason).
# Filled in while annotating; each is listed in SOURCES.md.
SKIP: dict[str, str] = {
    "VIDEcoDqhAuB9nXj0Y8inqr9190201": "meeting pool: a press-accreditation notice for the coming NPC/CPPCC sessions, no meeting held",
    "VIDEzjkXGrVcxKy3QZbBc7tb210215": "inspection pool: publication of an article in 《求是》 whose title names an inspection, no inspection reported",
    "VIDEobk6lc2t72hkXf2vuJ47160331": "delegation pool: a reception of a visiting foreign congressional delegation, no delegation tour",
    "VIDEnCf1qZePrxXxOQ2DSBbx230921": "delegation pool: sports delegations training at the Asian Games, no delegation tour",
    "VIDEL2Homyl7wbfQbhu7n7Ok181126": "deliberation pool: a Politburo meeting that reviews two regulations, a meeting item, not a deliberation",
    "VIDErdRg69ZhiKhWy8sfzIgV191225": "deliberation pool: a 委员长会议 hearing reports on bills, a meeting item, not a deliberation",
    "VIDEZXFWe9OFt8IN1nRIOOmI170619": "delegation pool: a collective reception of foreign ministers' heads of delegation, no delegation tour",
    "VIDE31UNRzOCQsO7d7YOA52u240820": "delegation pool: a reception of the Olympic sports delegation, no delegation tour",
    "VIDE6kyHEc04lsRODqU4aNsX240812": "delegation pool: a congratulatory message to the Olympic sports delegation, no delegation tour",
    "VIDETMq15ZJ6wXkoNosWDPZB220301": "delegation pool: foreign news (Russian-Ukrainian negotiations), no delegation visit",
    "VIDEJjbYpLC8cnKJzcTEwrA2240805": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDEJ6Y8X3c6N6gV7fITipHR240810": "delegation pool: Olympic medal news of the sports delegation, no delegation tour",
    "VIDE1355098182220392": "delegation pool: a reception of a visiting foreign delegation, no delegation tour",
}

TAG = re.compile(r"<[^>]+>")
SPACE = re.compile(r"\s+")
VIDEO = re.compile(r"^\s*\[视频\]\s*")
XWLB_ID = re.compile(r"\bVIDE[0-9A-Za-z]+\b")


def body_length(body: str) -> int:
    """Characters of text in an html body: tags removed, entities decoded, whitespace excluded."""
    return len(SPACE.sub("", html.unescape(TAG.sub("", body))))


def clean_title(title: str) -> str:
    return VIDEO.sub("", title).strip()


def excluded_ids() -> set[str]:
    return set(XWLB_ID.findall(DEV2_SOURCES.read_text(encoding="utf-8"))) if DEV2_SOURCES.exists() else set()


def pool_of(title: str) -> str | None:
    for kind, pattern, _n in POOLS:
        if pattern.search(title):
            return kind
    return None


def select(corpus: Path = CORPUS) -> list[dict]:
    """The 24 items, numbered, each with a ``type`` and ``nn``."""
    skip_ids = excluded_ids()
    pools: dict[str, list[dict]] = {kind: [] for kind, _p, _n in POOLS}
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            item = json.loads(line)
            if item["id"] in skip_ids or not 400 <= body_length(item["html"]) <= 4000:
                continue
            kind = pool_of(item["title"])
            if kind:
                pools[kind].append(item)
    chosen: dict[str, list[dict]] = {}
    for kind, _p, n in POOLS:
        items = list(pools[kind])
        random.Random(SEED).shuffle(items)
        years: set[str] = set()
        picked = []
        for item in items:
            year = item["published"][:4]
            if year in years or item["id"] in SKIP:
                continue
            years.add(year)
            picked.append(dict(item, type=kind))
            if len(picked) == n:
                break
        chosen[kind] = picked
    out = [item for kind in NUMBERING for item in chosen[kind]]
    for i, item in enumerate(out, 1):
        item["nn"] = f"{i:02d}"
    return out


def page(item: dict) -> str:
    title = html.escape(clean_title(item["title"]), quote=False)
    body = item["html"].replace("\r\n", "\n")
    return ("<!DOCTYPE html>\n"
            f'<html><head><meta charset="utf-8"><title>{title}</title>\n'
            f'<meta name="publishdate" content="{item["published"]}">\n'
            '<meta name="source" content="央视网">\n'
            "</head><body>\n"
            f"<h1>{title}</h1>\n"
            f"{body}\n"
            "</body></html>\n")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--list", action="store_true", help="print the selection as TSV")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"{args.corpus}: corpus not found (../shared/data is absent); nothing built", file=sys.stderr)
        return 0
    items = select(args.corpus)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        for item in items:
            (args.out / f"fx{item['nn']}.html").write_text(page(item), encoding="utf-8")
    if args.list or not args.out:
        for item in items:
            print("\t".join((item["nn"], item["id"], item["url"], item["published"], item["type"],
                             clean_title(item["title"]))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
