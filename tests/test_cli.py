"""The CLI through click's runner: output, exit codes, idempotent ingest, search, show."""
import json

import pytest
from click.testing import CliRunner

from neican.cli import cli

from .conftest import EXAMPLES

PAGE = "全省经济工作会议召开\n2024-12-20 08:30:15来源:浙江日报\n会议强调，要坚持稳中求进工作总基调，推动瀋陽经济社会高质量发展取得新成效。\n"


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(PAGE, encoding="utf-8")
    (folder / "b.txt").write_bytes(PAGE.replace("浙江日报", "四川日报").encode("gb18030"))
    return folder


def test_every_command_has_help_with_an_example(runner):
    for name, command in cli.commands.items():
        result = runner.invoke(cli, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Example:" in result.output, f"{name} --help has no example"


def test_extract_jsonl_writes_one_record_per_document(runner, corpus):
    result = runner.invoke(cli, ["extract", str(corpus), "--jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == ["浙江日报", "四川日报"]
    assert all(r["schema"] == 1 and r["people"] == [] for r in records)
    assert "沈阳" in records[0]["text"]


def test_extract_reports_bad_input_and_goes_on(runner, corpus):
    (corpus / "c.txt").write_bytes(b"")
    result = runner.invoke(cli, ["extract", str(corpus), "--jsonl"])
    assert result.exit_code == 1
    assert "c.txt: empty" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_ingest_twice_adds_nothing_the_second_time(runner, corpus, tmp_db):
    first = runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_db)])
    assert first.exit_code == 0, first.output
    assert "2 added, 0 updated, 0 unchanged, 0 failed" in first.stderr
    second = runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_db)])
    assert "0 added, 0 updated, 2 unchanged, 0 failed" in second.stderr


def test_search_finds_short_and_traditional_queries(runner, corpus, tmp_db):
    runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_db)])
    for query in ("沈", "沈阳", "瀋陽", "高质量发展"):
        result = runner.invoke(cli, ["search", query, "--db", str(tmp_db), "--json"])
        assert result.exit_code == 0, result.output
        assert len(result.stdout.splitlines()) == 2, query


def test_show_prints_a_record_and_fails_on_unknown_id(runner, corpus, tmp_db):
    runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_db)])
    hits = [json.loads(line) for line in runner.invoke(cli, ["search", "会议", "--db", str(tmp_db), "--json"]).stdout.splitlines()]
    doc_id = next(h["id"] for h in hits if h["source"] == "浙江日报")
    shown = runner.invoke(cli, ["show", doc_id, "--db", str(tmp_db)])
    assert shown.exit_code == 0
    assert shown.stdout.startswith("# 全省经济工作会议召开")
    assert "source:          浙江日报" in shown.stdout
    missing = runner.invoke(cli, ["show", "nope", "--db", str(tmp_db)])
    assert missing.exit_code == 1 and "no document with id 'nope'" in missing.output


def test_search_on_missing_database_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(cli, ["search", "x", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such database" in result.output


def test_examples_ingest_and_search(runner, tmp_db):
    result = runner.invoke(cli, ["ingest", str(EXAMPLES), "--db", str(tmp_db)])
    assert "5 added" in result.stderr
    found = runner.invoke(cli, ["search", "发展", "--db", str(tmp_db), "--json"])
    assert len(found.stdout.splitlines()) == 5


def test_bad_inputs_are_reported_stored_and_do_not_stop_the_batch(runner, corpus, tmp_db):
    import gzip

    (corpus / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (corpus / "empty.txt").write_bytes(b"")
    good = json.dumps({"id": "j1", "text": PAGE}, ensure_ascii=False)
    (corpus / "lines.jsonl").write_text(good + "\n{not json\n" + json.dumps({"id": "j2", "html": "<p>会议强调要推动高质量发展。</p>"}) + "\n",
                                        encoding="utf-8")
    whole = gzip.compress((good.replace("j1", "g1") + "\n" + good.replace("j1", "g2") + "\n").encode("utf-8"))
    (corpus / "cut.jsonl.gz").write_bytes(whole[: len(whole) - 20])
    (corpus / "broken.html").write_text("<html><body><div><p>会议强调，要推动高质量发展<p>第二段<div></body>", encoding="utf-8")

    first = runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_db)])
    assert first.exit_code == 1
    for expected in ("binary.txt: binary", "empty.txt: empty", "lines.jsonl#2: bad_json", "cut.jsonl.gz: truncated"):
        assert expected in first.stderr, expected
    stored = runner.invoke(cli, ["search", "高质量", "--db", str(tmp_db), "--json"]).stdout.splitlines()
    ids = {json.loads(line)["id"] for line in stored}
    assert {"j1", "j2"} <= ids and any(i not in ("j1", "j2", "g1", "g2") for i in ids)
    failures = runner.invoke(cli, ["failures", "--db", str(tmp_db)]).stdout
    assert "binary.txt: binary" in failures and "lines.jsonl#2: bad_json" in failures

    again = runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_db)])
    assert " 0 added, 0 updated" in again.stderr


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    from .badinputs import write_bad_inputs

    return write_bad_inputs(tmp_path_factory.mktemp("bad"))


def _expected_good_paths(folder):
    return {f"{folder}/broken.jsonl#1", f"{folder}/broken.jsonl#4", f"{folder}/charset-lies.html",
            f"{folder}/bad\\udcffname.txt"}


@pytest.mark.issue(16)
def test_extract_survives_every_bad_input_and_names_each(runner, bad_inputs):
    from .badinputs import EXPECTED

    result = runner.invoke(cli, ["extract", str(bad_inputs), str(EXAMPLES), "--jsonl", "-w", "1"])
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert {r["path"] for r in records} == _expected_good_paths(bad_inputs) | {
        str(p) for p in EXAMPLES.iterdir() if p.suffix == ".txt"}
    by_path = {r["path"]: r for r in records}
    assert by_path[f"{bad_inputs}/broken.jsonl#4"]["id"] == "\\ud83d"
    assert by_path[f"{bad_inputs}/bad\\udcffname.txt"]["warnings"][0].startswith("escaped: path")
    for name, reason in EXPECTED.items():
        assert f"{bad_inputs}/{name}: {reason}" in result.stderr, name
    assert f"neican: {len(EXPECTED)} input(s) failed" in result.stderr


@pytest.mark.issue(16)
def test_ingest_and_export_of_bad_inputs_keep_the_escaped_names(runner, bad_inputs, tmp_db, tmp_path):
    result = runner.invoke(cli, ["ingest", str(bad_inputs), "--db", str(tmp_db), "-w", "1"])
    assert result.exit_code == 1 and ": 4 added, 0 updated, 0 unchanged, 8 failed" in result.stderr, result.output
    shown = runner.invoke(cli, ["show", "\\ud83d", "--db", str(tmp_db), "--json"])
    assert json.loads(shown.stdout)["path"] == f"{bad_inputs}/broken.jsonl#4"
    for fmt, written in (("csv", "bad\\udcffname.txt"), ("jsonl", "bad\\\\udcffname.txt")):
        exported = runner.invoke(cli, ["export", "--db", str(tmp_db), "--format", fmt, "--out", str(tmp_path / fmt)])
        assert exported.exit_code == 0, exported.output
        assert written in (tmp_path / fmt / f"documents.{fmt}").read_bytes().decode("utf-8")


@pytest.mark.issue(16)
def test_a_record_that_cannot_be_written_becomes_a_failure_and_the_run_goes_on(runner, monkeypatch):
    from neican import api

    bad = {"id": "x", "path": "lines.jsonl#3", "title": "\ud83d", "text": ""}
    good = {"id": "y", "path": "b.txt", "title": "t", "text": ""}
    monkeypatch.setattr(api, "extract", lambda paths, workers: iter([bad, good]))
    result = runner.invoke(cli, ["extract", "whatever", "--jsonl"])
    assert result.exit_code == 1
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["y"]
    assert "lines.jsonl#3: error: record not written: UnicodeEncodeError" in result.stderr


@pytest.mark.issue(15)
def test_compact_keeps_every_document_and_search(runner, corpus, tmp_db):
    runner.invoke(cli, ["ingest", str(corpus), "--db", str(tmp_db)])
    before = runner.invoke(cli, ["search", "会议", "--db", str(tmp_db), "--json"]).stdout
    result = runner.invoke(cli, ["compact", "--db", str(tmp_db)])
    assert result.exit_code == 0 and "MB ->" in result.stderr
    assert runner.invoke(cli, ["search", "会议", "--db", str(tmp_db), "--json"]).stdout == before
