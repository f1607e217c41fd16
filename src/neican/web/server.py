"""Serving the App over HTTP on loopback: the standard library's HTTP server, a bounded thread pool.

Each connection is answered by one of ``threads`` worker threads (HTTP/1.0: one request per
connection), so a burst of clients queues instead of starting a thread each.
"""
from __future__ import annotations

import logging
import socket
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer

from .app import App

log = logging.getLogger(__name__)
THREADS = 8


class _Handler(BaseHTTPRequestHandler):
    server_version = "neican"
    protocol_version = "HTTP/1.0"
    timeout = 30  # seconds a client may take to send its request

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802
        self._answer(send_body=False)

    def _answer(self, send_body: bool) -> None:
        response = self.server.app.get(self.path)
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(response.body)))
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the standard library's name)
        log.info("%s %s", self.address_string(), format % args)


class Server(HTTPServer):
    """An HTTPServer whose requests run on a fixed pool of threads.

    Example: ``server = make_server("neican.db", port=0); threading.Thread(target=server.serve_forever).start()``.
    """

    allow_reuse_address = True
    request_queue_size = 128  # the default 5 drops connections from a burst of clients (they retry after 1 s)

    def __init__(self, address: tuple[str, int], app: App, threads: int = THREADS):
        super().__init__(address, _Handler)
        self.app = app
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="neican-web")

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def process_request(self, request: socket.socket, client_address) -> None:
        self._pool.submit(self._process, request, client_address)

    def _process(self, request: socket.socket, client_address) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=True)


def make_server(db: str, host: str = "127.0.0.1", port: int = 8001, threads: int = THREADS) -> Server:
    """A server for the store at ``db`` bound to ``host:port`` (port 0: any free port); not yet serving."""
    return Server((host, port), App(db), threads)


def serve_in_background(db: str, host: str = "127.0.0.1", port: int = 0, threads: int = THREADS) -> Server:
    """Start a server on a daemon thread; ``server.shutdown(); server.server_close()`` stops it."""
    server = make_server(db, host, port, threads)
    threading.Thread(target=server.serve_forever, name="neican-web-server", daemon=True).start()
    return server
