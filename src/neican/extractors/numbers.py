"""Chinese and Arabic numerals to integers (cn2an does the Chinese ones)."""
from __future__ import annotations

from functools import lru_cache

NUMERAL = "[一二两三四五六七八九十百千万亿零〇]"


_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _small(value: str) -> int | None:
    """1–99 written the common way (三, 十二, 二十, 二十二), without calling cn2an (slow per call)."""
    if len(value) == 1:
        return 10 if value == "十" else _DIGITS.get(value)
    tens, _, units = value.partition("十")
    if not _ or len(value) > 3 or (tens and tens not in _DIGITS) or (units and units not in _DIGITS):
        return None
    return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[units] if units else 0)


@lru_cache(maxsize=4096)
def to_int(value: str) -> int | None:
    """``"三"`` → 3, ``"二十二"`` → 22, ``"22"`` → 22, ``"两"`` → 2; None when it is not a number."""
    if value.isdigit():
        return int(value)
    if (small := _small(value)) is not None:
        return small
    try:
        import cn2an

        number = cn2an.cn2an(value, "smart")
    except (ValueError, KeyError):
        return None
    return int(number) if float(number).is_integer() else None
