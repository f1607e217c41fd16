#!/usr/bin/env python3
"""Score neican on the fresh hand-annotated CCTV set (benchmarks/fresh): does it generalise?

The 48 pages (batch 1: fx01–fx24, batch 2: fx25–fx48) are rebuilt from ../shared/data
(benchmarks/fresh/build.py; third-party text, never committed) into a temporary folder, extracted with `neican extract … --jsonl` (as
scripts/score_dev.py does for dev2), and scored against benchmarks/fresh/gold with
../shared/eval/score.py. Prints one row per field (P, R, F1, counts) and the macro F1. The
extraction runs this checkout's src/ (put ahead of any other installed neican).

usage: python benchmarks/fresh_eval.py [--records FILE.jsonl] [--json FILE] [--docs] [--keep DIR] [--batch 1|2]
  --records  score these records instead of extracting (their paths' basenames are fxNN.html)
  --json     also write the per-field figures (and per-document rows) here
  --docs     print the scorer's per-document rows
  --keep     build the pages into DIR and keep them (default: a temporary folder)
  --batch    score one batch only (1: fx01–fx24, 2: fx25–fx48); the odd/even split applies within it
Skips with a message (exit 0) when ../shared/data or the scorer is absent.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FRESH = HERE / "fresh"
GOLD = FRESH / "gold"
SHARED = HERE.parents[0].parent / "shared"
CORPUS = SHARED / "data" / "xwlb" / "xwlb.jsonl.gz"
SCORER = SHARED / "eval" / "score.py"
SRC = HERE.parent / "src"  # this checkout's neican, ahead of any other installed copy


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_pages(out: Path) -> list[Path]:
    build = _load("fresh_build", FRESH / "build.py")
    items = build.select(CORPUS)
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for item in items:
        page = out / f"fx{item['nn']}.html"
        page.write_text(build.page(item), encoding="utf-8")
        pages.append(page)
    return pages


def extract(folder: Path) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p))
    out = subprocess.run([sys.executable, "-m", "neican", "extract", str(folder), "--jsonl", "-q", "--workers", "1"],
                         capture_output=True, text=True, env=env)
    if out.returncode not in (0, 1):  # 1: some inputs failed, the others are still records
        sys.exit(f"neican extract failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    return out.stdout.splitlines()


def batch_of(doc: str) -> int:
    """Batch 1 is fx01–fx24, batch 2 fx25–fx48 (benchmarks/fresh/build.py)."""
    return 1 if int(doc[2:4]) <= 24 else 2


def held_out(doc: str) -> bool:
    """The fixed split, chosen before any per-document error was read: even-numbered pages
    (fx02, fx04, …) are never tuned on; odd-numbered ones may be."""
    return int(doc[2:4]) % 2 == 0


def score(lines: list[str], keep=lambda doc: True) -> tuple[dict, list[dict], int]:
    scorer = _load("score", SCORER)
    preds = {}
    for line in lines:
        if line.strip():
            record = json.loads(line)
            preds[Path(str(record.get("path") or record.get("id") or "")).name] = record
    tally, docs, missing = scorer.Tally(), [], 0
    for f in sorted(GOLD.glob("*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        if not keep(gold["doc"]):
            continue
        pred = preds.get(gold["doc"])
        if pred is None:
            missing += 1
        row = {"doc": gold["doc"]}
        scorer.score_doc(gold, pred or {}, tally, row)
        docs.append(row)
    fields = {k: {"tp": tp, "pred": npred, "gold": ngold, "p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3)}
              for k, tp, npred, ngold, (p, r, f1) in tally.rows()}
    return fields, docs, missing


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--records", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--docs", action="store_true")
    ap.add_argument("--keep", type=Path)
    ap.add_argument("--batch", type=int, choices=(1, 2))
    args = ap.parse_args()
    if not SCORER.exists() or (args.records is None and not CORPUS.exists()):
        print(f"fresh_eval: skipped, {SHARED / 'data'} or {SCORER} is absent (the pages are built from the "
              "shared xwlb corpus, which is not part of the repository)")
        return 0
    if args.records:
        lines = args.records.read_text(encoding="utf-8").splitlines()
    elif args.keep:
        build_pages(args.keep)
        lines = extract(args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="neican-fresh-") as tmp:
            build_pages(Path(tmp))
            lines = extract(Path(tmp))
    in_batch = (lambda doc: batch_of(doc) == args.batch) if args.batch else (lambda doc: True)
    fields, docs, missing = score(lines, in_batch)
    odd, _, _ = score(lines, lambda doc: in_batch(doc) and not held_out(doc))
    even, _, _ = score(lines, lambda doc: in_batch(doc) and held_out(doc))
    print(f"{'field':32s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'pred':>5s} {'gold':>5s} {'F1 odd':>7s} {'F1 even':>7s}")
    for k, v in fields.items():
        print(f"{k:32s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['pred']:5d} {v['gold']:5d}"
              f" {odd.get(k, {}).get('f1', float('nan')):7.3f} {even.get(k, {}).get('f1', float('nan')):7.3f}")

    def macro_of(table: dict) -> float:
        return sum(v["f1"] for v in table.values()) / len(table) if table else 0.0
    macro = macro_of(fields)
    print(f"{'macro F1':32s} {'':6s} {'':6s} {macro:6.3f} {'':17s} {macro_of(odd):7.3f} {macro_of(even):7.3f}"
          f"   ({len(docs)} documents{f', batch {args.batch}' if args.batch else ''}, {missing} without a record;"
          " even-numbered pages held out)")
    if args.docs:
        for row in docs:
            print(json.dumps(row, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps({"batch": args.batch, "fields": fields, "macro_f1": round(macro, 4), "missing": missing,
                                         "odd": odd, "even_held_out": even, "docs": docs}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
