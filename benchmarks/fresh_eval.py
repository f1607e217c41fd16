#!/usr/bin/env python3
"""Score neican on the fresh hand-annotated CCTV set (benchmarks/fresh): does it generalise?

The 407 pages (batch 1: fx01–fx24, batch 2: fx25–fx48, batch 3: fx49–fx72, batch 4: fx73–fx96, batch 5: fx97–fx120,
batch 6: fx121–fx144, batch 7: fx145–fx168, batch 8: fx169–fx192, batch 9: fx193–fx216, batch 10: fx217–fx240, batch 11: fx241–fx264, batch 12: fx265–fx287, batch 13: fx288–fx311,
batch 14: fx312–fx335, batch 15: fx336–fx359, batch 16: fx360–fx383, batch 17: fx384–fx407) are rebuilt from ../shared/data
(benchmarks/fresh/build.py; third-party text, never committed) into a temporary folder, extracted with `neican extract … --jsonl` (as
scripts/score_dev.py does for dev2), and scored against benchmarks/fresh/gold with
../shared/eval/score.py. Prints one row per field (P, R, F1, counts) and the macro F1. The
extraction runs this checkout's src/ (put ahead of any other installed neican).

usage: python benchmarks/fresh_eval.py [--records FILE.jsonl] [--json FILE] [--docs] [--keep DIR] [--batch 1|2|3|4|5|6|7|8|9|10|11|12|13|14|15|16|17]
  --records  score these records instead of extracting (their paths' basenames are fxNN.html)
  --json     also write the per-field figures (and per-document rows) here
  --docs     print the scorer's per-document rows
  --keep     build the pages into DIR and keep them (default: a temporary folder)
  --batch    score one batch only (1: fx01–fx24, 2: fx25–fx48, 3: fx49–fx72, 4: fx73–fx96, 5: fx97–fx120,
             6: fx121–fx144, 7: fx145–fx168, 8: fx169–fx192, 9: fx193–fx216, 10: fx217–fx240, 11: fx241–fx264, 12: fx265–fx287,
             13: fx288–fx311, 14: fx312–fx335, 15: fx336–fx359, 16: fx360–fx383, 17: fx384–fx407); the odd/even split applies within it
Skips with a message (exit 0) when ../shared/data or the scorer is absent.
"""
from __future__ import annotations

import sys
from pathlib import Path

from gold_eval import SCORER, SHARED, arguments, doc_number, load, records, report

HERE = Path(__file__).resolve().parent
FRESH = HERE / "fresh"
GOLD = FRESH / "gold"
CORPUS = SHARED / "data" / "xwlb" / "xwlb.jsonl.gz"


def build_pages(out: Path) -> list[Path]:
    build = load("fresh_build", FRESH / "build.py")
    items = build.select(CORPUS)
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for item in items:
        page = out / f"fx{item['nn']}.html"
        page.write_text(build.page(item), encoding="utf-8")
        pages.append(page)
    return pages


def batch_of(doc: str) -> int:
    """Batch 1 is fx01–fx24, batch 2 fx25–fx48, batch 3 fx49–fx72, batch 4 fx73–fx96, batch 5 fx97–fx120,
    batch 6 fx121–fx144, batch 7 fx145–fx168, batch 8 fx169–fx192, batch 9 fx193–fx216, batch 10 fx217–fx240, batch 11 fx241–fx264, batch 12 fx265–fx287 (23 items: its provincial pool ran out), batch 13 fx288–fx311,
    batch 14 fx312–fx335, batch 15 fx336–fx359, batch 16 fx360–fx383, batch 17 fx384–fx407 (benchmarks/fresh/build.py)."""
    number = doc_number(doc)
    return (number - 1) // 24 + 1 if number <= 287 else 13 + (number - 288) // 24


def main() -> int:
    ap = arguments(__doc__.splitlines()[0])
    ap.add_argument("--batch", type=int, choices=(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17))
    args = ap.parse_args()
    if not SCORER.exists() or (args.records is None and not CORPUS.exists()):
        print(f"fresh_eval: skipped, {SHARED / 'data'} or {SCORER} is absent (the pages are built from the "
              "shared xwlb corpus, which is not part of the repository)")
        return 0
    lines = records(args, build_pages)
    in_batch = (lambda doc: batch_of(doc) == args.batch) if args.batch else (lambda doc: True)
    report(lines, GOLD, in_batch, f", batch {args.batch}" if args.batch else "", args.docs, args.json,
           {"batch": args.batch})
    return 0


if __name__ == "__main__":
    sys.exit(main())
