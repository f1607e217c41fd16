"""Reprint clustering: near-duplicate copies of one story, found with MinHash LSH.

Each document's text (already simplified, so a traditional-script copy meets its original) is
reduced to letters and digits, cut into character 5-shingles and sketched with a datasketch
MinHash while the documents stream past; only the sketches are kept (``num_perm`` 32-bit values
a document, 38 MB for 75k documents), never the texts. The sketches then go through MinHashLSH
indexes, each document queried before it is inserted; candidates are confirmed by the estimated
Jaccard of their sketches (and by date: see ``build_clusters``), and confirmed pairs are joined
into clusters (connected components, so a chain of copies is one cluster).

Every document gets a ``clusters`` row: ``cluster_id`` is the rowid of the cluster's canonical
copy, so ``COALESCE(clusters.cluster_id, documents.rowid)`` counts a story once even for
documents added after the last build.
"""
from __future__ import annotations

import datetime
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import numpy as np

SHINGLE_SIZE = 5
# LSH bands favour recall (weights: false positives 0.2, false negatives 0.8): a candidate costs
# one vector comparison, a missed reprint is lost for good.
_LSH_WEIGHTS = (0.2, 0.8)
_NOT_LETTER = re.compile(r"[\W_]+")
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)  # odd 64-bit constant for the polynomial shingle hash
_READ_CHUNK = 1000
_BANDS_PER_PASS = 3
MAX_DAYS = 30  # reprints follow their original within weeks; a year apart is a template, not a copy
_UNDATED = np.iinfo(np.int32).min


@dataclass
class ClusterStats:
    """What one ``build_clusters`` run found."""

    documents: int = 0             # documents read
    sketched: int = 0              # documents with at least one shingle
    candidate_pairs: int = 0       # pairs the LSH index proposed
    confirmed_pairs: int = 0       # of those, pairs at or above the threshold
    clusters: int = 0              # clusters of two or more documents
    clustered_documents: int = 0   # documents in those clusters
    largest: int = 0
    sizes: dict[int, int] = field(default_factory=dict)  # cluster size -> how many clusters
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0


def shingle_text(text: str) -> str:
    """The text a shingle sees: NFKC-folded, lower case, without punctuation or whitespace."""
    letters = _NOT_LETTER.sub("", text or "")
    if not unicodedata.is_normalized("NFKC", letters):  # rare once punctuation is gone: full-width ２０２４
        letters = _NOT_LETTER.sub("", unicodedata.normalize("NFKC", letters))
    return letters.lower()


def shingle_hashes(text: str, size: int = SHINGLE_SIZE) -> np.ndarray:
    """32-bit hashes of the character ``size``-shingles of ``shingle_text(text)``, in text order.

    Example: ``len(shingle_hashes("中共中央，政治局会议"))`` → 5.
    """
    chars = np.frombuffer(shingle_text(text).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(chars) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint32)
    value = np.zeros(count, dtype=np.uint64)
    for offset in range(size):  # wraps modulo 2**64, as intended
        value = value * _MULTIPLIER + chars[offset:offset + count]
    value ^= value >> np.uint64(32)
    return value.astype(np.uint32)  # repeats are harmless to a MinHash; np.unique would cost more


def _identity(value: int) -> int:
    return value


class _Sketcher:
    """MinHash sketches sharing one set of permutations (made once, not per document)."""

    def __init__(self, num_perm: int):
        from datasketch import MinHash  # imported lazily: analytics need day_number, not scipy

        self._template = MinHash(num_perm=num_perm, hashfunc=_identity)

    def sketch(self, hashes: np.ndarray) -> np.ndarray:
        """The MinHash values of a set of shingle hashes."""
        minhash = self._template.copy()
        minhash.update_batch(hashes.tolist())
        return minhash.hashvalues


class _Components:
    """Union-find over row positions."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def build_clusters(store, threshold: float = 0.85, num_perm: int = 128,
                   max_days: int | None = MAX_DAYS) -> ClusterStats:
    """Recompute the ``clusters`` table: near-duplicates at estimated Jaccard ≥ ``threshold``.

    Two copies join only when published at most ``max_days`` apart (either undated: no limit);
    ``max_days=None`` joins across any distance, and then a yearly template (新年贺词, the
    annual 烈士纪念日 notice) clusters with every other year's.
    Example: ``build_clusters(store).clusters`` → 3 (clusters of two or more copies).
    """
    if not 0.0 < threshold <= 1.0:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    started = time.perf_counter()
    stats = ClusterStats()
    sketches = _sketch_documents(store, num_perm, stats)
    components = _Components(len(sketches.rowids))
    _link_similar(sketches, threshold, max_days, components, stats)
    rows = _cluster_rows(store, components, sketches.rowids, sketches.values, stats)
    store.replace_derived(
        {"clusters": (("doc_id", "cluster_id", "canonical", "similarity"), rows)},
        meta={"clusters_threshold": str(threshold), "clusters_num_perm": str(num_perm)},
    )
    stats.seconds = time.perf_counter() - started
    return stats


@dataclass
class _Sketches:
    """Per document, in rowid order: rowid, day number of ``published``, MinHash values."""

    rowids: np.ndarray
    days: np.ndarray
    values: np.ndarray
    sketched: np.ndarray  # false where the text has no shingle


def _sketch_documents(store, num_perm: int, stats: ClusterStats) -> _Sketches:
    """Every document's sketch, streamed: one text in memory at a time."""
    sketcher = _Sketcher(num_perm)
    size = max(store.count(), 1)
    rowids, days = np.zeros(size, dtype=np.int64), np.zeros(size, dtype=np.int32)
    values, sketched = np.zeros((size, num_perm), dtype=np.uint32), np.zeros(size, dtype=bool)
    count = 0
    for position, (rowid, published, text) in enumerate(_documents(store)):
        if position == len(rowids):  # documents added while we read
            rowids, days, sketched = (np.resize(a, 2 * position) for a in (rowids, days, sketched))
            values = np.resize(values, (2 * position, num_perm))
        rowids[position], days[position] = rowid, day_number(published)
        hashes = shingle_hashes(text)
        if len(hashes):
            values[position] = sketcher.sketch(hashes)
            sketched[position] = True
        count = position + 1
    stats.documents, stats.sketched = count, int(sketched[:count].sum())
    return _Sketches(rowids[:count], days[:count], values[:count], sketched[:count])


def day_number(published: str | None) -> int:
    """Days since 0001-01-01 of an ISO date or date-time; a sentinel when absent or unreadable."""
    try:
        return datetime.date.fromisoformat(published[:10]).toordinal()
    except (TypeError, ValueError):
        return int(_UNDATED)


def _link_similar(sketches: _Sketches, threshold: float, max_days: int | None,
                  components: _Components, stats: ClusterStats) -> None:
    """Join documents whose sketches agree on ≥ threshold of their values, found by LSH.

    The bands are indexed a few at a time, each group in a fresh MinHashLSH over its slice of the
    sketch: the union of candidates is that of one index over all bands, at a fraction of the
    memory (an in-memory index costs ~300 bytes per document per band).
    """
    from datasketch import MinHash, MinHashLSH

    values, days = sketches.values, sketches.days
    bands, rows = _band_shape(threshold, values.shape[1])
    positions = np.flatnonzero(sketches.sketched)
    first = 0
    for group in _band_groups(bands):
        columns = slice(first * rows, (first + group) * rows)
        first += group
        probe = MinHash(num_perm=rows * group, hashfunc=_identity)
        # hash: band keys as ints, not 36-byte strings (a smaller index; collisions only add candidates).
        lsh = MinHashLSH(num_perm=rows * group, params=(group, rows), hashfunc=hash)
        for position in positions:
            probe.hashvalues = values[position, columns]
            candidates = [c for c in lsh.query(probe) if components.find(c) != components.find(position)]
            lsh.insert(int(position), probe, check_duplication=False)
            if not candidates:
                continue
            stats.candidate_pairs += len(candidates)
            keep = (values[candidates] == values[position]).mean(axis=1) >= threshold
            if max_days is not None and days[position] != _UNDATED:
                near = np.abs(days[candidates].astype(np.int64) - int(days[position])) <= max_days
                keep &= near | (days[candidates] == _UNDATED)
            for other in np.asarray(candidates)[keep]:
                stats.confirmed_pairs += 1
                components.union(int(position), int(other))
        del lsh


def _band_groups(bands: int) -> list[int]:
    """Bands per pass: _BANDS_PER_PASS each, none below two (MinHashLSH needs two bands)."""
    groups = [_BANDS_PER_PASS] * (bands // _BANDS_PER_PASS)
    remainder = bands % _BANDS_PER_PASS
    if remainder >= 2 or not groups:
        groups.append(remainder)
    else:
        groups[-1] += remainder
    return [g for g in groups if g]


def _band_shape(threshold: float, num_perm: int) -> tuple[int, int]:
    """(bands, rows per band) that datasketch chooses for this threshold, weighted for recall."""
    from datasketch import MinHashLSH

    shape = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=_LSH_WEIGHTS)
    return shape.b, shape.r


def _documents(store):
    """(rowid, published, text) of every document, read a chunk at a time."""
    last = 0
    while True:
        chunk = store.query(
            "SELECT rowid, published, text FROM documents WHERE rowid > ? ORDER BY rowid LIMIT ?",
            (last, _READ_CHUNK),
        )
        if not chunk:
            return
        yield from chunk
        last = chunk[-1][0]


def _cluster_rows(store, components: _Components, rowids: np.ndarray, sketches: np.ndarray,
                  stats: ClusterStats) -> list[tuple[int, int, int, float]]:
    """One (doc_id, cluster_id, canonical, similarity) row per document."""
    members: dict[int, list[int]] = {}
    for position in range(len(rowids)):
        members.setdefault(components.find(position), []).append(position)
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
            similarity = float((sketches[position] == sketches[head]).mean())
            rows.append((int(rowids[position]), int(rowids[head]), int(position == head), round(similarity, 4)))
    stats.sizes = dict(sorted(sizes.items()))
    stats.clusters = sum(sizes.values())
    stats.clustered_documents = sum(size * n for size, n in sizes.items())
    stats.largest = max(sizes, default=0)
    return rows


def _canonical_position(store, group: list[int], rowids: np.ndarray) -> int:
    by_rowid = {int(rowids[p]): p for p in group}
    marks = ",".join("?" * len(by_rowid))
    found = store.query(
        f"SELECT rowid, published, source, original_source FROM documents WHERE rowid IN ({marks})",
        tuple(by_rowid),
    )
    return by_rowid[choose_canonical(found)]


def choose_canonical(members: list[tuple[int, Any, Any, Any]]) -> int:
    """The rowid of a cluster's canonical copy, from (rowid, published, source, original_source).

    The credited original wins: a member whose ``source`` another member names as its
    ``original_source``. Then the earliest ``published`` (undated last), then the smallest rowid.
    Example: ``choose_canonical([(1, "2024-05-01", "辽宁日报", "新华社"), (2, "2024-05-02", "新华社", None)])``
    → 2.
    """
    credited = {original for rowid, _, source, original in members if original and original != source}
    originals = [m for m in members if m[2] and m[2] in credited]
    pool = originals or members
    return min(pool, key=lambda m: (m[1] is None, m[1] or "", m[0]))[0]
