"""How values read on a page: dates in Chinese (partial ones too) and headlines without raw entities."""
from __future__ import annotations

import html
import re

_FULL = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_MONTH_DAY = re.compile(r"^--(\d{2})-(\d{2})$")  # a date the text gave without its year
_YEAR = re.compile(r"^(\d{4})$")


def display_date(value: str | None) -> str:
    """A stored date as a reader writes it: ``2024-05-11`` → ``2024年5月11日``, ``--05-11`` → ``5月11日``.

    Timestamps keep only their day; anything unrecognised is shown as it is; nothing is ``—``.
    """
    if not value:
        return "—"
    for pattern, shape in ((_FULL, "{y}年{m}月{d}日"), (_MONTH_DAY, "{m}月{d}日"),
                           (_YEAR_MONTH, "{y}年{m}月"), (_YEAR, "{y}年")):
        found = pattern.match(value)
        if found:
            parts = found.groups()
            if shape.startswith("{m}"):
                return shape.format(m=int(parts[0]), d=int(parts[1]))
            numbers = dict(zip("ymd", (int(p) for p in parts)))
            return shape.format(**numbers)
    return value


def display_title(value: str | None) -> str:
    """A headline with HTML entities the source left in it decoded (``&#8226;`` → ``•``); none → 无标题."""
    if not value:
        return "（无标题）"
    return html.unescape(value)
