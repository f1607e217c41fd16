#!/usr/bin/env python3
"""Accuracy of HTML extraction on the CWCE set (../shared/data/html/cwce: 69 pages with truth).

Prints, as a table and as JSON: date accuracy (day, and full time where the truth has one),
author accuracy (set equality; UNKNOWN means no author), title agreement with the page's own
<title>/<h1> (the set has no title truth: a proxy), and body F1 over characters, beside
trafilatura alone on the same pages, and how many pages neican emptied.

usage: python benchmarks/cwce_accuracy.py [--cwce DIR] [--json FILE] [--show-misses]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

import neican
from neican.dates import parse_datetime
from neican.ingest.decode import decode_bytes
from neican.normalize import to_simplified_plain

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "html" / "cwce"
_IGNORED = re.compile(r"[\s\u3000\xa0]+")


def char_f1(predicted: str, truth: str) -> float:
    """F1 of the character multisets (whitespace ignored), the usual body measure for Chinese."""
    p, t = Counter(_IGNORED.sub("", predicted)), Counter(_IGNORED.sub("", truth))
    overlap = sum((p & t).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def trafilatura_text(html: str) -> str:
    """The baseline: trafilatura alone, with its defaults, on the same decoded page."""
    import trafilatura

    return trafilatura.extract(html) or ""


def page_titles(html: str) -> list[str]:
    found = re.findall(r"<(?:title|h1)[^>]*>(.*?)</(?:title|h1)>", html, flags=re.S | re.I)
    return [to_simplified_plain(re.sub(r"<[^>]+>|\s+", "", t)) for t in found]


def evaluate(cwce: Path, show_misses: bool = False) -> dict:
    truth = {name: json.loads((cwce / "eval" / f"{name}_ground.json").read_text(encoding="utf-8"))
             for name in ("author", "date", "cleaned")}
    pages = sorted((cwce / "original").glob("*.html"))
    rows, started = [], time.perf_counter()
    for page in pages:
        key = page.stem
        record = next((r for r in neican.extract([str(page)]) if isinstance(r, dict)), None)
        rows.append((key, page, record))
    elapsed = time.perf_counter() - started
    n = len(rows)
    date_day = date_full = date_full_n = author_ok = title_ok = 0
    f1s, baseline, emptied = [], [], 0
    for key, page, record in rows:
        record = record or {"text": "", "authors": [], "published": None, "title": None}
        true_date = truth["date"][key]["articleBody"].strip()
        got = record.get("published") or ""
        if true_date == "UNKNOWN":
            day_ok = not got
        else:
            parsed = parse_datetime(re.sub(r"(\d) (\d+)-(\d+)-(\d+)$", r"\1 \2:\3:\4", true_date)) or ""
            if not parsed and (m := re.fullmatch(r"(\d{4})-(\d{1,2})", true_date)):  # month precision
                parsed = f"{m.group(1)}-{int(m.group(2)):02d}"
            day_ok = bool(parsed) and got.startswith(parsed[:10])
            if "T" in parsed:
                date_full_n += 1
                date_full += parsed[:16] == got[:16]
        date_day += day_ok
        true_authors = set(truth["author"][key]["articleBody"].split()) - {"UNKNOWN"}
        got_authors = set(record.get("authors") or [])
        author_ok += {to_simplified_plain(a) for a in true_authors} == got_authors
        title = _IGNORED.sub("", record.get("title") or "")
        html = decode_bytes(page.read_bytes())[0]
        title_ok += bool(title) and any(title in t or (t and t in title) for t in page_titles(html))
        body = to_simplified_plain(truth["cleaned"][key]["articleBody"])
        f1 = char_f1(record.get("text") or "", body)
        f1s.append(f1)
        alone = char_f1(to_simplified_plain(trafilatura_text(html)), body)
        baseline.append(alone)
        emptied += bool(body.strip()) and not (record.get("text") or "").strip()
        if show_misses and f1 < alone - 0.05:
            print(f"{key}: neican f1={f1:.2f} < trafilatura alone {alone:.2f}", file=sys.stderr)
        if show_misses and (not day_ok or f1 < 0.8):
            print(f"{key}: date truth={true_date!r} got={got!r} f1={f1:.2f} title={title!r}", file=sys.stderr)
    return {
        "pages": n,
        "date_day_accuracy": round(date_day / n, 3),
        "date_time_accuracy": round(date_full / date_full_n, 3) if date_full_n else None,
        "author_accuracy": round(author_ok / n, 3),
        "title_agrees_with_page_title": round(title_ok / n, 3),
        "body_char_f1_mean": round(sum(f1s) / n, 3),
        "body_char_f1_median": round(sorted(f1s)[n // 2], 3),
        "trafilatura_alone_body_f1_mean": round(sum(baseline) / n, 3),
        "pages_emptied": emptied,
        "pages_per_s": round(n / elapsed, 1),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cwce", type=Path, default=DEFAULT)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--show-misses", action="store_true")
    args = ap.parse_args()
    if not (args.cwce / "original").is_dir():
        sys.exit(f"{args.cwce}: no CWCE data (expected original/ and eval/)")
    result = evaluate(args.cwce, args.show_misses)
    for key, value in result.items():
        print(f"{key:32s} {value}")
    print(json.dumps(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
