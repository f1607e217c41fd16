"""Opening, migrating and refusing databases."""
from __future__ import annotations

import sqlite3

import pytest

from neican.errors import StoreError
from neican.store import open_store
from neican.store.rows import CHILD_TABLES
from neican.store.schema import MIGRATIONS, MigrationError, migrate, schema_version


def _raw(path):
    return sqlite3.connect(path, isolation_level=None)


def test_new_file_is_migrated_to_latest(tmp_db):
    with open_store(tmp_db) as store:
        assert store.stats()["schema_version"] == len(MIGRATIONS)
    conn = _raw(tmp_db)
    tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"documents", "bylines", "removed", "warnings", "people", "events", "formulations",
            "regions", "failures", "documents_fts"} <= tables
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_empty_existing_file_is_migrated(tmp_db):
    tmp_db.write_bytes(b"")
    with open_store(tmp_db) as store:
        assert store.count() == 0


def test_pragmas(store):
    conn = store._conn
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def test_every_child_column_exists(store):
    for spec in CHILD_TABLES:
        columns = {row[1] for row in store._conn.execute(f"PRAGMA table_info({spec.table})")}
        assert {"doc_id", *spec.column_names} <= columns, spec.table


def test_older_version_is_migrated_keeping_data(tmp_db, make_record):
    with open_store(tmp_db) as store:
        store.add([make_record(id="a")])
    conn = _raw(tmp_db)
    assert schema_version(conn) == len(MIGRATIONS)
    fake = (*MIGRATIONS, "CREATE TABLE extra (x TEXT); INSERT INTO extra VALUES ('v2');")
    assert migrate(conn, fake) == len(MIGRATIONS) + 1
    assert schema_version(conn) == len(MIGRATIONS) + 1
    assert conn.execute("SELECT x FROM extra").fetchone() == ("v2",)
    assert conn.execute("SELECT count(*) FROM documents").fetchone() == (1,)


def test_failed_migration_rolls_back(tmp_db):
    open_store(tmp_db).close()
    conn = _raw(tmp_db)
    broken = (*MIGRATIONS, "CREATE TABLE half (x TEXT); CREATE TABLE (")
    with pytest.raises(MigrationError) as caught:
        migrate(conn, broken)
    assert caught.value.reason == "migration_failed"
    assert schema_version(conn) == len(MIGRATIONS)
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'half'").fetchone() is None
    conn.close()
    open_store(tmp_db).close()  # still opens


def test_newer_version_is_refused(tmp_db):
    open_store(tmp_db).close()
    conn = _raw(tmp_db)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    for readonly in (False, True):
        with pytest.raises(StoreError) as caught:
            open_store(tmp_db, readonly=readonly)
        assert str(tmp_db) in str(caught.value)
        assert caught.value.reason == "too_new"


def test_not_a_database(tmp_db):
    tmp_db.write_bytes(b"this is not sqlite, just some text that is long enough" * 20)
    with pytest.raises(StoreError) as caught:
        open_store(tmp_db)
    assert caught.value.reason == "not_a_database"
    assert caught.value.path == str(tmp_db)


def test_missing_directory(tmp_path):
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path / "no" / "such" / "dir.db")
    assert caught.value.reason == "cannot_open"


def test_readonly_missing_file(tmp_db):
    with pytest.raises(StoreError) as caught:
        open_store(tmp_db, readonly=True)
    assert caught.value.reason == "not_found"
    assert not tmp_db.exists()


def test_readonly_refuses_unmigrated(tmp_db):
    tmp_db.write_bytes(b"")
    with pytest.raises(StoreError) as caught:
        open_store(tmp_db, readonly=True)
    assert caught.value.reason == "needs_migration"


def test_readonly_reads_and_refuses_writes(tmp_db, make_record):
    with open_store(tmp_db) as store:
        store.add([make_record(id="a", text="沈阳")])
    with open_store(tmp_db, readonly=True) as store:
        assert store.count() == 1
        assert [hit.id for hit in store.search("沈阳")] == ["a"]
        for write in (lambda: store.add([make_record(id="b")]),
                      lambda: store.add_failures([]),
                      store.optimize):
            with pytest.raises(StoreError) as caught:
                write()
            assert caught.value.reason == "read_only"
        with pytest.raises(sqlite3.OperationalError):
            store._conn.execute("DELETE FROM documents")  # SQLite itself refuses too
    with open_store(tmp_db) as store:
        assert store.count() == 1


def test_closed_store_raises(tmp_db):
    store = open_store(tmp_db)
    store.close()
    store.close()  # twice is fine
    with pytest.raises(StoreError) as caught:
        store.count()
    assert caught.value.reason == "closed"


def test_index_is_rebuilt_when_fingerprint_changes(tmp_db, make_record):
    with open_store(tmp_db) as store:
        store.add([make_record(id="a", text="旧的文字")])
    conn = _raw(tmp_db)
    conn.execute("UPDATE store_meta SET value = 'other' WHERE key = 'fts_fingerprint'")
    conn.close()
    with open_store(tmp_db) as store:
        store.add([make_record(id="a", text="新的文字")])
        assert [hit.id for hit in store.search("新")] == ["a"]
        assert store.search("旧") == []
        assert store._meta("fts_fingerprint") != "other"


@pytest.mark.issue(15)
def test_version_2_records_are_packed_by_migration_3(tmp_db, make_record):
    record = make_record(id="a", text="振兴东北。" * 50)
    with open_store(tmp_db) as store:
        store.add([record])
        # Back to how version 2 stored it: the whole record as JSON text.
        store._conn.execute("UPDATE documents SET record = neican_record(record, text), text = neican_text(text)")
        store._conn.execute("DROP TABLE compression_dicts")
        store._conn.execute("ALTER TABLE person_mentions ADD COLUMN titles TEXT")
        store._conn.execute("CREATE INDEX documents_path ON documents(path)")
        store._conn.execute("ALTER TABLE person_titles DROP COLUMN change")  # and what version 5 added
        store._conn.execute("PRAGMA user_version = 2")
    with open_store(tmp_db) as store:
        assert store._conn.execute("SELECT typeof(record) FROM documents").fetchone() == ("blob",)
        assert store.get("a") == record
