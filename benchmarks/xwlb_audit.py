#!/usr/bin/env python3
"""What an analyst sees first in the xwlb store: the most frequent people, meeting places and
meeting names, printed for a reader to judge by hand, and two recall proxies from the headlines.

The proxies need no gold: an item whose headline reports a reception (…会见… / …会谈, not a
bulletin, not a plan with 将) should yield an event with at least two participants; one whose
headline says 主持召开 or 出席…会/式/论坛 should yield an event with someone named at it; one
whose headline's subject 出席…并讲话 (or speaks 在…上) should be a speaker of an event. They
measure recall only, on the genre's own headlines.

usage: python benchmarks/xwlb_audit.py [--every 7] [--limit 10000] [--top 100] [--json FILE]
Reads ../shared/data/xwlb/xwlb.jsonl.gz (every Nth item, up to --limit items).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import neican
from neican.corpus.people import credit_only

XWLB = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"
_RECEPTION_HEADLINE = re.compile(r"会见|会谈")
_MEETING_HEADLINE = re.compile(r"主持召开|出席.*(?:会|式|论坛)")
_NOT_A_REPORT = re.compile(r"联播快讯|简讯|将")
# 王立新出席…并讲话, 李建华在…上发表致辞: the headline's subject spoke at a meeting
_SPEAKER_HEADLINE = re.compile(r"^([\u4e00-\u9fff]{2,3})(?:出席|在).*(?:并讲话|并致辞|并发表|讲话|致辞)")


def audit(records: list[dict], top: int) -> dict:
    people, places, meetings = Counter(), Counter(), Counter()
    receptions = [0, 0]
    held = [0, 0]
    spoke = [0, 0]
    for record in records:
        # as the store's person entities count them: a name met only in the credits is none
        people.update({p["name"] for p in record.get("people", []) if not credit_only(p.get("titles") or [])})
        events = record.get("events", [])
        places.update(e["place"] for e in events if e.get("place"))
        meetings.update(e["name"] for e in events)
        headline = record.get("title") or ""
        if _NOT_A_REPORT.search(headline):
            continue
        if _RECEPTION_HEADLINE.search(headline):
            receptions[0] += 1
            receptions[1] += any(len(e["participants"]) >= 2 for e in events)
        if _MEETING_HEADLINE.search(headline):
            held[0] += 1
            held[1] += any(e["participants"] for e in events)
        if speaker := _SPEAKER_HEADLINE.match(headline):
            spoke[0] += 1
            spoke[1] += any(speaker.group(1) in e["speakers"] for e in events)
    return {
        "items": len(records),
        "reception_headlines": receptions[0],
        "reception_recall": round(receptions[1] / receptions[0], 3) if receptions[0] else None,
        "meeting_headlines": held[0],
        "meeting_recall": round(held[1] / held[0], 3) if held[0] else None,
        "speaker_headlines": spoke[0],
        "speaker_recall": round(spoke[1] / spoke[0], 3) if spoke[0] else None,
        "people": [name for name, _ in people.most_common(top)],
        "places": [name for name, _ in places.most_common(top // 2)],
        "meetings": [name for name, _ in meetings.most_common(top // 2)],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=7, help="take every Nth item")
    ap.add_argument("--limit", type=int, default=10000)
    ap.add_argument("--top", type=int, default=100)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if not XWLB.exists():
        print(f"{XWLB}: not found; skipped")
        return 0
    with tempfile.TemporaryDirectory() as tmp, gzip.open(XWLB, "rt", encoding="utf-8") as src:
        sample = Path(tmp) / "sample.jsonl"
        lines = itertools.islice(itertools.islice(src, args.every - 1, None, args.every), args.limit)
        sample.write_text("".join(lines), encoding="utf-8")
        records = [r for r in neican.extract([str(sample)]) if isinstance(r, dict)]
    result = audit(records, args.top)
    for key in ("items", "reception_headlines", "reception_recall", "meeting_headlines", "meeting_recall",
                "speaker_headlines", "speaker_recall"):
        print(f"{key:22s} {result[key]}")
    for key in ("people", "places", "meetings"):
        print(f"\n{key} (most frequent first):\n" + "、".join(result[key]))
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
