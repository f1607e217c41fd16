#!/usr/bin/env python3
"""Score neican on the fresh hand-annotated raw web pages (benchmarks/freshweb): does it generalise?

The 18 pages are copied byte for byte from ../shared/data/html (benchmarks/freshweb/build.py;
third-party pages, never committed) into a temporary folder, extracted with
`neican extract … --jsonl -q --workers 1` (this checkout's src/ first on PYTHONPATH, ahead of any
other installed neican), and scored against benchmarks/freshweb/gold with ../shared/eval/score.py.
Prints one row per field (P, R, F1, counts) and the macro F1, for the whole set beside the fixed
split: odd-numbered pages (may be tuned on) and even-numbered pages (held out, never tuned on).

Batch 2 (--batch 2): the pages fw19 onward (build.py's second selection), scored against
benchmarks/freshweb/gold2 with the same split (even-numbered pages held out).
Batch 3 (--batch 3): the pages fw36-fw51 (build.py's third selection), against
benchmarks/freshweb/gold3, same split.
Batch 4 (--batch 4): the pages fw52 onward (build.py's fourth selection, from the widened pool),
against benchmarks/freshweb/gold4, same split.

usage: python benchmarks/freshweb_eval.py [--records FILE.jsonl] [--json FILE] [--docs] [--keep DIR] [--batch 1|2|3|4]
  --records  score these records instead of extracting (their paths' basenames are fwNN.html)
  --json     also write the per-field figures (whole set, odd, even held out, per-document rows) here
  --docs     print the scorer's per-document rows
  --keep     build the pages into DIR and keep them (default: a temporary folder)
Skips with a message (exit 0) when ../shared/data or the scorer is absent.
"""
from __future__ import annotations

import sys
from pathlib import Path

from gold_eval import SCORER, SHARED, arguments, load, records, report

HERE = Path(__file__).resolve().parent
FRESHWEB = HERE / "freshweb"
GOLD = FRESHWEB / "gold"
GOLDS = {1: GOLD, 2: FRESHWEB / "gold2", 3: FRESHWEB / "gold3", 4: FRESHWEB / "gold4"}
DATA = SHARED / "data" / "html"


def build_pages(out: Path, batch: int = 1) -> list[Path]:
    build = load("freshweb_build", FRESHWEB / "build.py")
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for item in build.select_batch(batch, DATA):
        page = out / f"fw{item['nn']}.html"
        page.write_bytes((DATA / item["path"]).read_bytes())  # raw bytes, unchanged
        pages.append(page)
    return pages


def main() -> int:
    ap = arguments(__doc__.splitlines()[0])
    ap.add_argument("--batch", type=int, choices=(1, 2, 3, 4), default=1,
                    help="1: fw01-fw18 (default); 2: fw19-fw35; 3: fw36-fw51; 4: fw52 onward")
    args = ap.parse_args()
    if not SCORER.exists() or (args.records is None and not DATA.is_dir()):
        print(f"freshweb_eval: skipped, {DATA} or {SCORER} is absent (the pages are copied from the shared "
              "data folder, which is not part of the repository)")
        return 0
    lines = records(args, lambda out: build_pages(out, args.batch))
    report(lines, GOLDS[args.batch], lambda doc: True, "" if args.batch == 1 else f", batch {args.batch}", args.docs, args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
