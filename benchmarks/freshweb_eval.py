#!/usr/bin/env python3
"""Score neican on the fresh hand-annotated raw web pages (benchmarks/freshweb): does it generalise?

The 18 pages are copied byte for byte from ../shared/data/html (benchmarks/freshweb/build.py;
third-party pages, never committed) into a temporary folder, extracted with
`neican extract … --jsonl -q --workers 1` (this checkout's src/ first on PYTHONPATH, ahead of any
other installed neican), and scored against benchmarks/freshweb/gold with ../shared/eval/score.py.
Prints one row per field (P, R, F1, counts) and the macro F1, for the whole set beside the fixed
split: odd-numbered pages (may be tuned on) and even-numbered pages (held out, never tuned on).

usage: python benchmarks/freshweb_eval.py [--records FILE.jsonl] [--json FILE] [--docs] [--keep DIR]
  --records  score these records instead of extracting (their paths' basenames are fwNN.html)
  --json     also write the per-field figures (whole set, odd, even held out, per-document rows) here
  --docs     print the scorer's per-document rows
  --keep     build the pages into DIR and keep them (default: a temporary folder)
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
FRESHWEB = HERE / "freshweb"
GOLD = FRESHWEB / "gold"
SHARED = HERE.parents[0].parent / "shared"
DATA = SHARED / "data" / "html"
SCORER = SHARED / "eval" / "score.py"
SRC = HERE.parent / "src"  # this checkout's neican, ahead of any other installed copy


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_pages(out: Path) -> list[Path]:
    build = _load("freshweb_build", FRESHWEB / "build.py")
    out.mkdir(parents=True, exist_ok=True)
    pages = []
    for item in build.select(DATA):
        page = out / f"fw{item['nn']}.html"
        page.write_bytes((DATA / item["path"]).read_bytes())  # raw bytes, unchanged
        pages.append(page)
    return pages


def extract(folder: Path) -> list[str]:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p))
    out = subprocess.run([sys.executable, "-m", "neican", "extract", str(folder), "--jsonl", "-q", "--workers", "1"],
                         capture_output=True, text=True, env=env, check=False)
    if out.returncode not in (0, 1):  # 1: some inputs failed, the others are still records
        sys.exit(f"neican extract failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    return out.stdout.splitlines()


def held_out(doc: str) -> bool:
    """The fixed split, chosen before neican was run on any page: even-numbered pages (fw02, fw04, …)
    are never tuned on; odd-numbered ones may be."""
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
    args = ap.parse_args()
    if not SCORER.exists() or (args.records is None and not DATA.is_dir()):
        print(f"freshweb_eval: skipped, {DATA} or {SCORER} is absent (the pages are copied from the shared "
              "data folder, which is not part of the repository)")
        return 0
    if args.records:
        lines = args.records.read_text(encoding="utf-8").splitlines()
    elif args.keep:
        build_pages(args.keep)
        lines = extract(args.keep)
    else:
        with tempfile.TemporaryDirectory(prefix="neican-freshweb-") as tmp:
            build_pages(Path(tmp))
            lines = extract(Path(tmp))
    fields, docs, missing = score(lines)
    odd, _, _ = score(lines, lambda doc: not held_out(doc))
    even, _, _ = score(lines, held_out)
    print(f"{'field':32s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'pred':>5s} {'gold':>5s} {'F1 odd':>7s} {'F1 even':>7s}")
    for k, v in fields.items():
        print(f"{k:32s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['pred']:5d} {v['gold']:5d}"
              f" {odd.get(k, {}).get('f1', float('nan')):7.3f} {even.get(k, {}).get('f1', float('nan')):7.3f}")

    def macro_of(table: dict) -> float:
        return sum(v["f1"] for v in table.values()) / len(table) if table else 0.0
    macro = macro_of(fields)
    print(f"{'macro F1':32s} {'':6s} {'':6s} {macro:6.3f} {'':17s} {macro_of(odd):7.3f} {macro_of(even):7.3f}"
          f"   ({len(docs)} documents, {missing} without a record; even-numbered pages held out)")
    if args.docs:
        for row in docs:
            print(json.dumps(row, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps({"fields": fields, "macro_f1": round(macro, 4), "missing": missing,
                                         "odd": odd, "even_held_out": even, "docs": docs},
                                        ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
