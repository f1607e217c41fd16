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
        # a character of the simplified standard (乾 of a name, of 乾县) is no evidence of traditional script
        trad = sum(1 for a, b in zip(text, simplified) if a != b and not _simplified_in_own_right(a))
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
        if script == "simplified" and simplified != text:
            simplified = _as_written(text, simplified)
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


def _as_written(text: str, simplified: str) -> str:
    """``simplified`` with the characters of the simplified standard that ``text`` prints put back:
    in a text written in simplified script, 乾 (of a name, of 乾县) and the few other characters of GB 2312
    that t2s maps to another are the writer's choice, not traditional forms."""
    return "".join(a if a != b and _simplified_in_own_right(a) else b for a, b in zip(text, simplified))


@cache
def _simplified_in_own_right(char: str) -> bool:
    """Whether a character that t2s changes is one of the simplified standard (GB 2312) and not
    the traditional form of what t2s makes of it: 乾 (t2s 干, whose traditional form is 幹) is, 於
    and 後 (of 于 and 后: 志於学, a classical quotation) are not."""
    try:
        char.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return _converter("s2t").convert(to_simplified_plain(char)) != char


def _align(source: str, derived: str, src_base: int, out_base: int):
    matcher = difflib.SequenceMatcher(None, source, derived, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            yield (out_base + j1, src_base + i1, j2 - j1, True)
        elif j2 > j1:
            yield (out_base + j1, src_base + i1, j2 - j1, False)
