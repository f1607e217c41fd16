"""Unpaired surrogates: the code points that make a Python string impossible to write as UTF-8.

They reach neican two ways: JSON escapes of half a pair (``"\\ud83d"``, as exporters that cut
an emoji in two write), and file names whose bytes are not UTF-8 (Python decodes byte 0xff as
U+DCFF, "surrogateescape"). Identifiers (ids, paths, urls) are kept losslessly in an escaped
form; prose is repaired with U+FFFD. Either way the document says so in its warnings.

The escaped form, applied only to a string that holds at least one surrogate: every surrogate
becomes ``\\uXXXX`` (lower-case hex, as JSON writes it) and every backslash is doubled, so
:func:`unescape` gives back the exact original. A string without surrogates is never changed,
which makes :func:`escape` idempotent.

Example: ``escape("a\\\\b\\udcff")`` → ``"a\\\\\\\\b\\\\udcff"``; ``os.fsencode(unescape(...))``
gives back the file name's bytes ``b"a\\\\b\\xff"``.
"""
from __future__ import annotations

from typing import Any

from .patterns import cached_compile

_SURROGATE = cached_compile("[\ud800-\udfff]")
_TO_ESCAPE = cached_compile("[\\\\\ud800-\udfff]")
_ESCAPED = cached_compile(r"\\(\\|u[0-9a-f]{4})")


def has_surrogates(text: str) -> bool:
    """True when ``text`` cannot be encoded as UTF-8 (holds an unpaired surrogate)."""
    return _SURROGATE.search(text) is not None


def escape(text: str) -> str:
    """The escaped form of ``text`` when it holds surrogates, else ``text`` itself."""
    if not has_surrogates(text):
        return text
    return _TO_ESCAPE.sub(lambda m: "\\\\" if m.group() == "\\" else f"\\u{ord(m.group()):04x}", text)


def unescape(text: str) -> str:
    """The original of a string that :func:`escape` changed (the record's warnings name those)."""
    return _ESCAPED.sub(lambda m: "\\" if m.group(1) == "\\" else chr(int(m.group(1)[1:], 16)), text)


def replace(text: str) -> tuple[str, int]:
    """``text`` with each surrogate replaced by U+FFFD, and how many were replaced."""
    return _SURROGATE.subn("\ufffd", text)


def replace_in(value: Any) -> tuple[Any, int]:
    """Strings inside ``value`` (nested lists and dicts) repaired with :func:`replace`; the count."""
    if isinstance(value, str):
        return replace(value)
    if isinstance(value, list):
        pairs = [replace_in(v) for v in value]
        return [v for v, _ in pairs], sum(n for _, n in pairs)
    if isinstance(value, dict):
        pairs = {escape(k): replace_in(v) for k, v in value.items()}
        return {k: v for k, (v, _) in pairs.items()}, sum(n for _, n in pairs.values())
    return value, 0


def escaped_warning(field: str) -> str:
    """The warning a record carries for each field written in the escaped form."""
    return f"escaped: {field} held unpaired surrogates, written as \\uXXXX with backslashes doubled"


def replaced_warning(field: str, count: int) -> str:
    """The warning a record carries for prose whose surrogates became U+FFFD."""
    return f"encoding: {count} unpaired surrogate(s) in {field} replaced"
