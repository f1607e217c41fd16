"""Dictionary matching: every word of a lexicon found in one pass over a text (Aho-Corasick).

Built on ahocorasick_rs (Rust) rather than pyahocorasick: pyahocorasick scans a trie node's
children one by one, and a lexicon of Chinese words starts with hundreds of distinct characters,
so over the region names it ran at 3.5 M chars/s here against 60 M chars/s for ahocorasick_rs
(benchmarks/stages.py measures the stages that use it).
"""
from __future__ import annotations

from typing import Generic, Iterable, TypeVar

V = TypeVar("V")

# Up to this many words the automaton is built as a DFA: its tables stay small, and it scans
# about 1.7 times as fast as the default (boilerplate.toml's ~170 literals: 11.7 → 7.0 ms over
# 1,400 xwlb items). For lexicons of thousands of words it gains nothing and builds 4 times slower.
_DFA_UP_TO = 1000


class Lexicon(Generic[V]):
    """Words with a value each; a word added twice keeps its last value.

    ``overlapping(text)`` gives every occurrence of every word; ``longest(text)`` gives the
    leftmost-longest non-overlapping cover. Both return ``(start, end, word, value)`` tuples in
    character offsets, ordered by end and then longest first (the order a classic
    Aho-Corasick automaton reports them)."""

    def __init__(self, items: Iterable[tuple[str, V]]):
        table: dict[str, V] = {}
        for word, value in items:
            if not word:
                raise ValueError("a lexicon word must not be empty")
            table[word] = value
        self._words = list(table)
        self._values = [table[w] for w in self._words]
        self._table = table
        self._standard = None
        self._leftmost_longest = None

    def __len__(self) -> int:
        return len(self._words)

    def __contains__(self, word: object) -> bool:
        return word in self._table

    def get(self, word: str, default: V | None = None) -> V | None:
        return self._table.get(word, default)

    def overlapping(self, text: str) -> list[tuple[int, int, str, V]]:
        words, values = self._words, self._values
        return [(start, end, words[i], values[i]) for i, start, end in self.overlapping_indexes(text)]

    def overlapping_indexes(self, text: str) -> list[tuple[int, int, int]]:
        """overlapping() as (index, start, end): ``words[index]`` and ``values[index]`` are the
        match's, for a caller that sorts matches by their values in one pass without building a
        tuple of each first."""
        if not self._words or not text:
            return []
        if self._standard is None:
            import ahocorasick_rs

            small = len(self._words) <= _DFA_UP_TO
            self._standard = ahocorasick_rs.AhoCorasick(
                self._words, implementation=ahocorasick_rs.Implementation.DFA if small else None)
        return self._standard.find_matches_as_indexes(text, overlapping=True)

    @property
    def words(self) -> list[str]:
        return self._words

    @property
    def values(self) -> list[V]:
        return self._values

    def longest(self, text: str) -> list[tuple[int, int, str, V]]:
        if not self._words or not text:
            return []
        if self._leftmost_longest is None:
            import ahocorasick_rs

            self._leftmost_longest = ahocorasick_rs.AhoCorasick(
                self._words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        words, values = self._words, self._values
        return [(start, end, words[i], values[i])
                for i, start, end in self._leftmost_longest.find_matches_as_indexes(text)]
