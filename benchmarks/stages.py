#!/usr/bin/env python3
"""Per-stage throughput of the pipeline on xwlb items (characters of input text per second).

Reads the first ``--limit`` items, decodes them once, then times each stage separately over
all of them: normalise, clean, metadata, and every extractor; and the whole pipeline with and
without the tifa lexicon pass. Prints a table and a JSON line.

usage: python benchmarks/stages.py [--limit 5000] [--cpu]
(--cpu: the process's CPU time instead of the wall clock, for a machine other work shares:
what another process takes from this one then counts less.)
"""
from __future__ import annotations

import argparse
import gc
import itertools
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path

from neican.clean import clean
from neican.doc import Doc
from neican.extractors import formulations
from neican.extractors.meta import extract_meta
from neican.extractors.numbers import to_int
from neican.ingest import read_inputs
from neican.ingest.source import RawDocument
from neican.normalize import normalize
from neican.pipeline import EXTRACTORS, batches, process, process_batch, warm_up

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"


CLOCK = time.perf_counter  # time.process_time under --cpu


def timed(fn, items) -> float:
    started = CLOCK()
    for item in items:
        fn(item)
    return CLOCK() - started


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--limit", type=int, default=5000)
    ap.add_argument("--cpu", action="store_true", help="time with the process's CPU time, not the wall clock")
    args = ap.parse_args()
    if args.cpu:
        global CLOCK
        CLOCK = time.process_time
    if not args.corpus.exists():
        sys.exit(f"{args.corpus}: corpus not found")
    raws = [r for r in itertools.islice(read_inputs([str(args.corpus)]), args.limit) if isinstance(r, RawDocument)]
    chars = sum(len(r.text) for r in raws)
    warm_up()  # load lexicons and automata outside the timings, as the CLI does
    to_int("一百二十三")  # and cn2an, which the warm-up leaves to the first numeral that needs it (0.2 s)
    normalized = [normalize(r.text) for r in raws]
    cleaned = [clean(n[0]) for n in normalized]
    docs = []
    for raw, c in zip(raws, cleaned):
        doc = Doc(id=raw.content_hash, path=raw.path, original=raw.text, text=c.text)
        doc.meta = asdict(extract_meta(c.lines, c.text, raw.meta))
        docs.append(doc)
    gc.freeze()  # the prepared inputs stay alive: keep the collector from walking them in every timing
    seconds = {
        "normalize": timed(lambda r: normalize(r.text), raws),
        "clean": timed(lambda n: clean(n[0]), normalized),
        "meta": timed(lambda pair: extract_meta(pair[1].lines, pair[1].text, pair[0].meta), list(zip(raws, cleaned))),
    }
    for stage in EXTRACTORS:  # in pipeline order, so each finds what it requires
        seconds[stage.__name__.rsplit(".", 1)[-1]] = timed(lambda d: stage.extract(d), docs)
    # the spans the stage timings left on the prepared documents stay alive too: frozen, so that
    # the collector does not walk them in every full collection of the pipeline timings, which
    # a batch (more objects alive at once, so more full collections) pays most for (CPU time,
    # batched: 0.48-0.53 M chars/s without this, 0.61-0.66 with it; one at a time about the same)
    gc.freeze()
    seconds["pipeline"] = timed(process, raws)
    # the same documents, a batch at a time through the stages in step (what process_many does)
    seconds["pipeline_batched"] = timed(process_batch, list(batches(raws)))
    original = formulations.find_lexicon
    formulations.find_lexicon = lambda text, matches=None: []
    try:
        seconds["pipeline_without_lexicon"] = timed(process, raws)
    finally:
        formulations.find_lexicon = original
    result = {"items": len(raws), "chars": chars,
              "chars_per_s": {k: round(chars / v) for k, v in seconds.items()},
              "docs_per_s": round(len(raws) / seconds["pipeline"], 1)}
    for key, value in result["chars_per_s"].items():
        print(f"{key:26s} {value:>12,d} chars/s")
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
