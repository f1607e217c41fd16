"""The JSON API under /api/: the same views as the pages, as JSON (described at /api/openapi.json).

Every list answers as CSV too (``format=csv``), flat: nested lists joined with 、, objects as JSON.
"""
from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from typing import Any

from . import views
from .app import App, Request, Response, json_response
from .openapi import spec

FORMATS = ("json", "csv")


def table_response(request: Request, rows: list[dict[str, Any]], name: str, data: Any = None) -> Response:
    """``data`` (``rows`` when None) as JSON, or ``rows`` as CSV when ``format=csv``."""
    if request.choice_arg("format", FORMATS, "json") == "json":
        return json_response(rows if data is None else data)
    out = io.StringIO()
    columns = list(dict.fromkeys(key for row in rows for key in row))
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    headers = {"Content-Disposition": f'attachment; filename="neican-{name}.csv"'}
    # A byte-order mark so spreadsheet programs read the Chinese as UTF-8.
    return Response(200, ("\ufeff" + out.getvalue()).encode("utf-8"), "text/csv; charset=utf-8", headers)


def _cell(value: Any) -> Any:
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "、".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def search(request: Request) -> Response:
    result = views.search(request, limit=request.int_arg("limit", views.PAGE_SIZE, 0, 1000),
                          offset=request.int_arg("offset", 0, 0, 1_000_000))
    data = asdict(result)
    for hit in data["hits"]:
        hit["url"] = f"/api/doc/{hit['id']}"
    return table_response(request, data["hits"], "search", data)


def document(request: Request) -> Response:
    return json_response(views.document(request, request.params["id"]))


def person(request: Request) -> Response:
    return json_response(asdict(views.person(request, request.params["id"])))


def formulation(request: Request) -> Response:
    return json_response(asdict(views.formulation(request, request.params["text"])))


def compare(request: Request) -> Response:
    return json_response(asdict(views.comparison(request)))


def tours(request: Request) -> Response:
    return table_response(request, [asdict(edge) for edge in views.tours(request)], "tours")


def timeline(request: Request) -> Response:
    return table_response(request, [asdict(event) for event in views.events(request).events], "timeline")


def co_attendance(request: Request) -> Response:
    return table_response(request, [asdict(pair) for pair in views.pairs(request)], "co-attendance")


def _index(request: Request, page: Any, name: str) -> Response:
    data = asdict(page)
    return table_response(request, data["items"], name, data)


def people(request: Request) -> Response:
    return _index(request, views.people_list(request), "people")


def formulations(request: Request) -> Response:
    return _index(request, views.formulations_list(request), "formulations")


def regions(request: Request) -> Response:
    return _index(request, views.regions_list(request), "regions")


def openapi(request: Request) -> Response:
    return json_response(spec())


def register(app: App) -> None:
    app.route("/api/openapi.json", openapi, store=False)
    app.route("/api/search", search)
    app.route("/api/doc/{id}", document)
    app.route("/api/person/{id}", person)
    app.route("/api/formulation/{text}", formulation)
    app.route("/api/compare", compare)
    app.route("/api/tours", tours)
    app.route("/api/timeline", timeline)
    app.route("/api/co-attendance", co_attendance)
    app.route("/api/people", people)
    app.route("/api/formulations", formulations)
    app.route("/api/regions", regions)
