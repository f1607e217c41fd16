"""Dates of events as news prints them, resolved against the publication date.

13日傍晚 → 2023-04-13 (year and month from a publication on 2023-04-15), 11月5日 with no year
anywhere → --11-05, 22日至23日 → a range, 今天下午 and 刚刚， → the publication day.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..patterns import LazyPattern

TIME_OF_DAY = r"(凌晨|清晨|早上|早晨|上午|中午|下午|傍晚|晚上|晚间|夜间|晚)"
# 当地时间 before a day abroad, which reports also shorten to 当地 right before the day (当地26日)
LOCAL_TIME = r"(?:当地时间|当地(?=(?:\d{1,2}月)?\d{1,2}[日号]))"
# 13号 for 13日, as broadcasts say it; but not 1号文件, 3号线: a day only before a break, a time or a verb
_HAO = rf"号(?=[，,、。\s]|{TIME_OF_DAY}|当地时间|在|举行|召开|起|至|到|发布|宣布|表示|晚间|会见|会谈|会晤|出席|主持|致电|签署|继续|同|与)"
DATE_EXPR = LazyPattern(
    rf"(?:(?P<year>(?:19|20)\d\d)年)?(?:(?P<month>\d{{1,2}})月)?(?<!第)(?P<day>\d{{1,2}})(?:日|{_HAO})"
    rf"(?:(?:至|到|—|-)(?:(?P<month2>\d{{1,2}})月)?(?P<day2>\d{{1,2}})(?:日|{_HAO}))?(?P<tod>{TIME_OF_DAY})?"
    # 刚刚， opening a sentence (web news' "just now"): the moment of publication; 刚刚结束的 is no day
    rf"|(?P<rel>今天|今日|昨天|昨日|前天|明天|刚刚(?=[，,！!]))(?P<tod2>{TIME_OF_DAY})?")
_RELATIVE = {"今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "明天": 1, "刚刚": 0}


@dataclass
class EventDate:
    date: str  # YYYY-MM-DD or --MM-DD
    end: str | None
    time_of_day: str | None
    start: int  # span in the text
    stop: int


def resolve(m: re.Match, published: str | None) -> EventDate | None:
    """The date a match names; None when it cannot be placed (a bare day with no month known).
    ``published`` may be a day with no year (--05-20, a dateline's): dates then have none either."""
    base = _base(published)
    yearless = bool(published and published.startswith("--"))
    tod = m.group("tod") or m.group("tod2")
    if m.group("rel"):
        if base is None:
            return None
        day = base + timedelta(days=_RELATIVE[m.group("rel")])
        return EventDate(day.strftime("--%m-%d") if yearless else day.isoformat(), None, tod, m.start(), m.end())
    year = int(m.group("year")) if m.group("year") else (base.year if base and not yearless else None)
    month = int(m.group("month")) if m.group("month") else (base.month if base else None)
    if month is None:
        return None
    if base is not None and not yearless and not m.group("year") and m.group("month") and month > base.month + 1:
        year = base.year - 1  # 12月30日 read in a January paper is last year's
    first = _format(year, month, int(m.group("day")))
    if first is None:
        return None
    end = None
    if m.group("day2"):
        end = _format(year, int(m.group("month2") or month), int(m.group("day2")))
    return EventDate(first, end, tod, m.start(), m.end())


def _base(published: str | None) -> date | None:
    try:
        if published and published.startswith("--"):
            return date.fromisoformat("2000" + published[1:7])  # a leap year holds --02-29
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


_DATELINE_REACH = 150  # characters from the text's start: a headline, a deck and the dateline


def dateline_day(text: str) -> str | None:
    """The day a report's dateline prints (新华社北京5月20日电, 湖南日报5月23日讯: a date of DATE_EXPR
    with 电 or 讯 after it): --05-20, or 2024-05-20 where it prints the year; the reference of its
    20日 and 今天 where the page gives no publication time."""
    for m in DATE_EXPR.finditer(text, 0, _DATELINE_REACH):
        if m.group("month") and not m.group("day2") and not m.group("tod") and text.startswith(("电", "讯"), m.end()):
            found = resolve(m, None)  # no reference: the year only where the dateline prints it
            return found.date if found else None
    return None


def _format(year: int | None, month: int, day: int) -> str | None:
    try:
        if year is None:
            date(2000, month, day)  # a leap year validates 02-29
            return f"--{month:02d}-{day:02d}"
        return date(year, month, day).isoformat()
    except ValueError:
        return None
