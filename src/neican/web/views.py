"""What each route asks of the store: parameters checked, one store or corpus call, data back.

Pages (:mod:`neican.web.pages`) render these results and the JSON API (:mod:`neican.web.api`)
serialises them, so a page and its API answer always agree.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..corpus import (CoAttendance, Diffusion, RegionComparison, TimelineEvent, TourEdge, UnknownEntity,
                      UnknownRegion, career, co_attendance, compare_regions, formulation_diffusion, timeline,
                      tour_network)
from ..corpus.people import Career
from ..store.fts import fold, query_words
from ..store.search import SearchHit
from .app import HTTPError, Request

PAGE_SIZE = 20


@dataclass
class SearchResult:
    """A page of hits for a query with its filters, and how many documents match in all."""

    query: str
    source: str | None
    since: str | None
    until: str | None
    total: int
    offset: int
    limit: int
    hits: list[SearchHit]

    @property
    def words(self) -> list[str]:
        """The query words as the simplified text holds them, for highlighting snippets."""
        return [fold(word) for word in query_words(self.query)]


def search(request: Request, limit: int, offset: int) -> SearchResult:
    """Full-text search with source and date filters (``q``, ``source``, ``since``, ``until``)."""
    query = request.arg("q") or ""
    source, since, until = request.arg("source"), request.date_arg("since"), request.date_arg("until")
    store = request.store
    hits = store.search(query, limit=limit, offset=offset, source=source, date_from=since, date_to=until)
    total = store.count_matches(query, source=source, date_from=since, date_to=until) if query else 0
    return SearchResult(query, source, since, until, total, offset, limit, hits)


def document(request: Request, doc_id: str) -> dict[str, Any]:
    """The stored record, or 404."""
    record = request.store.get(doc_id)
    if record is None:
        raise HTTPError(404, f"no document with id {doc_id!r}")
    return record


def person(request: Request, entity: str) -> Career:
    """A person entity's career, or 404 (also before build_people has run)."""
    if not entity.isdigit():
        raise HTTPError(404, f"no person entity {entity!r} (ids are numbers)")
    try:
        return career(request.store, int(entity))
    except UnknownEntity as exc:
        raise HTTPError(404, str(exc)) from None


def formulation(request: Request, text: str) -> Diffusion:
    """A formulation's diffusion over provinces and months; 404 when no story uses it."""
    found = formulation_diffusion(request.store, text, dedupe=request.bool_arg("dedupe", True))
    if not found.stories:
        raise HTTPError(404, f"no document in this store uses the formulation {text!r}")
    return found


def comparison(request: Request) -> RegionComparison:
    """Two regions side by side (``a`` and ``b``: 辽宁省, 辽宁 or 210000)."""
    a, b = request.arg("a"), request.arg("b")
    if not a or not b:
        raise HTTPError(400, "give two regions: ?a=辽宁&b=吉林")
    try:
        return compare_regions(request.store, a, b, dedupe=request.bool_arg("dedupe", True),
                               limit=request.int_arg("limit", 10, 1, 100))
    except UnknownRegion as exc:
        raise HTTPError(400, str(exc)) from None


def tours(request: Request) -> list[TourEdge]:
    """Delegation visit edges, optionally only those starting or ending in ``region``."""
    try:
        return tour_network(request.store, dedupe=request.bool_arg("dedupe", True), region=request.arg("region"))
    except UnknownRegion as exc:
        raise HTTPError(400, str(exc)) from None


def events(request: Request) -> list[TimelineEvent]:
    """Events in date order, filtered by ``region``, ``person`` (name or entity id), dates, ``kind``."""
    person_arg = request.arg("person")
    who: str | int | None = int(person_arg) if person_arg and person_arg.isdigit() else person_arg
    try:
        return timeline(request.store, region=request.arg("region"), person=who,
                        date_from=request.date_arg("since"), date_to=request.date_arg("until"),
                        kind=request.arg("kind"), limit=request.int_arg("limit", 100, 1, 1000),
                        dedupe=request.bool_arg("dedupe", True), newest_first=request.bool_arg("newest", False))
    except UnknownRegion as exc:
        raise HTTPError(400, str(exc)) from None


def pairs(request: Request) -> list[CoAttendance]:
    """Pairs of people seen at the same events, most shared events first."""
    return co_attendance(request.store, min_events=request.int_arg("min_events", 1, 1, 10_000),
                         dedupe=request.bool_arg("dedupe", True), limit=request.int_arg("limit", 100, 1, 1000))
