"""Publication times: parse the forms Chinese pages print into ISO 8601."""
from __future__ import annotations

from datetime import date, datetime

from .patterns import LazyPattern

# 2023-04-15 15:32:52, 2023/4/15 15:32, 2023年4月15日 15:32, 2023.04.15. Seconds are exactly two
# digits, so a counter printed right after them (15:32:520) does not corrupt the time.
DATETIME = LazyPattern(
    r"(?<!\d)((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?"
    r"(?:\s*(\d{1,2})\s*[:：时]\s*(\d{2})(?:\s*[:：分]\s*(\d{2}))?)?")
COMPACT = LazyPattern(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:[T ]?(\d\d)(\d\d)(\d\d)?)?$")


def parse_datetime(text: str | None) -> str | None:
    """First valid date or date-time in ``text`` as ISO 8601 (date only where no time is given)."""
    if not text:
        return None
    text = str(text).strip()
    try:  # ISO forms first, with or without zone
        return _iso(datetime.fromisoformat(text.replace("Z", "+00:00")), "T" in text or " " in text)
    except ValueError:
        pass
    for pattern in (DATETIME, COMPACT):
        for m in pattern.finditer(text) if pattern is DATETIME else [pattern.match(text)]:
            if not m:
                continue
            y, mo, d, h, mi, s = m.groups()
            try:
                if h is not None:
                    return datetime(int(y), int(mo), int(d), int(h), int(mi), int(s or 0)).isoformat()
                return date(int(y), int(mo), int(d)).isoformat()
            except ValueError:
                continue
    return None


def _iso(value: datetime, has_time: bool) -> str:
    value = value.replace(tzinfo=None)
    return value.isoformat() if has_time else value.date().isoformat()
