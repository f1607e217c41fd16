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
from ..corpus import browse
from ..corpus.indexes import (FORMULATION_ORDERS, PEOPLE_ORDERS, REGION_LEVELS, FormulationEntry, IndexPage,
                              RegionEntry, formulations_index, people_index, regions_index)
from ..corpus.people import Career, PersonEntity, province_name
from ..corpus.regionref import resolve_region
from ..store.fts import fold, query_words
from ..store.search import ORDERS, FacetValue, Filters, SearchHit
from .app import HTTPError, Request

PAGE_SIZE = 20
INDEX_PAGE_SIZE = 50
SEARCH_ORDERS = tuple(ORDERS)


@dataclass
class SearchResult:
    """A page of hits for a query with its filters, and how many documents match in all."""

    query: str
    source: str | None
    since: str | None
    until: str | None
    year: str | None
    province: str | None
    person: int | None
    sort: str
    total: int
    offset: int
    limit: int
    hits: list[SearchHit]
    facets: dict[str, list[FacetValue]]
    people: list[PersonEntity]       # entities named exactly as the query

    @property
    def words(self) -> list[str]:
        """The query words as the simplified text holds them, for highlighting snippets."""
        return [fold(word) for word in query_words(self.query)]


def search(request: Request, limit: int, offset: int, with_facets: bool = True) -> SearchResult:
    """Full-text search with filters (``source``, ``since``, ``until``, ``year``, ``province``, ``person``)."""
    query = request.arg("q") or ""
    year = request.arg("year")
    if year is not None and not (len(year) == 4 and year.isdigit()):
        raise HTTPError(400, f"year must be four digits, not {year!r}")
    province = request.arg("province")
    if province is not None:
        province = _region(request, "province", province).province_code
    person_arg = request.arg("person")
    if person_arg is not None and not person_arg.isdigit():
        raise HTTPError(400, f"person must be a person entity id (a number), not {person_arg!r}")
    filters = Filters(source=request.arg("source"), date_from=request.date_arg("since"),
                      date_to=request.date_arg("until"), year=year, province=province,
                      person=int(person_arg) if person_arg else None)
    sort = request.choice_arg("sort", SEARCH_ORDERS, "relevance")
    store = request.store
    hits = store.search(query, limit=limit, offset=offset, order=sort, filters=filters)
    total = store.count_matches(query, filters=filters) if query else 0
    facets = store.facets(query, filters, province_name=province_name) if query and with_facets else {}
    people = browse.find_people(store, fold(query.strip())) if query.strip() else []
    return SearchResult(query, filters.source, filters.date_from, filters.date_to, year, province, filters.person,
                        sort, total, offset, limit, hits, facets, people)


def _region(request: Request, name: str, value: str):
    try:
        return resolve_region(request.store, value)
    except UnknownRegion as exc:
        raise HTTPError(400, f"{name}: {exc}") from None


def document(request: Request, doc_id: str) -> dict[str, Any]:
    """The stored record, or 404."""
    record = request.store.get(doc_id)
    if record is None:
        raise HTTPError(404, f"no document with id {doc_id!r}")
    return record


def person(request: Request, entity: str) -> Career:
    """A person entity's career, by id or by name (when one entity has that name); else 404."""
    if not entity.isdigit():
        found = browse.find_people(request.store, fold(entity))
        if len(found) != 1:
            hint = f"{len(found)} entities have that name: see /people?name={entity}" if found else "no such name"
            raise HTTPError(404, f"no single person entity named {entity!r} ({hint})")
        entity = str(found[0].entity_id)
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
    """Two different regions side by side (``a`` and ``b``: 辽宁省, 辽宁 or 210000)."""
    a, b = request.arg("a"), request.arg("b")
    if not a or not b:
        raise HTTPError(400, "give two regions: ?a=辽宁&b=吉林")
    ref_a, ref_b = _region(request, "a", a), _region(request, "b", b)
    if ref_a.code == ref_b.code:
        raise HTTPError(400, f"a={a} and b={b} are the same region ({ref_a.name}); choose two different ones")
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


@dataclass
class EventPage:
    """Events of the timeline after ``offset``, newest first unless asked otherwise."""

    offset: int
    limit: int
    newest: bool
    events: list[TimelineEvent]
    more: bool                       # another page follows


def events(request: Request) -> EventPage:
    """Events by date (newest first by default), filtered by ``region``, ``person`` (name or id), dates, ``kind``."""
    person_arg = request.arg("person")
    who: str | int | None = int(person_arg) if person_arg and person_arg.isdigit() else person_arg
    limit, offset = request.int_arg("limit", 100, 1, 1000), request.int_arg("offset", 0, 0, 1_000_000)
    newest = request.bool_arg("newest", True)
    region = request.arg("region")
    if region is not None:
        _region(request, "region", region)
    found = timeline(request.store, region=region, person=who,
                     date_from=request.date_arg("since"), date_to=request.date_arg("until"),
                     kind=request.arg("kind"), limit=limit + 1, offset=offset,
                     dedupe=request.bool_arg("dedupe", True), newest_first=newest)
    return EventPage(offset, limit, newest, found[:limit], len(found) > limit)


def pairs(request: Request) -> list[CoAttendance]:
    """Pairs of people seen at the same events, most shared events first."""
    return co_attendance(request.store, min_events=request.int_arg("min_events", 1, 1, 10_000),
                         dedupe=request.bool_arg("dedupe", True), limit=request.int_arg("limit", 100, 1, 1000))


def people_list(request: Request) -> IndexPage[PersonEntity]:
    """The people index: ``name`` (part of), ``province``, ``post`` (part of a title), ``sort``, paging."""
    province = request.arg("province")
    if province is not None:
        _region(request, "province", province)
    limit, offset = _paging(request)
    return people_index(request.store, name=request.arg("name"), province=province, post=request.arg("post"),
                        order=request.choice_arg("sort", tuple(PEOPLE_ORDERS), "documents"),
                        limit=limit, offset=offset)


def formulations_list(request: Request) -> IndexPage[FormulationEntry]:
    """The formulations index: ``q`` (part of the term), ``sort``, paging."""
    limit, offset = _paging(request)
    return formulations_index(request.store, request.arg("q"),
                              order=request.choice_arg("sort", tuple(FORMULATION_ORDERS), "stories"),
                              limit=limit, offset=offset)


def regions_list(request: Request) -> IndexPage[RegionEntry]:
    """The regions index: ``q`` (part of the name), ``level`` (province, prefecture, county or any), paging."""
    level = request.choice_arg("level", (*REGION_LEVELS, "any"), "province")
    limit, offset = _paging(request)
    return regions_index(request.store, request.arg("q"), None if level == "any" else level,
                         limit=limit, offset=offset)


def _paging(request: Request) -> tuple[int, int]:
    """(limit, offset) from ``limit`` and ``offset``, or from ``page`` on the HTML pages."""
    limit = request.int_arg("limit", INDEX_PAGE_SIZE, 1, 1000)
    page = request.int_arg("page", 0, 1, 100_000)
    offset = (page - 1) * limit if page else request.int_arg("offset", 0, 0, 10_000_000)
    return limit, offset
