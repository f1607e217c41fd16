"""Script normalisation: detect the script and convert traditional to simplified, keeping offsets.

OpenCC's phrase-aware t2s conversion almost always keeps length; where a phrase changes length,
the line is aligned with difflib so every offset still maps back into the source.
"""
from __future__ import annotations

import difflib
from functools import cache

from .doc import OffsetMap

# Share of script-specific characters above which a text counts as one script, not ``mixed``.
_DOMINANT_SHARE = 0.9


@cache
def _converter(config: str):
    import opencc  # imported lazily: start-up of the CLI should not pay for it

    return opencc.OpenCC(config)


def to_simplified_plain(text: str) -> str:
    """Simplified form of ``text`` (no offsets): for queries, lexicon keys and comparisons."""
    return _converter("t2s").convert(text) if text else text


def detect_script(text: str, simplified: str | None = None) -> str:
    """``simplified``, ``traditional`` or ``mixed``, from characters that differ between scripts."""
    simplified = to_simplified_plain(text) if simplified is None else simplified
    if simplified == text:  # the common case, decided at C speed
        return "simplified"
    if len(simplified) == len(text):
        trad = sum(1 for a, b in zip(text, simplified) if a != b)
    else:
        trad = sum(1 for op in difflib.SequenceMatcher(None, text, simplified, autojunk=False).get_opcodes()
                   if op[0] != "equal")
    if trad == 0:
        return "simplified"
    traditional = _converter("s2t").convert(text)
    simp = sum(1 for a, b in zip(text, traditional) if a != b) if len(traditional) == len(text) else 0
    share = trad / (trad + simp)
    if share >= _DOMINANT_SHARE:
        return "traditional"
    if share <= 1 - _DOMINANT_SHARE:
        return "simplified"
    return "mixed"


def normalize(text: str) -> tuple[str, OffsetMap, str]:
    """Convert ``text`` to simplified script: (simplified text, map to ``text``, detected script)."""
    simplified = to_simplified_plain(text)
    script = detect_script(text, simplified)
    if len(simplified) == len(text):
        return simplified, OffsetMap.identity(len(text)), script
    # A phrase changed length somewhere: convert line by line and align the lines that moved.
    parts, runs, pos_out, pos_in = [], [], 0, 0
    for line in text.splitlines(keepends=True):
        out = to_simplified_plain(line)
        if len(out) == len(line):
            runs.append((pos_out, pos_in, len(out), True))
        else:
            runs.extend(_align(line, out, pos_in, pos_out))
        parts.append(out)
        pos_out += len(out)
        pos_in += len(line)
    return "".join(parts), OffsetMap(runs, pos_out), script


def _align(source: str, derived: str, src_base: int, out_base: int):
    matcher = difflib.SequenceMatcher(None, source, derived, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            yield (out_base + j1, src_base + i1, j2 - j1, True)
        elif j2 > j1:
            yield (out_base + j1, src_base + i1, j2 - j1, False)
