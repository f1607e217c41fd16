#!/usr/bin/env python3
"""The benchmark suite: every figure of issue 6 in one run, as a table and as JSON.

1. end-to-end extraction (normalise, clean, every extractor, the record), characters/s on one
   core, a batch of documents at a time as the CLI's one-worker path runs it (one document at
   a time printed beside), against a jieba-posseg baseline pipeline (the same decoding and
   cleaning, then jieba's tagger for nr/ns) measured in the same run; each pipeline runs the
   sample twice and the second pass counts (the first fills per-process caches; printed too);
   and whole-process figures: `neican extract FILE --workers 1` as a user runs it (start-up,
   imports and lexicon loading included) beside a whole process running the jieba baseline,
   on 1,500 items, each timed twice in turn (the faster run of each counts); and start-up:
   `neican --help` and `neican extract` of one small file, best of 5;
2. scaling from 1 to 2 workers;
3. growth: extraction + ingest time and peak memory for 1k, 10k and all xwlb items, then
   reprint clustering (MinHash LSH) of the store (each size in a fresh process, so peak
   memory is that size's own; the cluster peak includes the ingest's);
4. the seeds, end to end.

usage: python benchmarks/run_all.py [--quick]   (--quick: 1k and 5k items only)
Needs ../shared/data/xwlb; the baseline needs jieba (pip install jieba==0.42.1).
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
XWLB = HERE.parents[0].parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"
EXAMPLES = HERE.parent / "examples"


def _sample(limit: int, folder: Path) -> Path:
    target = folder / f"xwlb-{limit}.jsonl.gz"
    with gzip.open(XWLB, "rt", encoding="utf-8") as src, gzip.open(target, "wt", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return target


def throughput(path: Path, limit: int) -> dict:
    """One core: neican end to end versus the jieba baseline on the same decoded documents."""
    import neican
    from neican.clean import clean
    from neican.ingest import read_inputs
    from neican.ingest.source import RawDocument
    from neican.normalize import normalize
    from neican.pipeline import batches, guarded_records, process, warm_up
    from neican.record import to_record

    raws = [r for r in itertools.islice(read_inputs([str(path)]), limit) if isinstance(r, RawDocument)]
    chars = sum(len(r.text) for r in raws)
    warm_up()  # as the CLI and every pool worker do before extracting

    def timed(pipeline) -> float:
        started = time.perf_counter()
        for raw in raws:
            pipeline(raw)
        return time.perf_counter() - started

    # Two passes each, the second reported: the first also fills per-process caches (names,
    # title prefixes, re's pattern cache) that a long run amortises; both figures are printed.
    # The CLI and ingest on one worker take documents a batch at a time (parallel.extract_units:
    # each stage over a batch); one document at a time is what a pool worker still does.
    def batched() -> float:
        started = time.perf_counter()
        for batch in batches(raws):
            guarded_records(batch)
        return time.perf_counter() - started

    cold = batched()
    ours = batched()
    single = timed(lambda raw: to_record(process(raw)))
    result = {"documents": len(raws), "chars": chars, "neican_chars_per_s": round(chars / ours),
              "neican_docs_per_s": round(len(raws) / ours, 1), "neican_first_pass_chars_per_s": round(chars / cold),
              "neican_one_at_a_time_chars_per_s": round(chars / single)}
    try:
        import jieba
        import jieba.posseg as posseg

        jieba.setLogLevel(60)
        jieba.initialize()

        def baseline(raw) -> None:
            text = clean(normalize(raw.text)[0]).text
            [w for w, flag in posseg.cut(text) if flag in ("nr", "ns")]

        timed(baseline)
        base = timed(baseline)
        result.update(jieba_chars_per_s=round(chars / base), ratio=round(base / ours, 1))
    except ImportError:
        result["jieba"] = "not installed: pip install jieba==0.42.1"
    del neican
    return result


_JIEBA_CHILD = """
import sys
import jieba, jieba.posseg as posseg
from neican.clean import clean
from neican.ingest import read_inputs
from neican.ingest.source import RawDocument
from neican.normalize import normalize
jieba.setLogLevel(60)
for raw in read_inputs([sys.argv[1]]):
    if isinstance(raw, RawDocument):
        text = clean(normalize(raw.text)[0]).text
        [w for w, flag in posseg.cut(text) if flag in ("nr", "ns")]
"""


def whole_process(path: Path) -> dict:
    """Seconds of a whole `neican extract --workers 1` process and of a whole jieba-baseline process."""
    from neican.ingest import read_inputs
    from neican.ingest.source import RawDocument

    chars = sum(len(r.text) for r in read_inputs([str(path)]) if isinstance(r, RawDocument))
    neican_cli = Path(sys.executable).with_name("neican")
    commands = {"neican": [str(neican_cli), "extract", str(path), "--workers", "1", "--jsonl", "-q"],
                "jieba": [sys.executable, "-c", _JIEBA_CHILD, str(path)]}
    seconds: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(2):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            seconds[name].append(round(time.perf_counter() - started, 2))
    best = {name: min(values) for name, values in seconds.items()}
    return {"chars": chars, "neican_s": seconds["neican"], "jieba_s": seconds["jieba"],
            "neican_chars_per_s": round(chars / best["neican"]), "jieba_chars_per_s": round(chars / best["jieba"]),
            "ratio": round(best["jieba"] / best["neican"], 1)}


def start_up(repeat: int = 5) -> dict:
    """Seconds (wall, best of ``repeat``) of `neican --help` and of `neican extract` of one small
    file (the first example page), with the default worker count and with one: the fast-start
    figures of issue 14 (targets 0.15 s and 0.3 s). A first run fills the disk cache, as a user's
    first run does once."""
    neican_cli = str(Path(sys.executable).with_name("neican"))
    page = str(sorted(EXAMPLES.glob("*.txt"))[0])
    commands = {"help": [neican_cli, "--help"],
                "extract_one_file": [neican_cli, "extract", page, "--jsonl"],
                "extract_one_file_workers_1": [neican_cli, "extract", page, "--jsonl", "--workers", "1"]}
    subprocess.run(commands["extract_one_file"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    best: dict[str, float] = {}
    for _ in range(repeat):
        for name, command in commands.items():
            started = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            best[name] = min(best.get(name, float("inf")), round(time.perf_counter() - started, 3))
    return {"page": Path(page).name, **best}


def scaling(path: Path) -> dict:
    import neican

    seconds = {}
    for workers in (1, 2):
        started = time.perf_counter()
        count = sum(1 for _ in neican.extract([str(path)], workers=workers))
        seconds[workers] = time.perf_counter() - started
    return {"documents": count, "seconds_1_worker": round(seconds[1], 1), "seconds_2_workers": round(seconds[2], 1),
            "speedup": round(seconds[1] / seconds[2], 2)}


_GROWTH_CHILD = """
import json, resource, sys, time, tempfile, pathlib
import neican


def peak_mb():
    # VmHWM is this process image's own peak; ru_maxrss would carry over the parent's (kept across exec)
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
path, workers = sys.argv[1], int(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    db = pathlib.Path(tmp) / "g.db"
    t = time.perf_counter()
    report = neican.ingest([path], db, batch_size=1000, workers=workers)
    seconds = time.perf_counter() - t
    ingest_peak = peak_mb()
    from neican.corpus import build_clusters

    with neican.open_store(db) as store:  # reprint clustering (MinHash LSH) over what was stored
        stats = build_clusters(store)
print(json.dumps({"documents": report.processed, "failed": len(report.failures), "seconds": round(seconds, 1),
                  "docs_per_s": round(report.processed / seconds, 1), "peak_rss_mb": ingest_peak,
                  "cluster_seconds": round(stats.seconds, 2), "clusters": stats.clusters,
                  "cluster_peak_rss_mb": peak_mb()}))
"""


def growth(path: Path, workers: int = 1) -> dict:
    out = subprocess.run([sys.executable, "-c", _GROWTH_CHILD, str(path), str(workers)], capture_output=True,
                         text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    if not XWLB.exists():
        sys.exit(f"{XWLB}: corpus not found")
    sizes = [1000, 5000] if args.quick else [1000, 10000, None]
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sample = _sample(5000 if args.quick else 10000, folder)
        results["throughput"] = throughput(sample, 3000)
        results["whole_process"] = whole_process(_sample(1500, folder))
        results["start_up"] = start_up()
        results["scaling"] = scaling(_sample(3000, folder))
        results["growth"] = {}
        for size in sizes:
            path = _sample(size, folder) if size else XWLB
            results["growth"][str(size or "all")] = growth(path)
        results["seeds"] = growth(EXAMPLES)
    print("throughput (one core)")
    for key, value in results["throughput"].items():
        print(f"  {key:24s} {value}")
    print("whole process, 1,500 items (start-up included):", results["whole_process"])
    print("start-up (seconds, best of 5):", results["start_up"])
    print("workers 1 -> 2:", results["scaling"])
    print("growth (ingest into SQLite, 1 worker, fresh process each):")
    for size, row in results["growth"].items():
        print(f"  {size:>6s}: {row}")
    print("seeds:", results["seeds"])
    print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
