"""The JSON API under /api/: the same views as the pages, as JSON (described at /api/openapi.json)."""
from __future__ import annotations

from dataclasses import asdict

from . import views
from .app import App, Request, Response, json_response
from .openapi import spec


def search(request: Request) -> Response:
    result = views.search(request, limit=request.int_arg("limit", views.PAGE_SIZE, 0, 1000),
                          offset=request.int_arg("offset", 0, 0, 1_000_000))
    data = asdict(result)
    for hit in data["hits"]:
        hit["url"] = f"/api/doc/{hit['id']}"
    return json_response(data)


def document(request: Request) -> Response:
    return json_response(views.document(request, request.params["id"]))


def person(request: Request) -> Response:
    return json_response(asdict(views.person(request, request.params["id"])))


def formulation(request: Request) -> Response:
    return json_response(asdict(views.formulation(request, request.params["text"])))


def compare(request: Request) -> Response:
    return json_response(asdict(views.comparison(request)))


def tours(request: Request) -> Response:
    return json_response([asdict(edge) for edge in views.tours(request)])


def timeline(request: Request) -> Response:
    return json_response([asdict(event) for event in views.events(request)])


def co_attendance(request: Request) -> Response:
    return json_response([asdict(pair) for pair in views.pairs(request)])


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
