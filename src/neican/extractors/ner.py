"""People and places in simplified Chinese news: a fast lexicon-and-pattern recogniser.

A cheap pass (:mod:`neican.extractors.ner_candidates`) proposes spans where a person, a place or
an organisation could be: surname-led names, names after a post (省委书记周立平), transliterated
and Japanese names, words of the place lexicons, stems before place suffixes, place
abbreviations in context, stems before organisation suffixes. A linear model
(``resources/ner_model.tsv``, an averaged structured perceptron trained by
``scripts/train_ner.py``) weighs each candidate's features, and the best set of non-overlapping
candidates wins (exact dynamic programming over spans), so 林慕白指出 gives 林慕白, 张家口 stays a
place, 党组书记江成与 gives 江成 and 北京 inside 北京大学 is no place of its own.

Labels follow People's Daily 1998 conventions: ``PER``, ``LOC`` and ``ORG`` (organisations are
found with lower recall, about half; 省委 of 省委书记 is an ``ORG``).

Example:
    >>> [(e.text, e.label) for e in find_entities("省委书记周浩在沈阳主持会议。")]
    [('省委', 'ORG'), ('周浩', 'PER'), ('沈阳', 'LOC')]
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from itertools import islice, repeat

from .ner_candidates import (
    LOC,
    ORG,
    PER,
    find_candidates,
    other_candidates,
    person_candidates,
)
from .ner_features import PersonFeatures, weighed
from .ner_lexicon import Lexicon, lexicon, weights as model_weights

__all__ = ["Entity", "find_entities", "PER", "LOC", "ORG"]


@dataclass(frozen=True)
class Entity:
    """A person (``PER``), place (``LOC``) or organisation (``ORG``): ``text[start:end]``."""
    start: int
    end: int
    label: str
    text: str
    # the model's score of the reading (a margin: how far the features lean towards it); not
    # part of equality, so that an entity compares by what it reads
    score: float = field(default=0.0, compare=False, repr=False)


def best_spans(scored: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    """The set of non-overlapping spans with the highest total score (positive scores only)."""
    items = sorted((c for c in scored if c[3] > 0), key=lambda c: (c[1], c[0]))
    ends = [c[1] for c in items]
    total = [0.0]  # total[k]: best over items[:k]
    take = [False]
    for k, item in enumerate(items):
        before = bisect_right(ends, item[0], 0, k)  # items[:before] end at or before its start
        with_it = total[before] + item[3]
        take.append(with_it > total[k])
        total.append(max(with_it, total[k]))
    chosen, k = [], len(items)
    while k > 0:
        if take[k]:
            chosen.append(items[k - 1])
            k = bisect_right(ends, items[k - 1][0], 0, k - 1)
        else:
            k -= 1
    return chosen[::-1]


def score_candidates(text: str, lex: Lexicon, weights: dict[str, float]) -> list[tuple[int, int, str, float]]:
    """Every candidate span of ``text`` with its model score (the better reading's)."""
    return _scored(find_candidates(text, lex).items(), weights)


def _scored(candidates: Iterable[tuple[tuple[int, int, str, str], list]],
            weights: dict[str, float] | None) -> list[tuple[int, int, str, float]]:
    """The score of each span, the better reading's; ``weights`` None: the candidates carry the
    weights of their features rather than the names (the same floats in the same order)."""
    get = weights.get if weights is not None else None
    best: dict[tuple[int, int, str], float] = {}
    for (i, j, label, _reading), feats in candidates:
        # the weights in feature order, looked up at C speed
        value = sum(feats) if get is None else sum(map(get, feats, repeat(0.0)))
        key = (i, j, label)
        if best.get(key, value) <= value:
            best[key] = value
    return [(i, j, label, value) for (i, j, label), value in best.items()]


def find_entities(text: str, wanted: Callable[[int, int], bool] | None = None,
                  starts: frozenset[int] | None = None) -> list[Entity]:
    """People, places and organisations in ``text``, in order, non-overlapping.

    ``wanted(start, end)``: whether the caller would use a person found at ``text[start:end]``.
    Where it is given, only the lines (between line breaks) that hold a person candidate it
    wants, with a score above zero, are read further, and only their entities are returned: no
    candidate crosses a line break, so the best reading of a line is its own, and a line without
    such a candidate can give the caller nothing. People are scored first, places and
    organisations then looked for on those lines alone (person_cues.py passes a few short lines,
    most of which hold no name it could use). ``starts``: where the only people wanted start:
    no other person candidate is built, which is most of the cost.

    Example:
        >>> find_entities("市长李建国指出")
        [Entity(start=2, end=5, label='PER', text='李建国')]
    """
    if not text:
        return []
    weights = model_weights()
    scan = person_candidates(text, lexicon(), _weighed(), starts)
    if scan.merged:  # rare (欧阳明 read with 欧 as a surname and with 欧阳): names merge, weights do not
        scan = person_candidates(text, lexicon(), starts=starts)
    people = _scored(scan.out.items(), None if scan.features.weighed else weights)
    lines = None
    if wanted is not None:
        lines = _lines_with(text, [(i, j) for i, j, _, value in people if value > 0 and wanted(i, j)])
        if not lines:
            return []
        starts = [a for a, _ in lines]
        people = [c for c in people if _on_line(lines, starts, c[0])]
    found = len(scan.out)
    other_candidates(scan, lines)
    chosen = best_spans(people + _scored(islice(scan.out.items(), found, None), weights))
    return [Entity(i, j, label, text[i:j], score) for i, j, label, score in chosen]


@cache
def _weighed() -> PersonFeatures:
    """The person candidates' features of the shipped model, as weights."""
    return weighed(model_weights())


def _lines_with(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that holds one of ``spans``, in order."""
    lines = set()
    for start, _ in spans:
        lines.add((text.rfind("\n", 0, start) + 1, _line_end(text, start)))
    return sorted(lines)


def _on_line(lines: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` lies on one of ``lines`` ((start, end), in order; ``starts`` their starts)."""
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < lines[k][1]


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end
