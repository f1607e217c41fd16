"""What a regular expression needs in order to match, read from the parse tree re itself uses.

The cleaner tests ~40 page-furniture patterns on every line. These facts let it skip most of
them exactly: a pattern anchored at the start is tried there only, a ^…$ pattern of bounded
width never matches a longer line, and a pattern that needs one of a few literal strings cannot
match a text without any of them (one Aho-Corasick pass tells which are there).

``re._parser`` is private but stable across the Pythons we support (3.11+); the tests in
tests/test_regexinfo.py pin the behaviour.
"""
from __future__ import annotations

import re
from re import _constants as C
from re import _parser

_MAX_CLASS = 40  # a character class with more members is no useful requirement


def anchored_at_start(pattern: re.Pattern) -> bool:
    """True when every match must start at the string's start: a leading ^ that no top-level |
    undoes (^a|b is not anchored), and no MULTILINE."""
    if not pattern.pattern.startswith("^") or pattern.flags & re.MULTILINE:
        return False
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return bool(parsed.data) and parsed.data[0] == (C.AT, C.AT_BEGINNING)


def whole_line_width(pattern: re.Pattern) -> int | None:
    """The longest text a ^…$ pattern can match, or None when it is unbounded or not ^…$."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if not parsed.data or parsed.data[-1] != (C.AT, C.AT_END) or pattern.flags & re.MULTILINE:
        return None
    widest = parsed.getwidth()[1]
    return widest if widest < C.MAXREPEAT else None


def required_literals(pattern: re.Pattern) -> frozenset[str] | None:
    """Strings of which every match contains at least one, or None when no such set is known
    (a class too large, case-insensitive letters, an optional part …)."""
    if pattern.flags & re.IGNORECASE:
        return None
    return _required(_parser.parse(pattern.pattern, pattern.flags))


def _required(sub) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []  # consecutive literal characters make one string
    for op, av in sub.data:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        if op is C.AT:
            continue  # zero width (^, $): the literals on either side are counted apart
        found = None
        if op is C.SUBPATTERN:
            _group, add_flags, _del_flags, inner = av
            found = None if add_flags & re.IGNORECASE else _required(inner)
        elif op is C.ATOMIC_GROUP:
            found = _required(av)
        elif op is C.BRANCH:
            options = [_required(alternative) for alternative in av[1]]
            found = None if any(o is None for o in options) else frozenset().union(*options)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, inner = av
            found = _required(inner) if low >= 1 else None
        elif op is C.IN:
            found = _class_members(av)
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset(["".join(run)]))
    if not candidates:
        return None
    # the most selective: longest shortest member, then fewest members
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _class_members(items) -> frozenset[str] | None:
    members: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            members.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < _MAX_CLASS:
            members.update(chr(c) for c in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY (\d, \s), a wide range
            return None
    return frozenset(members) if 0 < len(members) <= _MAX_CLASS else None
