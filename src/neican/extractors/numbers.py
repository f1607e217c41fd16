"""Chinese and Arabic numerals to integers (cn2an does the Chinese ones)."""
from __future__ import annotations

from functools import lru_cache

NUMERAL = "[一二两三四五六七八九十百千万亿零〇]"


@lru_cache(maxsize=4096)
def to_int(value: str) -> int | None:
    """``"三"`` → 3, ``"二十二"`` → 22, ``"22"`` → 22, ``"两"`` → 2; None when it is not a number."""
    if value.isdigit():
        return int(value)
    try:
        import cn2an

        number = cn2an.cn2an(value, "smart")
    except (ValueError, KeyError):
        return None
    return int(number) if float(number).is_integer() else None
