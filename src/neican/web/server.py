"""Serving the App with uvicorn: HTTP/1.1 keep-alive, worker processes, graceful shutdown.

``serve(db, workers=N)`` runs in the foreground until Ctrl-C or SIGTERM, then finishes the
requests in flight (up to GRACEFUL_SECONDS) before exiting. With several workers uvicorn starts
processes that import :func:`app_from_environment`, so the database path travels in the
``NEICAN_WEB_DB`` environment variable. ``serve_in_background`` runs one worker on a thread,
for tests and benchmarks.
"""
from __future__ import annotations

import os
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import uvicorn

from .app import CACHE_ENTRIES, App

DB_VARIABLE = "NEICAN_WEB_DB"
CACHE_VARIABLE = "NEICAN_WEB_CACHE_ENTRIES"
GRACEFUL_SECONDS = 10
KEEP_ALIVE_SECONDS = 5


def app_from_environment() -> Any:
    """The ASGI app for the store named by ``NEICAN_WEB_DB`` (uvicorn's factory in each worker)."""
    return App(os.environ[DB_VARIABLE], int(os.environ.get(CACHE_VARIABLE, CACHE_ENTRIES))).asgi


def _settings(host: str, port: int) -> dict[str, Any]:
    return {"host": host, "port": port, "http": "httptools", "lifespan": "off", "log_level": "warning",
            "access_log": False, "timeout_keep_alive": KEEP_ALIVE_SECONDS,
            "timeout_graceful_shutdown": GRACEFUL_SECONDS, "server_header": False}


def serve(db: str, host: str = "127.0.0.1", port: int = 8001, workers: int = 1,
          cache_entries: int = CACHE_ENTRIES) -> None:
    """Serve the store at ``db`` until interrupted (Ctrl-C or SIGTERM stop it gracefully).

    Example: ``serve("neican.db", port=8001, workers=2)``.
    """
    if workers > 1:
        os.environ[DB_VARIABLE] = str(db)
        os.environ[CACHE_VARIABLE] = str(cache_entries)
        uvicorn.run("neican.web.server:app_from_environment", factory=True, workers=workers,
                    **_settings(host, port))
    else:
        uvicorn.run(App(db, cache_entries).asgi, **_settings(host, port))


@dataclass
class BackgroundServer:
    """A server on a daemon thread; ``stop()`` shuts it down gracefully."""

    url: str
    host: str
    port: int
    server: uvicorn.Server
    thread: threading.Thread

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=GRACEFUL_SECONDS + 5)


def serve_in_background(db: str, host: str = "127.0.0.1", port: int = 0) -> BackgroundServer:
    """Start one worker on a thread (port 0: any free port) and wait until it accepts connections."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    bound_host, bound_port = sock.getsockname()[:2]
    server = uvicorn.Server(uvicorn.Config(App(db).asgi, **_settings(host, bound_port)))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="neican-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web server on {bound_host}:{bound_port} did not start")
        time.sleep(0.01)
    return BackgroundServer(f"http://{bound_host}:{bound_port}", bound_host, bound_port, server, thread)
