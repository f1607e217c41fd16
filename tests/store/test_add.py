"""Adding records: idempotence, replacement, child rows, batches and failures."""
from __future__ import annotations

import pytest

from neican.errors import StoreError
from neican.ingest.source import Failure
from neican.store import IngestStats, open_store


def _rows(store, sql, *params):
    return store._conn.execute(sql, params).fetchall()


def test_add_and_get_round_trip(store, make_record):
    record = make_record(id="a", text="正文", encoding="gb18030", orig_offsets=[[0, 0]])
    assert store.add([record]) == IngestStats(added=1)
    assert store.get("a") == record
    assert store.get("missing") is None
    assert store.count() == 1
    stored = _rows(store, "SELECT neican_record(record, text) FROM documents")[0][0]
    assert "正文" in stored and ", " not in stored  # compact, not ASCII-escaped


@pytest.mark.issue(15)
def test_the_text_is_stored_once(store, make_record):
    text = "振兴东北老工业基地，" * 200
    store.add([make_record(id="a", text=text)])
    record, column, unpacked = _rows(store, "SELECT record, text, neican_text(text) FROM documents")[0]
    assert unpacked == text and isinstance(column, bytes) and len(column) < len(text)
    assert isinstance(record, bytes) and "振兴" not in store._codec.unpack(record)  # not a second copy
    assert store.get("a")["text"] == text


def test_readd_is_idempotent(store, make_record):
    records = [make_record(id=str(i), text=f"第{i}篇") for i in range(5)]
    assert store.add(records).added == 5
    again = store.add(iter(records))
    assert again == IngestStats(added=0, updated=0, unchanged=5)
    assert store.count() == 5
    assert store.count_matches("篇") == 5


def test_changed_record_replaces_row_children_and_index(store, make_record):
    store.add([make_record(id="a", title="旧标题", text="旧的文字", authors=["张三"], warnings=["w1"])])
    stats = store.add([make_record(id="a", title="新标题", text="新的文字", authors=["李四"])])
    assert stats == IngestStats(updated=1)
    assert store.count() == 1
    assert store.get("a")["text"] == "新的文字"
    assert [hit.id for hit in store.search("新的")] == ["a"]
    assert store.search("旧") == []
    assert _rows(store, "SELECT role, name FROM bylines") == [("author", "李四")]
    assert _rows(store, "SELECT count(*) FROM warnings") == [(0,)]
    assert store.count_matches("的文字") == 1


def test_many_updates_keep_index_consistent(store, make_record):
    for round_ in range(3):
        store.add(make_record(id=str(i), title=f"第{round_}轮", text=f"第{round_}轮文字{i}") for i in range(20))
    assert store.count_matches("文字") == 20
    assert store.count_matches("第2轮") == 20
    assert store.count_matches("第1轮") == 0


def test_non_string_scalars_are_stored_as_text(store, make_record):
    store.add([make_record(id=7, title=2024, text="正文")])
    assert store.get("7")["title"] == 2024
    assert [hit.title for hit in store.search("2024")] == ["2024"]
    store.add([make_record(id=7, title=2025, text="正文")])
    assert store.search("2024") == []


def test_same_id_twice_in_one_batch(store, make_record):
    stats = store.add([make_record(id="a", text="一"), make_record(id="a", text="二")])
    assert stats == IngestStats(added=1, updated=1)
    assert store.get("a")["text"] == "二"
    assert store.search("一") == []


def test_child_tables_are_filled(store, make_record):
    record = make_record(
        id="a",
        authors=["张三", "王五"],
        editors=["李四"],
        removed=[{"text": "责任编辑：李四", "reason": "byline"}],
        warnings=["no_date"],
        articles=[{"title": "一", "authors": ["张三"], "start": 0, "end": 3}],
        people=[{"name": "李强", "surface": ["李强"], "titles": [{"title": "国务院总理"}], "mentions": [[0, 2]]}],
        events=[{"kind": "meeting", "name": "常务会议", "date": "2024-05-01", "time_of_day": None,
                 "place": "北京", "format": None, "hosts": ["李强"], "evidence": [0, 4]}],
        tours=[{"delegation": "代表团", "origin": "上海", "destinations": ["成都"], "start": "2024-05-01",
                "end": "2024-05-03"}],
        formulations=[{"text": "两个维护", "kind": "numbered", "count": 2, "number": 2, "head": "维护",
                       "members": [], "evidence": [[5, 9]]}],
        regions=[{"name": "辽宁省", "code": "210000", "level": "province", "count": 3}],
    )
    store.add([record])
    assert _rows(store, "SELECT role, name FROM bylines ORDER BY role, name") == [
        ("author", "张三"), ("author", "王五"), ("editor", "李四")]
    assert _rows(store, "SELECT text, reason FROM removed") == [("责任编辑：李四", "byline")]
    assert _rows(store, "SELECT warning FROM warnings") == [("no_date",)]
    assert _rows(store, "SELECT title, authors, start_offset, end_offset FROM articles") == [
        ("一", '["张三"]', 0, 3)]
    assert _rows(store, "SELECT name, titles, mentions FROM people") == [
        ("李强", '[{"title":"国务院总理"}]', "[[0,2]]")]
    assert _rows(store, "SELECT kind, name, date, place, data FROM events") == [
        ("meeting", "常务会议", "2024-05-01", "北京", '{"hosts":["李强"],"evidence":[0,4]}')]
    assert _rows(store, "SELECT start_date, end_date, data FROM tours") == [
        ("2024-05-01", "2024-05-03", '{"destinations":["成都"]}')]
    assert _rows(store, "SELECT text, kind, count, number, head FROM formulations") == [
        ("两个维护", "numbered", 2, 2, "维护")]
    assert _rows(store, "SELECT name, code, level, count FROM regions") == [("辽宁省", "210000", "province", 3)]
    doc_ids = {doc_id for (doc_id,) in _rows(store, "SELECT doc_id FROM people")}
    assert doc_ids == {rowid for (rowid,) in _rows(store, "SELECT rowid FROM documents")}


def test_child_rows_cascade_on_delete(store, make_record):
    store.add([make_record(id="a", authors=["张三"], regions=[{"name": "辽宁省"}])])
    store._conn.execute("DELETE FROM documents")
    assert _rows(store, "SELECT count(*) FROM bylines") == [(0,)]
    assert _rows(store, "SELECT count(*) FROM regions") == [(0,)]


def test_batches_commit_and_failure_loses_only_batch_in_flight(tmp_db, make_record):
    def records():
        for i in range(7):
            yield make_record(id=str(i), text=f"文字{i}")
        raise RuntimeError("pipeline broke")

    with open_store(tmp_db) as store:
        with pytest.raises(RuntimeError, match="pipeline broke"):
            store.add(records(), batch_size=3)
    with open_store(tmp_db) as store:
        assert store.count() == 6
        assert store.count_matches("文字") == 6
        assert store._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_add_streams_batches(tmp_db, make_record):
    """Each batch is committed before the next is read: another reader sees it mid-ingest."""
    seen = []

    def records():
        for i in range(5):
            if i == 4:
                with open_store(tmp_db, readonly=True) as reader:
                    seen.append(reader.count())
            yield make_record(id=str(i))

    with open_store(tmp_db) as store:
        assert store.add(records(), batch_size=2).added == 5
    assert seen == [4]


def test_bad_record_names_itself_and_keeps_earlier_batches(store, make_record):
    records = [make_record(id="a"), make_record(id="b"), make_record(id="", path="bad.txt")]
    with pytest.raises(StoreError) as caught:
        store.add(records, batch_size=2)
    assert caught.value.reason == "bad_record"
    assert "bad.txt" in str(caught.value)
    assert store.count() == 2


def test_database_error_rolls_back_batch(store, make_record):
    store._conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON documents WHEN NEW.id = 'x' "
                        "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(StoreError) as caught:
        store.add([make_record(id="a"), make_record(id="x")], batch_size=10)
    assert caught.value.reason == "write_failed"
    assert store.count() == 0
    assert not store._conn.in_transaction
    assert store.add([make_record(id="a")]).added == 1


def test_failures_recorded_replaced_and_cleared(store, make_record):
    store.add_failures([Failure("a.txt", "empty", "no text"), Failure("b.html", "binary", "PNG")])
    store.add_failures([Failure("a.txt", "encoding", "bad bytes")])
    assert store.failures() == [Failure("a.txt", "encoding", "bad bytes"), Failure("b.html", "binary", "PNG")]
    store.add([make_record(id="a", path="a.txt")])
    assert store.failures() == [Failure("b.html", "binary", "PNG")]
    assert store.stats()["failures"] == 1


def test_stats_and_ids(store, make_record):
    store.add([
        make_record(id="c", source="新华社", published="2024-05-03"),
        make_record(id="a", source="人民日报", published="2023-01-02T08:00:00+08:00"),
        make_record(id="b", source="新华社", published=None),
    ])
    stats = store.stats()
    assert stats["documents"] == 3
    assert stats["by_source"] == {"新华社": 2, "人民日报": 1}
    assert stats["date_range"] == ("2023-01-02T08:00:00+08:00", "2024-05-03")
    assert list(store.ids(chunk=2)) == ["c", "a", "b"]


def test_concurrent_reader_during_write(tmp_db, make_record):
    """WAL: a read-only connection reads the last commit while a write transaction is open."""
    with open_store(tmp_db) as store:
        store.add([make_record(id="a")])
        with open_store(tmp_db, readonly=True) as reader:
            store._conn.execute("BEGIN IMMEDIATE")
            store._conn.execute("DELETE FROM documents")
            assert reader.count() == 1
            store._conn.execute("ROLLBACK")


def test_the_same_id_twice_in_one_batch_keeps_the_second_and_only_its_rows(store, make_record):
    first = make_record(id="a", text="第一稿", people=[{"name": "李明", "surface": ["李明"], "titles": [], "mentions": []}])
    second = make_record(id="a", text="第二稿", people=[{"name": "王红", "surface": ["王红"], "titles": [], "mentions": []}])
    assert store.add([first, second]) == IngestStats(added=1, updated=1)
    assert store.get("a") == second
    assert _rows(store, "SELECT name FROM people") == [("王红",)]
    assert store.count_matches("稿") == 1 and store.count_matches("第一") == 0
