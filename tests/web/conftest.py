"""Fixtures for the web tests: a store of the bundled examples, and one holding hostile text."""
from __future__ import annotations

from pathlib import Path

import pytest

import neican
from neican.corpus import build_clusters, build_people
from neican.web import App

from ..conftest import EXAMPLES

SCRIPT_TEXT = '会议强调，要推动高质量发展。<script>window.__pwned = 1; alert("x")</script><img src=x onerror="alert(2)">辽宁省委书记林慕白出席。'


@pytest.fixture(scope="session")
def example_db(tmp_path_factory) -> Path:
    """The five example pages ingested, with reprint clusters and person entities built."""
    db = tmp_path_factory.mktemp("web") / "examples.db"
    report = neican.ingest([str(EXAMPLES)], db)
    assert not report.failures
    with neican.open_store(db) as store:
        build_clusters(store)
        build_people(store)
    return db


@pytest.fixture(scope="session")
def script_db(tmp_path_factory) -> Path:
    """A store with one document whose title and text carry <script> and an onerror handler."""
    db = tmp_path_factory.mktemp("web") / "script.db"
    record = neican.extract_text(SCRIPT_TEXT, id="evil", title='<script>alert("title")</script>标题',
                                 source="某某日报", published="2024-05-01")
    with neican.open_store(db) as store:
        store.add([record])
        build_clusters(store)
        build_people(store)
    return db


@pytest.fixture(scope="session")
def app(example_db) -> App:
    return App(example_db)


@pytest.fixture(scope="session")
def example_ids(example_db) -> dict[str, str]:
    """Document id by example file name (000_….txt)."""
    with neican.open_store(example_db, readonly=True) as store:
        return {Path(store.get(i)["path"]).name: i for i in store.ids()}


YEARS = (2019, 2020, 2021)


@pytest.fixture(scope="session")
def nav_db(tmp_path_factory) -> Path:
    """45 short reports on 振兴 over three years and two outlets, one headline with a raw entity."""
    db = tmp_path_factory.mktemp("nav") / "nav.db"
    records = []
    for i in range(45):
        year, source = YEARS[i % 3], ("辽宁日报", "吉林日报")[i % 2]
        text = f"辽宁省委书记林慕白在沈阳主持召开会议，研究部署全面振兴工作。会议强调，要推动高质量发展。第{i}号。"
        records.append(neican.extract_text(text, id=f"n{i:02d}", title=f"振兴报道{i:02d}", source=source,
                                           published=f"{year}-0{1 + i % 9}-1{i % 10}"))
    records.append(neican.extract_text("学习实践活动在沈阳举行，推动全面振兴。", id="entity", title="学习&#8226;实践",
                                       source="辽宁日报", published="2022-05-01"))
    with neican.open_store(db) as store:
        store.add(records)
        build_clusters(store)
        build_people(store)
    return db
