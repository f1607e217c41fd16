"""The HTTP server on loopback: pages, HEAD, static files, concurrent clients, read-only access."""
from __future__ import annotations

import http.client
import threading
from urllib.parse import quote, urlsplit

import pytest

from neican.web import serve_in_background


@pytest.fixture(scope="module")
def server(example_db):
    running = serve_in_background(str(example_db), port=0, threads=4)
    yield running
    running.shutdown()
    running.server_close()


def fetch(server, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    host, port = urlsplit(server.url).hostname, urlsplit(server.url).port
    conn = http.client.HTTPConnection(host, port, timeout=10)
    try:
        conn.request(method, path)
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_server_listens_on_loopback_only(server):
    assert server.server_address[0] == "127.0.0.1"


def test_server_answers_pages_api_and_static(server):
    status, headers, body = fetch(server, "/search?q=" + quote("振兴"))
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert int(headers["Content-Length"]) == len(body) and "篇文档匹配".encode() in body
    status, headers, body = fetch(server, "/api/doc/nope")
    assert status == 404 and headers["Content-Type"].startswith("application/json")
    status, headers, body = fetch(server, "/static/echarts.min.js", "HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 500_000


def test_concurrent_clients_all_get_answers(server):
    paths = ["/", "/search?q=" + quote("振兴"), "/tours", "/api/timeline", "/compare?a=" + quote("辽宁")] * 8
    results: list[int] = []
    lock = threading.Lock()

    def client(path: str) -> None:
        status = fetch(server, path)[0]
        with lock:
            results.append(status)

    threads = [threading.Thread(target=client, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    assert results == [200] * len(paths)


def test_the_database_is_not_written(server, example_db):
    before = example_db.stat().st_mtime_ns
    for path in ("/", "/api/search?q=" + quote("振兴"), "/tours"):
        fetch(server, path)
    assert example_db.stat().st_mtime_ns == before
