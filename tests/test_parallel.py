"""The process pool: input order, bounded read-ahead, workers that die, a caller killed mid-ingest."""
from __future__ import annotations

import ctypes
import faulthandler
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import neican
from neican import parallel, pipeline
from neican.ingest.source import Failure
from neican.ingest.units import LineUnit
from neican.options import Options

from .corpora import write_corpus

pytestmark = pytest.mark.issue(14)

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _keys(items) -> list[str]:
    return [item["id"] if isinstance(item, dict) else f"{item.reason}:{item.path}" for item in items]


def test_pool_gives_the_single_process_records_in_input_order(tmp_path):
    path = write_corpus(tmp_path, 120, bad_lines=(7, 80))
    one = list(neican.extract([str(path)], workers=1))
    two = list(neican.extract([str(path)], workers=2))
    assert one == two
    assert _keys(two)[6:9] == ["n6", f"bad_json:{path}#8", "n8"]


def test_more_workers_than_cores_keep_order(tmp_path):
    path = write_corpus(tmp_path, 90)
    assert _keys(neican.extract([str(path)], workers=4)) == [f"n{n}" for n in range(90)]


# -- work functions run in the workers (module level, so a worker can name them) ----------------

def _echo(unit, options):
    return [{"id": unit.path}]


def _segfault_on_marker(unit, options):
    if unit.data == b"segfault":
        faulthandler.disable()  # pytest's handler would print the crash; the crash itself is the point
        ctypes.string_at(0)  # a read of address 0 in native code: SIGSEGV
    if unit.data == b"oom":
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's out-of-memory killer sends
    return [{"id": unit.path}]


def _lines(count: int, markers: dict[int, bytes] | None = None):
    markers = markers or {}
    return [LineUnit(f"in#{n}", markers.get(n, b"x")) for n in range(count)]


@pytest.mark.parametrize("marker, signal_name", [(b"segfault", "SIGSEGV"), (b"oom", "SIGKILL")])
def test_a_worker_that_dies_fails_its_document_and_the_batch_goes_on(marker, signal_name):
    units = _lines(100, {10: marker, 55: marker})
    results = list(parallel.records(units, Options(), workers=2, work=_segfault_on_marker))
    assert len(results) == 100
    failures = {r.path: r for r in results if isinstance(r, Failure)}
    assert set(failures) == {"in#10", "in#55"}
    assert all(f.reason == "worker_died" and signal_name in f.message for f in failures.values())
    assert [r["id"] for r in results if isinstance(r, dict)] == [f"in#{n}" for n in range(100) if n not in (10, 55)]


def test_read_ahead_is_bounded():
    pulled = 0

    def units():
        nonlocal pulled
        for unit in _lines(20_000):
            pulled += 1
            yield unit

    results = parallel.records(units(), Options(), workers=2, work=_echo)
    assert next(results) == {"id": "in#0"}
    time.sleep(1.0)  # the driver fills the window while the caller does not read
    assert pulled <= parallel._WINDOW + 2 * parallel._CHUNK  # the caller took one run of results
    assert len(list(results)) == 19_999


def test_the_workers_go_on_while_the_caller_is_busy():
    pool = parallel._Pool(2, Options(), _echo, iter(_lines(5_000)), window=2_000)
    results = pool.results()
    next(results)
    deadline = time.monotonic() + 30
    while pool._next_out < 1_990 and time.monotonic() < deadline:  # the caller writes a batch, say
        time.sleep(0.05)
    assert 1_990 <= pool._next_out <= 2_000 + 2 * parallel._CHUNK  # the whole window done, not a queue's worth
    assert len(list(results)) == 4_999


def test_a_small_input_does_not_start_a_pool(monkeypatch):
    monkeypatch.setattr(parallel, "_Pool", None)  # would fail if used
    assert len(list(parallel.records(_lines(5), Options(), workers=4, work=_echo))) == 5


def test_workers_end_when_the_caller_stops_reading():
    before = set(threading.enumerate())
    results = parallel.records(_lines(5_000), Options(), workers=2, work=_echo)
    next(results)
    results.close()
    assert set(threading.enumerate()) <= before
    assert not [p for p in __import__("multiprocessing").active_children() if p.name == "neican-worker"]


def _store_rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id, record_hash FROM documents ORDER BY id").fetchall()


def test_kill_9_mid_ingest_then_rerun_gives_the_same_store(tmp_path):
    corpus = write_corpus(tmp_path, 1500, bad_lines=(3,))
    killed, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    command = [sys.executable, "-m", "neican", "ingest", str(corpus), "--workers", "2", "--batch-size", "50", "-q"]
    process = subprocess.Popen([*command, "--db", str(killed)], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        if killed.exists() and _count(killed) >= 100:
            break
        time.sleep(0.05)
    assert process.poll() is None, "the ingest ended before it could be killed mid-batch"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    partial = _count(killed)
    assert _gone_within(str(killed), seconds=10), "workers outlived the killed ingest"
    assert 100 <= partial < 1499
    subprocess.run([*command, "--db", str(killed)], check=False, stderr=subprocess.DEVNULL)
    subprocess.run([*command, "--db", str(clean)], check=False, stderr=subprocess.DEVNULL)
    assert _store_rows(killed) == _store_rows(clean)
    assert len(_store_rows(clean)) == 1499
    with sqlite3.connect(killed) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM failures").fetchone() == (1,)


def _gone_within(marker: str, seconds: float) -> bool:
    """True once no process's command line names ``marker`` (the orphaned workers have ended)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        alive = []
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit() and marker in (entry / "cmdline").read_bytes().decode(errors="replace"):
                    alive.append(entry.name)
            except OSError:
                continue
        if not alive:
            return True
        time.sleep(0.1)
    return False


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_one_process_extracts_in_batches_with_the_records_of_one_at_a_time(tmp_path, monkeypatch):
    path = write_corpus(tmp_path, 40, bad_lines=(3,))
    from neican.ingest.units import read_units

    units = list(read_units([str(path)], Options()))
    one_at_a_time = [r for unit in units for r in parallel.extract_unit(unit, Options())]
    monkeypatch.setattr(pipeline, "BATCH", 7)  # several batches, a unit's failure among them
    batched = list(parallel.records(iter(units), Options(), workers=1))
    assert batched == one_at_a_time and _keys(batched)[3] == f"bad_json:{path}#4"


def _crashing_batches(units, options):
    """extract_units as a batch that holds a marked unit would run it: the worker dies mid-batch."""
    units = list(units)
    for unit in units:
        _segfault_on_marker(unit, options)
    return [(unit, [{"id": unit.path}]) for unit in units]


def _extracted_echo(unit, options):
    return _segfault_on_marker(unit, options)  # alone, the unit kills its worker as in a batch


_extracted_echo.finish = lambda results, options, *extra: results


def test_a_worker_that_dies_in_a_batch_still_fails_only_its_document(monkeypatch):
    # workers fork from this process, so they extract with the crashing batches
    monkeypatch.setattr(parallel, "extract_units", _crashing_batches)
    units = _lines(100, {10: b"oom", 55: b"oom"})
    results = list(parallel.records(units, Options(), workers=2, work=_extracted_echo))
    failures = {r.path for r in results if isinstance(r, Failure)}
    assert failures == {"in#10", "in#55"}  # the batch went again one unit at a time
    assert [r["id"] for r in results if isinstance(r, dict)] == [f"in#{n}" for n in range(100) if n not in (10, 55)]
