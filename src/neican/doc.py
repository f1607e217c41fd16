"""The document model: original text, cleaned simplified text, the offset map between them, spans.

Every stage reads and writes a :class:`Doc`. Offsets in spans are character offsets into
``doc.text``; ``doc.offsets`` maps them back into ``doc.original``.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Iterable


class OffsetMap:
    """A monotone map from positions in a derived text to positions in its source text.

    Stored as runs ``(start, source_start, length, copied)``: a copied run maps character by
    character; an inserted run (copied=False) maps every character to ``source_start``.
    Compact enough to ship in a record (``orig_offsets``) and cheap to compose.
    """

    __slots__ = ("_starts", "_runs", "length")

    def __init__(self, runs: Iterable[tuple[int, int, int, bool]] = (), length: int | None = None):
        self._runs: list[tuple[int, int, int, bool]] = []
        for start, src, n, copied in runs:
            if n <= 0:
                continue
            if self._runs:
                ps, psrc, pn, pc = self._runs[-1]
                if copied and pc and ps + pn == start and psrc + pn == src:
                    self._runs[-1] = (ps, psrc, pn + n, True)
                    continue
            self._runs.append((start, src, n, copied))
        self._starts = [r[0] for r in self._runs]
        self.length = length if length is not None else (
            self._runs[-1][0] + self._runs[-1][2] if self._runs else 0)

    @classmethod
    def identity(cls, length: int) -> "OffsetMap":
        return cls([(0, 0, length, True)], length)

    def __call__(self, pos: int) -> int:
        """Source position of derived position ``pos`` (``pos == length`` maps past the end)."""
        if not self._runs:
            return 0
        i = bisect.bisect_right(self._starts, pos) - 1
        if i < 0:
            return self._runs[0][1]
        start, src, n, copied = self._runs[i]
        if pos >= start + n:  # past this run: end of it
            return src + (n if copied else 0)
        return src + (pos - start) if copied else src

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source span of derived span ``[start, end)``."""
        if end <= start:
            p = self(start)
            return p, p
        return self(start), self(end - 1) + 1

    def compose(self, inner: "OffsetMap") -> "OffsetMap":
        """``self`` maps C→B, ``inner`` maps B→A; the result maps C→A."""
        if inner._is_identity() and all(src + (n if copied else 0) <= inner.length
                                        for _, src, n, copied in self._runs):
            return self  # the common case: normalising changed no length (maps are immutable)
        runs = []
        for start, src, n, copied in self._runs:
            if not copied:
                runs.append((start, inner(src), n, False))
                continue
            pos, end = src, src + n
            while pos < end:
                i = bisect.bisect_right(inner._starts, pos) - 1
                if i < 0 or not inner._runs:
                    runs.append((start + pos - src, 0, end - pos, False))
                    break
                istart, isrc, ilen, icopied = inner._runs[i]
                seg_end = min(end, istart + ilen) if pos < istart + ilen else end
                take = seg_end - pos
                if pos >= istart + ilen:  # beyond the inner map: clamp
                    runs.append((start + pos - src, inner(pos), take, False))
                elif icopied:
                    runs.append((start + pos - src, isrc + pos - istart, take, True))
                else:
                    runs.append((start + pos - src, isrc, take, False))
                pos = seg_end
        return OffsetMap(runs, self.length)

    def _is_identity(self) -> bool:
        return len(self._runs) == 1 and self._runs[0] == (0, 0, self.length, True)

    def to_list(self) -> list[list[int]]:
        """Runs as ``[start, source_start, length, copied]`` lists, for records."""
        return [[s, src, n, int(c)] for s, src, n, c in self._runs]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OffsetMap) and self._runs == other._runs and self.length == other.length

    def __repr__(self) -> str:
        return f"OffsetMap({self._runs!r}, length={self.length})"


class TextBuilder:
    """Builds a derived text from pieces of a source text, recording the offset map as it goes."""

    def __init__(self, source: str):
        self.source = source
        self._parts: list[str] = []
        self._runs: list[tuple[int, int, int, bool]] = []
        self._len = 0

    def copy(self, start: int, end: int) -> None:
        """Append ``source[start:end]`` unchanged."""
        if end > start:
            self._parts.append(self.source[start:end])
            self._runs.append((self._len, start, end - start, True))
            self._len += end - start

    def insert(self, text: str, at: int) -> None:
        """Append ``text`` that is not in the source; it maps to source position ``at``."""
        if text:
            self._parts.append(text)
            self._runs.append((self._len, at, len(text), False))
            self._len += len(text)

    def endswith(self, s: str) -> bool:
        return bool(self._parts) and "".join(self._parts[-len(s):])[-len(s):] == s

    def __len__(self) -> int:
        return self._len

    def build(self) -> tuple[str, OffsetMap]:
        return "".join(self._parts), OffsetMap(self._runs, self._len)


@dataclass(frozen=True, slots=True)
class Span:
    """A typed stretch of ``doc.text``: ``[start, end)`` with a label and optional data."""

    start: int
    end: int
    label: str
    data: Any = None

    def text(self, doc: "Doc") -> str:
        return doc.text[self.start:self.end]


@dataclass
class Removal:
    """A piece of page furniture cleaning took out, as it read in the original."""

    text: str
    reason: str
    start: int  # offsets into doc.original
    end: int


@dataclass
class Doc:
    """One input document as it moves through the pipeline."""

    id: str
    path: str
    original: str
    text: str = ""
    offsets: OffsetMap = field(default_factory=OffsetMap)
    script: str = "simplified"
    meta: dict[str, Any] = field(default_factory=dict)
    spans: dict[str, list[Span]] = field(default_factory=dict)
    removed: list[Removal] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # What one stage works out for later ones (extractors/lexicon.py); never part of a record.
    scratch: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Span of ``doc.original`` that ``doc.text[start:end]`` came from."""
        return self.offsets.span(start, end)

    def add_spans(self, key: str, spans: Iterable[Span]) -> None:
        self.spans.setdefault(key, []).extend(spans)


def longest_first(spans: Iterable[Span]) -> list[Span]:
    """Resolve overlaps: keep the longest span (then the earliest), drop those it overlaps."""
    chosen: list[Span] = []
    taken: list[tuple[int, int]] = []
    for sp in sorted(spans, key=lambda s: (-(s.end - s.start), s.start)):
        if all(sp.end <= a or sp.start >= b for a, b in taken):
            chosen.append(sp)
            taken.append((sp.start, sp.end))
    return sorted(chosen, key=lambda s: s.start)
