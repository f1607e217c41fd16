"""Fixtures for corpus tests: a fresh store on a temporary file."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from neican.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A writable store, closed after the test."""
    with open_store(tmp_path / "corpus.db") as opened:
        yield opened


@pytest.fixture
def corpus(store: Store) -> Store:
    """The analytics corpus, clustered and with person entities built."""
    from neican.corpus import build_clusters, build_people

    from .records import analytics_records

    store.add(analytics_records())
    build_clusters(store)
    build_people(store)
    return store
