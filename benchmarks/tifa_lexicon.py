#!/usr/bin/env python3
"""What the size of the tifa lexicon costs: the formulations stage with the packaged lexicon and,
with --compare, with another tifa.tsv (an older version), alternately in one process.

The formulations stage is the first to need the shared lexicon pass (extractors/lexicon.py: one
Aho-Corasick automaton over region names, titles and tifa forms), so its time includes building
the matches. Each repetition uses fresh Docs (no cached matches); the best of --repeat runs is
reported, which is the figure least disturbed by other processes on a shared machine.

usage: python benchmarks/tifa_lexicon.py [--limit 2000] [--repeat 7] [--compare OLD_tifa.tsv]
  e.g. --compare <(git show 3c31437:src/neican/resources/tifa.tsv)   (the lexicon before issue 13)
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

from neican.clean import clean
from neican.doc import Doc
from neican.extractors import formulations, lexicon
from neican.ingest import read_inputs
from neican.ingest.source import RawDocument
from neican.normalize import normalize
from neican.pipeline import warm_up
from neican.resources import loader

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"


def read_lexicon(path: Path) -> tuple[loader.Tifa, ...]:
    """A tifa.tsv of this version, or of the six-column one before the xwlb_first column."""
    lines = path.read_text(encoding="utf-8").splitlines()
    if len(lines[0].split("\t")) == len(loader.TIFA_COLUMNS) - 1:  # evidence is not what is timed
        lines = ["\t".join(loader.TIFA_COLUMNS)] + [line.rsplit("\t", 1)[0] + "\t0\t" for line in lines[1:]]
    return loader.parse_tifa("\n".join(lines), str(path))


def use_lexicon(entries: tuple[loader.Tifa, ...]) -> None:
    """Point the shared lexicon pass at ``entries`` (rebuilt on next use)."""
    lexicon.tifa = lambda: entries
    lexicon._lexicon.cache_clear()
    lexicon._lexicon()


def stage_speed(texts: list[str], repeat: int) -> float:
    """Characters per second of formulations.extract, the best of ``repeat`` runs on fresh Docs."""
    best = float("inf")
    for _ in range(repeat):
        docs = [Doc(id=str(i), path="", original=text, text=text) for i, text in enumerate(texts)]
        started = time.perf_counter()
        for doc in docs:
            formulations.extract(doc)
        best = min(best, time.perf_counter() - started)
    return sum(map(len, texts)) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=2000)
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--compare", type=Path, help="another tifa.tsv to time beside the packaged one")
    args = ap.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found")
    raws = [r for r in itertools.islice(read_inputs([str(args.corpus)]), args.limit) if isinstance(r, RawDocument)]
    texts = [clean(normalize(r.text)[0]).text for r in raws]
    warm_up()
    lexicons = {"packaged": loader.tifa()}
    if args.compare:
        lexicons["compare"] = read_lexicon(args.compare)
    result = {"items": len(texts), "chars": sum(map(len, texts)), "repeat": args.repeat}
    for name, entries in lexicons.items():
        use_lexicon(entries)
        matches = sum(len(lexicon.find_matches(text).tifa) for text in texts)
        result[name] = {"entries": len(entries), "tifa_matches": matches,
                        "formulations_chars_per_s": round(stage_speed(texts, args.repeat))}
        print(f"{name:9s} {len(entries):5d} entries  {matches:6d} tifa matches  "
              f"formulations stage {result[name]['formulations_chars_per_s']:>12,d} chars/s (best of {args.repeat})")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
