"""Reprint clusters in the store: copies of one story, whatever script, pinyin or mojibake they carry.

The detection itself lives in ``corpus/fingerprints.py`` (pure functions the Spark job shares):
each document's text is reduced to GB2312 hanzi and digits, cut into winnowed 5-shingle
fingerprints (about 200 a 1,000-character story, kept while the documents stream past, never
the texts), fingerprints on more than a few distinct days are template and ignored, and pairs
are confirmed by containment (the share of the shorter copy found in the longer) and by date.

Every document gets a ``clusters`` row: ``cluster_id`` is the rowid of the cluster's canonical
copy, so ``COALESCE(clusters.cluster_id, documents.rowid)`` counts a story once even for
documents added after the last build; ``similarity`` is a member's best containment in a
confirmed pair (1.0 for the canonical copy).
"""
from __future__ import annotations

import datetime
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from .fingerprints import MAX_DAYS, THRESHOLD, UNDATED, find_clusters, fingerprints

_READ_CHUNK = 1000


@dataclass
class ClusterStats:
    """What one ``build_clusters`` run found."""

    documents: int = 0             # documents read
    sketched: int = 0              # documents with at least one fingerprint
    candidate_pairs: int = 0       # pairs sharing enough content fingerprints
    confirmed_pairs: int = 0       # of those, pairs at or above the threshold, near enough in time
    clusters: int = 0              # clusters of two or more documents
    clustered_documents: int = 0   # documents in those clusters
    largest: int = 0
    sizes: dict[int, int] = field(default_factory=dict)  # cluster size -> how many clusters
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def build_clusters(store, threshold: float = THRESHOLD, max_days: int | None = MAX_DAYS) -> ClusterStats:
    """Recompute the ``clusters`` table: reprints at containment ≥ ``threshold``.

    Two copies join only when published at most ``max_days`` apart (either undated: no limit);
    ``max_days=None`` joins across any distance.
    Example: ``build_clusters(store).clusters`` → 3 (clusters of two or more copies).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    started = time.perf_counter()
    stats = ClusterStats()
    rowids, ids, days, prints = [], [], [], []
    for rowid, doc_id, published, script, text in _documents(store):
        rowids.append(rowid)
        ids.append(doc_id)
        days.append(day_number(published))
        prints.append(fingerprints(text, traditional=script == "traditional"))
    stats.documents, stats.sketched = len(rowids), sum(1 for p in prints if len(p))
    found = find_clusters(ids, prints, np.array(days, dtype=np.int32), threshold, max_days)
    del prints
    stats.candidate_pairs, stats.confirmed_pairs = found.pairs.candidates, len(found.pairs.a)
    roots, best = found.roots, found.similarity
    rows = _cluster_rows(store, roots, np.array(rowids, dtype=np.int64), best, stats)
    store.replace_derived(
        {"clusters": (("doc_id", "cluster_id", "canonical", "similarity"), rows)},
        meta={"clusters_threshold": str(threshold), "clusters_method": "containment of winnowed 5-shingles"},
    )
    stats.seconds = time.perf_counter() - started
    return stats


def store_clusters(store, clusters: dict[str, tuple[str, float]], meta: dict[str, str] | None = None) -> ClusterStats:
    """Replace the ``clusters`` table with clusters found elsewhere (the Spark job): ``clusters``
    maps a document id to (its cluster's key, its similarity); documents not in it stand alone.
    The canonical copy is chosen here, as ``build_clusters`` chooses it.
    """
    started = time.perf_counter()
    stats = ClusterStats()
    rowids, roots, best = [], [], []
    first: dict[str, int] = {}
    for rowid, doc_id, *_ in _documents(store):
        position = len(rowids)
        key, similarity = clusters.get(doc_id, (None, 0.0))
        rowids.append(rowid)
        roots.append(position if key is None else first.setdefault(key, position))
        best.append(similarity)
    stats.documents = len(rowids)
    rows = _cluster_rows(store, np.array(roots, dtype=np.int64), np.array(rowids, dtype=np.int64),
                         np.array(best), stats)
    store.replace_derived({"clusters": (("doc_id", "cluster_id", "canonical", "similarity"), rows)}, meta=meta)
    stats.seconds = time.perf_counter() - started
    return stats


def day_number(published: str | None) -> int:
    """Days since 0001-01-01 of an ISO date or date-time; a sentinel when absent or unreadable."""
    try:
        return datetime.date.fromisoformat(published[:10]).toordinal()
    except (TypeError, ValueError):
        return int(UNDATED)


def _documents(store):
    """(rowid, id, published, script, text) of every document, read a chunk at a time."""
    last = 0
    while True:
        chunk = store.query(
            "SELECT rowid, id, published, script, neican_text(text) FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, _READ_CHUNK),
        )
        if not chunk:
            return
        yield from chunk
        last = chunk[-1][0]


def _cluster_rows(store, roots: np.ndarray, rowids: np.ndarray, best: np.ndarray,
                  stats: ClusterStats) -> list[tuple[int, int, int, float]]:
    """One (doc_id, cluster_id, canonical, similarity) row per document."""
    members: dict[int, list[int]] = {}
    for position, root in enumerate(roots.tolist()):
        members.setdefault(root, []).append(position)
    rows: list[tuple[int, int, int, float]] = []
    sizes: Counter[int] = Counter()
    for group in members.values():
        if len(group) == 1:
            rowid = int(rowids[group[0]])
            rows.append((rowid, rowid, 1, 1.0))
            continue
        sizes[len(group)] += 1
        head = _canonical_position(store, group, rowids)
        for position in group:
            similarity = 1.0 if position == head else round(float(best[position]), 4)
            rows.append((int(rowids[position]), int(rowids[head]), int(position == head), similarity))
    stats.sizes = dict(sorted(sizes.items()))
    stats.clusters = sum(sizes.values())
    stats.clustered_documents = sum(size * n for size, n in sizes.items())
    stats.largest = max(sizes, default=0)
    return rows


def _canonical_position(store, group: list[int], rowids: np.ndarray) -> int:
    by_rowid = {int(rowids[p]): p for p in group}
    marks = ",".join("?" * len(by_rowid))
    found = store.query(
        f"SELECT rowid, published, source, original_source, id FROM documents WHERE rowid IN ({marks})",
        tuple(by_rowid),
    )
    return by_rowid[choose_canonical(found)]


def choose_canonical(members: list[tuple]) -> int:
    """The rowid of a cluster's canonical copy, from (rowid, published, source, original_source[, id]).

    The credited original wins: a member whose ``source`` another member names as its
    ``original_source``. Then the earliest ``published`` (undated last), then the smallest document
    id where a fifth item gives it, then the smallest rowid.
    Example: ``choose_canonical([(1, "2024-05-01", "辽宁日报", "新华社"), (2, "2024-05-02", "新华社", None)])``
    → 2.
    """
    credited = {m[3] for m in members if m[3] and m[3] != m[2]}
    originals = [m for m in members if m[2] and m[2] in credited]
    pool = originals or members
    # then the document id (a content hash), so that a store loaded in another order (the Spark
    # job's) chooses the same copy; the rowid only where no id is given
    return min(pool, key=lambda m: (m[1] is None, m[1] or "", m[4] if len(m) > 4 else "", m[0]))[0]
