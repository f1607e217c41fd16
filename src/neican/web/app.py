"""The web application: a request target in, a Response out; no server, no sockets.

``App(db).get("/search?q=振兴")`` renders a page or a JSON answer. The HTTP server
(:mod:`neican.web.server`) and ``neican serve --get`` both call it, and tests call it directly.
Every request opens its own read-only connection (``open_store(db, readonly=True)``; opening
costs well under a millisecond), so requests on different threads never share one.
"""
from __future__ import annotations

import json
import logging
import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape

from .. import api
from ..errors import NeicanError

log = logging.getLogger(__name__)

# Scripts only from /static (article text can never run); inline styles for the chart library.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
                 ".txt": "text/plain; charset=utf-8", ".md": "text/plain; charset=utf-8",
                 ".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CACHE_SECONDS = 600  # top lists on the home page; also dropped as soon as the database file changes


class HTTPError(Exception):
    """An answer other than 200: 400 for a bad parameter, 404 for an unknown id."""

    def __init__(self, status: int, message: str):
        self.status, self.message = status, message
        super().__init__(message)


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Request:
    """One GET: the path's captured parts, the query string, and the store opened for it."""

    app: App
    path: str
    params: dict[str, str]
    query: dict[str, list[str]]
    store: Any = None

    def arg(self, name: str, default: str | None = None) -> str | None:
        """A query parameter, stripped; empty counts as absent."""
        value = (self.query.get(name) or [""])[0].strip()
        return value or default

    def int_arg(self, name: str, default: int, low: int = 0, high: int = 10_000) -> int:
        value = self.arg(name)
        if value is None:
            return default
        try:
            number = int(value)
        except ValueError:
            raise HTTPError(400, f"{name} must be a whole number, not {value!r}") from None
        if not low <= number <= high:
            raise HTTPError(400, f"{name} must be between {low} and {high}, not {number}")
        return number

    def date_arg(self, name: str) -> str | None:
        value = self.arg(name)
        if value is not None and not _DATE.match(value):
            raise HTTPError(400, f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
        return value

    def bool_arg(self, name: str, default: bool) -> bool:
        value = self.arg(name)
        if value is None:
            return default
        if value.lower() in ("1", "true", "yes", "on"):
            return True
        if value.lower() in ("0", "false", "no", "off"):
            return False
        raise HTTPError(400, f"{name} must be true or false, not {value!r}")

    def render(self, template: str, status: int = 200, **context: Any) -> Response:
        return self.app.render(template, status=status, request=self, **context)


Handler = Callable[[Request], Response]


class App:
    """Routes GET requests on a store to pages and JSON; open read-only, request by request.

    Example: ``App("neican.db").get("/api/search?q=振兴").json()["total"]`` → 3.
    """

    def __init__(self, db: str | Path):
        self.db = Path(db)
        self.routes: list[tuple[re.Pattern[str], Handler, bool]] = []
        self.templates = Environment(loader=PackageLoader("neican.web", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True),
                                     trim_blocks=True, lstrip_blocks=True)
        self.templates.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
        self.templates.filters["q"] = lambda value: quote(str(value), safe="")
        self.templates.globals["db_name"] = self.db.name
        self._cache: dict[str, tuple[Any, tuple, float]] = {}
        self._cache_lock = threading.Lock()
        from . import api as api_routes
        from . import pages

        pages.register(self)
        api_routes.register(self)

    def route(self, pattern: str, handler: Handler, store: bool = True) -> None:
        """Add a route; ``{name}`` captures one path segment (URL-decoded)."""
        regex = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", pattern)
        self.routes.append((re.compile(f"^{regex}$"), handler, store))

    def get(self, target: str) -> Response:
        """The response to ``GET target`` (a path with an optional query string)."""
        parts = urlsplit(target)
        path = parts.path or "/"
        wants_json = path.startswith("/api/")
        query = parse_qs(parts.query, keep_blank_values=True)
        for regex, handler, needs_store in self.routes:
            found = regex.match(path)
            if found is None:
                continue
            request = Request(self, path, {k: unquote(v) for k, v in found.groupdict().items()}, query)
            return self._call(handler, request, needs_store, wants_json)
        return self.error(404, f"no page at {path}", wants_json)

    def _call(self, handler: Handler, request: Request, needs_store: bool, wants_json: bool) -> Response:
        try:
            if not needs_store:
                return handler(request)
            with api.open_store(self.db, readonly=True) as store:
                request.store = store
                return handler(request)
        except HTTPError as exc:
            return self.error(exc.status, exc.message, wants_json)
        except NeicanError as exc:  # a store that cannot be read, an analytics question it refuses
            log.warning("%s: %s", request.path, exc)
            return self.error(500, str(exc), wants_json)
        except Exception:
            log.exception("error answering %s", request.path)
            return self.error(500, "internal error (see the server log)", wants_json)

    def render(self, template: str, status: int = 200, **context: Any) -> Response:
        body = self.templates.get_template(template).render(**context)
        return Response(status, body.encode("utf-8"), "text/html; charset=utf-8", dict(SECURITY_HEADERS))

    def error(self, status: int, message: str, wants_json: bool) -> Response:
        if wants_json:
            return json_response({"error": message, "status": status}, status)
        return self.render("error.html", status=status, status_code=status, message=message)

    def cached(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()``, remembered while the database files are unchanged (and CACHE_SECONDS)."""
        version = _file_version(self.db)
        with self._cache_lock:
            hit = self._cache.get(key)
        if hit is not None and hit[1] == version and time.monotonic() - hit[2] < CACHE_SECONDS:
            return hit[0]
        value = compute()
        with self._cache_lock:
            self._cache[key] = (value, version, time.monotonic())
        return value


def _file_version(db: Path) -> tuple:
    """Sizes and modification times of the database and its WAL: they change on every commit."""
    version = []
    for path in (db, db.with_name(db.name + "-wal")):
        try:
            stat = os.stat(path)
            version.append((stat.st_mtime_ns, stat.st_size))
        except OSError:
            version.append(None)
    return tuple(version)


def json_response(data: Any, status: int = 200) -> Response:
    body = json.dumps(data, ensure_ascii=False, default=str).encode("utf-8")
    return Response(status, body, "application/json; charset=utf-8", dict(SECURITY_HEADERS))


def static_response(name: str) -> Response:
    """A file from the package's static folder (no subfolders, no dot-files)."""
    suffix = Path(name).suffix
    if "/" in name or name.startswith(".") or suffix not in _STATIC_TYPES:
        raise HTTPError(404, f"no static file {name}")
    file = resources.files("neican.web").joinpath("static", name)
    if not file.is_file():
        raise HTTPError(404, f"no static file {name}")
    headers = dict(SECURITY_HEADERS) | {"Cache-Control": "public, max-age=3600"}
    return Response(200, file.read_bytes(), _STATIC_TYPES[suffix], headers)
