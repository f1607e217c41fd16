"""Sniffing: kind from a name, kind from content, binary detection, declared charset."""
from __future__ import annotations

import pytest

from neican.ingest.sniff import declared_charset, find_binary, kind_from_content, kind_from_name


@pytest.mark.parametrize(
    "name, expected",
    [
        ("a.txt", ("text", False)),
        ("a.TXT.GZ", ("text", True)),
        ("dir/x.jsonl.gz", ("jsonl", True)),
        ("page.shtml", ("html", False)),
        ("one.json", ("json", False)),
        ("archive.tar.gz", (None, True)),
        ("README", (None, False)),
    ],
)
def test_kind_from_name(name, expected):
    assert kind_from_name(name) == expected


@pytest.mark.parametrize(
    "head, expected",
    [
        (b'  {"text": "x"}\n', "jsonl"),
        (b"\xef\xbb\xbf{", "jsonl"),
        (b"[{}]", "json"),
        (b"<!DOCTYPE html><html>", "html"),
        (b'<?xml version="1.0"?>\n<html>', "html"),
        (b"<!-- saved --><p>x</p>", "html"),
        (b"<text id='x'>", "html"),
        ("《人民日报》评论".encode(), "text"),
        (b"<abc> is not a tag we know", "text"),
    ],
)
def test_kind_from_content(head, expected):
    assert kind_from_content(head) == expected


def test_utf16_with_bom_is_not_binary():
    assert find_binary("\ufeff中文 text".encode("utf-16-le")) is None
    assert find_binary("中文 text".encode("utf-16-le")) is not None  # no BOM: NUL bytes decide


@pytest.mark.parametrize(
    "head, expected",
    [
        (b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">', "gb2312"),
        (b'<meta charset="utf-8" />', "utf-8"),
        (b'<?xml version="1.0" encoding="GBK"?>', "gbk"),
        (b'<text id="u" title="t" encoding="gb2312">', "gb2312"),
        (b'<script charset="gbk"></script>', None),
    ],
)
def test_declared_charset(head, expected):
    assert declared_charset(head) == expected
