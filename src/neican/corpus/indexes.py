"""Browsable indexes of a store: people, formulations and regions, searchable, sortable, a page at a time.

Each function returns an ``IndexPage`` (how many match in all, and one page of them) so a web
page, a CSV export and the JSON API page through the same list. Counts are of stories (reprint
clusters count once), as elsewhere in ``neican.corpus``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from ..store.fts import fold
from .analytics import STORY
from .people import PersonEntity
from .regionref import resolve_region

T = TypeVar("T")

PEOPLE_ORDERS = {"documents": "p.documents DESC, p.name, p.entity_id", "name": "p.name, p.entity_id",
                 "first_seen": "p.first_seen IS NULL, p.first_seen, p.entity_id",
                 "last_seen": "p.last_seen IS NULL, p.last_seen DESC, p.entity_id"}
FORMULATION_ORDERS = {"stories": "stories DESC, term", "first_use": "first_use IS NULL, first_use, term",
                      "newest": "last_use IS NULL, last_use DESC, term", "text": "term"}
REGION_LEVELS = ("province", "prefecture", "county")


@dataclass
class IndexPage(Generic[T]):
    """``items`` after ``offset`` of the ``total`` entries that match."""

    total: int
    offset: int
    limit: int
    items: list[T]


@dataclass
class FormulationEntry:
    """A formulation (its canonical term) with its first use and how far it spread."""

    text: str
    stories: int
    first_use: str | None      # earliest publication date of a document using it
    last_use: str | None
    provinces: int             # provinces named in the documents that use it


@dataclass
class RegionEntry:
    """A region (GB/T 2260) and the stories naming it."""

    name: str
    code: str
    level: str | None
    stories: int


def _like(text: str) -> str:
    """A LIKE pattern for ``text`` anywhere, with LIKE's wildcards taken literally (ESCAPE '\\')."""
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def people_index(store, name: str | None = None, province: str | None = None, post: str | None = None,
                 order: str = "documents", limit: int = 50, offset: int = 0) -> IndexPage[PersonEntity]:
    """Person entities whose name contains ``name``, placed in ``province``, ever titled with ``post``.

    Example: ``people_index(store, province="浙江", post="省长").items[0].name``.
    """
    if order not in PEOPLE_ORDERS:
        raise ValueError(f"order must be one of {', '.join(PEOPLE_ORDERS)}, not {order!r}")
    clauses, params = [], []
    if name:
        clauses.append("p.name LIKE ? ESCAPE '\\'")
        params.append(_like(name))
    if province:
        clauses.append("p.province_code = ?")
        params.append(resolve_region(store, province).province_code)
    if post:
        clauses.append("p.entity_id IN (SELECT entity_id FROM person_titles WHERE title LIKE ? ESCAPE '\\')")
        params.append(_like(post))
    where = " AND ".join(clauses) or "1"
    total = store.query(f"SELECT count(*) FROM person_entities p WHERE {where}", tuple(params))[0][0]
    rows = store.query(
        "SELECT p.entity_id, p.name, p.province, p.first_seen, p.last_seen, p.documents FROM person_entities p"
        f" WHERE {where} ORDER BY {PEOPLE_ORDERS[order]} LIMIT ? OFFSET ?", (*params, limit, offset))
    return IndexPage(total, offset, limit, [PersonEntity(*row) for row in rows])


_TERM = "COALESCE(json_extract(f.data, '$.canonical'), f.text)"


def formulations_index(store, text: str | None = None, order: str = "stories", limit: int = 50,
                       offset: int = 0) -> IndexPage[FormulationEntry]:
    """Formulations (canonical term where the lexicon gives one) containing ``text``, with first use and spread.

    Example: ``formulations_index(store, "发展", order="first_use").items[0].first_use``.
    """
    if order not in FORMULATION_ORDERS:
        raise ValueError(f"order must be one of {', '.join(FORMULATION_ORDERS)}, not {order!r}")
    having, params = "", []
    if text:
        having = " HAVING term LIKE ? ESCAPE '\\'"
        params.append(_like(text))
    grouped = (f"SELECT {_TERM} AS term, COUNT(DISTINCT {STORY}) AS stories,"
               " min(substr(d.published, 1, 10)) AS first_use, max(substr(d.published, 1, 10)) AS last_use"
               " FROM formulations f JOIN documents d ON d.rowid = f.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid"
               f" WHERE length(f.text) > 1 GROUP BY term{having}")
    total = store.query(f"SELECT count(*) FROM ({grouped})", tuple(params))[0][0]
    rows = store.query(f"SELECT * FROM ({grouped}) ORDER BY {FORMULATION_ORDERS[order]} LIMIT ? OFFSET ?",
                       (*params, limit, offset))
    spread = _provinces_using(store, [row[0] for row in rows])
    return IndexPage(total, offset, limit, [FormulationEntry(term, stories, first, last, spread.get(term, 0))
                                            for term, stories, first, last in rows])


def _provinces_using(store, terms: list[str]) -> dict[str, int]:
    """How many provinces the documents using each term name (only the terms of one page: it is a join)."""
    if not terms:
        return {}
    marks = ", ".join("?" * len(terms))
    rows = store.query(
        f"SELECT {_TERM} AS term, COUNT(DISTINCT substr(r.code, 1, 2)) FROM formulations f"
        " JOIN regions r ON r.doc_id = f.doc_id"
        f" WHERE r.code IS NOT NULL AND (f.text IN ({marks}) OR json_extract(f.data, '$.canonical') IN ({marks}))"
        " GROUP BY term", (*terms, *terms))
    return dict(rows)


def regions_index(store, name: str | None = None, level: str | None = "province", limit: int = 50,
                  offset: int = 0) -> IndexPage[RegionEntry]:
    """Regions of ``level`` (None: any) whose name contains ``name``, by stories naming them.

    Example: ``regions_index(store, level="prefecture", name="沈阳").items[0].code`` → ``"210100"``.
    """
    if level is not None and level not in REGION_LEVELS:
        raise ValueError(f"level must be one of {', '.join(REGION_LEVELS)}, not {level!r}")
    clauses, params = ["r.code IS NOT NULL"], []
    if level:
        clauses.append("r.level = ?")
        params.append(level)
    if name:
        clauses.append("r.name LIKE ? ESCAPE '\\'")
        params.append(_like(name))
    grouped = (f"SELECT MIN(r.name), r.code, MIN(r.level), COUNT(DISTINCT {STORY}) AS stories FROM regions r"
               " JOIN documents d ON d.rowid = r.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid"
               f" WHERE {' AND '.join(clauses)} GROUP BY r.code")
    total = store.query(f"SELECT count(*) FROM ({grouped})", tuple(params))[0][0]
    rows = store.query(f"{grouped} ORDER BY stories DESC, r.code LIMIT ? OFFSET ?", (*params, limit, offset))
    return IndexPage(total, offset, limit, [RegionEntry(*row) for row in rows])

