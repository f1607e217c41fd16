"""What the hand-annotated benchmark sets share (fresh_eval.py, freshweb_eval.py): extract a
folder of pages with this checkout's neican, score the records against a gold folder with
../shared/eval/score.py, and print one table for the whole set beside its fixed split (odd pages
may be tuned on, even pages are held out)."""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[0].parent / "shared"
SCORER = SHARED / "eval" / "score.py"
SRC = HERE.parent / "src"  # this checkout's neican, ahead of any other installed copy


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def extract(folder: Path) -> list[str]:
    """`neican extract FOLDER --jsonl` with this checkout's src/ first: one record a line."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (str(SRC), os.environ.get("PYTHONPATH")) if p))
    out = subprocess.run([sys.executable, "-m", "neican", "extract", str(folder), "--jsonl", "-q", "--workers", "1"],
                         capture_output=True, text=True, env=env, check=False)
    if out.returncode not in (0, 1):  # 1: some inputs failed, the others are still records
        sys.exit(f"neican extract failed ({out.returncode}): {out.stderr.strip()[-2000:]}")
    return out.stdout.splitlines()


def arguments(description: str) -> argparse.ArgumentParser:
    """The options both scripts take; a script may add its own before parsing."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--records", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--docs", action="store_true")
    ap.add_argument("--keep", type=Path)
    return ap


def records(args: argparse.Namespace, build_pages: Callable[[Path], object]) -> list[str]:
    """The records to score: read from --records, or extracted from the pages built into --keep
    or into a temporary folder."""
    if args.records:
        return args.records.read_text(encoding="utf-8").splitlines()
    if args.keep:
        build_pages(args.keep)
        return extract(args.keep)
    with tempfile.TemporaryDirectory(prefix="neican-gold-") as tmp:
        build_pages(Path(tmp))
        return extract(Path(tmp))


def doc_number(doc: str) -> int:
    """A page's number: fx07.html → 7, fx120.html → 120 (the digits after the two-letter prefix)."""
    return int(re.match(r"\D*(\d+)", doc).group(1))


def held_out(doc: str) -> bool:
    """The fixed split of both sets, chosen before any per-document error was read: even-numbered
    pages (xx02, xx04, …, xx100, …) are never tuned on; odd-numbered ones may be."""
    return doc_number(doc) % 2 == 0


def score(lines: list[str], gold_folder: Path, keep: Callable[[str], bool] = lambda doc: True):
    """(fields, per-document rows, documents without a record) over the gold files ``keep`` accepts."""
    scorer = load("score", SCORER)
    preds = {}
    for line in lines:
        if line.strip():
            record = json.loads(line)
            preds[Path(str(record.get("path") or record.get("id") or "")).name] = record
    tally, docs, missing = scorer.Tally(), [], 0
    for f in sorted(gold_folder.glob("*.json")):
        gold = json.loads(f.read_text(encoding="utf-8"))
        if not keep(gold["doc"]):
            continue
        pred = preds.get(gold["doc"])
        missing += pred is None
        row = {"doc": gold["doc"]}
        scorer.score_doc(gold, pred or {}, tally, row)
        docs.append(row)
    fields = {k: {"tp": tp, "pred": npred, "gold": ngold, "p": round(p, 3), "r": round(r, 3), "f1": round(f1, 3)}
              for k, tp, npred, ngold, (p, r, f1) in tally.rows()}
    return fields, docs, missing


def macro_of(table: dict) -> float:
    return sum(v["f1"] for v in table.values()) / len(table) if table else 0.0


def report(lines: list[str], gold_folder: Path, keep: Callable[[str], bool], label: str,
           show_docs: bool = False, json_path: Path | None = None, extra: dict | None = None) -> None:
    """Print the table (whole set, odd, even held out) and write it as JSON where asked."""
    fields, docs, missing = score(lines, gold_folder, keep)
    odd, _, _ = score(lines, gold_folder, lambda doc: keep(doc) and not held_out(doc))
    even, _, _ = score(lines, gold_folder, lambda doc: keep(doc) and held_out(doc))
    print(f"{'field':32s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'pred':>5s} {'gold':>5s} {'F1 odd':>7s} {'F1 even':>7s}")
    for k, v in fields.items():
        print(f"{k:32s} {v['p']:6.3f} {v['r']:6.3f} {v['f1']:6.3f} {v['tp']:5d} {v['pred']:5d} {v['gold']:5d}"
              f" {odd.get(k, {}).get('f1', float('nan')):7.3f} {even.get(k, {}).get('f1', float('nan')):7.3f}")
    macro = macro_of(fields)
    print(f"{'macro F1':32s} {'':6s} {'':6s} {macro:6.3f} {'':17s} {macro_of(odd):7.3f} {macro_of(even):7.3f}"
          f"   ({len(docs)} documents{label}, {missing} without a record; even-numbered pages held out)")
    if show_docs:
        for row in docs:
            print(json.dumps(row, ensure_ascii=False))
    if json_path:
        json_path.write_text(json.dumps({**(extra or {}), "fields": fields, "macro_f1": round(macro, 4), "missing": missing,
                                         "odd": odd, "even_held_out": even, "docs": docs}, ensure_ascii=False, indent=1),
                             encoding="utf-8")
