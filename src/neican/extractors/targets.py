"""Targets: quantities stated as goals or as achievements (增长5%, 1000亿元, 四万余人, 22个…).

Each item: ``text`` (surface), ``value`` (a number, multipliers applied), ``unit``, ``approx``
(余/多/近/约, 左右/上下 after it), ``bound`` (``min`` for 以上, ``max`` for 以内/以下, else None),
``subject`` (what is counted or measured: the clause before the number), ``kind`` (``goal`` when
the clause looks ahead: 目标, 力争, 到2025年 …, or its sentence opens on 目标是：; else ``fact``).
"""
from __future__ import annotations

import re

from ..doc import Doc, Span
from ..patterns import LazyPattern, cached_compile
from .numbers import NUMERAL, to_int

REQUIRES = ("text",)
ASSIGNS = "targets"

_UNITS = ("万亿元|亿元|万元|元|亿美元|万美元|美元|个百分点|%|％|万人次|人次|万人|人|万户|户|家|个|项|座|公里|千米|米|万吨|吨|公斤|千克|斤|"
          "万千瓦|千瓦|兆瓦|万亩|亩|平方公里|平方米|倍|辆|台|件|所|条|套|批|场|次|部|名")
_MULTIPLIER = {"万亿": 10**12, "亿": 10**8, "万": 10**4, "千": 10**3}
_LEADS = "约 近 超过 超 逾 达到 达 突破 增长 下降 提高 降低 减少 增加".split()
_QUANTITY = cached_compile(
    rf"({'|'.join(_LEADS)})?"
    rf"(\d+(?:\.\d+)?|{NUMERAL}+)(余|多)?(万亿|亿|万|千)?({_UNITS})(?![\u4e00-\u9fff]*级)")
# _QUANTITY opens with an optional word, so re would try it at every position. But a quantity's
# number lies in a run of digits and numerals, and the quantity goes on past the run's end
# (every unit ends with a character that is no numeral), with one of these characters; its
# lead word, if any, sits right before the run.
_NUMBER_CHARS = "0123456789." + NUMERAL[1:-1]
_AFTER_RUN = frozenset("余多") | {unit.lstrip(_NUMBER_CHARS)[0] for unit in _UNITS.split("|")}
# a whole run (possessive: never a shorter one) with one of those characters after it
_NUMBER_RUN = cached_compile(rf"[\d.{NUMERAL[1:-1]}]++(?=[{re.escape(''.join(sorted(_AFTER_RUN)))}])")
# found from its end: one of those characters with a digit or numeral before it. re scans for a
# class of them at half the cost of \d (a category test per character), and they are fewer.
_RUN_END = cached_compile(rf"[{re.escape(''.join(sorted(_AFTER_RUN)))}](?<=[\d.{NUMERAL[1:-1]}].)")
_RUN_CHARS = frozenset("." + NUMERAL[1:-1])  # and what isdecimal (\d)
_MAX_LEAD = max(map(len, _LEADS))
_LEAD_STARTS = frozenset(lead[0] for lead in _LEADS)  # no digit or numeral: before a run only a lead opens a quantity
_BIG_NUMERAL = cached_compile("[百千万亿]")
_GOAL = cached_compile(r"(目标|力争|确保|争取|计划|预计|将|要|到20\d\d年|到本世纪|以上$)")
# a goal stated for the sentence's list of quantities (主要预期目标是：A增长5.5%左右，B增长5%…)
# (searched back from the quantity over a bounded stretch, with no sentence's end between: the
# quantity's own sentence, found without scanning the text before it for each quantity)
_SENTENCE_GOAL = cached_compile(r"(?:预期)?目标(?:是|为|任务是)?[：:][^。！？\n]*\Z")
_GOAL_LIST_REACH = 400  # characters: a work report's list of goals, 。 closing it
# what a quantity's own words after it say of it: about (5.5%左右), at least (50万人以上), at most (5.5%以内)
_BOUND_AFTER = cached_compile(r"(左右|上下|以上|之上|以内|之内|以下)")
_BOUNDS = {"以上": "min", "之上": "min", "以内": "max", "之内": "max", "以下": "max"}
_CLAUSE_MARKS = "，,。；;：:！？、\n（("
# the last clause mark before endpos: one search instead of finding every mark in the window
_LAST_CLAUSE_MARK = cached_compile(rf"[{_CLAUSE_MARKS}](?=[^{_CLAUSE_MARKS}]*\Z)")
_COUNTED = LazyPattern(r"[\u4e00-\u9fff]{1,10}?(?=[，,。；;、和与及等的\s）)]|$)")
_SMALL_COUNT_UNITS = set("个项条家座所件台辆套批场次部名户人")


def find_targets(text: str) -> list[Span]:
    spans = []
    for m in _quantities(text):
        lead, number, approx, multiplier, unit = m.groups()
        if not number[0].isdigit() and unit in _SMALL_COUNT_UNITS and not multiplier \
                and not _BIG_NUMERAL.search(number):
            continue  # 三个, 两项: counting words, not quantities (numbered formulations cover them)
        if number[0].isdigit() and text[m.end(2):m.end(2) + 1] in "年月日" and not unit:
            continue
        value = float(number) if number[0].isdigit() else to_int(number)
        if value is None:
            continue
        if multiplier:
            value *= _MULTIPLIER[multiplier]
        if unit.startswith(("万亿", "亿", "万")) and unit not in ("万人次",) and len(unit) > 1:
            head = "万亿" if unit.startswith("万亿") else unit[0]
            value *= _MULTIPLIER[head]
            unit = unit[len(head):]
        elif unit == "万人次":
            value, unit = value * 10**4, "人次"
        window_start = max(0, m.start() - 40)
        mark = _LAST_CLAUSE_MARK.search(text, window_start, m.start())
        clause = text[mark.end() if mark else window_start:m.start()]
        subject = (clause + (lead or "")).strip()[-16:] or None
        if unit in _SMALL_COUNT_UNITS and unit not in "人户":  # 22个重点产业集群: the thing counted follows
            if counted := _COUNTED.match(text, m.end()):
                subject = counted.group(0)
        end = m.end()
        bound = _BOUND_AFTER.match(text, end)
        if bound:
            end = bound.end()
        goal = _GOAL.search(clause) or _SENTENCE_GOAL.search(text, max(0, m.start() - _GOAL_LIST_REACH), m.start())
        spans.append(Span(m.start(), end, "target", {
            "text": text[m.start():end], "value": int(value) if float(value).is_integer() else value,
            "unit": "%" if unit == "％" else unit,
            "approx": bool(approx) or lead in ("约", "近") or bool(bound and bound.group() in ("左右", "上下")),
            "bound": _BOUNDS.get(bound.group()) if bound else None,
            "subject": subject, "kind": "goal" if goal else "fact", "evidence": [m.start(), end]}))
    return spans


def _quantities(text: str) -> list[re.Match]:
    """What ``_QUANTITY.finditer(text)`` finds: tried only around number runs a unit follows."""
    found, pos = [], 0
    for start, end in _number_runs(text):
        for at in range(max(pos, start - _MAX_LEAD), end):
            if at < start and text[at] not in _LEAD_STARTS:
                continue
            if m := _QUANTITY.match(text, at):
                found.append(m)
                pos = m.end()
                break  # the match runs past the run: its unit ends with no digit or numeral
    return found


def _number_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of what ``_NUMBER_RUN.finditer(text)`` finds."""
    runs = []
    for after in _RUN_END.finditer(text):
        start = end = after.start()
        while start > 0 and (text[start - 1] in _RUN_CHARS or text[start - 1].isdecimal()):
            start -= 1
        runs.append((start, end))
    return runs


def extract(doc: Doc, options=None) -> Doc:
    doc.spans[ASSIGNS] = find_targets(doc.text)
    return doc
