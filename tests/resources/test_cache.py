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


def test_the_cached_recogniser_lexicon_equals_the_one_built_from_its_files(folder):
    built = ner_lexicon.build_lexicon(ner_lexicon.learned())
    stored = ner_lexicon.lexicon.__wrapped__()  # built and stored
    read = ner_lexicon.lexicon.__wrapped__()  # read back
    assert len(list(folder.glob("ner_lexicon-*.pickle"))) == 1
    for lexicon in (stored, read):
        for field in ("surnames", "surname_bands", "compound_surnames", "place_tags", "abbreviations", "translit",
                      "cues", "cue_lengths", "cue_firsts", "frame_cues", "bigram_bands", "name_chars", "pruned"):
            assert getattr(lexicon, field) == getattr(built, field), field
        for field in ("surname_re", "translit_re", "suffix_re", "org_suffix_re"):
            assert getattr(lexicon, field).pattern == getattr(built, field).pattern, field
        assert lexicon.automaton.words == built.automaton.words
        assert lexicon.automaton.values == built.automaton.values
        assert lexicon.automaton.overlapping("省委书记周浩在沈阳") == built.automaton.overlapping("省委书记周浩在沈阳")


def test_the_cached_tifa_pairs_equal_the_pairs_gathered(folder):
    from neican.extractors import lexicon

    gathered = lexicon._gather_tifa_pairs()
    assert lexicon._tifa_pairs.__wrapped__() == gathered  # built and stored
    assert lexicon._tifa_pairs.__wrapped__() == gathered  # read back
    assert "质量" in gathered  # of 高质量发展


def test_reading_a_table_back_leaves_the_collector_as_it_was(folder):
    import gc

    cached("table", [b"rows"], lambda: {"a": [1, 2]})
    assert gc.isenabled()
    assert cached("table", [b"rows"], lambda: {}) == {"a": [1, 2]}  # read back, the collector paused meanwhile
    assert gc.isenabled()
    gc.disable()
    try:
        cached("table", [b"rows"], lambda: {})
        assert not gc.isenabled()  # a caller's choice is kept
    finally:
        gc.enable()


def test_the_cached_weights_are_the_model_s_and_a_start_reads_no_model(folder, monkeypatch):
    model_weights = ner_lexicon.learned().weights
    assert ner_lexicon.weights.__wrapped__() == model_weights  # built (from the model) and stored
    ner_lexicon.lexicon.__wrapped__()  # the lexicon stored too

    def no_model():
        raise AssertionError("the whole model was read")
    monkeypatch.setattr(ner_lexicon, "_read_learned", no_model)
    monkeypatch.setattr(ner_lexicon, "learned", no_model)
    assert ner_lexicon.weights.__wrapped__() == model_weights  # read back without the model
    assert ner_lexicon.lexicon.__wrapped__().bigram_bands  # likewise
