"""JSON Lines: one document a line, failures naming file#line, bounded memory on huge lines."""
from __future__ import annotations

import gzip
import hashlib
import io
import itertools
import json
import re
import tracemalloc

import pytest

from neican.ingest.jsonl import document_from_record, iter_lines, read_json, read_jsonl, record_meta
from neican.ingest.source import Failure, RawDocument
from neican.options import Options


def _read(lines: list[bytes], options: Options = Options()) -> list[RawDocument | Failure]:
    return list(read_jsonl(io.BytesIO(b"\n".join(lines) + b"\n"), "data/a.jsonl", options))


def _line(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def test_text_record_with_meta():
    line = _line(id=42, text="正文\r\n第二行", title="标题", published="2024-01-02", source="新华社",
                 url="http://x", author="张三、李四", tags="经济,改革")
    [doc] = _read([line])
    assert doc == RawDocument(
        path="data/a.jsonl#1",
        text="正文\n第二行",
        content_hash=hashlib.sha1(line).hexdigest(),
        kind="text",
        id="42",
        encoding="utf-8",
        meta={"title": "标题", "published": "2024-01-02", "source": "新华社", "url": "http://x",
              "authors": ["张三", "李四"], "tags": ["经济", "改革"]},
    )


def test_html_fragment_field():
    [doc] = _read([_line(id="V1", html="<p>    第一段。</P>\r\n<p>第二段。</P>")])
    assert (doc.kind, doc.text, doc.id) == ("html", "第一段。\n第二段。", "V1")


def test_content_field_html_or_text():
    html_doc, text_doc = _read([_line(content="<p>甲</p><p>乙</p>"), _line(content="a < b，c > d")])
    assert (html_doc.kind, html_doc.text) == ("html", "甲\n乙")
    assert (text_doc.kind, text_doc.text) == ("text", "a < b，c > d")


def test_text_wins_over_html():
    [doc] = _read([_line(text="纯文本", html="<p>网页</p>")])
    assert (doc.kind, doc.text) == ("text", "纯文本")


def test_bad_lines_name_the_line_and_reading_goes_on():
    lines = [
        _line(text="一"),
        b'{"text": "\xe4\xba\x8c" "title": 1}',
        b"",
        b"   ",
        _line(title="no text"),
        b"[1, 2]",
        _line(text="三"),
    ]
    items = _read(lines)
    assert [str(i) if isinstance(i, Failure) else i.text for i in items] == [
        "一",
        "data/a.jsonl#2: bad_json: Expecting ',' delimiter at column 14",
        "data/a.jsonl#5: bad_json: no text field (expected one of: text, html, content)",
        "data/a.jsonl#6: bad_json: a JSON array, not an object",
        "三",
    ]
    assert items[-1].path == "data/a.jsonl#7"


def test_empty_text_and_empty_html():
    items = _read([_line(text="  "), _line(html="<p></P>")])
    assert [(i.path, i.reason) for i in items] == [("data/a.jsonl#1", "empty"), ("data/a.jsonl#2", "empty")]


def test_gb18030_line():
    line = '{"text": "国务院新闻"}'.encode("gb18030")
    [doc] = _read([line])
    assert (doc.text, doc.encoding) == ("国务院新闻", "gb18030")


def test_too_long_line_is_skipped():
    options = Options(max_line_chars=100)
    items = _read([_line(text="一" * 200), _line(text="短")], options)
    assert isinstance(items[0], Failure) and items[0].reason == "too_large"
    assert items[0].path == "data/a.jsonl#1" and "over max_line_chars (100)" in items[0].message
    assert items[1].text == "短"


def test_line_limit_counts_characters_not_bytes():
    line = _line(text="一" * 80)  # 91 characters, 251 bytes
    assert len(line) > 100 > len(line.decode())
    [doc] = _read([line], Options(max_line_chars=100))
    assert doc.text == "一" * 80


def test_iter_lines_crlf_and_last_line_without_newline():
    assert list(iter_lines(io.BytesIO(b"a\r\nb\nc"), 10)) == [(1, b"a", 0), (2, b"b", 0), (3, b"c", 0)]


class _HugeLine(io.RawIOBase):
    """A JSONL stream whose first line is ``size`` bytes long, made on the fly, then a short line."""

    def __init__(self, size: int):
        self.head = b'{"text": "'
        self.left = size
        self.tail = b'"}\n' + _line(text="after") + b"\n"

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            data, self.head = self.head, b""
        elif self.left:
            data = b"x" * min(len(buffer), self.left)
            self.left -= len(data)
        else:
            data, self.tail = self.tail[: len(buffer)], self.tail[len(buffer) :]
        buffer[: len(data)] = data
        return len(data)


def test_huge_line_streams_in_bounded_memory():
    tracemalloc.start()
    try:
        stream = io.BufferedReader(_HugeLine(50 << 20), 1 << 16)
        items = list(read_jsonl(stream, "big.jsonl", Options()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [getattr(i, "reason", None) for i in items] == ["too_large", None]
    assert items[0].message.startswith("line of 52,428,812 characters")
    assert items[1].text == "after"
    assert peak < 16 << 20, f"peak {peak / 2**20:.1f} MB"


def test_read_json_single_object():
    data = _line(text="一篇", id="x").replace(b", ", b",\n  ")
    [doc] = read_json(io.BytesIO(data), "a.json", Options())
    assert (doc.path, doc.text, doc.id, doc.content_hash) == ("a.json", "一篇", "x", hashlib.sha1(data).hexdigest())


def test_read_json_array_and_jsonl():
    array = json.dumps([{"text": "一"}, {"text": "二"}, 3], ensure_ascii=False).encode()
    items = list(read_json(io.BytesIO(array), "a.json", Options()))
    assert [i.path for i in items] == ["a.json#1", "a.json#2", "a.json#3"]
    assert items[2].reason == "bad_json"
    lines = _line(text="一") + b"\n" + _line(text="二") + b"\n"
    assert [d.path for d in read_json(io.BytesIO(lines), "b.json", Options())] == ["b.json#1", "b.json#2"]


def test_read_json_broken():
    [failure] = read_json(io.BytesIO(b'{"text": '), "c.json", Options())
    assert (failure.path, failure.reason) == ("c.json", "bad_json")


def test_record_meta_lists_and_numbers():
    meta = record_meta({"authors": ["甲", "", None, "乙"], "tags": ["a", "b"], "published": 20240102, "title": ""})
    assert meta == {"authors": ["甲", "乙"], "tags": ["a", "b"], "published": "20240102"}


def test_document_from_record_paragraph_list():
    doc = document_from_record({"text": ["第一段", "第二段"]}, "x#1", "h")
    assert doc.text == "第一段\n第二段"


def test_real_corpus_head(shared_dir):
    corpus = shared_dir / "data" / "xwlb" / "xwlb.jsonl.gz"
    if not corpus.exists():
        pytest.skip("xwlb corpus missing")
    with gzip.open(corpus, "rb") as stream:
        items = list(itertools.islice(read_jsonl(stream, str(corpus), Options()), 300))
    docs = [i for i in items if isinstance(i, RawDocument)]
    assert len(docs) > 280
    assert all(d.kind == "html" and d.id and d.meta.get("published") for d in docs)
    assert not [d.path for d in docs if re.search(r"</?[a-zA-Z]+[ >]", d.text)]
    assert {i.reason for i in items if isinstance(i, Failure)} <= {"empty"}


def test_read_json_broken_names_line_and_column():
    [failure] = read_json(io.BytesIO(b'{\n  "text": "x"\n  "id": 1\n}'), "d.json", Options())
    assert str(failure) == "d.json: bad_json: Expecting ',' delimiter at line 3 column 3"


@pytest.mark.issue(16)
def test_an_integer_too_long_for_int_is_kept_as_its_digits_and_the_next_lines_are_read():
    # found by tests/ingest/test_properties.py: json.loads raised ValueError, which ended the file
    digits = "9" * 5000
    docs = _read([_line(text="第一条"), b'{"id": ' + digits.encode() + b', "text": "\xe7\xac\xac\xe4\xba\x8c\xe6\x9d\xa1"}',
                  _line(text="第三条")])
    assert [d.text for d in docs] == ["第一条", "第二条", "第三条"]
    assert docs[1].id == digits


@pytest.mark.issue(16)
def test_a_file_of_blank_lines_is_named_empty():
    # found by tests/ingest/test_properties.py: such a file vanished without a failure
    assert list(read_jsonl(io.BytesIO(b"\n \t\n"), "data/a.jsonl", Options())) == [
        Failure("data/a.jsonl", "empty", "2 blank line(s), no JSON")]


@pytest.mark.issue(16)
def test_a_lone_surrogate_escape_in_an_id_is_kept_escaped():
    [doc] = _read([b'{"id": "\\ud83d", "text": "\\u6b63\\u6587\\udcff"}'])
    assert (doc.id, doc.text) == ("\\ud83d", "正文\ufffd")
    assert doc.warnings[0].startswith("escaped: id") and doc.warnings[1].startswith("encoding: 1 unpaired")
