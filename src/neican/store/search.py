"""Full-text queries against the contentless index, with snippets cut from documents.text."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any

from neican.store.fts import make_snippet, match_expression

# A title match counts twice a body match.
_RANK = "bm25(documents_fts, 2.0, 1.0)"


@dataclass(frozen=True)
class SearchHit:
    """One matching document; ``rank`` is bm25, lower is better."""

    id: str
    title: str | None
    published: str | None
    source: str | None
    snippet: str
    rank: float


@dataclass(frozen=True)
class Filters:
    """Restrictions beside the query. Dates are ISO prefixes; ``date_to`` includes its whole day.

    ``year`` keeps one year of publication; ``province`` (a GB/T 2260 province code, ``210000``)
    keeps documents naming a place in it; ``person`` (an entity id) documents naming that person.
    """

    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    year: str | None = None
    province: str | None = None
    person: int | None = None

    def where(self) -> tuple[str, dict[str, Any]]:
        clauses, params = [], {}
        if self.source is not None:
            clauses.append("d.source = :source")
            params["source"] = self.source
        if self.date_from:
            clauses.append("d.published >= :date_from")
            params["date_from"] = self.date_from
        if self.date_to:
            # Compare on date_to's precision, so 2024-05-01 keeps 2024-05-01T18:00:00+08:00.
            clauses.append("substr(d.published, 1, length(:date_to)) <= :date_to")
            params["date_to"] = self.date_to
        if self.year:
            clauses.append("substr(d.published, 1, 4) = :year")
            params["year"] = self.year
        if self.province:
            clauses.append("d.rowid IN (SELECT doc_id FROM regions"
                           " WHERE code BETWEEN :province_low AND :province_high)")
            params |= {"province_low": self.province[:2] + "0000", "province_high": self.province[:2] + "9999"}
        if self.person is not None:
            clauses.append("d.rowid IN (SELECT doc_id FROM person_mentions WHERE entity_id = :person)")
            params["person"] = self.person
        return "".join(f" AND {clause}" for clause in clauses), params


# How hits can be ordered: best match first, or by publication time.
ORDERS = {
    "relevance": "rank",
    "newest": "d.published IS NULL, d.published DESC, rank",
    "oldest": "d.published IS NULL, d.published ASC, rank",
}


@dataclass(frozen=True)
class FacetValue:
    """One value of a facet and how many matching documents have it."""

    value: str
    label: str
    count: int


def search(conn: sqlite3.Connection, query: str, limit: int, offset: int, filters: Filters,
           order: str = "relevance") -> list[SearchHit]:
    """``limit`` matches after ``offset``, in ``order`` (a key of ORDERS: best first by default)."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    where, params = filters.where()
    # The texts (for snippets) are read after the sort, for the page's documents only: in the
    # sorted query SQLite would unpack the text of every match (18,000 for 经济 on xwlb).
    sql = (
        f"SELECT d.rowid, d.id, d.title, d.published, d.source, {_RANK} AS rank"
        " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
        f" WHERE documents_fts MATCH :match{where}"
        f" ORDER BY {ORDERS[order]} LIMIT :limit OFFSET :offset"
    )
    params |= {"match": expression, "limit": limit, "offset": max(0, offset)}
    page = conn.execute(sql, params).fetchall()
    marks = ", ".join("?" * len(page))
    texts = dict(conn.execute(f"SELECT rowid, neican_text(text) FROM documents WHERE rowid IN ({marks})",
                              [row[0] for row in page]))
    return [
        SearchHit(id=id_, title=title, published=published, source=source,
                  snippet=make_snippet(texts.get(rowid) or "", query), rank=rank)
        for rowid, id_, title, published, source, rank in page
    ]


def count_matches(conn: sqlite3.Connection, query: str, filters: Filters) -> int:
    """How many documents match, for paging."""
    expression = match_expression(query)
    if expression is None:
        return 0
    where, params = filters.where()
    if where:
        sql = (
            "SELECT count(*) FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
            f" WHERE documents_fts MATCH :match{where}"
        )
    else:
        sql = "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :match"
    return conn.execute(sql, params | {"match": expression}).fetchone()[0]


# Facets of the matching documents: year, outlet, province named, person named (entity).
_FACETS = """
WITH hits AS MATERIALIZED (
  SELECT d.rowid AS doc, d.published, d.source FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid
   WHERE documents_fts MATCH :match{where})
SELECT * FROM (SELECT 'year', substr(published, 1, 4), NULL, count(*) AS n FROM hits
                WHERE published IS NOT NULL AND published != '' GROUP BY 2 ORDER BY 2 DESC LIMIT :years)
UNION ALL
SELECT * FROM (SELECT 'source', source, NULL, count(*) AS n FROM hits
                WHERE source IS NOT NULL GROUP BY 2 ORDER BY n DESC, 2 LIMIT :top)
UNION ALL
SELECT * FROM (SELECT 'province', province || '0000', NULL, count(*) AS n
                 FROM (SELECT DISTINCT r.doc_id, substr(r.code, 1, 2) AS province
                         FROM hits JOIN regions r ON r.doc_id = hits.doc WHERE r.code IS NOT NULL)
                GROUP BY province ORDER BY n DESC, province LIMIT :top)
UNION ALL
-- build_people gives a document one row per entity it names, so rows count documents.
SELECT * FROM (SELECT 'person', CAST(m.entity_id AS TEXT), p.name, count(*) AS n
                 FROM hits JOIN person_mentions m ON m.doc_id = hits.doc
                 JOIN person_entities p ON p.entity_id = m.entity_id
                GROUP BY m.entity_id ORDER BY n DESC, p.name LIMIT :top)
"""


def facets(conn: sqlite3.Connection, query: str, filters: Filters, top: int = 12,
           province_name: Any = None) -> dict[str, list[FacetValue]]:
    """Counts of matching documents by year (every year, newest first), source, province and person (``top`` each).

    ``province_name`` turns a province code into its name for the label (the code otherwise).
    """
    found: dict[str, list[FacetValue]] = {"year": [], "source": [], "province": [], "person": []}
    expression = match_expression(query)
    if expression is None:
        return found
    where, params = filters.where()
    rows = conn.execute(_FACETS.format(where=where), params | {"match": expression, "top": top, "years": 1000})
    for facet, value, label, count in rows:
        if facet == "province" and province_name is not None:
            label = province_name(value)
        found[facet].append(FacetValue(value, label or value, count))
    return found
