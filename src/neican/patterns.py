"""Regular expressions compiled on first use instead of at import.

The extractors hold some 400 module-level patterns, and compiling them took most of a one-file
``neican extract``'s start-up (re spends about 1 ms in Python on each character class spanning
the Han range ``[\\u4e00-\\u9fff]``). Most of them serve only some documents (a byline form, a
web page's furniture, an appointment list), so a pattern that fewer than half of the documents
need is a :class:`LazyPattern`: it compiles when a document first needs it. Patterns nearly
every document needs stay ``re.compile``: they are compiled in any case, and their calls skip a
Python-level step.

Either way a pattern goes through :func:`cached_compile`, which takes what ``re`` compiled a pattern into
(its parse and code, the Python-level and slow part) from a disk cache an earlier run wrote: a
one-file run spent about 0.14 s of its 0.45 s compiling some 300 patterns.
"""
from __future__ import annotations

import atexit
import logging
import pickle
import re
import sys
from typing import Callable, Iterator

try:  # what re.compile hands its parse to; absent or changed on another interpreter: no cache
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython before 3.11 names them sre_compile, sre_parse
    _sre = _compiler = _parser = None

log = logging.getLogger(__name__)
_FORMAT = 1  # bump when what an entry holds changes
_MAX_ENTRIES = 5000  # patterns built from data that changed linger; past this the cache starts anew


def cached_compile(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)``, equal to it (the same code), from the compiled-pattern cache
    where an earlier run compiled the pattern.

    >>> cached_compile(r"(\\d+)年").search("2024年").group(1)
    '2024'
    """
    return _CACHE.compile(pattern, flags)


class _CompiledPatterns:
    """What ``re`` compiles a pattern into, kept on disk between runs (resources/cache.py's
    folder; none where the cache is off): per (pattern, flags), the arguments ``_sre.compile``
    takes, which re.compile computes in Python from the pattern's parse. The file is named by the
    interpreter's version and its regex engine's (``_sre.MAGIC``), so no other engine reads it.
    Loaded at the first compile; what this process added is written back when it exits."""

    def __init__(self):
        self.entries: dict[tuple[str, int], tuple] | None = None
        self.added = 0
        self.path = self.folder = None

    def compile(self, pattern: str, flags: int) -> re.Pattern:
        if self.entries is None:
            self.entries = self._load()
        if type(pattern) is not str or type(flags) is not int or _sre is None:
            return re.compile(pattern, flags)  # bytes, a RegexFlag: re's own way
        entry = self.entries.get((pattern, flags))
        if entry is None:
            try:
                entry = _compiled_form(pattern, flags)
            except Exception:  # an interpreter whose re differs inside: re.compile (and its error)
                return re.compile(pattern, flags)
            self.entries[(pattern, flags)] = entry
            self.added += 1
            if self.added == 1 and self.path is not None:
                atexit.register(self.save)
        try:
            return _sre.compile(pattern, *entry)
        except TypeError:  # an engine whose compile takes other arguments: re's own way
            return re.compile(pattern, flags)

    def _load(self) -> dict:
        # imported here, not at the top: every module imports patterns.py first
        from .resources.cache import cache_dir

        self.folder = cache_dir()
        if self.folder is None or _sre is None:
            return {}
        self.path = self.folder / f"patterns-{_FORMAT}-{sys.hexversion:x}-{_sre.MAGIC}.pickle"
        try:
            with open(self.path, "rb") as stream:
                entries = pickle.load(stream)
            if isinstance(entries, dict):
                return entries
        except FileNotFoundError:
            pass
        except Exception as exc:  # truncated, garbage: compile afresh
            log.debug("pattern cache %s unreadable (%s)", self.path, exc)
        return {}

    def save(self) -> None:
        """Write the entries back, with what another process wrote meanwhile (a pool's workers)."""
        from .resources.cache import store

        if not self.added or self.path is None:
            return
        entries = dict(self.entries)
        if len(entries) <= _MAX_ENTRIES:
            try:
                with open(self.path, "rb") as stream:
                    entries = {**pickle.load(stream), **entries}
            except Exception:  # none yet, or unreadable: this process's alone
                pass
        if len(entries) > _MAX_ENTRIES:
            entries = dict(self.entries) if len(self.entries) <= _MAX_ENTRIES else {}
        store(self.folder, self.path.stem.rsplit("-", 3)[0], self.path, entries)
        self.added = 0


def _compiled_form(pattern: str, flags: int) -> tuple:
    """The arguments re._compiler.compile passes to _sre.compile after the pattern."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # its opcodes are named ints, which do not pickle
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


_CACHE = _CompiledPatterns()


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
            self._compiled = cached_compile(self.pattern, self.flags)
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
