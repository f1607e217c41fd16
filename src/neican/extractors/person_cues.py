"""Names the trained recogniser (extractors/ner.py) vouches for, looked for only where the genre
puts names: right after a post (国务院总理温家宝当地时间…) and right before a verb a person
governs (…普列夫内利埃夫表示, 孙仁安在致辞中说).

The recogniser costs about 3 µs a character; run on the whole text it would take three times
as long as every other stage together. The windows cover about a fifth of a typical item, and a
name must lie inside its window, not cut by its edges, so the recogniser saw its context.
"""
from __future__ import annotations

from functools import cache

from ..lexmatch import Lexicon
from .ner import PER, find_entities

# Verbs whose subject is a person: roles at meetings, speech, visits (a name ends right before).
GOVERNING_VERBS = ("主持 出席 参加 列席 陪同 讲话 致辞 发言 传达 部署 宣读 汇报 指出 强调 要求 表示 说 认为 介绍 "
                   "会见 会谈 会晤 看望 慰问 调研 考察 视察 签署 率 带队 一行 同志 等 在 作 向 对 与 和 当选").split()
_BEFORE_VERB, _AFTER_VERB = 8, 1  # a name of up to 4 characters and the context the model reads
_BEFORE_TITLE, _AFTER_TITLE = 2, 10  # a foreign name after a post may run to 7 characters


@cache
def _verbs() -> Lexicon[str]:
    return Lexicon((verb, verb) for verb in GOVERNING_VERBS)


def cue_windows(text: str, title_matches: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Merged stretches of ``text`` around posts and governing verbs."""
    stretches = [(max(0, start - _BEFORE_TITLE), end + _AFTER_TITLE) for start, end, _ in title_matches]
    stretches += [(max(0, start - _BEFORE_VERB), end + _AFTER_VERB) for start, end, _, _ in _verbs().overlapping(text)]
    stretches.sort()
    merged: list[tuple[int, int]] = []
    for lo, hi in stretches:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
        else:
            merged.append((lo, min(hi, len(text))))
    return merged


def recognised_names(text: str, title_matches: list[tuple[int, int, str]]) -> dict[int, str]:
    """Start → name for each person the recogniser finds inside a cue window."""
    found: dict[int, str] = {}
    for lo, hi in cue_windows(text, title_matches):
        window = text[lo:hi]
        for entity in find_entities(window):
            cut = (entity.start == 0 and lo > 0) or (entity.end == len(window) and hi < len(text))
            if entity.label == PER and not cut and len(entity.text) >= 2:
                found[lo + entity.start] = entity.text
    return found
