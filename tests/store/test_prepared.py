"""Records prepared for the store elsewhere (a pool worker): the same rows as the store's own."""
from __future__ import annotations

import hashlib

from neican.store import open_store, packing
from neican.store.rows import Prepared, prepare
from tests.corpora import PLACES, dump


def test_rows_packed_before_the_store_trained_are_repacked(tmp_path, make_record, monkeypatch):
    monkeypatch.setattr(packing, "TRAIN_AT", 100)
    records = [make_record(id=f"d{i}", text=f"{PLACES[i % 14]}市第{i}次会议，推动高质量发展。" * 3) for i in range(150)]
    with open_store(tmp_path / "a.db") as store:
        stale = store.packer()  # no dictionaries yet
        store.add(records[:100], batch_size=100)
        assert store.packer_changed(stale)
        store.add([prepare(r, stale.codec()) for r in records[100:]])
    with open_store(tmp_path / "b.db") as store:
        store.add(records, batch_size=100)
    assert dump(tmp_path / "a.db") == dump(tmp_path / "b.db")


def test_prepared_rows_match_the_stores_own(make_record):
    record = make_record(id="a", title="瀋陽會議", text="省委书记在瀋陽主持召开会议", authors=["张三"],
                         people=[{"name": "张三", "surface": ["张三"], "titles": [], "mentions": [[0, 2]]}])
    prepared = prepare(record, packing.Codec())
    assert isinstance(prepared, Prepared) and prepared.packed_with == (None, None)
    assert prepared.index == (" 沈 阳 会 议 ", " 省 委 书 记 在 沈 阳 主 持 召 开 会 议 ")
    assert prepared.row["record_hash"] == hashlib.sha1(packing.to_json(record).encode()).hexdigest()
