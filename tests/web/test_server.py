"""The server on loopback (uvicorn): keep-alive, gzip, ETags, HEAD, concurrent clients, read-only, shutdown."""
from __future__ import annotations

import gzip
import http.client
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from urllib.parse import quote, urlsplit

import pytest

from neican.web import serve_in_background


@pytest.fixture(scope="module")
def server(example_db):
    running = serve_in_background(str(example_db), port=0)
    yield running
    running.stop()


def connect(server) -> http.client.HTTPConnection:
    return http.client.HTTPConnection(server.host, server.port, timeout=10)


def fetch(server, path: str, method: str = "GET", headers: dict[str, str] | None = None
          ) -> tuple[int, dict[str, str], bytes]:
    conn = connect(server)
    try:
        conn.request(method, path, headers=headers or {})
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read()
    finally:
        conn.close()


def test_server_listens_on_loopback_only(server):
    assert server.host == "127.0.0.1" and urlsplit(server.url).hostname == "127.0.0.1"


def test_server_answers_pages_api_and_static(server):
    status, headers, body = fetch(server, "/search?q=" + quote("振兴"))
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert int(headers["content-length"]) == len(body) and "篇文档匹配".encode() in body
    status, headers, body = fetch(server, "/api/doc/nope")
    assert status == 404 and headers["content-type"].startswith("application/json")
    status, headers, body = fetch(server, "/static/echarts.min.js", "HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 500_000


@pytest.mark.issue(15)
def test_http11_keeps_the_connection_open(server):
    conn = connect(server)
    try:
        sockets = set()
        for path in ("/", "/api/search?q=" + quote("振兴"), "/people"):
            conn.request("GET", path)
            response = conn.getresponse()
            assert response.status == 200 and response.version == 11
            response.read()
            sockets.add(conn.sock.getsockname())
        assert len(sockets) == 1  # three answers over one connection
    finally:
        conn.close()


@pytest.mark.issue(15)
def test_gzip_when_asked(server):
    status, headers, body = fetch(server, "/formulations", headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip"
    assert "提法 Formulations" in gzip.decompress(body).decode("utf-8")


@pytest.mark.issue(15)
@pytest.mark.parametrize("path, cache_control", [("/static/neican.css", "public, max-age=3600"),
                                                 ("/people", "no-cache")])
def test_etags_answer_304(server, path, cache_control):
    status, headers, _ = fetch(server, path)
    assert status == 200 and headers["cache-control"] == cache_control and headers["etag"]
    status, again, body = fetch(server, path, headers={"If-None-Match": headers["etag"]})
    assert status == 304 and body == b""


@pytest.mark.issue(15)
def test_a_bad_parameter_is_a_400_naming_it(server):
    status, _, body = fetch(server, "/api/timeline?since=2020-13-45")
    assert status == 400 and b"since=2020-13-45 is not a calendar date" in body


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
    for path in ("/", "/api/search?q=" + quote("振兴"), "/tours", "/people"):
        fetch(server, path)
    assert example_db.stat().st_mtime_ns == before


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.issue(15)
def test_serve_with_two_workers_stops_cleanly_on_sigterm(example_db):
    port = _free_port()
    command = [sys.executable, "-m", "neican", "serve", "--db", str(example_db), "--port", str(port), "--workers", "2"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        deadline, status = time.monotonic() + 60, None
        while status is None and time.monotonic() < deadline:
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
                conn.request("GET", "/api/people")
                status = conn.getresponse().status
                conn.close()
            except OSError:
                time.sleep(0.2)
        assert status == 200
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
