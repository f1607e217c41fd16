"""Regular expressions compiled on first use instead of at import.

The extractors hold some 400 module-level patterns, and compiling them took most of a one-file
``neican extract``'s start-up (re spends about 1 ms in Python on each character class spanning
the Han range ``[\\u4e00-\\u9fff]``). Most of them serve only some documents (a byline form, a
web page's furniture, an appointment list), so a pattern that fewer than half of the documents
need is a :class:`LazyPattern`: it compiles when a document first needs it. Patterns nearly
every document needs are compiled at import: they are compiled in any case.

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

try:  # what re.compile hands its parse to; absent or changed on another interpreter: no cache
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - CPython before 3.11 names them sre_compile, sre_parse
    _sre = _compiler = _parser = None

log = logging.getLogger(__name__)
_NAME, _FORMAT = "patterns", 1  # the cache file's name; bump the format when what an entry holds changes
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
        if type(pattern) is not str or not isinstance(flags, int) or _sre is None:
            return re.compile(pattern, flags)  # bytes: re's own way
        flags = int(flags)  # a RegexFlag (re.M) is the same flags as its value
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
        self.path = self.folder / f"{_NAME}-{_FORMAT}-{sys.hexversion:x}-{_sre.MAGIC}.pickle"
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
        store(self.folder, _NAME, self.path, entries)
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


_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled at the first search; the matching methods of
    re.Pattern (search, match, fullmatch, finditer, findall, sub, subn, split), with the same
    arguments and results.

    After the first call each method is the compiled pattern's own, bound on the instance, so a
    call costs what a call on the re.Pattern costs (a method that forwarded would add a Python
    call to each: some 0.2 µs, on hundreds of thousands of calls per thousand documents).

    >>> DATE = LazyPattern(r"(\\d+)年")
    >>> DATE.search("2024年").group(1)
    '2024'
    """

    __slots__ = ("pattern", "flags", "_compiled") + _METHODS

    def __init__(self, pattern: str, flags: int = 0):
        self.pattern, self.flags, self._compiled = pattern, flags, None
        for name in _METHODS:
            setattr(self, name, _Unbound(self, name))

    @property
    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            compiled = cached_compile(self.pattern, self.flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return self._compiled

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


class _Unbound:
    """A LazyPattern's method before the pattern is compiled: compiles it, then calls the
    compiled pattern's method (which the LazyPattern holds from then on)."""

    __slots__ = ("owner", "name")

    def __init__(self, owner: LazyPattern, name: str):
        self.owner, self.name = owner, name

    def __call__(self, *args, **kwargs):
        return getattr(self.owner.compiled, self.name)(*args, **kwargs)
