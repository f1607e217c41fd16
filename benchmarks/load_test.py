#!/usr/bin/env python3
"""A bounded load test of `neican serve` on loopback: requests/s, latency percentiles, errors.

Starts the server (a child process, `python -m neican serve`) on a free port of 127.0.0.1
against --db, collects targets from its own JSON API (document ids from searches, person
entities from co-attendance), then runs --clients threads for --seconds, each sending one
request at a time (http.client) over a mix of search, document and analytics pages. Stops by
itself: at the deadline, or after --max-requests, whichever comes first; then stops the server.
Prints a table and JSON (--json FILE to keep it).

usage: python benchmarks/load_test.py --db FILE [--clients 20] [--seconds 30] [--server-args '--workers 2']
       [--src OTHER/src --server-args '--threads 8']   # another checkout's server (e.g. main's), same client
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

HOST = "127.0.0.1"  # loopback only, always
QUERIES = ["振兴", "高质量发展", "经济", "会议", "习近平 会见", "瀋陽", "乡村振兴", "改革开放", "一带一路", "创新"]
FORMULATIONS = ["高质量发展", "一带一路", "乡村振兴", "新发展理念", "三篇大文章", "营商环境", "中国式现代化"]
REGIONS = ["辽宁", "浙江", "上海", "吉林", "北京", "广东", "四川", "江苏"]
SOURCES = ["新华社", "沈阳日报", "新闻联播"]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def get(port: int, path: str, timeout: float = 60) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def start_server(db: Path, port: int, server_args: list[str], src: Path | None) -> subprocess.Popen:
    command = [sys.executable, "-m", "neican", "serve", "--db", str(db), "--host", HOST, "--port", str(port),
               *server_args]
    env = os.environ | ({"PYTHONPATH": str(src)} if src else {})
    log = tempfile.TemporaryFile("w+", encoding="utf-8")  # a pipe nobody reads could fill and stall it
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=log, text=True, env=env)
    server.log = log
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            log.seek(0)
            raise SystemExit(f"server exited: {log.read()}")
        try:
            if get(port, "/api/openapi.json", timeout=5)[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("server did not answer within 60 s")


def targets(port: int, rng: random.Random) -> dict[str, list[str]]:
    """URLs by kind, found through the server's own API."""
    doc_ids: list[str] = []
    for query in QUERIES:
        status, body = get(port, f"/api/search?q={quote(query)}&limit=50")
        if status == 200:
            doc_ids += [hit["id"] for hit in json.loads(body)["hits"]]
    status, body = get(port, "/api/co-attendance?limit=100")
    people = sorted({p[k] for p in json.loads(body) for k in ("a", "b")}) if status == 200 else []
    searches = [f"/search?q={quote(q)}" for q in QUERIES]
    searches += [f"/search?q={quote(q)}&page=2" for q in QUERIES[:4]]
    searches += [f"/search?q={quote(q)}&source={quote(s)}&since=2015" for q in QUERIES[:3] for s in SOURCES]
    searches += [f"/api/search?q={quote(q)}" for q in QUERIES]
    analytics = [f"/formulation/{quote(f)}" for f in FORMULATIONS]
    analytics += [f"/compare?a={quote(a)}&b={quote(b)}" for a, b in zip(REGIONS, REGIONS[1:] + REGIONS[:1])]
    analytics += ["/tours", "/timeline", f"/timeline?region={quote(REGIONS[0])}", "/api/co-attendance?min_events=2"]
    analytics += [f"/person/{p}" for p in rng.sample(people, min(20, len(people)))]
    documents = [f"/doc/{quote(i)}" for i in dict.fromkeys(doc_ids)]
    documents += [f"/api/doc/{quote(i)}" for i in doc_ids[:20]]
    return {"search": searches, "document": documents or ["/doc/none"], "analytics": analytics}


class Results:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latency: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.statuses: dict[int, int] = {}
        self.error_samples: list[str] = []

    def add(self, kind: str, seconds: float, status: int | None, path: str, detail: str = "") -> None:
        with self.lock:
            self.latency.setdefault(kind, []).append(seconds)
            if status is not None:
                self.statuses[status] = self.statuses.get(status, 0) + 1
            # 404 for an unknown formulation or region is a correct answer, not a server error.
            if status is None or status >= 500:
                self.errors[kind] = self.errors.get(kind, 0) + 1
                if len(self.error_samples) < 10:
                    self.error_samples.append(f"{status} {path} {detail}".strip())


@dataclass
class Plan:
    """What every client shares: URLs by kind with their weights, the deadline, the request budget."""

    urls: dict[str, list[str]]
    weights: list[float]
    deadline: float
    budget: list[int]  # one counter, decremented under the results lock


def client(port: int, plan: Plan, results: Results, seed: int) -> None:
    rng = random.Random(seed)
    kinds = list(plan.urls)
    while time.monotonic() < plan.deadline:
        with results.lock:
            if plan.budget[0] <= 0:
                return
            plan.budget[0] -= 1
        kind = rng.choices(kinds, plan.weights)[0]
        path = rng.choice(plan.urls[kind])
        started = time.perf_counter()
        try:
            status, _ = get(port, path, timeout=30)
            results.add(kind, time.perf_counter() - started, status, path)
        except OSError as exc:
            results.add(kind, time.perf_counter() - started, None, path, repr(exc))


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def summarise(results: Results, elapsed: float) -> dict:
    rows = {}
    for kind in [*results.latency, "all"]:
        values = [v for vs in results.latency.values() for v in vs] if kind == "all" else results.latency[kind]
        errors = sum(results.errors.values()) if kind == "all" else results.errors.get(kind, 0)
        rows[kind] = {
            "requests": len(values), "per_s": round(len(values) / elapsed, 1),
            "p50_ms": round(percentile(values, 0.50) * 1000, 1), "p95_ms": round(percentile(values, 0.95) * 1000, 1),
            "p99_ms": round(percentile(values, 0.99) * 1000, 1),
            "max_ms": round(max(values, default=0) * 1000, 1),
            "mean_ms": round(statistics.fmean(values) * 1000, 1) if values else 0.0, "errors": errors,
        }
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--server-args", default="--workers 2", help="options for `neican serve`")
    parser.add_argument("--src", type=Path, help="run the server from this src folder (PYTHONPATH)")
    parser.add_argument("--max-requests", type=int, default=200_000, help="stop after this many in all")
    parser.add_argument("--mix", default="search=4,document=4,analytics=2", help="weights of the request kinds")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    if not args.db.is_file():
        raise SystemExit(f"{args.db}: no such database")
    if not 1 <= args.clients <= 200 or not 0 < args.seconds <= 600:
        raise SystemExit("--clients must be 1..200 and --seconds 0..600 (a bounded test)")
    weights_by_kind = {k: float(v) for k, v in (part.split("=") for part in args.mix.split(","))}

    port = free_port()
    server = start_server(args.db, port, args.server_args.split(), args.src)
    try:
        rng = random.Random(args.seed)
        urls = targets(port, rng)
        for paths in urls.values():  # warm up: first answers load lexicons and fill caches
            for path in paths[:3] + ["/"]:
                get(port, path)
        kinds = [k for k in urls if weights_by_kind.get(k, 0) > 0]
        urls = {k: urls[k] for k in kinds}
        results = Results()
        started = time.monotonic()
        plan = Plan(urls, [weights_by_kind[k] for k in kinds], started + args.seconds, [args.max_requests])
        threads = [threading.Thread(target=client, args=(port, plan, results, args.seed + i), daemon=True)
                   for i in range(args.clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + 60)
        elapsed = time.monotonic() - started
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    rows = summarise(results, elapsed)
    report = {"db": str(args.db), "db_mb": round(os.path.getsize(args.db) / 2**20, 1), "clients": args.clients,
              "seconds": round(elapsed, 1), "server": f"{args.src or 'this checkout'} {args.server_args}",
              "targets": {k: len(v) for k, v in urls.items()},
              "statuses": dict(sorted(results.statuses.items())), "kinds": rows, "error_samples": results.error_samples}
    print(f"{args.db} ({report['db_mb']} MB): {args.clients} clients for {report['seconds']} s, "
          f"server {report['server']}, statuses {report['statuses']}")
    print(f"{'kind':<10}{'requests':>9}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    for kind, row in rows.items():
        print(f"{kind:<10}{row['requests']:>9}{row['per_s']:>8}{row['p50_ms']:>9}{row['p95_ms']:>9}"
              f"{row['p99_ms']:>9}{row['max_ms']:>9}{row['errors']:>8}")
    for sample in results.error_samples:
        print(f"  error: {sample}")
    print(json.dumps(report, ensure_ascii=False))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
