"""Packing texts and records: zstd with dictionaries the store trains on its own documents."""
from __future__ import annotations

import sqlite3
import zlib

import pytest
import zstandard

from neican.store import open_store, packing
from neican.store.packing import Codec

PLACES = "沈阳 大连 鞍山 抚顺 本溪 丹东 锦州 营口 阜新 辽阳 盘锦 铁岭 朝阳 葫芦岛".split()


def _story(i: int) -> str:
    """Varied news-like text: the same genre, different places, numbers and lengths."""
    place = PLACES[i % len(PLACES)]
    return (f"{place}市委常委会第{i}次会议召开，研究部署全面振兴新突破三年行动，"
            f"强调推动高质量发展，今年新增就业{1000 + 37 * i}人。" * (1 + i % 4))


def _dict_ids(store) -> set[int]:
    blobs = store._conn.execute("SELECT text FROM documents UNION ALL SELECT record FROM documents").fetchall()
    return {zstandard.get_frame_parameters(blob).dict_id for (blob,) in blobs}


def test_codec_round_trip_and_older_forms():
    codec = Codec()
    assert codec.unpack(codec.pack_text("辽宁省委书记")) == "辽宁省委书记"
    assert codec.unpack("stored plain before schema 4") == "stored plain before schema 4"
    assert codec.unpack(zlib.compress('{"text":""}'.encode())) == '{"text":""}'  # schema 3 records
    assert codec.unpack(None) is None
    record = {"id": "a", "text": "正文", "people": [{"name": "李明"}]}
    assert codec.unpack_record(codec.pack_record(record), codec.pack_text("正文")) == record


def test_a_frame_naming_an_unknown_dictionary_is_a_clear_error():
    dictionary = packing.train(_story(i).encode() for i in range(200))
    trained = Codec()
    trained.add(packing.TEXT, dictionary)
    with pytest.raises(ValueError, match=f"dictionary {dictionary.dict_id()}"):
        Codec().unpack(trained.pack_text(_story(3)))


def test_store_trains_once_it_holds_enough_and_repacks_what_it_held(tmp_path, make_record, monkeypatch):
    monkeypatch.setattr(packing, "TRAIN_AT", 150)
    records = [make_record(id=f"d{i}", text=_story(i), title=f"第{i}次会议") for i in range(300)]
    with open_store(tmp_path / "s.db") as store:
        store.add(records[:100], batch_size=50)
        assert _dict_ids(store) == {0}  # too few to train on: plain zstd
        plain = sum(len(t) for (t,) in store._conn.execute("SELECT text FROM documents"))
        store.add(records[100:], batch_size=50)
        kinds = dict(store._conn.execute("SELECT kind, id FROM compression_dicts").fetchall())
        assert set(kinds) == {"text", "record"}
        assert _dict_ids(store) == set(kinds.values())  # the first documents were repacked too
        trained = sum(len(t) for (t,) in store._conn.execute("SELECT text FROM documents WHERE rowid <= 100"))
        assert trained < plain * 0.7
        assert store.count_matches("振兴") == 300
    with open_store(tmp_path / "s.db", readonly=True) as store:  # the dictionaries are in the file
        assert [store.get(f"d{i}") for i in (0, 150, 299)] == [records[0], records[150], records[299]]
        assert store.search("鞍山")[0].snippet.count("鞍山") >= 1
        assert store.query("SELECT neican_text(text) FROM documents WHERE id = 'd7'")[0][0] == _story(7)


def test_compact_shrinks_a_schema_3_store_and_keeps_every_record(tmp_path, make_record):
    path = tmp_path / "old.db"
    records = [make_record(id=f"d{i}", text=_story(i)) for i in range(120)]
    with open_store(path) as store:
        store.add(records)
        # as schema 3 left them: plain text, zlib records, 4 KB pages, no dictionaries
        store._conn.execute("UPDATE documents SET text = neican_text(text)")
    conn = sqlite3.connect(path)
    conn.create_function("z", 1, lambda blob: zlib.compress(zstandard.ZstdDecompressor().decompress(blob)))
    conn.execute("UPDATE documents SET record = z(record)")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert [store.get(r["id"]) for r in records] == records
        before, after = store.compact()
        assert after < before
        assert store._conn.execute("PRAGMA page_size").fetchone()[0] == 16384
        assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert len(_dict_ids(store)) == 2 and 0 not in _dict_ids(store)
        assert [store.get(r["id"]) for r in records] == records
        assert store.count_matches("阜新") == sum("阜新" in r["text"] for r in records)


def test_a_new_store_uses_16_kb_pages(tmp_path):
    with open_store(tmp_path / "n.db") as store:
        assert store._conn.execute("PRAGMA page_size").fetchone()[0] == 16384
