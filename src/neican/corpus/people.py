"""People across documents: one entity per person, and a career view of each.

Mentions of a name are split by the province their titles place them in: 林慕白 浙江省副省长 and
林慕白 成都市市长 are two entities. A mention whose titles give no region follows its title: a
national one (国务院总理) joins the name's unplaced entity (province NULL); none, or a local one
whose region the extractor missed (省长), joins the entity of that name whose province the
document names, weighed by titled sightings near its date (``_choose_home``), else the unplaced
one. Entities of one name that each held a senior post (a province's party secretary or
governor, national rank up to 国务委员) are then one career (``_join_careers``), as are a
province's party secretary or governor and the name's entity with national posts. Entity ids follow (name, province) order and are renumbered on each build.

``build_people`` fills person_entities, person_mentions, person_titles and event_people.
"""
from __future__ import annotations

import bisect
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..errors import NeicanError
from ..extractors.posts import APPOINTED, ELECTED, REMOVED, normalised_post
from ..extractors.regions import tables as region_tables
from ..resources.loader import titles as title_lexicon
from .reprints import day_number

_IN_CHUNK = 900  # SQLite's default limit on bound parameters is 999
# A title without a resolved region that is still a local office: 省长, 市委书记, 县委常委.
_LOCAL_TITLE = re.compile(
    r"^[省市县区州盟旗乡镇村]|[省市县州]委|[省市县区州]长|[省市县]政府|[省市县]人大|[省市县]政协"
)
_ROLES = ("hosts", "speakers", "participants")
_TAKEN_UP = (APPOINTED, ELECTED)
_NEAR_DAYS = 365  # titled sightings this close to an untitled mention vouch for an entity
_SENIOR_NATIONAL_RANK = 9  # titles.tsv ranks: 1 总书记 … 7 政治局委员, 国务院副总理 … 9 国务委员
_SENIOR_PROVINCE_RANK = 2  # 1 省委书记, 2 省长
_MUNICIPALITIES = frozenset(("11", "12", "31", "50"))  # 北京, 天津, 上海, 重庆


class UnknownEntity(NeicanError, KeyError):
    """No person entity has this id (or build_people has not run on this store)."""

    def __init__(self, entity_id: int):
        self.entity_id = entity_id
        super().__init__(f"no person entity {entity_id}; run build_people on this store first")

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0])


@dataclass
class PeopleStats:
    """What one ``build_people`` run wrote."""

    mentions: int = 0
    entities: int = 0
    placed: int = 0          # entities with a province
    names: int = 0
    event_links: int = 0     # event_people rows
    credits: int = 0         # mentions as a credit alone (视频编辑：X, 记者 X): no entity


@dataclass
class TitleHeld:
    """One title (with its region) an entity was seen with, and when."""

    title: str
    region: str | None
    region_code: str | None
    first_seen: str | None
    last_seen: str | None
    documents: int                       # distinct stories (reprint clusters) naming it
    evidence: list[str] = field(default_factory=list)  # document ids, earliest first
    printed: list[str] = field(default_factory=list)   # the forms the post was printed in (总书记, 中共中央总书记)
    taken_up: str | None = None  # published date of the first report appointing or electing it (任命, 当选)
    left: str | None = None      # published date of the last report removing it (免去…职务)


@dataclass
class Attended:
    """An event the entity hosted, spoke at or attended."""

    date: str | None
    kind: str | None
    name: str | None
    place: str | None
    role: str
    document: str
    title: str | None = None             # the document's headline


@dataclass
class PersonEntity:
    """A person entity as a list shows it."""

    entity_id: int
    name: str
    province: str | None
    first_seen: str | None
    last_seen: str | None
    documents: int


@dataclass
class Career(PersonEntity):
    """``career(store, entity_id)``: who, where, which titles when, which events.

    ``documents`` counts every copy naming the entity; a title's ``documents`` counts stories.
    """

    titles: list[TitleHeld]
    events: list[Attended]


@dataclass
class _Mention:
    doc_id: int
    published: str | None
    titles: list[dict[str, Any]]
    province: str | None = None   # province code the titles give
    local: bool = False           # untitled, or only regionless local titles


@dataclass
class _Entity:
    name: str
    province: str | None
    mentions: list[_Mention] = field(default_factory=list)


def province_code(region_code: str | None) -> str | None:
    """The province (GB/T 2260, ``xx0000``) a region code lies in."""
    if not region_code or len(region_code) != 6 or not region_code.isdigit():
        return None
    return region_code[:2] + "0000"


def province_name(code: str | None) -> str | None:
    region = region_tables().by_code.get(code or "")
    return region.name if region else None


def _place(mention: _Mention) -> None:
    """Set the mention's province from its titles (most titles win, then the first)."""
    provinces = Counter(province_code(t.get("region_code")) for t in mention.titles)
    provinces.pop(None, None)
    if provinces:
        best = max(provinces.values())
        mention.province = next(province_code(t.get("region_code")) for t in mention.titles
                                if provinces.get(province_code(t.get("region_code"))) == best)
        return
    mention.local = all(_LOCAL_TITLE.search(t.get("title") or "") for t in mention.titles)


def _resolve_name(store, name: str, mentions: list[_Mention]) -> list[_Entity]:
    """Split one name's mentions into entities: by title province, then by document regions."""
    placed: dict[str, _Entity] = {}
    unplaced = _Entity(name, None)
    pending: list[_Mention] = []
    for mention in mentions:
        _place(mention)
        if mention.province:
            placed.setdefault(mention.province, _Entity(name, mention.province)).mentions.append(mention)
        elif mention.titles and not mention.local:  # a national title: 国务院总理
            unplaced.mentions.append(mention)
        else:
            pending.append(mention)
    doc_provinces = _document_provinces(store, [m.doc_id for m in pending]) if placed and pending else {}
    evidence = {id(e): _Evidence(e.mentions) for e in (unplaced, *placed.values())}
    for mention in pending:
        home = _choose_home(mention, placed, unplaced, doc_provinces.get(mention.doc_id), evidence)
        home.mentions.append(mention)
    entities = sorted(placed.values(), key=lambda e: e.province)
    return _join_careers(([unplaced] if unplaced.mentions else []) + entities)


def _senior(title: dict[str, Any]) -> bool:
    """A post few people hold at once: Politburo, State Council and state leaders (national rank
    ≤ 9), a province's party secretary or governor, a municipality's party secretary or mayor."""
    entry = title_lexicon().get(title.get("title") or "")
    if entry is None or entry.rank is None:
        return False
    if entry.level == "national":
        return entry.rank <= _SENIOR_NATIONAL_RANK
    if entry.level == "province":
        return entry.rank <= _SENIOR_PROVINCE_RANK
    code = title.get("region_code") or ""
    if entry.level == "unit" and title.get("title") == "书记":
        # 天津市委委员、常委、书记: the organ printed once before the list, the secretary's post is
        # the province's (or the municipality's) where the region is one
        return code.endswith("0000")
    return entry.level == "prefecture" and entry.rank <= _SENIOR_PROVINCE_RANK and code.endswith("0000") \
        and code[:2] in _MUNICIPALITIES  # 上海市委书记: a province-level post


def _national(title: dict[str, Any]) -> bool:
    """A post of a national organ (not a profession's or a byline's word)."""
    entry = title_lexicon().get(title.get("title") or "")
    return entry is not None and entry.level == "national" and entry.category not in ("profession", "media")


def _join_careers(entities: list[_Entity]) -> list[_Entity]:
    """One person across provinces: the entities of one name that each held a senior post are one
    career (程远山 as party secretary of 贵州, then of 重庆, then in the Politburo). Two
    people of one name rarely both reach such posts; below them, namesakes stay apart."""
    senior = [e for e in entities if any(_senior(t) for m in e.mentions for t in m.titles)]
    if len(senior) == 1 and senior[0].province is not None:
        # a province's party secretary or governor and the name's national posts (全国政协副主席,
        # 中央组织部部长, 中央委员): few hold either, so the two are one career
        senior += [e for e in entities if e.province is None and any(_national(t) for m in e.mentions for t in m.titles)]
    if len(senior) < 2:
        return entities
    unplaced = next((e for e in senior if e.province is None), None)
    latest = max(senior, key=lambda e: max((m.published or "" for m in e.mentions), default=""))
    career = _Entity(senior[0].name, None if unplaced is not None else latest.province)
    for entity in senior:
        career.mentions.extend(entity.mentions)
    others = [e for e in entities if e not in senior]
    if career.province is None:  # the name's other unplaced mentions are the same person's
        others_unplaced = [e for e in others if e.province is None]
        for entity in others_unplaced:
            career.mentions.extend(entity.mentions)
        others = [e for e in others if e.province is not None]
    return [career] + others


class _Evidence:
    """When an entity was seen with titles, to weigh it against another near a given date."""

    def __init__(self, titled: list[_Mention]):
        self.days = sorted(day_number(m.published) for m in titled if m.published)
        self.total = len(titled)

    def near(self, published: str | None) -> int:
        if not published:
            return self.total
        day = day_number(published)
        return bisect.bisect_right(self.days, day + _NEAR_DAYS) - bisect.bisect_left(self.days, day - _NEAR_DAYS)


def _choose_home(mention: _Mention, placed: dict[str, _Entity], unplaced: _Entity,
                 provinces: Counter | None, evidence: dict[int, _Evidence]) -> _Entity:
    """Where an untitled (or locally titled) mention belongs.

    Candidates are the entities of this name placed in a province the document names, and, for
    an untitled mention, the unplaced (national) entity. The one seen with titles most often
    within a year of the mention wins (习近平 in a story naming 北京 stays national; 李刚 in a
    2019 story naming 上海 is 上海's 李刚); with no titled sighting near, the province the
    document names most; with none named, the unplaced entity.
    """
    candidates = [placed[code] for code in (provinces or ()) if code in placed]
    if not candidates:
        return unplaced
    if not mention.titles:
        candidates.append(unplaced)
    scores = {id(e): evidence[id(e)].near(mention.published) for e in candidates}
    if any(scores.values()):
        return max(candidates, key=lambda e: (scores[id(e)], e.province is not None))
    placed_only = [e for e in candidates if e.province]
    return max(placed_only, key=lambda e: (provinces[e.province], len(e.mentions), e.province))


def _people_by_name(store, page: int = 5000) -> Iterator[tuple[str, list[_Mention]]]:
    """(name, mentions) for every person name, in name order, read a page of rows at a time."""
    current, mentions, after = None, [], ("", 0)
    while True:
        rows = store.query(
            "SELECT p.name, p.rowid, p.doc_id, substr(d.published, 1, 10), p.titles FROM people p"
            " JOIN documents d ON d.rowid = p.doc_id WHERE (p.name, p.rowid) > (?, ?) AND p.name != ''"
            " ORDER BY p.name, p.rowid LIMIT ?",
            (*after, page),
        )
        for name, _, doc_id, published, titles in rows:
            if name != current:
                if mentions:
                    yield current, mentions
                current, mentions = name, []
            mentions.append(_Mention(doc_id, published, _titles(titles)))
        if len(rows) < page:
            break
        after = rows[-1][:2]
    if mentions:
        yield current, mentions


# The words a report's credits print with a name: who wrote, shot, edited or checked it
_CREDIT_WORDS = ("编辑", "记者", "通讯员", "责编", "美编", "编审", "审核", "审校", "校对", "监制", "摄影", "摄像", "出品人")


def credit_only(titles: list[dict[str, Any]]) -> bool:
    """Whether a person's mention with ``titles`` (a record's people[].titles) is a credit and
    nothing else: every title a credit word (视频编辑, 文字编辑, 本报记者), and one at least."""
    held = [str(t.get("title") or "") for t in titles if isinstance(t, dict)]
    return bool(held) and all(map(_is_credit, held))


def _is_credit(title: str) -> bool:
    return title.endswith(_CREDIT_WORDS) and not title.endswith("总编辑")  # 总编辑 heads a paper: a post


def _titles(raw: str | None) -> list[dict[str, Any]]:
    try:
        titles = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [t for t in titles if isinstance(t, dict)] if isinstance(titles, list) else []


def _document_provinces(store, doc_ids: Iterable[int]) -> dict[int, Counter]:
    """Province code -> mentions, per document, from the regions table."""
    found: dict[int, Counter] = defaultdict(Counter)
    ids = sorted(set(doc_ids))
    for start in range(0, len(ids), _IN_CHUNK):
        chunk = ids[start:start + _IN_CHUNK]
        rows = store.query(
            f"SELECT doc_id, code, count FROM regions WHERE doc_id IN ({','.join('?' * len(chunk))})", tuple(chunk)
        )
        for doc_id, code, count in rows:
            province = province_code(code)
            if province:
                found[doc_id][province] += count or 1
    return found


def person_id(name: str, province: str | None, taken: set[int] | frozenset[int] = frozenset()) -> int:
    """The stable id of the entity ``name`` resolves to in ``province`` (a code; None: unplaced).

    The id is the first 6 bytes of SHA-1 of ``name`` and the province code (empty when unplaced),
    so rebuilding person entities on the same store keeps every id and every link to it. In the
    unlikely case that another entity already holds it, ``#1``, ``#2`` … are appended to the key.
    Example: ``person_id("林慕白", "330000")`` → the same 15-digit number on every run.
    """
    for attempt in range(1000):
        key = f"{name}\t{province or ''}" + (f"#{attempt}" if attempt else "")
        number = int.from_bytes(hashlib.sha1(key.encode("utf-8")).digest()[:6], "big")
        if number not in taken:
            return number
    raise RuntimeError(f"no free person id for {name!r}")  # 1000 collisions in 2**48: not a real case


def build_people(store) -> PeopleStats:
    """Recompute person entities from the people table, and who attended which event.

    Example: ``build_people(store).entities`` → 2 (林慕白 of 浙江省 and 林慕白 of 四川省).
    """
    stats = PeopleStats()
    entity_rows, mention_rows, title_rows = [], [], []
    by_doc_name: dict[tuple[int, str], int] = {}
    by_name: dict[str, list[tuple[int, str | None]]] = defaultdict(list)
    taken: set[int] = set()
    for name, mentions in _people_by_name(store):
        stats.names += 1
        stats.mentions += len(mentions)
        # a credit (视频编辑：X, 记者 X) names who made the report, not a person of the story: a name
        # met only in credits makes no entity; the records keep it among their editors and authors
        story = [m for m in mentions if not credit_only(m.titles)]
        stats.credits += len(mentions) - len(story)
        for entity in _resolve_name(store, name, story) if story else ():
            entity_id = person_id(name, entity.province, taken)
            taken.add(entity_id)
            dates = [m.published for m in entity.mentions if m.published]
            entity_rows.append((entity_id, name, province_name(entity.province), entity.province,
                                min(dates, default=None), max(dates, default=None),
                                len({m.doc_id for m in entity.mentions})))
            stats.placed += entity.province is not None
            by_name[name].append((entity_id, entity.province))
            for mention in entity.mentions:
                by_doc_name[(mention.doc_id, name)] = entity_id
                mention_rows.append((entity_id, mention.doc_id))
                title_rows.extend(
                    (entity_id, mention.doc_id, t.get("title"), t.get("region"), t.get("region_code"),
                     province_code(t.get("region_code")), t.get("change"))
                    for t in mention.titles
                )
    stats.entities = len(entity_rows)
    event_rows = list(_event_people(store, by_doc_name, by_name))
    stats.event_links = len(event_rows)
    store.replace_derived({
        "person_entities": (("entity_id", "name", "province", "province_code", "first_seen", "last_seen",
                             "documents"), entity_rows),
        "person_mentions": (("entity_id", "doc_id"), mention_rows),
        "person_titles": (("entity_id", "doc_id", "title", "region", "region_code", "province_code", "change"), title_rows),
        "event_people": (("event_id", "doc_id", "entity_id", "role"), event_rows),
    })
    return stats


def _event_people(store, by_doc_name: dict[tuple[int, str], int],
                  by_name: dict[str, list[tuple[int, str | None]]]) -> Iterator[tuple[int, int, int, str]]:
    """(event_id, doc_id, entity_id, role) for every named host, speaker and participant."""
    rows = store.query("SELECT rowid, doc_id, data FROM events WHERE data IS NOT NULL")
    for event_id, doc_id, data in rows:
        try:
            item = json.loads(data)
        except ValueError:
            continue
        seen: set[int] = set()
        for role in _ROLES:
            for name in item.get(role) or []:
                entity_id = by_doc_name.get((doc_id, name)) or _only_entity(by_name.get(name))
                if entity_id and entity_id not in seen:  # first role wins: host over participant
                    seen.add(entity_id)
                    yield event_id, doc_id, entity_id, role.rstrip("s")


def _only_entity(entities: list[tuple[int, str | None]] | None) -> int | None:
    """An event name the people extractor missed in that document: its unplaced entity, if any."""
    for entity_id, province in entities or ():
        if province is None:
            return entity_id
    return entities[0][0] if entities and len(entities) == 1 else None


def career(store, entity_id: int, evidence: int = 10, dedupe: bool = True) -> Career:
    """Titles an entity held (with region, first and last seen, evidence) and events attended.

    Example: ``career(store, 7).titles[0]`` → ``TitleHeld(title="副省长", region="浙江省", ...)``.
    A post printed in several forms is one entry, under its normalised form (extractors.posts.normalised_post).
    """
    found = store.query(
        "SELECT name, province, first_seen, last_seen, documents FROM person_entities WHERE entity_id = ?",
        (entity_id,),
    )
    if not found:
        raise UnknownEntity(entity_id)
    name, province, first_seen, last_seen, documents = found[0]
    story = "COALESCE(c.cluster_id, d.rowid)" if dedupe else "d.rowid"
    rows = store.query(
        f"SELECT t.title, t.region, t.region_code, substr(d.published, 1, 10), d.id, {story}, t.change"
        " FROM person_titles t JOIN documents d ON d.rowid = t.doc_id"
        " LEFT JOIN clusters c ON c.doc_id = d.rowid"
        " WHERE t.entity_id = ? ORDER BY d.published, d.rowid",
        (entity_id,),
    )
    held: dict[tuple, TitleHeld] = {}
    stories: dict[tuple, set] = defaultdict(set)
    for title, region, code, published, doc_id, story_id, change in rows:
        post = normalised_post(title) if title else title  # 外长 and 外交部部长: one post held
        key = (post, region, code)
        entry = held.setdefault(key, TitleHeld(post, region, code, published, published, 0))
        if title and title not in entry.printed:
            entry.printed.append(title)
        if change in _TAKEN_UP and published and not entry.taken_up:
            entry.taken_up = published  # the earliest report of the appointment or election
        elif change == REMOVED and published:
            entry.left = published
        entry.first_seen = entry.first_seen or published
        entry.last_seen = published or entry.last_seen
        if story_id not in stories[key]:
            stories[key].add(story_id)
            if len(entry.evidence) < evidence:
                entry.evidence.append(doc_id)
    for key, entry in held.items():
        entry.documents = len(stories[key])
    titles = sorted(held.values(), key=lambda t: (t.first_seen or "", t.title or ""))
    return Career(entity_id, name, province, first_seen, last_seen, documents, titles,
                  _attended(store, entity_id, dedupe))


def _attended(store, entity_id: int, dedupe: bool) -> list[Attended]:
    rows = store.query(
        "SELECT e.date, e.kind, e.name, e.place, p.role, d.id, COALESCE(c.cluster_id, d.rowid),"
        " substr(d.published, 1, 10), d.title"
        " FROM event_people p JOIN events e ON e.rowid = p.event_id JOIN documents d ON d.rowid = p.doc_id"
        " LEFT JOIN clusters c ON c.doc_id = d.rowid"
        " WHERE p.entity_id = ? ORDER BY d.published, d.rowid",
        (entity_id,),
    )
    events, seen = [], set()
    for date, kind, name, place, role, doc_id, story, published, title in rows:
        date = resolve_date(date, published)
        key = (story, kind, date, name)
        if dedupe and key in seen:
            continue
        seen.add(key)
        events.append(Attended(date, kind, name, place, role, doc_id, title))
    return events


def resolve_date(date: str | None, published: str | None) -> str | None:
    """An event date with its year filled from the document (``--05-01`` → ``2024-05-01``)."""
    if date and date.startswith("--") and published:
        return published[:4] + date[1:]
    return date or (published[:10] if published else None)
