"""The disk cache of derived tables: reused, invalidated by a changed source, passed over when
unwritable or unreadable."""
import os
import pickle

import pytest

from neican.extractors import ner_lexicon
from neican.resources.cache import CACHE_VARIABLE, cache_dir, cached


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "cache"))
    return tmp_path / "cache"


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value
    return build, calls


def test_a_table_is_built_once_then_read_back(folder):
    build, calls = counting({"a": 1.5})
    assert cached("table", [b"rows"], build) == {"a": 1.5}
    assert cached("table", [b"rows"], build) == {"a": 1.5}
    assert len(calls) == 1
    assert [p.name.split("-")[0] for p in folder.iterdir()] == ["table"]


def test_a_changed_source_rebuilds_and_replaces_the_old_file(folder):
    build, calls = counting([1])
    cached("table", [b"rows", b"code"], build)
    assert cached("table", [b"rows changed", b"code"], counting([2])[0]) == [2]
    assert cached("table", [b"rows changed", b"code"], build) == [2]
    assert len(calls) == 1
    assert len(list(folder.glob("table-*.pickle"))) == 1


def test_garbage_in_the_cache_is_passed_over(folder):
    cached("table", [b"rows"], counting("good")[0])
    (path,) = folder.glob("table-*.pickle")
    for junk in (b"not a pickle", b"", pickle.dumps(("another key", "bad"))):
        path.write_bytes(junk)
        assert cached("table", [b"rows"], counting("good")[0]) == "good"
    assert pickle.loads(path.read_bytes())[1] == "good"  # and written afresh


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_an_unwritable_folder_is_passed_over(folder):
    folder.mkdir()
    folder.chmod(0o500)
    try:
        build, calls = counting("value")
        assert cached("table", [b"rows"], build) == "value"
        assert cached("table", [b"rows"], build) == "value"
        assert len(calls) == 2 and not list(folder.iterdir())
    finally:
        folder.chmod(0o700)


def test_a_folder_that_cannot_be_made_is_passed_over(tmp_path, monkeypatch):
    (tmp_path / "file").write_text("x")
    monkeypatch.setenv(CACHE_VARIABLE, str(tmp_path / "file" / "cache"))  # under a file
    build, calls = counting("value")
    assert cached("table", [b"rows"], build) == cached("table", [b"rows"], build) == "value"
    assert len(calls) == 2


def test_an_empty_variable_turns_the_cache_off(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_VARIABLE, "")
    assert cache_dir() is None
    monkeypatch.delenv(CACHE_VARIABLE)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "neican"


def test_the_cached_model_equals_the_model_read_from_its_file(folder):
    read = ner_lexicon._read_learned()
    assert ner_lexicon.learned.__wrapped__() == read  # built and stored
    assert ner_lexicon.learned.__wrapped__() == read  # read back
    assert len(list(folder.glob("ner_model-*.pickle"))) == 1


def test_a_changed_model_file_is_read_afresh(folder, monkeypatch):
    ner_lexicon.learned.__wrapped__()
    body = "section\tkey\tvalue\nw\ta\t1.5\nmeta\ttrainer\tx\n"
    monkeypatch.setattr(ner_lexicon, "package_bytes", lambda *paths: [body.encode()])
    monkeypatch.setattr(ner_lexicon, "_resource_text", lambda name: body)
    assert ner_lexicon.learned.__wrapped__().weights == {"a": 1.5}
