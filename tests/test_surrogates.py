"""The escaped form of strings that UTF-8 cannot hold (issue 16)."""
import os

import pytest

from neican import surrogates


@pytest.mark.issue(16)
@pytest.mark.parametrize("original", ["\ud83d", "bad\udcffname.txt", "a\\b\udcff\\udcff", "\udfff\ud800x"])
def test_escape_is_valid_utf8_and_unescape_gives_the_original_back(original):
    escaped = surrogates.escape(original)
    escaped.encode("utf-8")
    assert not surrogates.has_surrogates(escaped)
    assert surrogates.unescape(escaped) == original
    assert surrogates.escape(escaped) == escaped  # idempotent: escaping twice changes nothing


@pytest.mark.issue(16)
def test_strings_without_surrogates_are_never_changed():
    for text in ("C:\\news\\a.txt", "\\ud83d written out", "新闻😀", ""):
        assert surrogates.escape(text) is text


@pytest.mark.issue(16)
def test_an_undecodable_file_name_round_trips_to_its_bytes():
    name = os.fsdecode(b"bad\xffname\\x.txt")
    escaped = surrogates.escape(name)
    assert escaped == "bad\\udcffname\\\\x.txt"
    assert os.fsencode(surrogates.unescape(escaped)) == b"bad\xffname\\x.txt"


@pytest.mark.issue(16)
def test_replace_in_repairs_nested_prose_and_counts():
    value, count = surrogates.replace_in({"a": ["x\ud83d", "y"], "b": "\udc00\udc00"})
    assert value == {"a": ["x\ufffd", "y"], "b": "\ufffd\ufffd"} and count == 3
