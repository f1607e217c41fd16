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
    """Restrictions beside the query. Dates are ISO prefixes; ``date_to`` includes its whole day."""

    source: str | None = None
    date_from: str | None = None
    date_to: str | None = None

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
        return "".join(f" AND {clause}" for clause in clauses), params


def search(conn: sqlite3.Connection, query: str, limit: int, offset: int, filters: Filters) -> list[SearchHit]:
    """The best ``limit`` matches after ``offset``, best first."""
    expression = match_expression(query)
    if expression is None or limit <= 0:
        return []
    where, params = filters.where()
    sql = (
        f"SELECT d.id, d.title, d.published, d.source, d.text, {_RANK} AS rank"
        " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
        f" WHERE documents_fts MATCH :match{where}"
        " ORDER BY rank LIMIT :limit OFFSET :offset"
    )
    params |= {"match": expression, "limit": limit, "offset": max(0, offset)}
    return [
        SearchHit(id=id_, title=title, published=published, source=source,
                  snippet=make_snippet(text, query), rank=rank)
        for id_, title, published, source, text, rank in conn.execute(sql, params)
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
