"""read_inputs: files, directories and stdin; every bad input a Failure, never an exception."""
from __future__ import annotations

import glob
import gzip
import hashlib
import io
import json
import sys
import tracemalloc
from pathlib import Path

import pytest

from neican.ingest import Failure, RawDocument, decode_bytes, read_inputs
from neican.ingest.decode import chinese_score
from neican.ingest.sniff import declared_charset
from neican.options import Options

NEWS = "国务院总理李强主持召开国务院常务会议，研究部署进一步做好稳就业工作。"


def _one(path: str, options: Options = Options()) -> RawDocument | Failure:
    [item] = read_inputs([path], options)
    return item


def _jsonl(*texts: str) -> bytes:
    return b"".join(json.dumps({"text": t}, ensure_ascii=False).encode() + b"\n" for t in texts)


def test_text_file(write):
    doc = _one(write("a.txt", NEWS + "\r\n"))
    assert (doc.kind, doc.text, doc.encoding, doc.id) == ("text", NEWS + "\n", "utf-8", None)
    assert doc.content_hash == hashlib.sha1((NEWS + "\r\n").encode()).hexdigest()


def test_gb18030_text_file(write):
    doc = _one(write("gb.txt", NEWS.encode("gb18030")))
    assert (doc.text, doc.encoding) == (NEWS, "gb18030")


def test_not_found(tmp_path):
    missing = str(tmp_path / "missing.txt")
    assert str(_one(missing)) == f"{missing}: not_found: no such file or directory"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"text\x00with NUL", "contains NUL bytes (first at byte 4)"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 20, "looks like a PNG file"),
        (b"%PDF-1.7\n...", "looks like a PDF file"),
        (b"PK\x03\x04rest", "looks like a ZIP file"),
        (b"\x7fELF\x02\x01", "looks like a ELF file"),
        (bytes(range(1, 9)) * 20, "160 of the first 160 bytes are control characters"),
    ],
)
def test_binary(write, content, message):
    failure = _one(write("x.txt", content))
    assert (failure.reason, failure.message) == ("binary", message)


@pytest.mark.parametrize("content, message", [(b"", "0 bytes"), (b" \r\n\t\n", "only whitespace")])
def test_empty(write, content, message):
    failure = _one(write("e.txt", content))
    assert (failure.reason, failure.message) == ("empty", message)


def test_empty_jsonl(write):
    assert _one(write("e.jsonl", b"")).reason == "empty"


def test_gzipped_text(write):
    path = write("a.txt.gz", gzip.compress(NEWS.encode("gb18030")))
    doc = _one(path)
    assert (doc.path, doc.text, doc.kind) == (path, NEWS, "text")
    assert doc.content_hash == hashlib.sha1(NEWS.encode("gb18030")).hexdigest()


def test_gzip_found_by_magic_bytes(write):
    items = list(read_inputs([write("plain-name.jsonl", gzip.compress(_jsonl("一", "二")))]))
    assert [d.text for d in items] == ["一", "二"]


def test_truncated_gzip_jsonl_keeps_the_lines_before(write):
    data = gzip.compress(_jsonl(*[f"第{i}条新闻" * 50 for i in range(2000)]))
    path = write("cut.jsonl.gz", data[: len(data) // 2])
    items = list(read_inputs([path]))
    docs, last = items[:-1], items[-1]
    assert len(docs) > 100 and all(isinstance(d, RawDocument) for d in docs)
    assert docs[0].text.startswith("第0条新闻") and docs[0].path == f"{path}#1"
    assert last.reason == "truncated" and last.path == path
    assert last.message == f"compressed data ends early after line {len(docs):,}; the rest is lost"


def test_truncated_gzip_text(write):
    data = gzip.compress((NEWS * 2000).encode())
    failure = _one(write("cut.txt.gz", data[:-20]))
    assert (failure.reason, failure.message) == ("truncated", "compressed data ends early")


def test_corrupt_gzip(write):
    data = bytearray(gzip.compress((NEWS * 200).encode()))
    data[-8] ^= 0xFF  # break the CRC
    failure = _one(write("bad.txt.gz", bytes(data)))
    assert failure.reason == "truncated" and "corrupt compressed data" in failure.message


def _write_big(path: Path, size: int, opener=open) -> str:
    with opener(path, "wb") as handle:
        block = ("新闻" * (1 << 16)).encode()  # 384 KB, no newline
        for _ in range(size // len(block) + 1):
            handle.write(block)
    return str(path)


def test_huge_single_line_text_is_too_large(tmp_path):
    path = _write_big(tmp_path / "big.txt", 50 << 20)
    tracemalloc.start()
    try:
        failure = _one(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert failure.reason == "too_large"
    assert failure.message.endswith("is over the 20 MB limit (max_document_bytes)")
    assert peak < 4 << 20


def test_huge_gzipped_text_stops_reading_at_the_limit(tmp_path):
    path = _write_big(tmp_path / "big.txt.gz", 8 << 20, opener=gzip.open)
    tracemalloc.start()
    try:
        failure = _one(path, Options(max_document_bytes=1 << 20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert (failure.reason, failure.message) == ("too_large", "over the 1 MB limit (max_document_bytes)")
    assert peak < 6 << 20


def test_huge_single_line_jsonl_is_too_large(tmp_path):
    path = tmp_path / "big.jsonl"
    with open(path, "wb") as handle:
        handle.write(_jsonl("前"))
        handle.write(b'{"text": "')
        for _ in range(50):
            handle.write(b"x" * (1 << 20))
        handle.write(b'"}\n')
        handle.write(_jsonl("后"))
    tracemalloc.start()
    try:
        items = list(read_inputs([str(path)]))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [getattr(i, "text", None) or i.reason for i in items] == ["前", "too_large", "后"]
    assert items[1].path == f"{path}#2"
    assert peak < 16 << 20


def test_html_declared_gb2312_but_utf8(write):
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>{NEWS}</p></body></html>'
    doc = _one(write("page.html", html.encode("utf-8")))
    assert (doc.kind, doc.encoding) == ("html", "utf-8")
    assert NEWS in doc.text


def test_html_in_gbk(write):
    html = f'<html><head><meta charset="gbk"><title>标题</title></head><body><p>{NEWS}</p><p>{NEWS}</p></body></html>'
    doc = _one(write("page.htm", html.encode("gbk")))
    assert (doc.encoding, doc.meta["title"]) == ("gb18030", "标题")
    assert NEWS in doc.text


def test_malformed_html_file(write):
    doc = _one(write("bad.html", f"<html><body><div><p>{NEWS}<p>第二段<span>未闭合"))
    assert NEWS in doc.text and "第二段" in doc.text


def test_unknown_extension_is_sniffed(write):
    assert _one(write("notes", NEWS)).kind == "text"
    assert _one(write("page.php", f"<!DOCTYPE html><html><body><p>{NEWS}</p></body></html>")).kind == "html"
    assert [d.text for d in read_inputs([write("dump.data", _jsonl("一", "二"))])] == ["一", "二"]


def test_json_file(write):
    doc = _one(write("one.json", json.dumps({"text": NEWS, "id": 7}, ensure_ascii=False, indent=2)))
    assert (doc.text, doc.id, doc.path.endswith("one.json")) == (NEWS, "7", True)


def test_directory_walk_sorted_skipping_hidden_and_unsupported(write, tmp_path):
    write("b.txt", "乙")
    write("a.txt", "甲")
    write("sub/c.html", "<p>丙</p>")
    write("sub/deeper/d.jsonl", _jsonl("丁一", "丁二"))
    write("sub/e.txt.gz", gzip.compress("戊".encode()))
    write(".hidden.txt", "隐藏")
    write(".git/f.txt", "隐藏")
    write("image.png", b"\x89PNG\r\n\x1a\n")
    write("notes", "no extension")
    items = list(read_inputs([str(tmp_path)]))
    assert [d.text for d in items] == ["甲", "乙", "丙", "戊", "丁一", "丁二"]
    assert [Path(d.path).relative_to(tmp_path).as_posix() for d in items] == [
        "a.txt", "b.txt", "sub/c.html", "sub/e.txt.gz", "sub/deeper/d.jsonl#1", "sub/deeper/d.jsonl#2",
    ]


def test_bad_inputs_do_not_stop_the_batch(write, tmp_path):
    paths = [
        str(tmp_path / "nope.txt"),
        write("nul.txt", b"\x00\x01"),
        write("empty.txt", b""),
        write("ok.txt", "好"),
        write("bad.jsonl", b"{oops\n" + _jsonl("行")),
    ]
    items = list(read_inputs(paths))
    assert [getattr(i, "reason", "ok") for i in items] == ["not_found", "binary", "empty", "ok", "bad_json", "ok"]
    assert str(items[4]).endswith("bad.jsonl#1: bad_json: Expecting property name enclosed in double quotes at column 2")


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_jsonl(monkeypatch):
    _stdin(monkeypatch, _jsonl("一", "二"))
    assert [(d.path, d.text) for d in read_inputs(["-"])] == [("-#1", "一"), ("-#2", "二")]


def test_stdin_gzipped_jsonl(monkeypatch):
    _stdin(monkeypatch, gzip.compress(_jsonl("一")))
    assert [d.text for d in read_inputs(["-"])] == ["一"]


def test_stdin_html_and_text(monkeypatch):
    _stdin(monkeypatch, f"<!doctype html><html><body><p>{NEWS}</p></body></html>".encode("gb18030"))
    doc = _one("-")
    assert (doc.path, doc.kind, doc.encoding) == ("-", "html", "gb18030") and NEWS in doc.text
    _stdin(monkeypatch, NEWS.encode())
    assert _one("-").text == NEWS


def test_stdin_missing(monkeypatch):
    monkeypatch.setattr(sys, "stdin", None)
    assert _one("-").reason == "not_found"


# Real data in ../shared: skipped where it is absent.


def test_seeds_directory(shared_dir):
    docs = list(read_inputs([str(shared_dir / "seeds")]))
    assert len(docs) == 5
    assert all(isinstance(d, RawDocument) and d.kind == "text" and d.text.strip() for d in docs)


@pytest.mark.parametrize("pattern", ["data/html/gne/tests/*/*.html", "data/html/cwce/original/*.html"])
def test_real_pages_decode_to_readable_chinese(shared_dir, pattern):
    pages = sorted(glob.glob(str(shared_dir / pattern)))
    if not pages:
        pytest.skip(f"no pages at {pattern}")
    for page in pages:
        data = Path(page).read_bytes()
        text, encoding, warnings = decode_bytes(data, declared_charset(data))
        replaced = sum(int(w.split()[1]) for w in warnings)
        assert text.count("Ã") == 0 and text.count("锟斤拷") == 0, f"{page}: mojibake as {encoding}"
        # U+FFFD only where bytes were replaced (and reported) or the page has it literally (thepaper).
        assert text.count("\ufffd") == replaced + data.count("\ufffd".encode()), page
        assert replaced <= 20, page
        assert chinese_score(text) > 0.85, f"{page}: reads badly as {encoding}"
