"""The pipeline's per-document guard (issue 16): no exception from one document escapes."""
import pytest

from neican import pipeline
from neican.ingest.source import Failure, RawDocument


@pytest.mark.issue(16)
def test_guarded_record_turns_a_failing_record_into_a_failure_naming_the_input(monkeypatch):
    def broken(doc):
        raise ValueError("cannot build")

    monkeypatch.setattr(pipeline, "to_record", broken)
    result = pipeline.guarded_record(RawDocument("lines.jsonl#3", "本报讯 会议召开。", "0"))
    assert result == Failure("lines.jsonl#3", "error", "ValueError: cannot build")


@pytest.mark.issue(16)
def test_guarded_record_passes_failures_through_and_returns_records():
    failure = Failure("a.txt", "empty", "0 bytes")
    assert pipeline.guarded_record(failure) is failure
    record = pipeline.guarded_record(RawDocument("b.txt", "本报讯 会议召开。", "0", id="\ud83d"))
    assert record["id"] == "\\ud83d" and record["path"] == "b.txt"


_TEXTS = ["本报讯 会议召开。", "新华社北京3月5日电 国务院总理张明远主持召开国务院常务会议，强调稳增长。",
          "（记者李某）省委书记王某在会上指出，要推动“高质量发展”。", ""]


def test_process_batch_gives_the_documents_process_gives():
    raws = [RawDocument(f"d{k}.txt", text, str(k)) for k, text in enumerate(_TEXTS)]
    assert pipeline.process_batch(raws) == [pipeline.process(raw) for raw in raws]


def test_a_failing_document_fails_alone_in_a_batch(monkeypatch):
    real = pipeline.extract_meta

    def broken(lines, text, hints=None):
        if "国务院" in text:
            raise ValueError("cannot read")
        return real(lines, text, hints)

    monkeypatch.setattr(pipeline, "extract_meta", broken)
    items = [RawDocument(f"d{k}.txt", text, str(k)) for k, text in enumerate(_TEXTS)]
    items.insert(2, Failure("bad.txt", "empty", "0 bytes"))
    records = pipeline.guarded_records(items)
    assert records == [pipeline.guarded_record(item) for item in items]
    assert records[1] == Failure("d1.txt", "error", "ValueError: cannot read") and records[2] is items[2]
    assert [getattr(d, "path", None) for d in pipeline.process_many(items)] == [
        "d0.txt", "d1.txt", "bad.txt", "d2.txt", "d3.txt"]


def test_batches_keep_order_and_bound_documents_and_characters(monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH", 3)
    monkeypatch.setattr(pipeline, "BATCH_CHARS", 10)
    items = [RawDocument(f"d{k}", "字" * size, str(k)) for k, size in enumerate([2, 2, 2, 2, 12, 4, 7])]
    items.insert(1, Failure("bad", "empty", "0 bytes"))
    runs = list(pipeline.batches(items))
    assert [item for run in runs for item in run] == items
    assert [[item.path for item in run] for run in runs] == [["d0", "bad", "d1"], ["d2", "d3"], ["d4"], ["d5"], ["d6"]]
