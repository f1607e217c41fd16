#!/usr/bin/env python3
"""Person and place recognition against two test sets: what neican outputs (its people stage,
end to end: system ``people``, PER only), its recogniser alone (``neican``) and jieba.

Scores PER and LOC (and ORG, for information) by exact span, entity level: precision, recall,
F1; and speed in characters per second (best of ``--repeat`` runs, after one warm-up call that
loads the model; the load time is printed apart). Test sets, read from ../shared/data/ner/:

  pd98/example.test       People's Daily 1998, char + BIO tag a line (4,636 sentences)
  msra/msra_test_bio.txt  MSRA (SIGHAN 2006) test set, char TAB BIO tag (3,442 sentences)

Baseline: jieba 0.42.1 ``posseg`` tags (nr* -> PER, ns* -> LOC, nt* -> ORG), scored the same
way; skipped with a note if jieba is not installed (``pip install jieba==0.42.1``). Note that
jieba's dictionary was built partly from People's Daily text, which flatters it on pd98.

usage: python benchmarks/ner_benchmark.py [--data DIR] [--limit N] [--repeat R] [--json FILE]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from neican.doc import Doc
from neican.extractors import people as people_stage, regions as regions_stage
from neican.extractors.ner import find_entities
from neican.extractors.ner_eval import read_tagged, score

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "ner"
SETS = {"pd98": Path("pd98") / "example.test", "msra": Path("msra") / "msra_test_bio.txt"}
LABELS = ("PER", "LOC", "ORG")


def neican_spans(text: str) -> set[tuple[int, int, str]]:
    return {(e.start, e.end, e.label) for e in find_entities(text)}


def people_stage_spans(text: str) -> set[tuple[int, int, str]]:
    """What neican outputs: the people stage end to end (regions, then people with its patterns
    and the recogniser on candidate windows), every mention of every person found as a PER span."""
    doc = Doc(id="s", path="s", original=text)
    doc.text, doc.meta = text, {}
    regions_stage.extract(doc)
    people_stage.extract(doc)
    return {(a, b, "PER") for s in doc.spans["people"] for a, b in s.data["mentions"]}


def jieba_tagger():
    """A function text -> spans from jieba's part-of-speech tags, or None without jieba."""
    try:
        import jieba
        import jieba.posseg as posseg
    except ImportError:
        return None
    jieba.setLogLevel(60)
    posseg.lcut("预热")  # loads the dictionary outside the timing
    kinds = {"nr": "PER", "ns": "LOC", "nt": "ORG"}

    def spans(text: str) -> set[tuple[int, int, str]]:
        out, pos = set(), 0
        for pair in posseg.cut(text):
            label = kinds.get(pair.flag[:2])
            if label:
                out.add((pos, pos + len(pair.word), label))
            pos += len(pair.word)
        return out
    return spans


def run(tagger, sentences, repeat: int) -> dict:
    """Scores and speed of one tagger over one test set."""
    chars = sum(len(text) for text, _ in sentences)
    best, predicted = float("inf"), []
    for _ in range(repeat):
        started = time.perf_counter()
        predicted = [tagger(text) for text, _ in sentences]
        best = min(best, time.perf_counter() - started)
    scores = score(zip(predicted, (gold for _, gold in sentences)), LABELS)
    out = {"sentences": len(sentences), "chars": chars, "chars_per_s": round(chars / best)}
    for label, s in scores.items():
        out[label] = {"P": round(s.precision, 4), "R": round(s.recall, 4), "F1": round(s.f1, 4), "gold": s.gold}
    return out


def table(results: dict) -> str:
    head = f"{'set':6} {'system':7} " + " ".join(f"{lab + ' P/R/F1':>20}" for lab in LABELS) + f" {'chars/s':>10}"
    lines = [head, "-" * len(head)]
    for name, systems in results["sets"].items():
        for system, r in systems.items():
            cells = " ".join(f"{r[lab]['P']:6.3f} {r[lab]['R']:6.3f} {r[lab]['F1']:6.3f}" for lab in LABELS)
            lines.append(f"{name:6} {system:7} {cells} {r['chars_per_s']:>10,}")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT, help="the ner/ folder of ../shared/data")
    ap.add_argument("--limit", type=int, help="first N sentences of each set")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs per system (best counts)")
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    present = {name: args.data / rel for name, rel in SETS.items() if (args.data / rel).is_file()}
    if not present:
        print(f"{args.data}: no NER test data (expected {', '.join(map(str, SETS.values()))}); skipped")
        return 0
    started = time.perf_counter()
    find_entities("预热")  # loads lexicons and model
    results = {"load_s": round(time.perf_counter() - started, 3), "sets": {}}
    people_stage_spans("预热")
    taggers = {"people": people_stage_spans, "neican": neican_spans, "jieba": jieba_tagger()}
    if taggers["jieba"] is None:
        print("jieba is not installed: baseline skipped (pip install jieba==0.42.1)", file=sys.stderr)
        del taggers["jieba"]
    for name, path in present.items():
        sentences = read_tagged(path, args.limit)
        results["sets"][name] = {system: run(tagger, sentences, args.repeat) for system, tagger in taggers.items()}
    print(table(results))
    print(f"neican model load: {results['load_s']} s")
    print(json.dumps(results, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
