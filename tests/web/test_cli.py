"""The CLI commands this layer adds: serve --get, cluster, people (export: tests/test_export.py)."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from neican.cli import cli


def test_serve_get_prints_a_page(example_db):
    result = CliRunner().invoke(cli, ["serve", "--db", str(example_db), "--get", "/search?q=振兴"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("<!doctype html>") and "篇文档匹配" in result.stdout


def test_serve_get_prints_json_and_fails_on_404(example_db):
    ok = CliRunner().invoke(cli, ["serve", "--db", str(example_db), "--get", "/api/search?q=振兴"])
    assert ok.exit_code == 0 and json.loads(ok.stdout)["total"] >= 2
    missing = CliRunner().invoke(cli, ["serve", "--db", str(example_db), "--get", "/api/doc/nope"])
    assert missing.exit_code == 1 and json.loads(missing.stdout)["status"] == 404


def test_serve_refuses_a_missing_database(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db"), "--get", "/"])
    assert result.exit_code == 1 and "no such database" in result.output


def test_cluster_and_people_rebuild_the_derived_tables(example_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(example_db, db)
    runner = CliRunner()
    clustered = runner.invoke(cli, ["cluster", "--db", str(db), "--threshold", "0.9", "--max-days", "0"])
    assert clustered.exit_code == 0, clustered.output
    assert "clusters of two or more over 0 of 5 documents" in clustered.stderr
    people = runner.invoke(cli, ["people", "--db", str(db)])
    assert people.exit_code == 0, people.output
    assert " person entities (" in people.stderr and "event links" in people.stderr


def test_cluster_checks_its_threshold_and_database(tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["cluster", "--db", str(tmp_path / "x.db"), "--threshold", "2"]).exit_code == 2
    missing = runner.invoke(cli, ["people", "--db", str(tmp_path / "x.db")])
    assert missing.exit_code == 1 and "no such database" in missing.output and not (tmp_path / "x.db").exists()
