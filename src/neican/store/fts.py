"""Text preparation for full-text search: one token per CJK character, simplified script.

FTS5's trigram tokenizer cannot find one- or two-character words, and unicode61 reads a run of
Chinese as one token. So the index gets the text in simplified script with a space around every
CJK character, and a query becomes a phrase of its characters ("沈阳" → ``"沈 阳"``). Latin words
and numbers stay whole words for unicode61. Nothing here touches the database.
"""
from __future__ import annotations

import importlib.metadata
import re
from functools import cache

import opencc

# Bump when index_form changes: a stored index built by other code must be rebuilt, since rows are
# deleted from the contentless index by recomputing what was indexed.
INDEX_VERSION = 1

# Runs of Han (with extensions and compatibility forms), CJK radicals, kana, bopomofo, hangul.
# Matching runs rather than single characters keeps the substitution fast on long texts.
_CJK_RUN = re.compile(
    "[\u2e80-\u2fdf\u3040-\u30ff\u3100-\u312f\u31a0-\u31bf\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\U00020000-\U0003ffff]+"
)
# Full-width ASCII (Ｇ２０２３) and the ideographic space, folded to ASCII; length-preserving.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


@cache
def _converter() -> opencc.OpenCC:
    """The traditional → simplified converter, built once: loading its dictionaries is slow."""
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified (瀋陽 → 沈阳); simplified text passes through unchanged."""
    return _converter().convert(text) if text else text


def fingerprint() -> str:
    """What the index was built with; a store rebuilds its index when this changes."""
    return f"{INDEX_VERSION}/opencc-{importlib.metadata.version('opencc')}"


def fold(text: str, simplify: bool = True) -> str:
    """Simplified script and half-width ASCII, the form both documents and queries are compared in."""
    text = text.translate(_WIDTH)
    return to_simplified(text) if simplify else text


def index_form(text: str | None, simplify: bool = True) -> str:
    """The string given to FTS5: folded, with every CJK character its own token.

    Example: ``index_form("瀋陽GDP")`` → ``" 沈 阳 GDP"``.
    """
    if not text:
        return ""
    return _CJK_RUN.sub(_space_run, fold(text, simplify))


def _space_run(match: re.Match[str]) -> str:
    return " " + " ".join(match.group()) + " "


def _phrase(word: str) -> str:
    """An FTS5 string literal; inside quotes ``*``, ``-``, ``:`` and ``(`` are plain text."""
    return '"' + word.replace('"', '""') + '"'


def _has_token(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def query_words(query: str) -> list[str]:
    """The words of a query (split on any whitespace) that can match something."""
    return [word for word in query.split() if _has_token(word)]


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: each word a phrase of its characters, words ANDed.

    A word whose simplified form differs from how it was typed also matches as typed, since
    OpenCC keeps some characters in context (乾隆 stays 乾隆 while 乾 alone becomes 干).
    None when the query has nothing to search for.

    Example: ``match_expression("瀋陽 GDP")`` → ``'("沈 阳" OR "瀋 陽") AND "GDP"'``.
    """
    parts = []
    for word in query_words(query):
        simplified = " ".join(index_form(word).split())
        typed = " ".join(index_form(word, simplify=False).split())
        if typed != simplified:
            parts.append(f"({_phrase(simplified)} OR {_phrase(typed)})")
        else:
            parts.append(_phrase(simplified))
    return " AND ".join(parts) or None


def make_snippet(text: str, query: str, width: int = 80) -> str:
    """About ``width`` characters of ``text`` around the first place a query word occurs.

    Example: ``make_snippet(text, "瀋陽")`` → ``"…市委书记在沈阳主持召开…"``.
    """
    folded = fold(text).lower()
    base = text if len(folded) == len(text) else folded  # t2s is nearly always 1:1
    positions = []
    for word in query_words(query):
        for needle in (fold(word).lower(), fold(word, simplify=False).lower()):
            found = folded.find(needle)
            if found >= 0:
                positions.append(found)
                break
    start = max(0, min(min(positions, default=0) - width // 3, len(base) - width))
    end = start + width
    snippet = " ".join(base[start:end].split())
    return ("…" if start > 0 else "") + snippet + ("…" if end < len(base) else "")
