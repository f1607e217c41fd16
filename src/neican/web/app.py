"""The web application: Starlette routes over a read-only store, and the same app called in-process.

``App(db)`` builds one Starlette application (``app.asgi``) that uvicorn serves
(:mod:`neican.web.server`); ``App(db).get("/search?q=振兴")`` sends one request through that same
application without a socket, for ``neican serve --get`` and the tests. Handlers are plain
functions ``Request -> Response`` run on Starlette's worker threads; each worker thread keeps one
read-only connection to the store, reopened when the database file is replaced.
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import quote, unquote, urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request as StarletteRequest
from starlette.responses import Response as StarletteResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import api
from ..errors import NeicanError
from .display import display_date, display_title

log = logging.getLogger(__name__)

# Scripts only from /static (article text can never run); inline styles for the chart library.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
STATIC_MAX_AGE = 3600
# Pages may change when the store is rebuilt: the browser revalidates with the ETag every time.
PAGE_CACHE_CONTROL = "no-cache"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
CACHE_SECONDS = 600  # top lists on the home page; also dropped as soon as the database file changes
CACHE_ENTRIES = 2000  # answers kept by URL (ResponseCache); 0 turns the cache off
CACHE_BYTES = 64 * 2**20


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


def check_date(name: str, value: str) -> str:
    """``value`` if it is a real date as YYYY, YYYY-MM or YYYY-MM-DD, else HTTPError 400 naming ``name``."""
    found = _DATE.match(value)
    if found is None:
        raise HTTPError(400, f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    year, month, day = (int(part) if part else None for part in found.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError as exc:
        raise HTTPError(400, f"{name}={value} is not a calendar date ({exc})") from None
    return value


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
        return None if value is None else check_date(name, value)

    def choice_arg(self, name: str, choices: tuple[str, ...], default: str) -> str:
        value = self.arg(name, default)
        if value not in choices:
            raise HTTPError(400, f"{name} must be one of {', '.join(choices)}, not {value!r}")
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

    def url_with(self, **changes: Any) -> str:
        """This page's URL with some query parameters replaced (None drops one)."""
        pairs = {k: v[0] for k, v in self.query.items() if v and v[0] != ""}
        for key, value in changes.items():
            if value is None or value == "":
                pairs.pop(key, None)
            else:
                pairs[key] = str(value)
        query = "&".join(f"{quote(k, safe='')}={quote(v, safe='')}" for k, v in pairs.items())
        return self.path + (f"?{query}" if query else "")

    def render(self, template: str, status: int = 200, **context: Any) -> Response:
        return self.app.render(template, status=status, request=self, **context)


Handler = Callable[[Request], Response]


class App:
    """Routes GET requests on a store to pages and JSON; the store is only ever opened read-only.

    Example: ``App("neican.db").get("/api/search?q=振兴").json()["total"]`` → 3.
    """

    def __init__(self, db: str | Path, cache_entries: int = CACHE_ENTRIES):
        self.db = Path(db)
        self.responses = ResponseCache(cache_entries)
        self.templates = Environment(loader=PackageLoader("neican.web", "templates"),
                                     autoescape=select_autoescape(default=True, default_for_string=True),
                                     trim_blocks=True, lstrip_blocks=True)
        self.templates.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
        self.templates.filters["q"] = lambda value: quote(str(value), safe="")
        self.templates.filters["day"] = display_date
        self.templates.filters["headline"] = display_title
        self.templates.globals["db_name"] = self.db.name
        self._cache: dict[str, tuple[Any, tuple, float]] = {}
        self._cache_lock = threading.Lock()
        self._local = threading.local()  # one read-only connection per worker thread
        self._routes: list[Route | Mount] = []
        from . import api as api_routes
        from . import pages

        pages.register(self)
        api_routes.register(self)
        static = StaticFiles(directory=str(resources.files("neican.web").joinpath("static")))
        self._routes.append(Mount("/static", app=_CachedStatic(static), name="static"))
        self.asgi = Starlette(routes=self._routes, middleware=[Middleware(GZipMiddleware, minimum_size=1000)])
        self.asgi.add_exception_handler(404, self._not_found)
        self.asgi.add_exception_handler(405, self._not_allowed)

    def route(self, pattern: str, handler: Handler, store: bool = True) -> None:
        """Add a GET route; ``{name}`` captures one path segment (URL-decoded)."""
        wants_json = pattern.startswith("/api/")

        async def endpoint(request: StarletteRequest) -> StarletteResponse:
            key = (request.url.path, request.url.query)
            version = _file_version(self.db) if store else None
            answer = self.responses.get(key, version)
            if answer is None:
                ours = Request(self, request.url.path, dict(request.path_params), _query(request))
                answer = await run_in_threadpool(self._call, handler, ours, store, wants_json)
                self.responses.put(key, version, answer)
            return _to_starlette(answer, request)

        self._routes.append(Route(pattern, endpoint, methods=["GET", "HEAD"]))

    @property
    def paths(self) -> list[str]:
        """Every route's path pattern (``/api/doc/{id}``), static files as ``/static``."""
        return [route.path for route in self._routes]

    def get(self, target: str) -> Response:
        """The response to ``GET target`` (a path with an optional query string), without a server."""
        return asyncio.run(_call_in_process(self.asgi, target))

    def store(self) -> Any:
        """This thread's read-only store, opened on first use and again when the file was replaced."""
        identity = _file_identity(self.db)
        held = getattr(self._local, "held", None)
        if held is not None and held[1] == identity:
            return held[0]
        if held is not None:
            held[0].close()
        opened = api.open_store(self.db, readonly=True)
        self._local.held = (opened, identity)
        return opened

    def _call(self, handler: Handler, request: Request, needs_store: bool, wants_json: bool) -> Response:
        try:
            if needs_store:
                request.store = self.store()
            return handler(request)
        except HTTPError as exc:
            return self.error(exc.status, exc.message, wants_json)
        except NeicanError as exc:  # a store that cannot be read, an analytics question it refuses
            log.warning("%s: %s", request.path, exc)
            return self.error(500, str(exc), wants_json)
        except Exception:
            log.exception("error answering %s", request.path)
            return self.error(500, "internal error (see the server log)", wants_json)

    async def _not_found(self, request: StarletteRequest, exc: Exception) -> StarletteResponse:
        path = request.url.path
        return _to_starlette(self.error(404, f"no page at {path}", path.startswith("/api/")), request)

    async def _not_allowed(self, request: StarletteRequest, exc: Exception) -> StarletteResponse:
        path = request.url.path
        answer = self.error(405, f"{request.method} is not allowed: the store is read-only", path.startswith("/api/"))
        answer.headers["Allow"] = "GET, HEAD"
        return _to_starlette(answer, request)

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


class ResponseCache:
    """Answers already given, by URL, while the database files are unchanged; least recently used go first.

    The store is read-only to the server, so an answer stays right until the file changes (a new
    ingest, a rebuild): the file's version is part of every entry. Only 200s are kept.
    """

    def __init__(self, entries: int, max_bytes: int = CACHE_BYTES):
        self.entries, self.max_bytes, self.size = entries, max_bytes, 0
        self._items: OrderedDict[tuple, tuple[Any, Response]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple, version: Any) -> Response | None:
        with self._lock:
            found = self._items.get(key)
            if found is None or found[0] != version:
                return None
            self._items.move_to_end(key)
            return found[1]

    def put(self, key: tuple, version: Any, answer: Response) -> None:
        if answer.status != 200 or self.entries <= 0 or len(answer.body) > self.max_bytes // 16:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.size -= len(old[1].body)
            self._items[key] = (version, answer)
            self.size += len(answer.body)
            while self._items and (len(self._items) > self.entries or self.size > self.max_bytes):
                self.size -= len(self._items.popitem(last=False)[1][1].body)


class _CachedStatic:
    """Starlette's StaticFiles (ETag, Last-Modified, 304) plus Cache-Control and the security headers."""

    def __init__(self, files: StaticFiles):
        self.files = files

    async def __call__(self, scope, receive, send) -> None:
        async def send_with_headers(message) -> None:
            if message["type"] == "http.response.start" and message["status"] in (200, 304):
                extra = [(b"cache-control", f"public, max-age={STATIC_MAX_AGE}".encode())]
                extra += [(k.lower().encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
                message = message | {"headers": list(message.get("headers", [])) + extra}
            await send(message)

        await self.files(scope, receive, send_with_headers)


def _query(request: StarletteRequest) -> dict[str, list[str]]:
    query: dict[str, list[str]] = {}
    for key, value in request.query_params.multi_items():
        query.setdefault(key, []).append(value)
    return query


def _to_starlette(answer: Response, request: StarletteRequest) -> StarletteResponse:
    """Our Response as Starlette's; a 200 gets an ETag and answers 304 when the client has it."""
    headers = dict(answer.headers)
    if answer.status == 200:
        etag = '"' + hashlib.blake2b(answer.body, digest_size=12).hexdigest() + '"'
        headers.setdefault("ETag", etag)
        headers.setdefault("Cache-Control", PAGE_CACHE_CONTROL)
        if etag in request.headers.get("if-none-match", ""):
            return StarletteResponse(status_code=304, headers={"ETag": etag, "Cache-Control": headers["Cache-Control"]})
    return StarletteResponse(answer.body, status_code=answer.status, headers=headers, media_type=answer.content_type)


async def _call_in_process(asgi: Any, target: str) -> Response:
    """Send ``GET target`` through an ASGI app and collect its answer (no socket, no gzip asked)."""
    parts = urlsplit(target)
    raw_path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=-._~")  # as a browser sends it
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": unquote(raw_path), "raw_path": raw_path.encode("ascii"),
             "query_string": quote(parts.query, safe="=&%+:@!$'()*,;/?-._~").encode("ascii"), "root_path": "",
             "headers": [(b"host", b"localhost")],
             "client": ("127.0.0.1", 0), "server": ("localhost", 80)}
    answer: dict[str, Any] = {"body": b""}
    requested = asyncio.Event()

    async def receive() -> dict[str, Any]:
        if not requested.is_set():
            requested.set()
            return {"type": "http.request", "body": b"", "more_body": False}
        await asyncio.Event().wait()  # no disconnect: the app stops listening once it has answered
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
            answer["headers"] = {k.decode("latin-1").title(): v.decode("latin-1") for k, v in message["headers"]}
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    await asgi(scope, receive, send)
    headers = answer["headers"]
    content_type = headers.pop("Content-Type", "application/octet-stream")
    return Response(answer["status"], answer["body"], content_type, headers)


def _file_identity(db: Path) -> tuple[int, int] | None:
    """Device and inode: a rebuilt (replaced) database file gets a new connection."""
    try:
        stat = os.stat(db)
    except OSError:
        return None
    return stat.st_dev, stat.st_ino


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
