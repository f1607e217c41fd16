"""One dictionary pass over a document for every lexicon the extractors share.

Region names (regions.py), official titles (people.py), tifa forms (formulations.py) and the
verbs before which the recogniser looks for names (person_cues.py) are matched by one
Aho-Corasick automaton over all their words instead of four: the pass costs about as much as
one of them, and the stages share its result through ``doc.scratch``.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from typing import NamedTuple

from ..doc import Doc
from ..lexmatch import Lexicon
from ..patterns import cached_compile
from ..resources.cache import cached, package_bytes
from ..resources.loader import Tifa, tifa, tifa_blockers


class Kinds(NamedTuple):  # one a word of the lexicon: a tuple is built four times as fast (start-up)
    region: bool
    title: bool
    tifa: Tifa | None
    verb: bool
    blocks: str | None = None  # an ordinary word holding this tifa term (平稳增长: 稳增长)


@dataclass
class LexiconMatches:
    regions: list[tuple[int, int, str]]  # leftmost-longest, non-overlapping
    titles: list[tuple[int, int, str]]  # every occurrence
    tifa: list[tuple[int, int, str, Tifa]]  # every occurrence
    region_ends: dict[int, int]  # end -> length of the longest region name (2–7) ending there
    verbs: list[tuple[int, int]]  # every occurrence of a governing verb (person_cues.GOVERNING_VERBS)
    quote_marks: list[int]  # where the quotation marks (QUOTE_MARK_CHARS) stand, for formulations too


_MIN_PREFIX, _MAX_PREFIX = 2, 7  # region names people.find_titles reads before a title


# What _lexicon is built from (data and code), for the disk cache (resources/cache.py)
_SOURCES = ("resources/regions.tsv", "resources/titles.tsv", "resources/tifa.tsv", "resources/tifa_blockers.tsv",
            "extractors/lexicon.py", "extractors/people.py", "extractors/person_cues.py", "extractors/regions.py",
            "resources/loader.py", "lexmatch.py")


@cache
def _lexicon() -> Lexicon[Kinds]:
    """Every word of the four lexicons with its kinds, kept in the disk cache: 0.05 s to build
    (tifa.tsv read and checked), 0.02 s to load."""
    return cached("shared_lexicon", package_bytes(*_SOURCES), _build_lexicon)


def _build_lexicon() -> Lexicon[Kinds]:
    from .people import (
        title_words,  # they use this module: imported here, not at the top
    )
    from .person_cues import GOVERNING_VERBS
    from .regions import tables

    region_forms = set(tables().by_form)
    titles = title_words()
    tifa_forms = {form: entry for entry in tifa() for form in (entry.term, *entry.variants)}
    for entry in tifa():
        for form in (entry.term, *entry.variants):
            for printed in printed_forms(form):
                tifa_forms.setdefault(printed, entry)
    verbs = set(GOVERNING_VERBS)
    blockers = dict(tifa_blockers())
    words = region_forms | titles | tifa_forms.keys() | verbs | blockers.keys()
    return Lexicon((w, Kinds(w in region_forms, w in titles, tifa_forms.get(w), w in verbs, blockers.get(w)))
                   for w in sorted(words))


def printed_forms(form: str) -> list[str]:
    """Other ways the genre prints an enumeration: its members run together without 、
    (积极性主动性创造性 for 积极性、主动性、创造性), and clauses set off by 、 instead of ，. Not
    members of one character run together (富、强), nor 和 and 与 swapped, which is found in words
    too (和平, 和谐)."""
    printed = []
    if "、" in form and all(len(member) >= 2 for member in form.split("、")):
        printed.append(form.replace("、", ""))
    if "，" in form and all(len(clause) >= 2 for clause in form.split("，")):
        printed.append(form.replace("，", "、"))
    return printed


def unblocked(matches: list, blockers: list[tuple[int, int, str]]) -> list:
    """``matches`` (start, end, form, ...) less those that lie inside a blocker's word, as that
    word's term: ``blockers`` are (start, end, term) of blocking words found in the same text."""
    if not blockers:
        return matches
    return [m for m in matches
            if not any(start <= m[0] and m[1] <= end and m[2] == term for start, end, term in blockers)]


def find_matches(text: str) -> LexiconMatches:
    lexicon = _lexicon()
    words, kinds = lexicon.words, lexicon.values
    regions, titles, tifa_hits, verbs, blockers = [], [], [], [], []
    for index, start, end in lexicon.overlapping_indexes(text):  # one pass sorts the matches out
        region, title, entry, verb, blocks = kinds[index]  # unpacked: a NamedTuple's fields are slower
        if entry is not None:
            tifa_hits.append((start, end, words[index], entry))
        if region:
            regions.append((start, end, words[index]))
        if title and not (text.startswith("会", end) and words[index].endswith("委员")):
            titles.append((start, end, words[index]))  # …委员|会 is a committee, no member's post
        if verb:
            verbs.append((start, end))
        if blocks:
            blockers.append((start, end, blocks))
    # by start, the longest first: the pass gives them by end, so reversed they are longest first
    # at each start, and a stable sort by start keeps that
    regions.reverse()
    regions.sort(key=itemgetter(0))
    longest, reached, ends = [], -1, {}
    for hit in regions:  # leftmost-longest: the earliest start, the longest there, then onwards
        start, end, _ = hit
        if start >= reached:
            longest.append(hit)
            reached = end
        if _MIN_PREFIX <= end - start <= _MAX_PREFIX and end - start > ends.get(end, 0):
            ends[end] = end - start
    marks = char_positions(text, QUOTE_MARK_CHARS)
    if marks:
        tifa_hits += across_quotes(text, _tifa_overlapping, marks, _tifa_pairs())
    return LexiconMatches(longest, titles, unblocked(tifa_hits, blockers), ends, verbs, marks)


def _tifa_overlapping(text: str) -> list[tuple[int, int, str, Tifa]]:
    """The tifa forms in ``text``: (start, end, form, entry) for every occurrence."""
    lexicon = _lexicon()
    words, kinds = lexicon.words, lexicon.values
    return [(start, end, words[index], kinds[index].tifa) for index, start, end in lexicon.overlapping_indexes(text)
            if kinds[index].tifa is not None]


@cache
def _tifa_pairs() -> frozenset[str]:
    """Every two consecutive characters of a tifa form, kept in the disk cache beside the lexicon
    they come from (0.03 s to gather at every start)."""
    return cached("tifa_pairs", package_bytes(*_SOURCES), _gather_tifa_pairs)


def _gather_tifa_pairs() -> frozenset[str]:
    lexicon = _lexicon()
    return frozenset(word[i:i + 2] for word, kinds in zip(lexicon.words, lexicon.values) if kinds.tifa is not None
                     for i in range(len(word) - 1))


QUOTE_MARK_CHARS = "“”‘’\"「」『』"
_QUOTE_MARKS = cached_compile(f"[{QUOTE_MARK_CHARS}]")
_OPENING_MARKS = "“‘「『\""
_REACH = 24  # characters matched again on each side of a quotation mark: a formulation's length


def across_quotes(text: str, overlapping: Callable[[str], list], marks: list[int], pairs: frozenset[str]) -> list:
    """Matches that quotation marks inside a formulation hide from a plain pass: “两个一百年”奋斗目标
    is 两个一百年奋斗目标 with its first part quoted, as official texts quote a formulation's core
    (“四个全面”战略布局, “放管服”改革). The text around each mark is matched again with the marks
    left out; a match that spans a mark is mapped back onto the text, quotation marks included.
    ``overlapping`` is a lexicon's matcher: text → (start, end, word, payload) for every match;
    ``marks``: where the text's quotation marks stand (char_positions of QUOTE_MARK_CHARS);
    ``pairs``: every two consecutive characters of the words ``overlapping`` finds. A match can
    span marks only where the characters on either side of them are such a pair, so a window
    without such marks is not matched again (6 in 7 of them in xwlb)."""
    joins = _joining_marks(text, marks, pairs)
    if not joins:
        return []
    windows: list[list[int]] = []
    for mark in marks:
        lo, hi = max(0, mark - _REACH), min(len(text), mark + _REACH + 1)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    found = []
    for lo, hi in windows:
        if bisect_right(joins, hi - 1) == bisect_right(joins, lo - 1):
            continue  # no match can span its marks
        inside = marks[bisect_right(marks, lo - 1):bisect_right(marks, hi - 1)]
        # the position in the marks-free window where each mark stood: a character at i follows
        # every mark whose position is at most i
        stood = [mark - lo - j for j, mark in enumerate(inside)]
        for start, end, word, payload in overlapping(_QUOTE_MARKS.sub("", text[lo:hi])):
            before, through = bisect_right(stood, start), bisect_right(stood, end - 1)
            if through > before:  # a mark inside: the plain pass could not see it
                begin = lo + start + before
                begin -= begin > 0 and text[begin - 1] in _OPENING_MARKS  # “两个一百年”…: its opening mark too
                found.append((begin, lo + end + through, word, payload))
    return found


def _joining_marks(text: str, marks: list[int], pairs: frozenset[str]) -> list[int]:
    """The first mark of each run of marks (“”, ”“) whose characters on either side are one of
    ``pairs``, in order."""
    joins = []
    i = 0
    while i < len(marks):
        first = last = marks[i]
        while i + 1 < len(marks) and marks[i + 1] == last + 1:
            i += 1
            last = marks[i]
        if first > 0 and text[first - 1] + text[last + 1:last + 2] in pairs:
            joins.append(first)
        i += 1
    return joins


def char_positions(text: str, chars) -> list[int]:
    """Where any of ``chars`` (characters, or words none of which overlaps itself) stands in
    ``text``, in order. str.find scans for one character several times as fast as re scans for a
    class of them (5 ms against 1 ms over 3,000 xwlb items), and these marks are few in a text."""
    found = []
    for char in chars:
        at = text.find(char)
        while at >= 0:
            found.append(at)
            at = text.find(char, at + 1)
    found.sort()
    return found


def matches(doc: Doc) -> LexiconMatches:
    """The document's matches, found once and kept in ``doc.scratch`` for the next stage."""
    cached = doc.scratch.get("lexicon")
    if cached is None or cached[0] is not doc.text:
        cached = doc.scratch["lexicon"] = (doc.text, find_matches(doc.text))
    return cached[1]
