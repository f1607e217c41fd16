"""Cleaning: page text in, content text out, every removal recorded with its reason.

``clean(text)`` classifies lines (:mod:`.lines`), drops furniture and header metadata, keeps a
photo caption printed twice once, rejoins paragraphs cut by page breaks, and returns the text
with an offset map back into its input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..doc import OffsetMap, TextBuilder
from ..patterns import LazyPattern, cached_compile
from ..resources.loader import boilerplate_rules
from .lines import Line, classify, split_lines

__all__ = ["Cleaned", "Line", "clean"]

# A paragraph cut by a page break: a long line that stops mid-sentence; a shorter one where a
# comma shows the sentence goes on (某某指出，要坚持…，| 推进…), which no heading or label ends with
_MIN_CUT_LINE = 30
_MIN_CUT_AT_COMMA = 8
_OPEN_END = "、，,：:"
_ENUMERATION = LazyPattern(r"^([一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?!\d)|[(（][一二三四五六七八九十\d]{1,3}[)）]|第[一二三四五六七八九十]{1,3}[，,、是])")
_NO_JOIN_START = "（(【[《\"-—·•*#"


@dataclass
class Cleaned:
    text: str
    offsets: OffsetMap  # cleaned text -> input text
    lines: list[Line]  # every input line, classified, with out_start/out_end for kept ones
    removed: list[tuple[int, int, str]]  # (start, end, reason) in the input text


def clean(text: str) -> Cleaned:
    """Clean one page of (simplified) text."""
    lines = _never_empty(classify(split_lines(text), boilerplate_rules().for_text(text)))
    builder = TextBuilder(text)
    previous: Line | None = None
    for line in lines:
        if not line.kept:
            continue
        if previous is not None:
            if _continues(previous, line):
                pass
            else:
                builder.insert("\n", previous.end)
        line.out_start = len(builder)
        _copy_without_cuts(builder, line)
        line.out_end = len(builder)
        previous = line
    out, offsets = builder.build()
    return Cleaned(out, offsets, lines, _removals(lines))


_MIN_KEPT_PROSE = 40  # characters of prose below which a page has lost its article
_PROSE = LazyPattern(r"[\u4e00-\u9fff]")
_NOT_PROSE = cached_compile(r"[^\u4e00-\u9fff]+")  # what is left without it is the prose characters


def _never_empty(lines: list[Line]) -> list[Line]:
    """A page is never emptied: where the rules left (almost) no prose, the lines of prose they took
    for page furniture are the article after all (a footer block that swallowed a short page)."""
    kept = 0
    for line in lines:  # most pages pass within their first lines
        if line.kind == "content":
            kept += len(_NOT_PROSE.sub("", line.text[:_MIN_KEPT_PROSE * 2]))  # one string, not a list of characters
            if kept >= _MIN_KEPT_PROSE:
                return lines
    for line in lines:
        if (line.kind == "furniture" and line.reason in ("footer", "copyright", "blurb")
                and len(_PROSE.findall(line.text)) >= _MIN_KEPT_PROSE and re.search("[。！？，]", line.text)):
            line.kind, line.reason = "content", "restored"
    return lines


def _copy_without_cuts(builder: TextBuilder, line: Line) -> None:
    pos = line.start
    for a, b, _ in sorted(line.cuts):
        end = a
        # drop whitespace left dangling by a cut
        while end > pos and builder.source[end - 1] in " \t\u3000\xa0":
            end -= 1
        _copy_closing_lists(builder, pos, end)
        pos = max(pos, b)
        while pos < line.end and builder.source[pos] in " \t\u3000\xa0":
            pos += 1
    _copy_closing_lists(builder, pos, line.end)


# A space printed beside a list's 、 (某甲 、某乙, 某甲、 某乙): the list is one, the space a typesetting
# slip that would end it for every reader of lists (names before a verb, a formulation's members)
_SPACE_AT_LIST_MARK = cached_compile(r"[ \u3000\xa0]+(?=、)|(?<=、)[ \u3000\xa0]+")
# A space inside a number set in prose (某某1 8日在…会见, 2 1个省, 转发11 000次): the same slip, which
# hides the day of an event or the size of a set from every reader of numbers
_SPACE_IN_NUMBER = cached_compile(r"(?<=[\u4e00-\u9fff])(\d{1,4})[ \u3000\xa0](\d{1,4})(?=[\u4e00-\u9fff])")
_SPACED_DIGITS = cached_compile(r"\d[ \u3000\xa0]\d")


def _typesetting_spaces(source: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spaces to leave out of ``source[start:end]``: beside a list's 、, and inside a number
    in prose, but not between consecutive numbers (第21 22集, 03 04星: two items, not one)."""
    spaces = []
    if source.find("、", start, end) >= 0:
        spaces += [(m.start(), m.end()) for m in _SPACE_AT_LIST_MARK.finditer(source, start, end)]
    if _SPACED_DIGITS.search(source, start, end):
        spaces += [(m.end(1), m.start(2)) for m in _SPACE_IN_NUMBER.finditer(source, start, end)
                   if int(m.group(2)) != int(m.group(1)) + 1]
    return sorted(spaces)


def _copy_closing_lists(builder: TextBuilder, start: int, end: int) -> None:
    for a, b in _typesetting_spaces(builder.source, start, end):  # most lines: none, one copy
        builder.copy(start, a)
        start = b
    builder.copy(start, end)


def _continues(prev: Line, line: Line) -> bool:
    """True when ``line`` carries on the sentence ``prev`` broke off (a page-break cut)."""
    if prev.kind != "content" or line.kind != "content" or prev.caption or line.caption:
        return False
    if _in_table(prev) or _in_table(line):  # cells of a layout table are apart, whatever they end with
        return False
    a, b = prev.rest(), line.rest()
    if not b or len(a) < (_MIN_CUT_AT_COMMA if a[-1:] == "，" else _MIN_CUT_LINE):
        return False
    last, first = a[-1], b[0]
    ends_open = last in _OPEN_END or last.isalnum()
    return ends_open and first not in _NO_JOIN_START and not _starts_enumeration(b)


def _in_table(line: Line) -> bool:
    return any(reason == "table_cells" for _, _, reason in line.cuts)


def _starts_enumeration(text: str) -> bool:
    """一、 / 1. / （一） / 第一，: the start of a list item, never the rest of a sentence."""
    return bool(_ENUMERATION.match(text))


def _removals(lines: list[Line]) -> list[tuple[int, int, str]]:
    out = []
    for line in lines:
        if line.kind in ("furniture", "metadata"):
            out.append((line.start, line.end, line.reason or line.kind))
        elif line.kept:
            out.extend((a, b, r) for a, b, r in line.cuts if r != "markup")
    return sorted(out)
