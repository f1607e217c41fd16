"""The OpenAPI 3.1 description of /api/, with response schemas derived from the result dataclasses.

Deriving the schemas from the dataclasses' type hints keeps the description true as the
analytics grow a field; only the paths and their parameters are written out here.
"""
from __future__ import annotations

import dataclasses
import functools
import types
import typing
from typing import Any

from .. import __version__ as _version
from ..corpus import CoAttendance, Diffusion, RegionComparison, TimelineEvent, TourEdge
from ..corpus.indexes import FORMULATION_ORDERS, PEOPLE_ORDERS, REGION_LEVELS, FormulationEntry, RegionEntry
from ..corpus.people import Career, PersonEntity
from ..store.search import ORDERS
from .views import SearchResult

_SCALARS = {str: "string", int: "integer", float: "number", bool: "boolean"}


def _schema(hint: Any, components: dict[str, Any]) -> dict[str, Any]:
    """JSON Schema of a type hint; dataclasses become components referenced by $ref."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    if hint is type(None):
        return {"type": "null"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema(arg, components) for arg in args]}
    if origin in (list, tuple) or hint in (list, tuple):
        return {"type": "array", "items": _schema(args[0], components) if args else {}}
    if origin is dict or hint is dict:
        return {"type": "object", "additionalProperties": _schema(args[1], components) if args else {}}
    if dataclasses.is_dataclass(hint):
        name = hint.__name__
        if name not in components:
            components[name] = {}  # placeholder against recursion
            hints = typing.get_type_hints(hint)
            fields = dataclasses.fields(hint)
            components[name] = {
                "type": "object",
                "description": (hint.__doc__ or "").strip().splitlines()[0] if hint.__doc__ else name,
                "properties": {f.name: _schema(hints[f.name], components) for f in fields},
                "required": [f.name for f in fields],
            }
        return {"$ref": f"#/components/schemas/{name}"}
    return {}


def _param(name: str, where: str, description: str, kind: str = "string", required: bool = False,
           example: Any = None) -> dict[str, Any]:
    param = {"name": name, "in": where, "required": required or where == "path",
             "description": description, "schema": {"type": kind}}
    if example is not None:
        param["example"] = example
    return param


def _enum(name: str, description: str, values: tuple[str, ...] | list[str]) -> dict[str, Any]:
    param = _param(name, "query", description)
    param["schema"]["enum"] = list(values)
    return param


_FORMAT = _enum("format", "json (default) or csv: the list as a CSV file.", ("json", "csv"))
_PAGING = [_param("limit", "query", "Most items to return.", "integer"),
           _param("offset", "query", "Items to skip.", "integer"), _FORMAT]
_DEDUPE = _param("dedupe", "query", "Count stories (reprint clusters) once (default true).", "boolean")
_LIMIT = _param("limit", "query", "Most items to return.", "integer")
_REGION = "A region: full name (辽宁省), short form (辽宁) or GB/T 2260 code (210000)."


def _operation(summary: str, schema: dict[str, Any], params: list[dict[str, Any]],
               errors: tuple[int, ...] = (400,)) -> dict[str, Any]:
    responses = {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}
    for status in errors:
        responses[str(status)] = {
            "description": {400: "A bad parameter", 404: "No such item"}[status],
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
        }
    return {"get": {"summary": summary, "parameters": params, "responses": responses}}


@functools.cache
def spec() -> dict[str, Any]:
    """The OpenAPI document for the JSON API."""
    components: dict[str, Any] = {
        "Error": {"type": "object", "properties": {"error": {"type": "string"}, "status": {"type": "integer"}},
                  "required": ["error", "status"]},
        "Record": {"type": "object", "description": "A document record (the neican record contract).",
                   "properties": {"id": {"type": "string"}, "title": {"type": ["string", "null"]},
                                  "text": {"type": "string"}},
                   "required": ["id", "text"], "additionalProperties": True},
    }

    def ref(cls: Any) -> dict[str, Any]:
        return _schema(cls, components)

    def many(cls: Any) -> dict[str, Any]:
        return {"type": "array", "items": ref(cls)}

    def page(cls: Any) -> dict[str, Any]:
        return {"type": "object", "required": ["total", "offset", "limit", "items"],
                "properties": {"total": {"type": "integer"}, "offset": {"type": "integer"},
                               "limit": {"type": "integer"}, "items": many(cls)}}

    paths = {
        "/api/search": _operation("Full-text search, either script, with filters", ref(SearchResult), [
            _param("q", "query", "Query: words are ANDed; any length; 瀋陽 finds 沈阳.", example="振兴"),
            _param("source", "query", "Only this outlet."),
            _param("since", "query", "Published on or after (YYYY, YYYY-MM or YYYY-MM-DD)."),
            _param("until", "query", "Published on or before (inclusive of the whole period)."),
            _param("year", "query", "Only this year of publication (YYYY)."),
            _param("province", "query", "Only documents naming a place in this province. " + _REGION),
            _param("person", "query", "Only documents naming this person entity (id).", "integer"),
            _enum("sort", "Order of hits.", tuple(ORDERS)), *_PAGING]),
        "/api/doc/{id}": _operation("One document's full record", {"$ref": "#/components/schemas/Record"},
                                    [_param("id", "path", "Document id.")], (404,)),
        "/api/person/{id}": _operation("A person entity's career: titles over time and events", ref(Career),
                                       [_param("id", "path", "Person entity id (stable across rebuilds), or a name "
                                               "that only one entity has.")], (404,)),
        "/api/formulation/{text}": _operation(
            "Use of a formulation (提法) by province and month", ref(Diffusion),
            [_param("text", "path", "The formulation or a lexicon variant.", example="高质量发展"), _DEDUPE],
            (400, 404)),
        "/api/compare": _operation("Two regions side by side", ref(RegionComparison), [
            _param("a", "query", _REGION, required=True, example="辽宁"),
            _param("b", "query", _REGION, required=True, example="吉林"), _DEDUPE, _LIMIT]),
        "/api/tours": _operation("Delegation visits as origin → destination edges", many(TourEdge),
                                 [_param("region", "query", "Only edges starting or ending here. " + _REGION),
                                  _DEDUPE, _FORMAT]),
        "/api/timeline": _operation("Events in date order", many(TimelineEvent), [
            _param("region", "query", _REGION), _param("person", "query", "A name or a person entity id."),
            _param("since", "query", "Events on or after this date."),
            _param("until", "query", "Events on or before this date."),
            _param("kind", "query", "Event kind, e.g. meeting."),
            _param("newest", "query", "Newest first (default true).", "boolean"), _DEDUPE, *_PAGING]),
        "/api/co-attendance": _operation("Pairs of people seen at the same events", many(CoAttendance), [
            _param("min_events", "query", "Fewest shared events.", "integer"), _DEDUPE, _LIMIT, _FORMAT]),
        "/api/people": _operation("The people index", page(PersonEntity), [
            _param("name", "query", "Part of a name.", example="王"), _param("province", "query", _REGION),
            _param("post", "query", "Part of a title ever held, e.g. 省长."),
            _enum("sort", "Order.", tuple(PEOPLE_ORDERS)), *_PAGING]),
        "/api/formulations": _operation("The formulations index: stories, first use, spread", page(FormulationEntry), [
            _param("q", "query", "Part of the term."), _enum("sort", "Order.", tuple(FORMULATION_ORDERS)), *_PAGING]),
        "/api/regions": _operation("The regions index", page(RegionEntry), [
            _param("q", "query", "Part of the name."),
            _enum("level", "Level (default province).", (*REGION_LEVELS, "any")),
            *_PAGING]),
        "/api/openapi.json": {"get": {"summary": "This description", "responses": {
            "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "neican", "version": _version,
                 "description": "Read-only JSON over a neican store: search, records, careers, formulation "
                                "diffusion, region comparison, tours, timelines, co-attendance."},
        "paths": paths,
        "components": {"schemas": components},
    }
