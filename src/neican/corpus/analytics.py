"""Questions over a whole store: timelines, formulation diffusion, tour networks, co-attendance.

Pure functions of a Store returning dataclasses (``dataclasses.asdict`` gives JSON-ready dicts).
Every count is of stories, not copies: documents in one reprint cluster count once, unless
``dedupe=False``. Clusters and person entities come from ``build_clusters`` and ``build_people``;
a document added since counts as its own story, and person questions see the last build.
Region profiles and comparisons live in ``neican.corpus.profiles``.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..resources.loader import tifa
from .people import province_code, province_name, resolve_date
from .regionref import region_name, resolve_region

# The story a document belongs to: its reprint cluster, else itself.
STORY = "COALESCE(c.cluster_id, d.rowid)"
_DAY = ("CASE WHEN e.date LIKE '--%' THEN substr(d.published, 1, 4) || substr(e.date, 2)"
        " ELSE COALESCE(e.date, substr(d.published, 1, 10)) END")


@dataclass
class TimelineEvent:
    """One event (a meeting), with the copy it was read from and how many copies carry it."""

    date: str | None
    kind: str | None
    name: str | None
    place: str | None
    format: str | None
    hosts: list[str]
    speakers: list[str]
    participants: list[str]
    document: str
    title: str | None
    published: str | None
    copies: int = 1


@dataclass
class FirstUse:
    date: str | None
    document: str
    title: str | None


@dataclass
class Diffusion:
    """Where and when a formulation was used: stories by province, by month, and both."""

    text: str
    forms: list[str]
    stories: int
    by_month: dict[str, int]
    by_province: dict[str, int]
    by_province_month: dict[str, dict[str, int]]
    first_use: dict[str, FirstUse]
    no_province: int  # stories that name no province


@dataclass
class TourEdge:
    """Delegation visits from one place to another."""

    origin: str | None
    origin_code: str | None
    destination: str
    destination_code: str | None
    count: int
    dates: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)


@dataclass
class CoAttendance:
    """Two person entities seen at the same events."""

    a: int
    a_name: str
    b: int
    b_name: str
    events: int
    first: str | None
    last: str | None


def _story(dedupe: bool) -> str:
    return STORY if dedupe else "d.rowid"


# -- timeline ---------------------------------------------------------------------------------

def timeline(store, region: str | None = None, person: str | int | None = None, date_from: str | None = None,
             date_to: str | None = None, kind: str | None = None, *, limit: int = 100, offset: int = 0,
             dedupe: bool = True, newest_first: bool = False) -> list[TimelineEvent]:
    """Events in date order, filtered by region, person (name or entity id), dates and kind.

    ``region`` keeps events whose document names a place in it or whose place names it; dates
    compare with the event date (its year taken from the document where the text gave none).
    ``limit`` events after the first ``offset``. Example:
    ``timeline(store, region="辽宁", kind="meeting", date_from="2024-01-01")``.
    """
    clauses, params = [], []
    if kind:
        clauses.append("x.kind = ?")
        params.append(kind)
    if region is not None:
        ref = resolve_region(store, region)
        clauses.append("(x.doc_id IN (SELECT doc_id FROM regions WHERE code BETWEEN ? AND ?) OR x.place LIKE ?)")
        params += [*ref.code_range, f"%{ref.short}%"]  # the short form is inside the full one
    if isinstance(person, int):
        clauses.append("x.event_id IN (SELECT event_id FROM event_people WHERE entity_id = ?)")
        params.append(person)
    elif person:
        clauses.append("x.data LIKE ?")  # names sit in the JSON lists as "name"
        params.append(f'%"{person}"%')
    if date_from:
        clauses.append("x.day >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("substr(x.day, 1, length(?)) <= ?")  # 2024-05 keeps all of May
        params += [date_to, date_to]
    rows = store.query(_TIMELINE.format(story=_story(dedupe), where=" AND ".join(clauses) or "1",
                                        order="DESC" if newest_first else "ASC"), (*params, limit, offset))
    events = []
    for day, kind_, name, place, format_, data, doc_id, title, published, copies in rows:
        extra = _json(data)
        events.append(TimelineEvent(day, kind_, name, place, format_, extra.get("hosts") or [],
                                    extra.get("speakers") or [], extra.get("participants") or [],
                                    doc_id, title, published, copies))
    return events


# One row per (story, kind, day, name): the canonical copy's, with the number of copies.
_TIMELINE = f"""
SELECT day, kind, name, place, format, data, id, title, published, copies FROM (
  SELECT x.*, ROW_NUMBER() OVER (PARTITION BY story, kind, day, name ORDER BY canonical DESC, rowid) AS rank,
         COUNT(*) OVER (PARTITION BY story, kind, day, name) AS copies
    FROM (SELECT {_DAY} AS day, e.kind, e.name, e.place, e.format, e.data, e.doc_id, e.rowid AS event_id,
                 d.id, d.title, d.published, d.rowid, {{story}} AS story, COALESCE(c.canonical, 1) AS canonical
            FROM events e JOIN documents d ON d.rowid = e.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid) x
   WHERE {{where}})
 WHERE rank = 1 ORDER BY day {{order}}, published {{order}} LIMIT ? OFFSET ?
"""


def _json(data: str | None) -> dict[str, Any]:
    try:
        value = json.loads(data) if data else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


# -- formulation diffusion --------------------------------------------------------------------

def formulation_forms(text: str) -> tuple[str, list[str]]:
    """(canonical term, every form) for a lexicon formulation or any of its variants, else (text, [text])."""
    for entry in tifa():
        forms = [entry.term, *entry.variants]
        if text in forms:
            return entry.term, forms
    return text, [text]


def formulation_diffusion(store, text: str, dedupe: bool = True) -> Diffusion:
    """Stories using a formulation, by province and month, and its first use in each province.

    A story counts in every province it names. Example:
    ``formulation_diffusion(store, "高质量发展").first_use["辽宁省"].date`` → ``"2017-10-20"``.
    """
    term, forms = formulation_forms(text)
    marks = ",".join("?" * len(forms))
    rows = store.query(
        f"SELECT {_story(dedupe)}, d.id, d.title, d.published, r.code"
        f" FROM (SELECT DISTINCT doc_id FROM formulations"
        f"       WHERE text IN ({marks}) OR json_extract(data, '$.canonical') = ?) f"
        " JOIN documents d ON d.rowid = f.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid"
        " LEFT JOIN regions r ON r.doc_id = d.rowid ORDER BY d.published, d.rowid",
        (*forms, term),
    )
    stories, months, places = set(), defaultdict(set), defaultdict(set)
    by_place_month: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    first: dict[str, FirstUse] = {}
    for story, doc_id, title, published, code in rows:
        stories.add(story)
        month = (published or "")[:7] or "undated"
        months[month].add(story)
        province = province_name(province_code(code))
        if province is None:
            continue
        places[province].add(story)
        by_place_month[province][month].add(story)
        first.setdefault(province, FirstUse((published or "")[:10] or None, doc_id, title))
    placed = set().union(*places.values()) if places else set()
    return Diffusion(
        text=term, forms=forms, stories=len(stories),
        by_month={m: len(s) for m, s in sorted(months.items())},
        by_province=_counts(places),
        by_province_month={p: {m: len(s) for m, s in sorted(ms.items())} for p, ms in sorted(by_place_month.items())},
        first_use=dict(sorted(first.items(), key=lambda item: (item[1].date or "", item[0]))),
        no_province=len(stories - placed),
    )


def _counts(groups: dict[str, set]) -> dict[str, int]:
    """Sizes of the groups, largest first."""
    return {k: len(v) for k, v in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))}


# -- tours ------------------------------------------------------------------------------------

def tour_network(store, dedupe: bool = True, region: str | None = None) -> list[TourEdge]:
    """Edges origin → destination of delegation visits, with counts, dates and documents.

    ``region`` keeps the edges that start or end in it. An origin the text does not give is None.
    Example: ``tour_network(store)[0]`` → ``TourEdge(origin="浙江省", destination="四川省", count=2, ...)``.
    """
    ref = resolve_region(store, region) if region is not None else None
    rows = store.query(
        f"SELECT t.origin, t.start_date, t.data, d.id, substr(d.published, 1, 10), {_story(dedupe)}"
        " FROM tours t JOIN documents d ON d.rowid = t.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid"
        " ORDER BY COALESCE(t.start_date, d.published), d.rowid"
    )
    edges: dict[tuple, TourEdge] = {}
    seen: set[tuple] = set()
    for origin, start, data, doc_id, published, story in rows:
        origin_name, origin_code = region_name(origin)
        for destination in _json(data).get("destinations") or []:
            name, code = region_name(destination)
            if ref is not None and not (ref.contains(origin_code) or ref.contains(code)):
                continue
            key = (origin_name, name)
            edge = edges.setdefault(key, TourEdge(origin_name, origin_code, name, code, 0))
            if (key, story) in seen:
                continue
            seen.add((key, story))
            edge.count += 1
            edge.dates.append(start or published)
            edge.documents.append(doc_id)
    return sorted(edges.values(), key=lambda e: (-e.count, e.origin or "", e.destination))


# -- co-attendance ----------------------------------------------------------------------------

def co_attendance(store, min_events: int = 1, dedupe: bool = True, limit: int = 100) -> list[CoAttendance]:
    """Pairs of person entities seen at the same events, most shared events first.

    Example: ``co_attendance(store, min_events=2)[0]`` → ``CoAttendance(a=3, a_name="李明", ...)``.
    """
    event = f"{STORY} || '|' || COALESCE(e.kind, '') || '|' || {_DAY}" if dedupe else "e.rowid"
    rows = store.query(
        f"SELECT a.entity_id, pa.name, b.entity_id, pb.name, COUNT(DISTINCT {event}) AS n, MIN({_DAY}), MAX({_DAY})"
        " FROM event_people a JOIN event_people b ON b.event_id = a.event_id AND b.entity_id > a.entity_id"
        " JOIN events e ON e.rowid = a.event_id JOIN documents d ON d.rowid = e.doc_id"
        " LEFT JOIN clusters c ON c.doc_id = d.rowid"
        " JOIN person_entities pa ON pa.entity_id = a.entity_id JOIN person_entities pb ON pb.entity_id = b.entity_id"
        " GROUP BY a.entity_id, b.entity_id HAVING n >= ? ORDER BY n DESC, a.entity_id, b.entity_id LIMIT ?",
        (min_events, limit),
    )
    return [CoAttendance(*row) for row in rows]
