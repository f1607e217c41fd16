"""What a store says about one region, and two regions side by side.

A document belongs to a region when it names a place inside it (regions table, by code range);
leaders are the person entities seen with a title whose region lies in it. Counts are of
stories (reprint clusters) unless ``dedupe=False``.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .analytics import STORY, TimelineEvent, TourEdge, timeline, tour_network
from .regionref import RegionRef, resolve_region

_IN_REGION = "SELECT doc_id FROM regions WHERE code BETWEEN ? AND ?"


@dataclass
class Leader:
    """A person entity seen holding a title in the region."""

    entity_id: int
    name: str
    titles: list[str]          # "省委书记" or "市委书记 (沈阳市)" below province level
    first_seen: str | None
    last_seen: str | None
    stories: int


@dataclass
class Term:
    text: str
    stories: int


@dataclass
class TargetSeen:
    """A stated goal in a story about the region."""

    text: str | None
    value: str | None
    unit: str | None
    subject: str | None
    document: str
    published: str | None


@dataclass
class RegionProfile:
    name: str
    code: str
    level: str
    stories: int
    leaders: list[Leader]
    formulations: list[Term]
    targets: list[TargetSeen]
    meetings: list[TimelineEvent]
    tours_in: list[TourEdge]
    tours_out: list[TourEdge]


@dataclass
class RegionComparison:
    a: RegionProfile
    b: RegionProfile
    shared_formulations: list[dict] = field(default_factory=list)  # text, a, b (stories each)
    only_a: list[str] = field(default_factory=list)
    only_b: list[str] = field(default_factory=list)
    shared_leaders: list[str] = field(default_factory=list)        # names holding titles in both
    tours_a_to_b: int = 0
    tours_b_to_a: int = 0


def _story(dedupe: bool) -> str:
    return STORY if dedupe else "d.rowid"


def region_profile(store, region: str, dedupe: bool = True, limit: int = 10) -> RegionProfile:
    """Leaders, top formulations, goals, recent meetings and tours in and out of a region.

    Example: ``region_profile(store, "辽宁").leaders[0].name`` → ``"周立平"``.
    """
    ref = resolve_region(store, region)
    return _profile(store, ref, dedupe, limit, _formulations(store, ref, dedupe, limit))


def _profile(store, ref: RegionRef, dedupe: bool, limit: int, terms: list[Term]) -> RegionProfile:
    stories = store.query(
        f"SELECT COUNT(DISTINCT {_story(dedupe)}) FROM documents d LEFT JOIN clusters c ON c.doc_id = d.rowid"
        f" WHERE d.rowid IN ({_IN_REGION})", ref.code_range,
    )[0][0]
    edges = tour_network(store, dedupe=dedupe, region=ref.code)
    return RegionProfile(
        name=ref.name, code=ref.code, level=ref.level, stories=stories,
        leaders=_leaders(store, ref, dedupe, limit),
        formulations=terms[:limit],
        targets=_targets(store, ref, dedupe, limit),
        meetings=timeline(store, region=ref.code, kind="meeting", limit=limit, dedupe=dedupe, newest_first=True),
        tours_in=[e for e in edges if ref.contains(e.destination_code)][:limit],
        tours_out=[e for e in edges if ref.contains(e.origin_code)][:limit],
    )


def _leaders(store, ref: RegionRef, dedupe: bool, limit: int | None) -> list[Leader]:
    rows = store.query(
        f"SELECT t.entity_id, p.name, t.title, t.region, t.region_code, substr(d.published, 1, 10), {_story(dedupe)}"
        " FROM person_titles t JOIN person_entities p ON p.entity_id = t.entity_id"
        " JOIN documents d ON d.rowid = t.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid"
        " WHERE t.province_code = ? AND t.region_code BETWEEN ? AND ?",
        (ref.province_code, *ref.code_range),
    )
    found: dict[int, Leader] = {}
    stories: dict[int, set] = defaultdict(set)
    for entity_id, name, title, region, code, published, story in rows:
        leader = found.setdefault(entity_id, Leader(entity_id, name, [], published, published, 0))
        label = title if code == ref.code else f"{title} ({region})"
        if label not in leader.titles:
            leader.titles.append(label)
        if published:
            leader.first_seen = min(filter(None, (leader.first_seen, published)))
            leader.last_seen = max(filter(None, (leader.last_seen, published)))
        stories[entity_id].add(story)
    for entity_id, leader in found.items():
        leader.stories = len(stories[entity_id])
    return sorted(found.values(), key=lambda l: (-l.stories, l.name))[:limit]


def _formulations(store, ref: RegionRef, dedupe: bool, limit: int) -> list[Term]:
    story = "COALESCE(c.cluster_id, f.doc_id)" if dedupe else "f.doc_id"
    rows = store.query(
        f"SELECT COALESCE(json_extract(f.data, '$.canonical'), f.text) AS term, COUNT(DISTINCT {story}) AS n"
        f" FROM (SELECT DISTINCT doc_id FROM regions WHERE code BETWEEN ? AND ?) r"
        " JOIN formulations f ON f.doc_id = r.doc_id LEFT JOIN clusters c ON c.doc_id = f.doc_id"
        " WHERE length(f.text) > 1 GROUP BY term ORDER BY n DESC, term LIMIT ?",
        (*ref.code_range, limit),
    )
    return [Term(text, n) for text, n in rows]


def _targets(store, ref: RegionRef, dedupe: bool, limit: int) -> list[TargetSeen]:
    """Goals from stories about the region, those whose subject names it first, newest first."""
    rows = store.query(
        f"SELECT t.text, t.value, t.unit, t.subject, d.id, substr(d.published, 1, 10), {_story(dedupe)},"
        " COALESCE(c.canonical, 1)"
        " FROM targets t JOIN documents d ON d.rowid = t.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid"
        f" WHERE t.doc_id IN ({_IN_REGION}) AND json_extract(t.data, '$.kind') = 'goal'"
        " ORDER BY t.subject LIKE ? DESC, d.published DESC LIMIT ?",
        (*ref.code_range, f"%{ref.short}%", limit * 4),
    )
    chosen: dict[tuple, TargetSeen] = {}  # one per (story, text), the canonical copy's
    for text, value, unit, subject, doc_id, published, story, canonical in rows:
        if (story, text) not in chosen or canonical:
            chosen[(story, text)] = TargetSeen(text, value, unit, subject, doc_id, published)
    return list(chosen.values())[:limit]


def compare_regions(store, a: str, b: str, dedupe: bool = True, limit: int = 10) -> RegionComparison:
    """Two region profiles and what they share: formulations, leaders, tours between them.

    Example: ``compare_regions(store, "辽宁", "吉林省").shared_formulations[0]`` →
    ``{"text": "振兴东北", "a": 12, "b": 9}``.
    """
    ref_a, ref_b = resolve_region(store, a), resolve_region(store, b)
    terms_a, terms_b = (_formulations(store, ref, dedupe, 5 * limit) for ref in (ref_a, ref_b))
    first, second = _profile(store, ref_a, dedupe, limit, terms_a), _profile(store, ref_b, dedupe, limit, terms_b)
    wide_a, wide_b = ({t.text: t.stories for t in terms} for terms in (terms_a, terms_b))
    shared = sorted(set(wide_a) & set(wide_b), key=lambda t: (-(wide_a[t] + wide_b[t]), t))
    leaders_a = {leader.name for leader in _leaders(store, ref_a, dedupe, None)}
    leaders_b = {leader.name for leader in _leaders(store, ref_b, dedupe, None)}
    edges = tour_network(store, dedupe=dedupe, region=ref_a.code)
    return RegionComparison(
        a=first, b=second,
        shared_formulations=[{"text": t, "a": wide_a[t], "b": wide_b[t]} for t in shared[:limit]],
        only_a=[t for t in wide_a if t not in wide_b][:limit],
        only_b=[t for t in wide_b if t not in wide_a][:limit],
        shared_leaders=sorted(leaders_a & leaders_b),
        tours_a_to_b=sum(e.count for e in edges if ref_a.contains(e.origin_code) and ref_b.contains(e.destination_code)),
        tours_b_to_a=sum(e.count for e in edges if ref_b.contains(e.origin_code) and ref_a.contains(e.destination_code)),
    )
