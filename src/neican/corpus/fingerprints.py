"""Reprint detection on plain arrays: text → fingerprints → confirmed pairs → clusters.

Pure functions with no store and no Spark, so the local command and the Spark job find the same
clusters from the same texts (``corpus/reprints.py`` and ``spark/clusters.py`` call them).

1. ``reprint_text``: what a copy keeps whatever the page did to it: common simplified Chinese
   characters (GB2312) and digits. Traditional script is already simplified by the pipeline;
   for a page printed in traditional script, Taiwan and Hong Kong vocabulary is also folded
   to the mainland's (资讯 → 信息, 软体 → 软件, OpenCC tw2sp). Inline pinyin (jīngjì), Latin
   words, punctuation, replacement characters and most mojibake (UTF-8 read as GBK gives
   rare characters: 涓浗) fall away.
2. ``fingerprints``: hashes of character ``SHINGLE_SIZE``-shingles, winnowed (the smallest hash
   of every ``WINDOW`` consecutive shingles, as MOSS does): any shared run of
   ``WINDOW + SHINGLE_SIZE - 1`` characters shares a fingerprint, so a copy that is one article
   inside a longer page is still found.
3. ``find_pairs``: an inverted index over fingerprints. A fingerprint seen on more than
   ``TEMPLATE_DAYS`` different days is template (a bulletin's frame, a recurring slogan) and is
   dropped, so two bulletins with the same frame share nothing. Pairs that share
   ``MIN_SHARED`` content fingerprints, were published at most ``max_days`` apart, and whose
   containment (the share of the shorter copy's content fingerprints found in the longer) is
   at least ``threshold`` are reprints.
4. ``components``: pairs joined into clusters (a chain of copies is one cluster). A page that
   holds several stories (a digest, a day's bulletin transcript) would chain them all into
   one; so where the shorter copy is less than ``PAGE_SHARE`` of the longer, the longer is a
   page and joins only the cluster of the story it shares most with.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import numpy as np

SHINGLE_SIZE = 5
WINDOW = 8             # shingles per winnowing window: about one fingerprint in (WINDOW + 1) / 2
TEMPLATE_DAYS = 6      # a fingerprint on more distinct days than this is template, not content
MIN_SHARED = 10        # content fingerprints a pair must share: about 50 characters; a frame
                       # sentence alone (一些国家的领导人继续向我新当选的国家领导人表示祝贺) is no story
THRESHOLD = 0.9        # containment that makes a reprint (benchmarks/reprint_eval.py: 0.85 lets
                       # announcement and departure reports of one trip join)
MAX_DAYS = 30          # reprints follow their original within weeks
PAGE_SHARE = 0.5       # a pair whose shorter copy is less than this share of the longer: a page
UNDATED = np.iinfo(np.int32).min
_FAN_OUT = 64          # a fingerprint in more documents pairs each with the first _FAN_OUT only
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


@cache
def _kept_characters() -> re.Pattern[str]:
    """Everything that is not a GB2312 hanzi or an ASCII digit (built once)."""
    runs: list[str] = []
    start = previous = None
    for code in range(0x4E00, 0xA000):
        try:
            chr(code).encode("gb2312")
        except UnicodeEncodeError:
            continue
        if previous is not None and code == previous + 1:
            previous = code
            continue
        if start is not None:
            runs.append(f"{chr(start)}-{chr(previous)}")
        start = previous = code
    runs.append(f"{chr(start)}-{chr(previous)}")
    return re.compile(f"[^0-9{''.join(runs)}]+")


@cache
def _vocabulary_folders():
    import opencc

    return opencc.OpenCC("s2t"), opencc.OpenCC("tw2sp")


def fold_vocabulary(text: str) -> str:
    """Taiwan and Hong Kong words in simplified script to the mainland's: 资讯软体 → 信息软件."""
    to_traditional, to_mainland = _vocabulary_folders()
    return to_mainland.convert(to_traditional.convert(text))


def reprint_text(text: str, traditional: bool = False) -> str:
    """The characters reprint detection compares: GB2312 hanzi and digits, nothing else.

    Example: ``reprint_text("经济jīngjì发展，２０２４年锟斤拷")`` → ``"经济发展2024年"``.
    """
    text = _MOJIBAKE_RUNS.sub("", text or "")
    if traditional and text:
        text = fold_vocabulary(text)
    if not text.isascii() and not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)  # full-width digits ２０２４ → 2024
    return _kept_characters().sub("", text)


# Mojibake made of common characters, which the GB2312 filter would keep: the GBK reading of
# UTF-8 replacement characters (锟斤拷, 烫烫烫 and 屯屯屯 are the MSVC fill patterns).
_MOJIBAKE_RUNS = re.compile("(?:锟斤拷)+|(?:烫){3,}|(?:屯){3,}|\ufffd+")


def shingle_hashes(text: str, size: int = SHINGLE_SIZE, traditional: bool = False) -> np.ndarray:
    """32-bit hashes of the character ``size``-shingles of ``reprint_text(text)``, in text order."""
    chars = np.frombuffer(reprint_text(text, traditional).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    count = len(chars) - size + 1
    if count <= 0:
        return np.empty(0, dtype=np.uint32)
    value = np.zeros(count, dtype=np.uint64)
    for offset in range(size):  # a polynomial hash; wraps modulo 2**64, as intended
        value = value * _MULTIPLIER + chars[offset:offset + count]
    value ^= value >> np.uint64(29)
    value *= _MULTIPLIER
    value ^= value >> np.uint64(32)
    return value.astype(np.uint32)


def fingerprints(text: str, traditional: bool = False, window: int = WINDOW) -> np.ndarray:
    """The winnowed fingerprints of a text (``traditional``: the page was printed in traditional
    script): sorted unique uint32 values.

    Example: ``len(fingerprints("短讯"))`` → 0; a 1,000-character story has about 220.
    """
    hashes = shingle_hashes(text, traditional=traditional)
    if len(hashes) < window:  # shorter than one window: its smallest hash stands for it
        return np.unique(hashes[:1] if not len(hashes) else hashes.min(keepdims=True))
    minima = np.lib.stride_tricks.sliding_window_view(hashes, window).min(axis=1)
    return np.unique(minima)


@dataclass
class Pairs:
    """Confirmed reprint pairs: positions ``a`` < ``b``, the containment of each (shared
    content fingerprints over the shorter's) and its overlap (shared over the longer's)."""

    a: np.ndarray
    b: np.ndarray
    containment: np.ndarray
    overlap: np.ndarray
    shared: np.ndarray
    longer: np.ndarray   # a or b: the copy with more content fingerprints
    candidates: int = 0  # pairs sharing at least MIN_SHARED content fingerprints


def find_pairs(prints: list[np.ndarray], days: np.ndarray, threshold: float = THRESHOLD,
               max_days: int | None = MAX_DAYS) -> Pairs:
    """Reprint pairs among documents given by their fingerprints and day numbers (UNDATED: none).

    Example: ``find_pairs([fingerprints(a), fingerprints(a)], np.array([1, 2])).a`` → ``[0]``.
    """
    nothing = np.empty(0, np.int64)
    empty = Pairs(nothing, nothing, np.empty(0), np.empty(0), nothing, nothing)
    sizes = np.fromiter((len(p) for p in prints), dtype=np.int64, count=len(prints))
    if sizes.sum() == 0:
        return empty
    values, owners = _shared_fingerprints(prints, sizes)
    starts = np.flatnonzero(np.r_[True, values[1:] != values[:-1]])
    counts = np.diff(np.r_[starts, len(values)])
    content = _content_groups(starts, counts, owners, days)
    # Each document's content fingerprints: its own minus the template ones.
    template_owner = owners[np.repeat(~content, counts)]
    content_sizes = sizes - np.bincount(template_owner, minlength=len(prints))
    a, b = _shared_pairs(starts[content], counts[content], owners)
    if not len(a):
        return empty
    keys = a * len(prints) + b
    keys, shared = np.unique(keys, return_counts=True)
    a, b = keys // len(prints), keys % len(prints)
    keep = shared >= MIN_SHARED
    a, b, shared = a[keep], b[keep], shared[keep]
    candidates = len(a)
    shorter_size = np.maximum(np.minimum(content_sizes[a], content_sizes[b]), 1)
    longer_size = np.maximum(np.maximum(content_sizes[a], content_sizes[b]), 1)
    containment = np.minimum(shared / shorter_size, 1.0)
    keep = containment >= threshold
    if max_days is not None:
        da, db = days[a].astype(np.int64), days[b].astype(np.int64)
        undated = (days[a] == UNDATED) | (days[b] == UNDATED)
        keep &= undated | (np.abs(da - db) <= max_days)
    longer = np.where(content_sizes[a] >= content_sizes[b], a, b)
    overlap = np.minimum(shared / longer_size, 1.0)
    return Pairs(a[keep], b[keep], containment[keep], overlap[keep], shared[keep], longer[keep], candidates)


def _shared_fingerprints(prints: list[np.ndarray], sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(fingerprint, owner) of every fingerprint held by two or more documents, sorted by
    fingerprint then owner. Most fingerprints are one document's own and are dropped at once,
    and the sort runs in place on one 8-byte key per fingerprint (fingerprint, owner)."""
    keys = np.concatenate(prints).astype(np.uint64)
    keys <<= np.uint64(32)
    keys |= np.repeat(np.arange(len(prints), dtype=np.uint32), sizes)
    keys.sort()
    values = (keys >> np.uint64(32)).astype(np.uint32)
    repeated = values[1:] == values[:-1]
    del values
    kept = np.flatnonzero(np.r_[repeated, False] | np.r_[False, repeated])
    del repeated
    keys = keys[kept]
    return (keys >> np.uint64(32)).astype(np.uint32), (keys & np.uint64(0xFFFFFFFF)).astype(np.int64)


def _content_groups(starts: np.ndarray, counts: np.ndarray, owners: np.ndarray, days: np.ndarray) -> np.ndarray:
    """Per fingerprint group, True when it is content: seen on at most TEMPLATE_DAYS distinct days."""
    group = np.repeat(np.arange(len(starts), dtype=np.int64), counts)
    owner_days = days[owners].astype(np.int64)
    dated = owner_days != UNDATED
    if not dated.any():
        return np.ones(len(starts), dtype=bool)
    first_day = owner_days[dated].min()
    keys = np.unique((group[dated] << 24) | (owner_days[dated] - first_day))  # (group, day), once each
    distinct_days = np.bincount(keys >> 24, minlength=len(starts))
    return distinct_days <= TEMPLATE_DAYS


def _shared_pairs(starts: np.ndarray, counts: np.ndarray, owners: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(a, b) with a < b for every two documents in one fingerprint group, one row per sharing."""
    found_a, found_b = [], []
    for size in np.unique(counts):
        if size < 2:
            continue
        group_starts = starts[counts == size]
        members = owners[group_starts[:, None] + np.arange(size)]  # (groups, size), ascending owners
        first, second = np.triu_indices(size, k=1)
        if size > _FAN_OUT:  # a widely shared passage: each member pairs with the first few only
            near = first < _FAN_OUT
            first, second = first[near], second[near]
        a, b = members[:, first].ravel(), members[:, second].ravel()
        distinct = a != b
        found_a.append(a[distinct])
        found_b.append(b[distinct])
    if not found_a:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    return np.concatenate(found_a), np.concatenate(found_b)


@dataclass
class Clusters:
    """What ``find_clusters`` found, in the caller's document order."""

    roots: np.ndarray       # per document, a position standing for its cluster (same root, same cluster)
    similarity: np.ndarray  # per document, its best containment in a confirmed pair (0: none)
    pairs: Pairs


def find_clusters(ids: list[str], prints: list[np.ndarray], days: np.ndarray, threshold: float = THRESHOLD,
                  max_days: int | None = MAX_DAYS) -> Clusters:
    """Reprint clusters of documents named by ``ids``; the result does not depend on their order
    (they are taken in id order), so the store and the Spark job, which read documents in
    different orders, find the same clusters.
    """
    order = np.array(sorted(range(len(ids)), key=ids.__getitem__), dtype=np.int64)
    pairs = find_pairs([prints[i] for i in order], days[order], threshold, max_days)
    roots_sorted = components(len(ids), pairs)
    similarity_sorted = np.zeros(len(ids))
    np.maximum.at(similarity_sorted, pairs.a, pairs.containment)
    np.maximum.at(similarity_sorted, pairs.b, pairs.containment)
    roots, similarity = np.empty(len(ids), dtype=np.int64), np.empty(len(ids))
    roots[order] = order[roots_sorted]
    similarity[order] = similarity_sorted
    return Clusters(roots, similarity, pairs)


def components(count: int, pairs: Pairs) -> np.ndarray:
    """For ``count`` documents, the smallest position in each one's cluster.

    Copies of about the same extent join freely; a page (its shorter partner covers less than
    ``PAGE_SHARE`` of it) joins only through the pair it shares most with, so it cannot chain
    the several stories it holds into one cluster.
    """
    parent = np.arange(count)

    def find(item: int) -> int:
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(x: int, y: int) -> None:
        rx, ry = find(x), find(y)
        if rx != ry:
            parent[max(rx, ry)] = min(rx, ry)

    whole = pairs.overlap >= PAGE_SHARE
    for x, y in zip(pairs.a[whole].tolist(), pairs.b[whole].tolist()):
        union(x, y)
    best: dict[int, tuple[int, int]] = {}  # page -> (shared, the story inside it)
    for x, y, page, shared in zip(pairs.a[~whole].tolist(), pairs.b[~whole].tolist(),
                                  pairs.longer[~whole].tolist(), pairs.shared[~whole].tolist()):
        story = y if page == x else x
        if page not in best or (shared, -story) > (best[page][0], -best[page][1]):
            best[page] = (shared, story)
    for page, (_, story) in best.items():
        union(page, story)
    return np.fromiter((find(i) for i in range(count)), dtype=np.int64, count=count)
