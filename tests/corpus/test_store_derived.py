"""The store side of the corpus layer: migration 2 and Store.replace_derived."""
from __future__ import annotations

import sqlite3

import pytest

from neican.errors import StoreError
from neican.store import open_store
from neican.store.connection import connect
from neican.store.schema import DERIVED_TABLES, MIGRATIONS

from .records import record


def test_version_1_store_gains_the_derived_tables(tmp_path):
    path = tmp_path / "old.db"
    connect(path, migrations=MIGRATIONS[:1]).close()
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO documents (id, record_hash, record, ingested_at) VALUES ('a', 'h', '{}', 'now')")
    conn.commit()
    conn.close()
    with open_store(path) as store:
        assert store.stats()["schema_version"] == len(MIGRATIONS) >= 2
        assert store.count() == 1
        tables = {name for (name,) in store.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert DERIVED_TABLES <= tables


def test_replace_derived_replaces_whole_tables(store):
    store.add([record("a"), record("b")])
    columns = ("doc_id", "cluster_id", "canonical", "similarity")
    assert store.replace_derived({"clusters": (columns, [(1, 1, 1, 1.0), (2, 1, 0, 0.9)])},
                                 meta={"clusters_threshold": "0.7"}) == {"clusters": 2}
    store.replace_derived({"clusters": (columns, [(2, 2, 1, 1.0)])})
    assert store.query("SELECT doc_id, cluster_id FROM clusters") == [(2, 2)]
    assert store.meta("clusters_threshold") == "0.7"


def test_replace_derived_refuses_other_tables(store):
    with pytest.raises(StoreError) as caught:
        store.replace_derived({"documents": (("id",), [])})
    assert caught.value.reason == "bad_table"


def test_replace_derived_rolls_back_on_error(store):
    store.add([record("a")])
    columns = ("doc_id", "cluster_id", "canonical", "similarity")
    store.replace_derived({"clusters": (columns, [(1, 1, 1, 1.0)])})
    with pytest.raises(StoreError):
        store.replace_derived({"clusters": (columns, [(1, 1, 1, 1.0), (1, 1, 1, 1.0)])})  # duplicate key
    assert store.query("SELECT count(*) FROM clusters") == [(1,)]


def test_read_only_store_refuses(tmp_path):
    path = tmp_path / "ro.db"
    open_store(path).close()
    with open_store(path, readonly=True) as store, pytest.raises(StoreError) as caught:
        store.replace_derived({"clusters": (("doc_id",), [])})
    assert caught.value.reason == "read_only"
