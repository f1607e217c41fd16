#!/usr/bin/env python3
"""Careers from profiles: the Resume NER set (executives' résumés, Zhang & Yang 2018) read as a
test of the titles neican gives a profile's person.

Each résumé is the sentence that names its person (one NAME span) and the sentences after it
that name no one; its gold titles are its TITLE spans, every one the person's. A predicted title
matches a gold one when one ends the other (某某公司董事长 ~ 董事长: the set prints a post without
its organ as often as with it). Prints, per part: résumés, the share whose person neican names,
and title precision (predicted titles that match a gold one) and recall (gold titles matched).

Parts, fixed before any tuning: the odd-numbered résumés of ``train.char.bmes`` tune; the even
ones and the whole ``test.char.bmes`` are held out (read their figures, never their errors).
The set's conventions differ from neican's in places (it tags 中共党员 and grades such as
高级工程师 as titles), so recall is a floor, not a target.

usage: python benchmarks/resume_titles.py [--data DIR] [--errors N] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from neican import api

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner" / "resume"


def read_bmes(path: Path) -> list[tuple[str, list[str]]]:
    """Sentences of a char-per-line BMES file: (text, tags)."""
    sentences, chars, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if chars:
                sentences.append(("".join(chars), tags))
                chars, tags = [], []
            continue
        char, _, tag = line.partition(" ")
        chars.append(char)
        tags.append(tag.strip())
    if chars:
        sentences.append(("".join(chars), tags))
    return sentences


def spans(tags: list[str], label: str) -> list[tuple[int, int]]:
    found, start = [], None
    for i, tag in enumerate(tags):
        if tag in (f"B-{label}", f"S-{label}"):
            start = i
        if tag in (f"E-{label}", f"S-{label}") and start is not None:
            found.append((start, i + 1))
            start = None
    return found


def resumes(sentences: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
    """A résumé: a sentence that names someone and the sentences after it that name no one."""
    grouped: list[tuple[str, list[str]]] = []
    for text, tags in sentences:
        if spans(tags, "NAME") or not grouped:
            grouped.append((text, list(tags)))
        else:
            grouped[-1] = (grouped[-1][0] + text, grouped[-1][1] + tags)
    return grouped


def _matches(a: str, b: str) -> bool:
    return a.endswith(b) or b.endswith(a)


def score(items: list[tuple[str, list[str]]]) -> dict:
    tally = {"resumes": 0, "named": 0, "found": 0, "right": 0, "pred": 0, "gold": 0, "misses": [], "extras": []}
    for text, tags in items:
        names = {text[a:b] for a, b in spans(tags, "NAME")}
        if len(names) != 1:
            continue  # a résumé of one person only
        name = names.pop()
        gold = {text[a:b] for a, b in spans(tags, "TITLE")}
        people = {p["name"]: p for p in api.extract_text(text)["people"]}
        pred = {t["title"] for t in people.get(name, {}).get("titles", [])}
        found = {g for g in gold if any(_matches(p, g) for p in pred)}
        right = {p for p in pred if any(_matches(p, g) for g in gold)}
        tally["resumes"] += 1
        tally["named"] += name in people
        tally["found"] += len(found)
        tally["right"] += len(right)
        tally["gold"] += len(gold)
        tally["pred"] += len(pred)
        if gold - found:
            tally["misses"].append((name, sorted(gold - found), text[:100]))
        if pred - right:
            tally["extras"].append((name, sorted(pred - right), text[:100]))
    return tally


def figures(tally: dict) -> dict:
    return {"resumes": tally["resumes"], "named": round(tally["named"] / max(tally["resumes"], 1), 3),
            "precision": round(tally["right"] / tally["pred"], 3) if tally["pred"] else None,
            "recall": round(tally["found"] / max(tally["gold"], 1), 3), "gold": tally["gold"], "pred": tally["pred"]}


def score_parts(data: Path) -> dict[str, dict]:
    """The tallies of the three parts (fixed before any tuning: odd training résumés tune, even ones
    and the test file are held out)."""
    train = resumes(read_bmes(data / "train.char.bmes"))
    parts = {"tune (train, odd)": train[1::2], "held out (train, even)": train[0::2],
             "held out (test)": resumes(read_bmes(data / "test.char.bmes"))}
    return {part: score(items) for part, items in parts.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="the ner/resume folder of ../shared/data")
    ap.add_argument("--errors", type=int, default=0, help="print N sampled misses and extras of the tuning part")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not (args.data / "train.char.bmes").exists():
        print(f"resume_titles: no Resume NER set at {args.data}; skipped")
        return 0
    tallies = score_parts(args.data)
    print(f"{'part':26s} {'résumés':>8s} {'named':>6s} {'P':>6s} {'R':>6s} {'gold':>6s} {'pred':>6s}")
    out = {}
    for part, tally in tallies.items():
        f = out[part] = figures(tally)
        precision = f"{f['precision']:.3f}" if f["precision"] is not None else "-"
        print(f"{part:26s} {f['resumes']:8d} {f['named']:6.3f} {precision:>6s} {f['recall']:6.3f} {f['gold']:6d} {f['pred']:6d}")
    if args.errors:
        tune = tallies["tune (train, odd)"]
        rng = random.Random(1)
        for kind in ("misses", "extras"):
            for name, titles, text in rng.sample(tune[kind], min(args.errors, len(tune[kind]))):
                print(kind[:-2].upper(), name, titles, text)
    if args.json:
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
