"""Datasette on a store: its own search (?_search=) finds the documents neican search finds.

Starts the real ``datasette`` command on the example store (neican's plugin is found through its
entry point) and compares its JSON answers with ``Store.search`` for 1-, 2- and 4-character and
traditional-script queries. Skips, saying why, where Datasette is not installed.
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from urllib.parse import quote

import pytest

import neican

pytest.importorskip("datasette", reason="Datasette is not installed (pip install -e '.[test]')")

QUERIES = ["振", "发", "振兴", "沈阳", "东北振兴", "高质量发展", "瀋陽", "振兴 沈阳", "x\"*", "NOTHING"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def datasette_url(example_db, tmp_path_factory):
    db = tmp_path_factory.mktemp("datasette") / "store.db"
    shutil.copy(example_db, db)
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "datasette", "serve", str(db), "--port", str(port),
                                "--host", "127.0.0.1", "--immutable", str(db)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url + "/-/versions.json", timeout=5).read()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"datasette did not start: {process.stderr.read() if process.stderr else ''}")
                time.sleep(0.2)
        yield url + "/store"
    finally:
        process.terminate()
        process.wait(timeout=30)


def _datasette_ids(base: str, query: str) -> set[str]:
    target = f"{base}/documents.json?_search={quote(query)}&_shape=array&_col=id&_size=max"
    with urllib.request.urlopen(target, timeout=30) as response:
        return {row["id"] for row in json.loads(response.read())}


@pytest.mark.issue(15)
@pytest.mark.parametrize("query", QUERIES)
def test_datasette_search_matches_neican_search(datasette_url, example_db, query):
    with neican.open_store(example_db, readonly=True) as store:
        expected = {hit.id for hit in store.search(query, limit=1000)}
    assert _datasette_ids(datasette_url, query) == expected
    if query in ("振兴", "东北振兴", "振"):
        assert expected  # the comparison is not only of empty sets


@pytest.mark.issue(15)
def test_datasette_shows_a_search_box_on_documents(datasette_url):
    with urllib.request.urlopen(datasette_url + "/documents", timeout=30) as response:
        assert 'name="_search"' in response.read().decode("utf-8")
