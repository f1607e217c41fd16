"""Export of every table: CSV, JSON Lines, Parquet; rowids kept; a clear error without pyarrow."""
from __future__ import annotations

import builtins
import csv
import json

import pytest
from click.testing import CliRunner

import neican
from neican.cli import cli
from neican.corpus import build_clusters, build_people
from neican.export import ExportError, export_store

from .conftest import EXAMPLES

TABLES = {"documents", "bylines", "articles", "removed", "warnings", "people", "events", "tours", "statements",
          "formulations", "targets", "regions", "failures", "store_meta", "clusters", "person_entities",
          "person_mentions", "person_titles", "event_people"}


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "examples.db"
    neican.ingest([str(EXAMPLES)], path)
    with neican.open_store(path) as store:
        build_clusters(store)
        build_people(store)
    return path


def counts(db) -> dict[str, int]:
    with neican.open_store(db, readonly=True) as store:
        return {t: store.query(f"SELECT count(*) FROM {t}")[0][0] for t in TABLES}


def test_csv_has_every_table_with_headers_and_all_rows(db, tmp_path):
    with neican.open_store(db, readonly=True) as store:
        report = export_store(store, tmp_path, "csv")
    assert set(report.tables) == TABLES and report.tables == counts(db)
    with (tmp_path / "documents.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 5 and rows[0]["rowid"] == "1" and json.loads(rows[0]["record"])["id"] == rows[0]["id"]
    assert any("\n" in row["text"] for row in rows)   # multi-line text survives quoting
    header = (tmp_path / "events.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("rowid,doc_id,kind,")    # implicit rowid kept: event_people refers to it
    assert not (tmp_path / "documents_fts.csv").exists()


def test_jsonl_rows_join_like_the_tables(db, tmp_path):
    with neican.open_store(db, readonly=True) as store:
        export_store(store, tmp_path, "jsonl")
    def read(name):
        return [json.loads(line) for line in (tmp_path / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()]
    events = {e["rowid"]: e for e in read("events")}
    links = read("event_people")
    assert links and all(link["event_id"] in events for link in links)
    entities = {p["entity_id"] for p in read("person_entities")}
    assert {link["entity_id"] for link in links} <= entities
    assert read("documents")[0]["title"] is None or isinstance(read("documents")[0]["title"], str)


def test_parquet_keeps_types(db, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="pyarrow is not installed (the spark extra)")
    with neican.open_store(db, readonly=True) as store:
        report = export_store(store, tmp_path, "parquet")
    assert report.tables == counts(db)
    documents = pq.read_table(tmp_path / "documents.parquet")
    assert documents.num_rows == 5 and str(documents.schema.field("rowid").type) == "int64"
    clusters = pq.read_table(tmp_path / "clusters.parquet")
    assert str(clusters.schema.field("similarity").type) == "double"
    assert pq.read_table(tmp_path / "failures.parquet").num_rows == 0   # empty tables still get a file


def test_parquet_without_pyarrow_says_what_to_install(db, tmp_path, monkeypatch):
    real_import = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name == "pyarrow" or name.startswith("pyarrow."):
            raise ImportError("No module named 'pyarrow'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with neican.open_store(db, readonly=True) as store, pytest.raises(ExportError) as raised:
        export_store(store, tmp_path / "out", "parquet")
    assert raised.value.reason == "needs_pyarrow" and "pip install 'neican[spark]'" in str(raised.value)
    assert not (tmp_path / "out").exists()
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "parquet", "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "needs_pyarrow" in result.output and "neican[spark]" in result.output


def test_unknown_format_is_refused(db, tmp_path):
    with neican.open_store(db, readonly=True) as store, pytest.raises(ExportError, match="bad_format"):
        export_store(store, tmp_path, "xlsx")


def test_cli_export_lists_tables_and_rows(db, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--out", str(tmp_path / "x")])
    assert result.exit_code == 0, result.output
    assert "documents\t5" in result.stdout.splitlines()
    assert f"{tmp_path / 'x'}: 19 tables" in result.stderr and "as jsonl" in result.stderr
    assert CliRunner().invoke(cli, ["export", "--db", str(tmp_path / "none.db"), "--out", str(tmp_path)]).exit_code == 1


def test_export_reads_in_chunks(db, tmp_path, monkeypatch):
    monkeypatch.setattr("neican.export.CHUNK", 2)
    with neican.open_store(db, readonly=True) as store:
        report = export_store(store, tmp_path, "jsonl")
    assert report.tables == counts(db)
    ids = [json.loads(line)["rowid"] for line in (tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()]
    assert ids == [1, 2, 3, 4, 5]
