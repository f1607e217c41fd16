#!/usr/bin/env python3
"""`neican ingest` of the xwlb corpus as a user runs it: wall time and peak memory per worker count.

Each run is the CLI in a fresh process under ``/usr/bin/time -v``; while it runs, every process
of its tree is sampled for its own peak resident set (VmHWM in /proc), so the figures are the
parent's peak, each worker's peak, and their sum. Worker counts run back to back, in turn, so
the ratio to ``--workers 1`` is measured under the same load (printed with ``uptime``).

usage: python benchmarks/pool_xwlb.py [--limit N] [--workers 1 0 4] [--repeat 1]
       (0 = the default, one worker per core; 4 on 2 cores simulates a 4-core machine's pool)
"""
from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
XWLB = ROOT.parent / "shared" / "data" / "xwlb" / "xwlb.jsonl.gz"
# This checkout's code, whatever the interpreter's installed neican points at (an editable
# install of another worktree would otherwise be what runs).
NEICAN = [sys.executable, "-m", "neican"]
ENV = os.environ | {"PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")]))}


def _limited(limit: int, folder: Path) -> Path:
    target = folder / f"xwlb-{limit}.jsonl.gz"
    with gzip.open(XWLB, "rt", encoding="utf-8") as src, gzip.open(target, "wt", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, limit))
    return target


def _tree(root: int) -> list[int]:
    """``root`` and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    ppid = int(handle.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def _cpu_seconds(pid: int) -> float | None:
    """User + system CPU seconds a process has used so far."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def _peak_kb(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def _busy_seconds() -> float:
    """CPU seconds every process of the machine has used (``/proc/stat``), to tell others' load."""
    with open("/proc/stat") as handle:
        fields = [int(f) for f in handle.readline().split()[1:]]
    return (sum(fields[:8]) - fields[3] - fields[4]) / os.sysconf("SC_CLK_TCK")  # all but idle and iowait


def ingest(corpus: Path, workers: int, folder: Path) -> dict:
    """One ``neican ingest`` run: seconds, documents, parent and worker peaks (MB)."""
    db = folder / f"run-{workers}-{time.monotonic_ns()}.db"
    command = ["/usr/bin/time", "-v", *NEICAN, "ingest", str(corpus), "--db", str(db), "-q",
               "--workers", str(workers), "--batch-size", "1000"]
    started, busy = time.perf_counter(), _busy_seconds()
    timer = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV)
    peaks: dict[int, int] = {}
    cpu: dict[int, float] = {}
    neican_pid = None
    while timer.poll() is None:
        for pid in _tree(timer.pid)[1:]:  # below /usr/bin/time: the CLI and its workers
            neican_pid = neican_pid or pid
            peak = _peak_kb(pid)
            if peak:
                peaks[pid] = max(peaks.get(pid, 0), peak)
            used = _cpu_seconds(pid)
            if used is not None:
                cpu[pid] = max(cpu.get(pid, 0.0), used)
        time.sleep(0.2)
    seconds = time.perf_counter() - started
    busy = _busy_seconds() - busy
    report = timer.stderr.read() if timer.stderr else ""
    max_rss = next((int(line.split(":")[1]) for line in report.splitlines() if "Maximum resident" in line), 0)
    tree_cpu = sum(float(line.split(":")[1]) for line in report.splitlines()
                   if line.strip().startswith(("User time", "System time")))
    parent = peaks.pop(neican_pid, 0) if neican_pid else 0
    import sqlite3

    with sqlite3.connect(db) as conn:
        documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    db.unlink()
    workers_mb = sorted(round(kb / 1024, 1) for kb in peaks.values())
    return {"workers": workers or os.cpu_count(), "seconds": round(seconds, 1), "documents": documents,
            "parent_peak_mb": round(parent / 1024, 1), "worker_peaks_mb": workers_mb,
            "total_peak_mb": round(parent / 1024 + sum(workers_mb), 1),
            "time_v_max_rss_mb": round(max_rss / 1024, 1), "cpu_s": round(tree_cpu, 1),
            "parent_cpu_s": round(cpu.get(neican_pid, 0.0), 1), "exit": timer.returncode,
            "others_cores": round(max(0.0, busy - tree_cpu) / seconds, 2)}  # what other processes used meanwhile


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first N items (default: all 74,734)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 0, 4])
    ap.add_argument("--repeat", type=int, default=1)
    args = ap.parse_args()
    if not XWLB.exists():
        sys.exit(f"{XWLB}: corpus not found")
    rows = []
    where = subprocess.run([*NEICAN[:1], "-c", "import neican; print(neican.__file__)"], env=ENV,
                           capture_output=True, text=True).stdout.strip()
    print(f"neican from {where}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        corpus = _limited(args.limit, folder) if args.limit else XWLB
        for round_ in range(args.repeat):
            times = {}
            for workers in args.workers:
                load = os.getloadavg()[0]
                row = ingest(corpus, workers, folder) | {"round": round_ + 1, "load_before": round(load, 2)}
                times[workers] = row["seconds"]
                rows.append(row)
                print(json.dumps(row), flush=True)
            if 1 in times:
                print(f"round {round_ + 1}: speed-up over --workers 1:",
                      {w or "default": round(times[1] / s, 2) for w, s in times.items() if s}, flush=True)
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
