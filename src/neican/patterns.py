"""Regular expressions compiled on first use instead of at import.

The extractors hold some 400 module-level patterns, and compiling them took most of a one-file
``neican extract``'s start-up (re spends about 1 ms in Python on each character class spanning
the Han range ``[\\u4e00-\\u9fff]``). Most of them serve only some documents (a byline form, a
web page's furniture, an appointment list), so a pattern that fewer than half of the documents
need is a :class:`LazyPattern`: it compiles when a document first needs it. Patterns nearly
every document needs stay ``re.compile``: they are compiled in any case, and their calls skip a
Python-level step.
"""
from __future__ import annotations

import re
import sys
from typing import Callable, Iterator


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled at the first search; the matching methods of
    re.Pattern, with the same arguments and results.

    >>> DATE = LazyPattern(r"(\\d+)年")
    >>> DATE.search("2024年").group(1)
    '2024'
    """

    __slots__ = ("pattern", "flags", "_compiled")

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._compiled = pattern, flags, None

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self.flags)
        return self._compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: str | Callable[[re.Match], str], string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def subn(self, repl: str | Callable[[re.Match], str], string: str, count: int = 0) -> tuple[str, int]:
        return self.compiled.subn(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list:
        return self.compiled.split(string, maxsplit)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"
