"""Fixtures for store tests: a fresh database path and a record builder following RECORD.md."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from neican.store import Store, open_store

RecordFactory = Callable[..., dict[str, Any]]


def _make_record(**kw: Any) -> dict[str, Any]:
    """A complete version-1 record; keyword arguments override or add fields."""
    record_id = kw.get("id", "doc-1")
    record: dict[str, Any] = {
        "id": record_id,
        "path": f"{record_id}.txt",
        "schema": 1,
        "script": "simplified",
        "title": "标题",
        "original_title": None,
        "published": "2024-05-01",
        "source": "新华社",
        "original_source": None,
        "authors": [],
        "editors": [],
        "articles": [],
        "text": "正文。",
        "removed": [],
        "people": [],
        "events": [],
        "tours": [],
        "statements": [],
        "formulations": [],
        "targets": [],
        "regions": [],
        "warnings": [],
    }
    record.update(kw)
    return record


@pytest.fixture
def make_record() -> RecordFactory:
    """``make_record(id="a", text="…")`` builds a record; a fixture so no test imports conftest."""
    return _make_record


@pytest.fixture
def tmp_db(tmp_path: Path) -> Path:
    """Path of a database file that does not exist yet."""
    return tmp_path / "neican.db"


@pytest.fixture
def store(tmp_db: Path) -> Iterator[Store]:
    """A writable store on ``tmp_db``, closed after the test."""
    with open_store(tmp_db) as opened:
        yield opened
