"""An ingest on a pool: workers turn records into rows, the caller only writes; the store is the
same, to the byte, as one written by a single process (issue 14)."""
from __future__ import annotations

import pytest

import neican
from neican import api, parallel
from neican.ingest.source import Failure
from neican.ingest.units import LineUnit
from neican.options import Options
from neican.store import packing
from neican.store.packing import Packer

from .corpora import PLACES, dump, write_corpus

pytestmark = pytest.mark.issue(14)



def _varied(n: int) -> dict:
    """Items that differ in length and wording, so the store trains real dictionaries."""
    place = PLACES[n % len(PLACES)]
    text = (f"新华社{place}5月{n % 28 + 1}日电 {place}市委书记李华主持召开第{n}次常委会会议，"
            f"研究部署全面振兴三年行动，强调推动高质量发展，今年新增就业{1000 + 37 * n}人。" * (1 + n % 3))
    return {"title": f"{place}第{n}次会议", "text": text}


def test_a_pool_ingest_writes_the_same_store_as_one_process(tmp_path, monkeypatch):
    monkeypatch.setattr(packing, "TRAIN_AT", 120)  # trained mid-ingest, with documents in flight
    corpus = write_corpus(tmp_path, 400, bad_lines=(5, 222), item=_varied)
    one = api.ingest([str(corpus)], tmp_path / "one.db", batch_size=50, workers=1)
    two = api.ingest([str(corpus)], tmp_path / "two.db", batch_size=50, workers=2)
    assert (one.added, len(one.failures)) == (two.added, len(two.failures)) == (398, 2)
    rows = dump(tmp_path / "one.db")
    assert sum(row[0] == "compression_dicts" for row in rows) == 2
    assert rows == dump(tmp_path / "two.db")
    again = api.ingest([str(corpus)], tmp_path / "two.db", batch_size=50, workers=2)
    assert (again.added, again.unchanged) == (0, 398)


def test_hooks_see_records_and_failures(tmp_path):
    corpus = write_corpus(tmp_path, 60, bad_lines=(3,), item=_varied)
    items, progress = [], []
    api.ingest([str(corpus)], tmp_path / "a.db", on_item=items.append, progress=progress.append, workers=2)
    assert [i["id"] if isinstance(i, dict) else i.reason for i in items][:5] == ["n0", "n1", "n2", "bad_json", "n4"]
    assert [p.reason if p else None for p in progress][:5] == [None, None, None, "bad_json", None]
    assert items[0] == next(iter(neican.extract([str(corpus)])))


def test_a_record_the_store_refuses_stays_a_record(monkeypatch):
    monkeypatch.setattr(parallel, "extract_unit", lambda unit, options: [{"text": "没有编号"}, Failure("x", "error", "m")])
    packer = Packer({}, {})
    assert api._prepare_unit(LineUnit("x#1", b"{}"), Options(), packer) == [{"text": "没有编号"}, Failure("x", "error", "m")]


def _echo_shared(unit, options, shared):
    return [(unit.path, shared)]


def test_a_new_shared_value_reaches_every_worker():
    shared = parallel.Shared("old")
    seen = []
    for n, (path, value) in enumerate(parallel.records(
            (LineUnit(f"in#{n}", b"x") for n in range(3000)), Options(), workers=2, work=_echo_shared,
            shared=shared, window=64)):
        seen.append(value)
        if n == 500:
            shared.set("new")
    assert seen[:500] == ["old"] * 500
    assert seen[-2000:] == ["new"] * 2000  # both workers (64 units in flight at most) switched
    assert [v for _, v in parallel.records([LineUnit("a#1", b"x")], Options(), 2, _echo_shared, shared)] == ["new"]


def test_pipes_are_widened():
    reader, writer = __import__("multiprocessing").Pipe(duplex=False)
    assert parallel._widen(writer) >= 64 * 1024
