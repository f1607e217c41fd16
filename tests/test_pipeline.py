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
