"""Formulation discovery: phrases a corpus repeats that the tifa lexicon does not know yet.

Candidates are the quoted phrases (and numbered formulations) the extractors stored, minus
every lexicon term and variant, ranked by how far they spread: documents, outlets, provinces,
months. Breadth beats volume: a slogan one outlet repeats daily ranks below one that several
provinces' papers pick up.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..resources.loader import tifa

_SQL = """
SELECT f.text,
       COUNT(DISTINCT d.rowid)                     AS documents,
       SUM(f.count)                                AS mentions,
       COUNT(DISTINCT d.source)                    AS outlets,
       COUNT(DISTINCT substr(d.published, 1, 7))   AS months,
       MIN(d.published)                            AS first_seen,
       (SELECT COUNT(DISTINCT r.code) FROM regions r JOIN formulations f2 ON f2.doc_id = r.doc_id
         WHERE f2.text = f.text AND f2.kind = f.kind AND r.level = 'province') AS provinces,
       f.kind
  FROM formulations f JOIN documents d ON d.rowid = f.doc_id
 WHERE f.kind IN ({kinds})
 GROUP BY f.text, f.kind
HAVING COUNT(DISTINCT d.rowid) >= ?
"""


@dataclass
class Candidate:
    text: str
    kind: str
    documents: int
    mentions: int
    outlets: int
    provinces: int
    months: int
    first_seen: str | None
    first_document: str | None
    score: float


def spread_score(documents: int, outlets: int, provinces: int, months: int) -> float:
    """Breadth of use: each dimension counts on a log scale, so none dominates."""
    return round(math.log1p(documents) * (1 + math.log1p(outlets)) * (1 + math.log1p(provinces))
                 * (1 + math.log1p(months)), 3)


# Quoted things that are not formulations: numbers and day names (五一, 七一, 315), names of
# ships, reactors and trains (蛟龙号, 华龙一号, 复兴号), single characters.
_NOT_CANDIDATE = re.compile(r"^(.|[\d一二三四五六七八九十百千万两·.]+|.*号|\d+后)$")


def known_forms() -> frozenset[str]:
    return frozenset(f for entry in tifa() for f in (entry.term, *entry.variants))


def discover(store, top: int = 50, min_documents: int = 3, kinds=("quoted",)) -> list[Candidate]:
    """The ``top`` candidate formulations in ``store`` not in the lexicon, widest spread first."""
    known = known_forms()
    sql = _SQL.format(kinds=",".join("?" for _ in kinds))
    rows = store.query(sql, (*kinds, min_documents))
    candidates = []
    for text, documents, mentions, outlets, months, first_seen, provinces, kind in rows:
        if text in known or _NOT_CANDIDATE.match(text):
            continue
        candidates.append(Candidate(text, kind, documents, mentions or 0, outlets, provinces, months, first_seen,
                                    None, spread_score(documents, outlets, provinces, months)))
    candidates.sort(key=lambda c: (-c.score, c.first_seen or ""))
    chosen = candidates[:top]
    for candidate in chosen:
        row = store.query("SELECT d.id FROM formulations f JOIN documents d ON d.rowid = f.doc_id "
                          "WHERE f.text = ? AND f.kind = ? ORDER BY d.published LIMIT 1",
                          (candidate.text, candidate.kind))
        candidate.first_document = row[0][0] if row else None
    return chosen
