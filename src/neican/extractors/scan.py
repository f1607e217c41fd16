"""Regular-expression scanning that stays fast on long texts.

re scans quickly for a pattern that opens with a literal or one character class; a pattern that
opens with ``(?:^|[，。])``, a lookbehind or an optional group is tried at every position, which
cost the extractors several times their other work. These helpers split such patterns.
"""
from __future__ import annotations

import re


def at_start_or_after(opening: re.Pattern, after_mark: re.Pattern, text: str) -> list[re.Match]:
    """The matches of ``(?:^|MARK)REST`` in order, without overlaps, given ``opening`` = REST
    (tried at the text's start only) and ``after_mark`` = MARKREST (MARK a character class)."""
    first = opening.match(text)
    rest = after_mark.finditer(text, first.end() if first else 0)
    return [first, *rest] if first else list(rest)


def finditer_at(pattern: re.Pattern, starts: re.Pattern, text: str, pos: int = 0,
                endpos: int | None = None) -> list[re.Match]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern that never matches empty and can only
    start where ``starts`` (one character class) matches: ``pattern`` is tried there only."""
    endpos = len(text) if endpos is None else endpos
    found = []
    for candidate in starts.finditer(text, pos, endpos):
        at = candidate.start()
        if at < pos:
            continue
        if m := pattern.match(text, at, endpos):
            found.append(m)
            pos = m.end()
    return found
