"""HTML pages: each calls one view (or a few small browse reads) and renders a template.

Charts get their data as JSON in a ``<script type="application/json">`` block that
``static/neican.js`` turns into an ECharts option; no page carries inline script.
"""
from __future__ import annotations

from collections import Counter
from urllib.parse import quote

from ..corpus import browse, region_profile
from ..corpus.regionref import UnknownRegion
from . import views
from .app import App, HTTPError, Request, Response
from .openapi import spec
from .highlight import KINDS, record_marks, segments, snippet_segments

MAX_EVENTS_SHOWN = 50
MAX_EDGES_SHOWN = 200
CHART_PROVINCES = 8   # lines on the diffusion chart; the rest are in the table
UNKNOWN_ORIGIN = "出发地不详"  # tours whose text does not say where the delegation came from


def _quote(text: str) -> str:
    return quote(text, safe="")


def months_between(months: list[str]) -> list[str]:
    """Every ``YYYY-MM`` from the first to the last of ``months`` (gaps filled, others dropped)."""
    valid = sorted(m for m in months if len(m) == 7 and m[:4].isdigit() and m[5:].isdigit())
    if not valid:
        return []
    year, month = int(valid[0][:4]), int(valid[0][5:])
    last, out = valid[-1], []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def home(request: Request) -> Response:
    app, store = request.app, request.store
    stats = app.cached("stats", store.stats)
    by_month = app.cached("by_month", lambda: browse.documents_by_month(store))
    axis = months_between(list(by_month))
    return request.render(
        "home.html", stats=stats,
        people=app.cached("top_people", lambda: browse.top_people(store, 24)),
        formulations=app.cached("top_formulations", lambda: browse.top_formulations(store, 24)),
        regions=app.cached("top_regions", lambda: browse.top_regions(store, 34)),
        chart={"months": axis, "counts": [by_month.get(m, 0) for m in axis]},
    )


def search(request: Request) -> Response:
    page = request.int_arg("page", 1, 1, 10_000)
    result = views.search(request, limit=views.PAGE_SIZE, offset=(page - 1) * views.PAGE_SIZE)
    stats = request.app.cached("stats", request.store.stats)
    sources = [s for s in stats["by_source"] if s]
    words = result.words
    hits = [(hit, snippet_segments(hit.snippet, words)) for hit in result.hits]
    pages = max(1, -(-result.total // views.PAGE_SIZE))
    return request.render("search.html", result=result, hits=hits, sources=sources, page=page, pages=pages,
                          page_links=page_numbers(page, pages),
                          api=api_url(request, page=None, offset=result.offset or None))


def page_numbers(page: int, pages: int, around: int = 2) -> list[int | None]:
    """Page numbers to link: the first, the last and ``around`` either side of ``page``; None marks a gap.

    Example: ``page_numbers(7, 20)`` → ``[1, None, 5, 6, 7, 8, 9, None, 20]``.
    """
    shown = sorted({1, pages, *range(max(1, page - around), min(pages, page + around) + 1)})
    numbers: list[int | None] = []
    for number in shown:
        if numbers and number - (numbers[-1] or 0) > 1:
            numbers.append(None)
        numbers.append(number)
    return numbers


def api_url(request: Request, **changes) -> str:
    """The JSON API's URL for this page's question (page numbers become offsets on the API)."""
    return "/api" + request.url_with(**changes)


def _index_page(request: Request, template: str, found, **context) -> Response:
    pages = max(1, -(-found.total // found.limit))
    page = found.offset // found.limit + 1
    return request.render(template, found=found, page=page, pages=pages, page_links=page_numbers(page, pages),
                          api=api_url(request, page=None, offset=found.offset or None), **context)


def people(request: Request) -> Response:
    provinces = request.app.cached("top_regions", lambda: browse.top_regions(request.store, 34))
    return _index_page(request, "people.html", views.people_list(request), provinces=provinces,
                       args={k: request.arg(k) or "" for k in ("name", "province", "post", "sort")})


def formulations(request: Request) -> Response:
    return _index_page(request, "formulations.html", views.formulations_list(request),
                       args={k: request.arg(k) or "" for k in ("q", "sort")})


def regions(request: Request) -> Response:
    return _index_page(request, "regions.html", views.regions_list(request),
                       args={k: request.arg(k) or "" for k in ("q", "level")})


def api_docs(request: Request) -> Response:
    return request.render("api.html", spec=spec())


def document(request: Request) -> Response:
    record = views.document(request, request.params["id"])
    people = browse.document_people(request.store, record["id"])
    text = record.get("text") or ""
    marks = record_marks(record, people, _quote)
    counts = Counter(m.kind for m in marks if 0 <= m.start < m.end <= len(text))
    return request.render(
        "document.html", record=record, segments=segments(text, marks), people=people,
        legend=[(kind, label, counts.get(kind, 0)) for kind, label in KINDS.items()],
        copies=browse.reprints(request.store, record["id"]),
    )


def person(request: Request) -> Response:
    career = views.person(request, request.params["id"])
    namesakes = [p for p in browse.find_people(request.store, career.name) if p.entity_id != career.entity_id]
    rows = [{"label": t.title + (f"（{t.region}）" if t.region else ""), "first": t.first_seen,
             "last": t.last_seen, "documents": t.documents, "taken_up": t.taken_up, "left": t.left}
            for t in career.titles if t.first_seen]
    events = list(reversed(career.events))[:MAX_EVENTS_SHOWN]
    return request.render("person.html", career=career, namesakes=namesakes, chart={"titles": rows},
                          events=events, more_events=len(career.events) - len(events))


def formulation(request: Request) -> Response:
    diffusion = views.formulation(request, request.params["text"])
    axis = months_between(list(diffusion.by_month))
    top = list(diffusion.by_province)[:CHART_PROVINCES]
    chart = {
        "months": axis,
        "total": [diffusion.by_month.get(m, 0) for m in axis],
        "series": [{"name": p, "data": [diffusion.by_province_month[p].get(m, 0) for m in axis]} for p in top],
        "provinces": [{"name": p, "value": n} for p, n in list(diffusion.by_province.items())[:30]],
    }
    return request.render("formulation.html", d=diffusion, chart=chart, undated=diffusion.by_month.get("undated", 0))


def compare(request: Request) -> Response:
    a, b = request.arg("a"), request.arg("b")
    suggestions = request.app.cached("top_regions", lambda: browse.top_regions(request.store, 34))
    context = {"a": a or "", "b": b or "", "suggestions": suggestions, "comparison": None, "profile": None}
    if a and b:
        comparison = views.comparison(request)
        shared = comparison.shared_formulations
        context["comparison"] = comparison
        context["chart"] = {"a": comparison.a.name, "b": comparison.b.name,
                            "terms": [s["text"] for s in shared],
                            "a_counts": [s["a"] for s in shared], "b_counts": [s["b"] for s in shared]}
    elif a or b:
        try:
            context["profile"] = region_profile(request.store, a or b)
        except UnknownRegion as exc:
            raise HTTPError(400, str(exc)) from None
    return request.render("compare.html", **context)


def tours(request: Request) -> Response:
    edges = views.tours(request)
    weight: Counter[str] = Counter()
    for edge in edges:
        weight[edge.origin or UNKNOWN_ORIGIN] += edge.count
        weight[edge.destination] += edge.count
    chart = {
        "nodes": [{"name": name, "value": n, "unknown": name == UNKNOWN_ORIGIN} for name, n in weight.most_common()],
        "links": [{"source": e.origin or UNKNOWN_ORIGIN, "target": e.destination, "value": e.count} for e in edges],
    }
    return request.render("tours.html", edges=edges[:MAX_EDGES_SHOWN], total=len(edges), chart=chart,
                          region=request.arg("region") or "", unknown=UNKNOWN_ORIGIN)


def events(request: Request) -> Response:
    found = views.events(request)
    offset = found.offset
    return request.render(
        "timeline.html", found=found,
        args={k: request.arg(k) or "" for k in ("region", "person", "since", "until", "kind")},
        previous=request.url_with(offset=max(0, offset - found.limit) or None) if offset else None,
        next=request.url_with(offset=offset + found.limit) if found.more else None,
        api=api_url(request))


def register(app: App) -> None:
    app.route("/", home)
    app.route("/search", search)
    app.route("/doc/{id}", document)
    app.route("/person/{id}", person)
    app.route("/formulation/{text}", formulation)
    app.route("/compare", compare)
    app.route("/tours", tours)
    app.route("/timeline", events)
    app.route("/people", people)
    app.route("/formulations", formulations)
    app.route("/regions", regions)
    app.route("/api", api_docs, store=False)
