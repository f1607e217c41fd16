"""Formulation discovery: phrases a corpus repeats that the tifa lexicon does not know yet.

Candidates are the quoted phrases (and numbered formulations) the extractors stored, minus
every lexicon term and variant, ranked by how far they spread: distinct years, months, outlets
and provinces. Breadth beats volume: the raw document count only breaks ties, so a slogan one
outlet repeats daily for a month ranks below one that several provinces' papers use for years.
Each candidate carries its evidence (first dated use, documents, spread) and can be written as
a lexicon row for curation (``candidate_rows``).
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
       COUNT(DISTINCT substr(d.published, 1, 4))   AS years,
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
    years: int = 0


def spread_score(years: int, months: int, outlets: int, provinces: int) -> float:
    """Breadth of use across time (years, months) and place (outlets, provinces), each on a log
    scale so that none dominates; how many documents repeat a phrase does not enter."""
    return round((1 + math.log1p(years)) * (1 + math.log1p(months)) * (1 + math.log1p(outlets))
                 * (1 + math.log1p(provinces)), 3)


def rank(candidates: list[Candidate]) -> list[Candidate]:
    """Widest spread first; then more documents, then the earlier first use."""
    return sorted(candidates, key=lambda c: (-c.score, -c.documents, c.first_seen or ""))


# A candidate as a tifa.tsv row to curate (category left for the curator), then its evidence.
CANDIDATE_COLUMNS = ("term", "category", "since", "variants", "source", "documents", "first_seen",
                     "years", "months", "outlets", "provinces", "score")


def candidate_rows(candidates: list[Candidate], source: str) -> list[tuple[str, ...]]:
    """Rows under CANDIDATE_COLUMNS: ``since`` is the year of first dated use, ``source`` names
    where the evidence comes from (e.g. "xwlb discover 2026-12-05")."""
    return [(c.text, "", (c.first_seen or "")[:4], "", source, str(c.documents), (c.first_seen or "")[:10],
             str(c.years), str(c.months), str(c.outlets), str(c.provinces), f"{c.score:g}") for c in candidates]


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
    for text, documents, mentions, outlets, months, years, first_seen, provinces, kind in rows:
        if text in known or _NOT_CANDIDATE.match(text):
            continue
        candidates.append(Candidate(text, kind, documents, mentions or 0, outlets, provinces, months, first_seen,
                                    None, spread_score(years, months, outlets, provinces), years))
    chosen = rank(candidates)[:top]
    for candidate in chosen:
        row = store.query("SELECT d.id FROM formulations f JOIN documents d ON d.rowid = f.doc_id "
                          "WHERE f.text = ? AND f.kind = ? ORDER BY d.published LIMIT 1",
                          (candidate.text, candidate.kind))
        candidate.first_document = row[0][0] if row else None
    return chosen
