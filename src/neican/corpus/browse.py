"""Small reads for browsing a store: who a document's names resolve to, its reprints, top lists.

The web pages link from a document to person entities and from a home page to the busiest
people, formulations and regions; these are the lookups behind those links. Like the rest of
``neican.corpus`` they return dataclasses and read person entities and clusters as last built.
"""
from __future__ import annotations

from dataclasses import dataclass

from .analytics import STORY
from .people import PersonEntity


@dataclass
class Copy:
    """Another copy of a document's story (same reprint cluster)."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    canonical: bool
    similarity: float | None


@dataclass
class Count:
    """A name (formulation, region, outlet) and the stories that carry it."""

    text: str
    code: str | None
    stories: int


_ENTITY_COLUMNS = "p.entity_id, p.name, p.province, p.first_seen, p.last_seen, p.documents"


def document_people(store, doc_id: str) -> dict[str, int]:
    """Person name → entity id for the people of one document (empty before build_people).

    Example: ``document_people(store, "340306f361d7dd74")["张雷"]`` → 29.
    """
    rows = store.query(
        "SELECT p.name, m.entity_id FROM person_mentions m JOIN person_entities p ON p.entity_id = m.entity_id"
        " JOIN documents d ON d.rowid = m.doc_id WHERE d.id = ?",
        (doc_id,),
    )
    return dict(rows)


def find_people(store, name: str) -> list[PersonEntity]:
    """Every entity with this name (one per province its titles place it in), busiest first.

    Example: ``[p.province for p in find_people(store, "王浩")]`` → ``["浙江省", "四川省"]``.
    """
    rows = store.query(
        f"SELECT {_ENTITY_COLUMNS} FROM person_entities p WHERE p.name = ? ORDER BY p.documents DESC, p.entity_id",
        (name,),
    )
    return [PersonEntity(*row) for row in rows]


def top_people(store, limit: int = 20) -> list[PersonEntity]:
    """The person entities named in the most documents.

    Example: ``top_people(store, 1)[0].name`` → ``"习近平"``.
    """
    rows = store.query(
        f"SELECT {_ENTITY_COLUMNS} FROM person_entities p ORDER BY p.documents DESC, p.entity_id LIMIT ?", (limit,)
    )
    return [PersonEntity(*row) for row in rows]


def reprints(store, doc_id: str) -> list[Copy]:
    """The other copies in a document's reprint cluster, canonical copy first.

    Example: ``[c.source for c in reprints(store, doc_id)]`` → ``["新华社", "辽宁日报"]``.
    """
    rows = store.query(
        "SELECT d.id, d.title, d.published, d.source, c.canonical, c.similarity FROM clusters c"
        " JOIN documents d ON d.rowid = c.doc_id"
        " WHERE c.cluster_id = (SELECT c2.cluster_id FROM clusters c2 JOIN documents d2 ON d2.rowid = c2.doc_id"
        "                       WHERE d2.id = ?) AND d.id != ?"
        " ORDER BY c.canonical DESC, d.published, d.rowid",
        (doc_id, doc_id),
    )
    return [Copy(id_, title, published, source, bool(canonical), similarity)
            for id_, title, published, source, canonical, similarity in rows]


def top_formulations(store, limit: int = 20) -> list[Count]:
    """Formulations (canonical term where the lexicon gives one) in the most stories.

    Example: ``top_formulations(store, 1)[0].text`` → ``"高质量发展"``.
    """
    rows = store.query(
        f"SELECT COALESCE(json_extract(f.data, '$.canonical'), f.text) AS term, COUNT(DISTINCT {STORY}) AS n"
        " FROM formulations f JOIN documents d ON d.rowid = f.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid"
        " WHERE length(f.text) > 1 GROUP BY term ORDER BY n DESC, term LIMIT ?",
        (limit,),
    )
    return [Count(text, None, n) for text, n in rows]


def top_regions(store, limit: int = 40, level: str | None = "province") -> list[Count]:
    """Regions (of ``level``; None for any) named in the most stories.

    Example: ``top_regions(store, 1)[0]`` → ``Count(text="北京市", code="110000", stories=812)``.
    """
    level_clause = "AND r.level = ?" if level else ""
    rows = store.query(
        f"SELECT MIN(r.name), r.code, COUNT(DISTINCT {STORY}) AS n FROM regions r"
        " JOIN documents d ON d.rowid = r.doc_id LEFT JOIN clusters c ON c.doc_id = d.rowid"
        f" WHERE r.code IS NOT NULL {level_clause} GROUP BY r.code ORDER BY n DESC, r.code LIMIT ?",
        (level, limit) if level else (limit,),
    )
    return [Count(name, code, n) for name, code, n in rows]


def documents_by_month(store) -> dict[str, int]:
    """Documents per month of publication (``YYYY-MM``), oldest first; undated ones left out.

    Example: ``documents_by_month(store)`` → ``{"2021-04": 1, "2023-04": 1}``.
    """
    rows = store.query(
        "SELECT substr(published, 1, 7) AS month, COUNT(*) FROM documents"
        " WHERE published IS NOT NULL AND published != '' GROUP BY month ORDER BY month"
    )
    return dict(rows)
