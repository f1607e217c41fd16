"""RawDocument and Failure hold only strings that can be written as UTF-8 (issue 16)."""
import pytest

from neican.ingest.source import Failure, RawDocument


@pytest.mark.issue(16)
def test_identifiers_are_escaped_and_prose_repaired_with_warnings():
    raw = RawDocument("d/bad\udcffname.txt", "正文\ud83d", "0", id="\ud83d",
                      meta={"url": "http://x/\udcff", "title": "标题\ud83d", "authors": ["张\ud83d"]})
    assert (raw.path, raw.id, raw.meta["url"]) == ("d/bad\\udcffname.txt", "\\ud83d", "http://x/\\udcff")
    assert (raw.text, raw.meta["title"], raw.meta["authors"]) == ("正文\ufffd", "标题\ufffd", ["张\ufffd"])
    assert [w.split(":")[0] + ":" + w.split(":")[1].split()[0] for w in raw.warnings] == [
        "escaped:path", "escaped:id", "encoding:1", "escaped:url", "encoding:1", "encoding:1"]


@pytest.mark.issue(16)
def test_a_clean_document_is_left_alone_and_shared_warnings_are_not_touched():
    shared = ["encoding: 1 undecodable bytes replaced"]
    raw = RawDocument("a\\b.txt", "正文", "0", id="x\\y", warnings=shared)
    assert (raw.path, raw.id, raw.warnings) == ("a\\b.txt", "x\\y", shared)
    RawDocument("c.txt", "\ud83d", "0", warnings=shared)
    assert shared == ["encoding: 1 undecodable bytes replaced"]


@pytest.mark.issue(16)
def test_failure_path_and_message_are_escaped():
    failure = Failure("bad\udcff.txt", "empty", "0 bytes in bad\udcff.txt")
    assert str(failure) == "bad\\udcff.txt: empty: 0 bytes in bad\\udcff.txt"
