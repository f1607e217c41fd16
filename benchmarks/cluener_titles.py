#!/usr/bin/env python3
"""Titles beside names in general news: the CLUENER 2020 set (Sina news sentences, Xu et al. 2020)
read as a test of the titles neican gives the people it names.

CLUENER tags ``name`` and ``position`` spans (among eight other kinds). A gold pair is a position
span that touches a name span (副局长张涛, 陈木胜导演): the title that person holds in the sentence.
Each sentence with a gold pair is extracted on its own. A pair is found when neican names the
person and gives them a title that ends the gold position or that the position ends (公安部经济
犯罪侦查局副局长 ~ 副局长: neican prints the fullest form). A predicted title of a paired person is
right when it matches, in the same way, any position span of its sentence. Prints, per part:
pairs, the share of paired people neican names, title precision and recall.

Parts, fixed before any tuning: the odd-numbered lines of ``train.json`` tune; its even lines and
the whole ``dev_labeled.json`` are held out (read their figures, never their errors). CLUENER's
conventions differ from neican's in places (a byline's 记者 is a position there and an author's
job word here; it tags a position alone where no name touches it), so the figures are a floor
of neican's reading of titles outside politics, not a target. (The training lines' ``name``
spans also trained neican's recogniser, scripts/train_ner.py; its ``position`` spans did not.)

usage: python benchmarks/cluener_titles.py [--data DIR] [--errors N] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from neican import api

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner" / "cluener2020"


def _matches(a: str, b: str) -> bool:
    return a.endswith(b) or b.endswith(a)


def score(items) -> dict:
    tally = {"pairs": 0, "named": 0, "found": 0, "right": 0, "pred": 0, "misses": [], "extras": []}
    for text, pairs, positions in items:
        people = {p["name"]: p for p in api.extract_text(text)["people"]}
        for name in {n for n, _ in pairs}:
            pred = {t["title"] for t in people.get(name, {}).get("titles", [])}
            right = {t for t in pred if any(_matches(t, g) for g in positions)}
            tally["right"] += len(right)
            tally["pred"] += len(pred)
            if pred - right:
                tally["extras"].append((name, sorted(pred - right), text))
        for name, position in pairs:
            pred = {t["title"] for t in people.get(name, {}).get("titles", [])}
            tally["pairs"] += 1
            tally["named"] += name in people
            if any(_matches(t, position) for t in pred):
                tally["found"] += 1
            else:
                tally["misses"].append((name, position, sorted(pred), text))
    return tally


def figures(tally: dict) -> dict:
    return {"pairs": tally["pairs"], "named": round(tally["named"] / max(tally["pairs"], 1), 3),
            "precision": round(tally["right"] / tally["pred"], 3) if tally["pred"] else None,
            "recall": round(tally["found"] / max(tally["pairs"], 1), 3), "pred": tally["pred"]}


def parts(data: Path) -> dict[str, list]:
    """The three parts, fixed before any tuning: odd training lines tune; even ones and the dev
    file are held out. Numbering counts every line of the file, from 1."""
    train = read_numbered(data / "train.json")
    return {"tune (train, odd)": [item for n, item in train if n % 2 == 1],
            "held out (train, even)": [item for n, item in train if n % 2 == 0],
            "held out (dev)": [item for _, item in read_numbered(data / "dev_labeled.json")]}


def read_numbered(path: Path) -> list[tuple[int, tuple]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        one = _one_line(line)
        if one:
            out.append((number, one))
    return out


def _one_line(line: str):
    """(text, gold pairs (name, position), every position of the sentence) where a position span
    touches a name span; None otherwise."""
    if not line.strip():
        return None
    record = json.loads(line)
    label = record["label"]
    names = [(s, e + 1, n) for n, where in label.get("name", {}).items() for s, e in where]
    positions = [(s, e + 1, p) for p, where in label.get("position", {}).items() for s, e in where]
    pairs = sorted({(n, p) for ps, pe, p in positions for ns, ne, n in names if pe == ns or ne == ps})
    return (record["text"], pairs, {p for _, _, p in positions}) if pairs else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="the ner/cluener2020 folder of ../shared/data")
    ap.add_argument("--errors", type=int, default=0, help="print N sampled misses and extras of the tuning part")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not (args.data / "train.json").exists():
        print(f"cluener_titles: no CLUENER set at {args.data}; skipped")
        return 0
    tallies = {part: score(items) for part, items in parts(args.data).items()}
    print(f"{'part':26s} {'pairs':>6s} {'named':>6s} {'P':>6s} {'R':>6s} {'pred':>6s}")
    out = {}
    for part, tally in tallies.items():
        f = out[part] = figures(tally)
        precision = f"{f['precision']:.3f}" if f["precision"] is not None else "-"
        print(f"{part:26s} {f['pairs']:6d} {f['named']:6.3f} {precision:>6s} {f['recall']:6.3f} {f['pred']:6d}")
    if args.errors:
        tune = tallies["tune (train, odd)"]
        rng = random.Random(1)
        for kind in ("misses", "extras"):
            for row in rng.sample(tune[kind], min(args.errors, len(tune[kind]))):
                print(kind[:-2].upper(), *row)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
