"""A document that kills its Python process fails alone; the others come out (issue 16).

No Spark needed: this is the guard the Spark job runs each partition under.
"""
import os
import signal

import pytest

from neican.ingest.source import Failure, RawDocument
from neican.spark.isolation import isolated_map


def _crash_on_bomb(item):
    if item.text == "BOMB":
        os.kill(os.getpid(), signal.SIGKILL)  # what the kernel's OOM killer does
    if item.text == "RAISE":
        raise ValueError("not a crash")
    return {"path": item.path, "pid": os.getpid()}


def _doc(path, text="正文"):
    return RawDocument(path, text, "0")


@pytest.mark.issue(16)
def test_only_the_document_that_crashes_its_process_fails():
    items = [_doc("a"), _doc("b"), Failure("c", "empty", "0 bytes"), _doc("d", "BOMB"), _doc("e"), _doc("f")]
    results = list(isolated_map(_crash_on_bomb, items, chunk_size=4))
    assert [r.path if isinstance(r, Failure) else r["path"] for r in results] == list("abcdef")
    assert results[2] == Failure("c", "empty", "0 bytes")
    assert isinstance(results[3], Failure) and results[3].reason == "crashed"
    assert all(isinstance(r, dict) and r["pid"] != os.getpid() for r in results[:2] + results[4:])


@pytest.mark.issue(16)
def test_an_exception_in_the_child_fails_its_document_only():
    results = list(isolated_map(_crash_on_bomb, [_doc("a", "RAISE"), _doc("b")], chunk_size=2))
    assert results[0] == Failure("a", "error", "ValueError: not a crash") and results[1]["path"] == "b"
