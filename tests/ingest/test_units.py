"""Work units: what the pool's caller hands out decodes to exactly what read_inputs reads."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from neican.ingest import read_inputs
from neican.ingest.units import FileUnit, LineUnit, decode_unit, read_units

pytestmark = pytest.mark.issue(14)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _decoded(paths):
    return [item for unit in read_units(paths) for item in decode_unit(unit)]


def test_units_decode_to_what_read_inputs_reads(tmp_path):
    lines = [json.dumps({"id": "a", "text": "第一条"}, ensure_ascii=False), "", "{broken",
             json.dumps({"html": "<p>第二条新闻正文</p>"}, ensure_ascii=False)]
    (tmp_path / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with gzip.open(tmp_path / "more.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(lines[0] + "\n")
    (tmp_path / "page.txt").write_text("本报讯 正文", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.jsonl").write_bytes(b"\x00\x01\x02PK")
    paths = [str(tmp_path), str(FIXTURES), str(tmp_path / "missing.txt")]
    assert _decoded(paths) == list(read_inputs(paths))


def test_jsonl_is_cut_into_raw_lines_and_other_files_stay_whole(tmp_path):
    (tmp_path / "a.jsonl").write_bytes(b'{"text": "x"}\n\n{"text": "y"}\n')
    (tmp_path / "b.txt").write_text("正文", encoding="utf-8")
    units = list(read_units([str(tmp_path)]))
    assert units == [LineUnit(f"{tmp_path}/a.jsonl#1", b'{"text": "x"}'),
                     LineUnit(f"{tmp_path}/a.jsonl#3", b'{"text": "y"}'), FileUnit(f"{tmp_path}/b.txt")]


def test_a_truncated_gzip_ends_with_a_failure_after_the_lines_read(tmp_path):
    data = gzip.compress(b"".join(b'{"text": "line %d"}\n' % n for n in range(2000)))
    (tmp_path / "cut.jsonl.gz").write_bytes(data[: len(data) // 2])
    units = list(read_units([str(tmp_path / "cut.jsonl.gz")]))
    assert units[-1].reason == "truncated"
    assert _decoded([str(tmp_path / "cut.jsonl.gz")]) == list(read_inputs([str(tmp_path / "cut.jsonl.gz")]))
