"""Names the trained recogniser (extractors/ner.py) vouches for, looked for only where the genre
puts names and the patterns read none: right after a post (国务院总理张明远当地时间…), right
before a verb a person governs (…科瓦列夫斯基表示), and where a clause or a phrase opens on a
surname whose pair with the next character is no word (，林慕白下岗后…, 对林慕白的…).

The recogniser costs about 3 µs a character; run on the whole text it would take longer than
every other stage together. The windows cover about a tenth of a typical item, go to the
recogniser as one string, and a name must lie inside its window, not cut by its edges, so the
recogniser saw its context.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache

from ..lexmatch import Lexicon
from ..patterns import LazyPattern, cached_compile
from .names import name_at
from .ner import PER, find_entities
from .ner_lexicon import SEPARATORS, cues, lexicon
from .timeexpr import LOCAL_TIME, TIME_OF_DAY

# Verbs whose subject is a person and that report one by name: receptions, speech (说, 认为: the
# people a feature or a web page quotes, with no post before them), roles at a meeting (a name
# ends right before). Frequent function words (在, 和, 对) would cue a third of the text for few
# names the patterns miss; 说 costs little, as the recogniser reads only windows where no name
# found already ends (stages.py: people 1.44 → 1.43 M chars/s on 3,000 xwlb items). The verbs
# that make a speaker at a meeting (GUIDE: 宣读, 汇报, 传达, 部署, 发言, 作报告/说明/总结讲话) name
# people no post introduces (某某宣读了表彰决定); 作 only with the speech it makes, as 工作 holds it.
GOVERNING_VERBS = ("会见 会谈 会晤 表示 指出 强调 致辞 讲话 主持 出席 陪同 一行 率 说 认为 介绍 告诉 透露 坦言 "
                   "共同 宣读 汇报 传达 部署 发言 看望 慰问 考察 调研 视察 参观 察看 听取 来到 带领 签署 宣布 回答 作了 作报告 作工作 作说明 作总结 作交流 作动员 作重要 作专题 作主旨 作辅导 作表态").split()
_BEFORE_VERB, _AFTER_VERB = 6, 1  # a name of up to 4 characters and the context the model reads
_LONGEST_BEFORE_VERB = 10
_SETTING_BEFORE = cached_compile(r"在[\u4e00-\u9fff]{2,12}?$")
_PARTNER_BEFORE = cached_compile(r"[同与][\u4e00-\u9fff·]{2,12}?(?:举行了?|进行了?)?$")
_WHEN_BEFORE = LazyPattern(LOCAL_TIME + r"?(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:至\d{1,2}日)?" + TIME_OF_DAY + "?$")
_BEFORE_TITLE, _AFTER_TITLE = 2, 10  # a foreign name after a post may run to 7 characters
_LABEL_MARKS = "：:"
_NO_NAME_AFTER = _LABEL_MARKS + "、，。；！？,;!?"
_AGENT_NOUN = "人者"  # 发言人, 主持人: nouns
# a verb that heads a noun with the character after it (共同体, 考察团, 调研组; not 出席|团拜会)
_NOUN_AFTER = {"共同": "体", "考察": "团组", "调研": "团组"}


@cache
def _verbs() -> Lexicon[str]:
    return Lexicon((verb, verb) for verb in GOVERNING_VERBS)


# A descriptor set in a chain of posts before a name (GUIDE: 专家, 学者 are no titles): 著名经济学家,
# 电力专家, 凝聚态物理专家, 空间飞行器总体设计和信息处理专家
_DESCRIPTOR = LazyPattern(r"[\u4e00-\u9fff]{0,16}?(?:专家|学者|学家|人士)(?=[\u4e00-\u9fff])")


def holder_position(text: str, end: int) -> int:
    """Where the name of a post's holder would start after the post ending at ``end``: past a space,
    and past a descriptor, which is no post (某某大学教授、电力专家|赵明远)."""
    pos = end + (1 if text[end:end + 1] in " \u3000" else 0)
    if text.startswith("、", pos) and (described := _DESCRIPTOR.match(text, pos + 1)):
        return described.end()
    return pos


def title_windows(text: str, title_matches: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Stretches after posts where the patterns read no name (国务院总理张明远当地时间…)."""
    # a post followed by a colon is a label (视频编辑：X): the credits line's names are read there;
    # one followed by a clause or list mark (副主席、…) has no name of its own to read
    windows = []
    for start, end, _ in title_matches:
        if (described := holder_position(text, end)) > end + 1:  # past a descriptor (院士、物理专家|某某)
            start, end = described - _BEFORE_TITLE, described
        if text[end:end + 1] in _NO_NAME_AFTER:
            continue
        name = name_at(text, end)
        if not name:
            windows.append((max(0, start - _BEFORE_TITLE), end + _AFTER_TITLE))
        elif text[(item := end + len(name)):item + 1] == "、" and not name_at(text, item + 1):
            # the post's list goes on to a name the patterns do not read (航天员某甲、刘洋|密切监视)
            windows.append((item, item + 1 + _AFTER_TITLE))
    return _merged(_through_separators(text, windows), len(text))


def verb_windows(text: str, known_ends: set[int], verbs: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Stretches before governing verbs where a name may end and no name found already does.
    ``verbs``: every occurrence of a governing verb in ``text``, where a shared pass found them."""
    if verbs is None:
        verbs = [(start, end) for start, end, _, _ in _verbs().overlapping(text)]
    # a verb before 人 or 者 is a noun (发言人), as some are before 体, 团, 组 (共同体, 考察团): the word
    # before it is no name
    return _merged([(_window_start(text, start), end + _AFTER_VERB) for start, end in verbs
                    if start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and start not in known_ends
                    and text[end:end + 1] not in _AGENT_NOUN
                    and text[end:end + 1] not in _NOUN_AFTER.get(text[start:end], "")], len(text))


def _window_start(text: str, verb: int) -> int:
    """Six characters before a verb hold a Chinese name and its context; a name with a post and 等
    after it, or a transliterated name (科瓦列夫斯基表示), runs longer, and the window with it."""
    for _ in range(3):  # 李建华2月25日主持, 李建华在文莱王宫会见, 李建华同阮晋勇举行会谈: no names
        lo = max(0, verb - 16)
        # a date ends in 日 (then at most a time of day): without one _WHEN_BEFORE, which opens
        # with optional parts and so is tried at every position, cannot match
        between = ((text.find("日", lo, verb) >= 0 and _WHEN_BEFORE.search(text, lo, verb))
                   or _SETTING_BEFORE.search(text, lo, verb) or _PARTNER_BEFORE.search(text, lo, verb))
        if not between:
            break  # nothing passed: the next rounds would search the same stretch again
        verb = between.start()
    lo = max(0, verb - _BEFORE_VERB - (4 if text.endswith(("等", "同志"), 0, verb) else 0))  # 陈某秘书长等一行
    translit = cues()["translit"]
    while lo > 0 and verb - lo < _LONGEST_BEFORE_VERB and text[lo] in translit and text[lo - 1] in translit:
        lo -= 1
    return lo


# The last characters of nouns that name a kind of person (运动员, 志愿者, 艺术家, 职工, 选手, 教师,
# 学生, 院士, 村民, 负责人, 工匠; 妻子, 父亲; 冠军, 名将, 前锋, 外援, 大臣, 主帅, 球星, 新秀): a name printed right after one is the person it names
# (下岗职工潘某, 老艺术家骆某), which no post in the lexicon introduces. 国家 ends like one and names
# none: an organ's name follows it (国家卫健委); nor does 一家 (a classifier).
_PERSON_NOUN_ENDS = "员者家工手师生士民人匠子亲军将锋援臣帅星秀"
_LIKE_PERSON_NOUN = "国家"
# 家 after a numeral or a demonstrative is a classifier (一家|白钨矿, 多家|企业), no person noun's end
_CLASSIFIER_JIA = cached_compile(r"[\d一二两三四五六七八九十百千万几多每这那某各]家$")

# Where a clause or a phrase opens: a mark, and the function words a name follows as their object
# or as the next subject (和, 对, 从, 由 …). A name there has no post or verb to vouch for it, so
# the recogniser alone decides, and only where the surname and the character after it make no word
# of ordinary text (林慕|白: a name; 同时, 王国: words). After 的, which nouns follow far more
# often than names, people.py keeps only a full name or one that opens a list (现代治理的|范本 is no
# name; 当选的林慕白、…); not after a space, which on web pages parts the items of link lists
# (王某回香港…) more often than a list of names. (On 6,000 xwlb items a name stood after 在, 对, 同,
# 由, 以, 及, 从, 向, an opening quote or 《 one time in thirty or fewer, but leaving them out cost
# 2 points of recall on CLUENER's and pd98's development text, for 3% of the pipeline's time.)
_OPENERS = "，。；：、！？\n“”‘’（）《》〈〉【】—…,;:!?()\"'" + "对和与及同跟从在由以将到是了给向被让请把的" + _PERSON_NOUN_ENDS
_OPENING_BEFORE, _OPENING_AFTER = 1, 6  # the character before; a name of up to 4 and 2 after it


def _class_of(chars) -> str:
    """The characters as the inside of a regular-expression character class."""
    return re.escape("".join(sorted(set(chars))))


@cache
def _translit_class() -> str:
    return _class_of(cues()["translit"])


@cache
def _opener_before_surname():
    # the opener alone is matched (the surname looked ahead at), so that a surname that is also an
    # opener (和, 于) is the next match's opener: 、和|王…
    return cached_compile(f"[{re.escape(_OPENERS)}](?=[{_class_of(s[0] for s in lexicon().surnames)}])")


# Verbs whose object is a person, right before the name (致电某某, 致信某某, 会见某某, 祝贺某某):
# the name opens there as after a function word
_OBJECT_VERBS = "致电|致信|致函|致贺信|致贺电|致唁电|会见|会晤|接见|祝贺|宴请|看望|慰问|会同"


@cache
def _object_verb_before_name():
    # a Chinese, Korean or Japanese surname (岸田), or a run of transliteration characters
    surnames = _class_of(s[0] for names in (lexicon().surnames, cues()["jp_surname"]) for s in names)
    return cached_compile(f"(?:{_OBJECT_VERBS})(?=[{surnames}]|[{_translit_class()}]{{2}})")


@cache
def _opener_before_transliteration():
    # a transliterated name opens on a run of transliteration characters (布拉特, 基里延科), which
    # need not start with a Chinese surname; three of them, as two open ordinary words (扎根, 钦佩)
    return cached_compile(f"[{re.escape(_OPENERS)}](?=[{_translit_class()}]{{3}})")


def opening_windows(text: str, known_starts: set[int]) -> tuple[list[tuple[int, int]], set[int]]:
    """Stretches where a name may open a clause or follow a function word, and the positions
    where such a name would start; none where a name found already starts."""
    starts = opening_starts(text, known_starts)
    return windows_at(text, starts), starts


def opening_starts(text: str, known_starts: set[int]) -> set[int]:
    """The positions where a name would start after a mark, a function word or a verb whose
    object is a person (opening_windows' starts)."""
    bands = lexicon().bigram_bands
    starts = {at for m in _opener_before_surname().finditer(text)
              if (at := m.end()) not in known_starts and text[at:at + 2] not in bands
              and not text.startswith(_LIKE_PERSON_NOUN, at - 2)
              and not (text[at - 1] == "家" and _CLASSIFIER_JIA.search(text, max(0, at - 2), at))}
    starts.update(at for m in _opener_before_transliteration().finditer(text)
                  if (at := m.end()) not in known_starts and text[at:at + 2] not in bands)
    starts.update(at for m in _object_verb_before_name().finditer(text)
                  if (at := m.end()) not in known_starts and text[at:at + 2] not in bands)
    translit = cues()["translit"]
    if ((text[:1] in lexicon().surnames or (len(text) >= 3 and all(c in translit for c in text[:3])))
            and 0 not in known_starts and text[:2] not in bands):
        starts.add(0)
    return starts


def windows_at(text: str, starts: set[int]) -> list[tuple[int, int]]:
    """The stretches the recogniser reads for names that start at ``starts``."""
    return _merged(_through_separators(text, [(max(0, at - _OPENING_BEFORE), at + _OPENING_AFTER) for at in starts]),
                   len(text))


_LONGEST_PART = 8  # of a separated name after its separator (…·德米特里延科)


def _through_separators(text: str, windows: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``windows``, each run on to hold the whole of a separated name it reaches into
    (的阿·德米特|里延科均…): a name cut by the window's end is no name to the recogniser, and a
    foreign name with its parts runs longer than a Chinese one."""
    if not any(mark in text for mark in SEPARATORS):
        return windows
    widened = []
    for lo, hi in windows:
        at = max(text.rfind(mark, lo, hi + 1) for mark in SEPARATORS)
        if at > lo:
            end = at + 1
            while end < len(text) and end - at <= _LONGEST_PART and ("\u4e00" <= text[end] <= "\u9fff" or text[end] in SEPARATORS):
                end += 1
            hi = max(hi, end + 2)
        widened.append((lo, hi))
    return widened


@cache
def _surname_or_transliteration():
    # the surnames of the recogniser's bands a-d and the compound ones (王 … 鲁, 欧阳): the rarest
    # (band e: 国, 来, 平, 支 …) are characters ordinary text prints about as often as all the others
    # together (6 and 10 in 100 characters of xwlb), for few names
    bands = lexicon().surname_bands
    surnames = _class_of(s[0] for s in lexicon().surnames if bands.get(s) in _FREE_SURNAME_BANDS)
    return cached_compile(f"[{surnames}]|(?<![{_translit_class()}])[{_translit_class()}]{{2}}")


_FREE_SURNAME_BANDS = frozenset("abcdf")


def free_starts(text: str, known_starts: set[int]) -> set[int]:
    """Where a name may start with no post, verb or function word before it (…，去年琼斯跑出了…,
    万元帮助邝某修理房屋): a surname's character or a run of transliteration characters where
    ordinary text makes no word of it with the character before or the two after, after a Han
    character (what follows a mark is opening_windows'), in a line of running text (the cheap
    pass: about one position in 130 of xwlb's text, where the recogniser builds candidates and
    nowhere else)."""
    bands = lexicon().bigram_bands
    translit = cues()["translit"]
    prose = _prose_spans(text)
    # the cheapest tests first: most positions fail on the character before them
    return {at for m in _surname_or_transliteration().finditer(text, 1)
            if "\u4e00" <= text[(at := m.start()) - 1] <= "\u9fff" and at not in known_starts
            and not (text[at - 1] in translit and text[at] in translit)  # 阿尔|韦托: inside a foreign name
            and text[at - 1:at + 1] not in bands and _inside(prose, at)
            and (_transliterated_run(text, at, translit)
                 or (text[at:at + 2] not in bands and text[at + 1:at + 3] not in bands))}


def _transliterated_run(text: str, at: int, translit) -> bool:
    # a foreign name's characters make frequent bigrams of each other (萨拉, 琼斯): the bigrams
    # inside a run of three say nothing of whether a word starts there
    return text[at] in translit and text[at + 1:at + 2] in translit and text[at + 2:at + 3] in translit


def _prose_spans(text: str) -> list[tuple[int, int]]:
    """The lines of running text, which a comma or a full stop marks: a web page's lists of
    links and tags that the cleaner left (林某 言某 蔡某 [MP3搜索] …) hold names no sentence
    speaks of."""
    spans, at = [], 0
    for line in text.split("\n"):
        if "，" in line or "。" in line:
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def _inside(spans: list[tuple[int, int]], at: int) -> bool:
    k = bisect_right(spans, (at, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def _merged(stretches: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for lo, hi in sorted(stretches):
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], min(max(hi, merged[-1][1]), length))
        else:
            merged.append((lo, min(hi, length)))
    return merged


def recognised_names(text: str, windows: list[tuple[int, int]],
                     wanted: Callable[[int, str], bool] | None = None, starts: set[int] | None = None,
                     scores: dict[int, float] | None = None) -> dict[int, str]:
    """Start → name for each person the recogniser finds inside one of ``windows``.

    The windows go to the recogniser as one string, joined by line breaks (which no name
    crosses): one call a document, not one a window. ``wanted(start, name)``: whether the caller
    could use a name found there; a window holding no candidate it could use is not read in
    full (the names of the windows that are may include names it does not want). ``starts``:
    where the only names wanted start (the recogniser builds no other). ``scores``: filled with
    start → the model's score of each name returned."""
    if not windows:
        return {}
    joined, offsets, at = [], [], 0
    disjoint, last_hi = True, 0  # whether the windows come in order, none overlapping the next
    for lo, hi in windows:
        joined.append(text[lo:hi])
        offsets.append((at, at + hi - lo, lo, hi))
        at += hi - lo + 1
        disjoint, last_hi = disjoint and lo >= last_hi, hi
    joined_text = "\n".join(joined)
    begins = [begin for begin, _, _, _ in offsets]

    def usable(start: int, end: int) -> bool:  # a name the recogniser could return, not cut
        begin, stop, lo, hi = offsets[bisect_right(begins, start) - 1]
        if end - start < 2 or (start == begin and lo > 0) or (end == stop and hi < len(text)):
            return False
        return wanted is None or wanted(lo + start - begin, joined_text[start:end])

    at_starts = None
    if starts is not None and disjoint and 2 * len(starts) >= at - len(offsets):
        # starts at most positions of the windows (all but a post's): each window's positions
        # tested, not each start bisected into the windows (the same set where they are disjoint)
        at_starts = frozenset(begin + pos - lo for begin, _, lo, hi in offsets for pos in range(lo, hi) if pos in starts)
    elif starts is not None:  # the positions in the joined text, each found by its window's start
        los = [lo for _, _, lo, _ in offsets]
        at_starts = frozenset(begin + at - lo for at in starts if (k := bisect_right(los, at) - 1) >= 0
                              for begin, _, lo, hi in [offsets[k]] if at < hi)
    found: dict[int, str] = {}
    k = 0
    for entity in find_entities(joined_text, usable, at_starts):
        while offsets[k][1] < entity.start:
            k += 1
        begin, end, lo, hi = offsets[k]
        cut = (entity.start == begin and lo > 0) or (entity.end == end and hi < len(text))
        if entity.label == PER and not cut and len(entity.text) >= 2:
            found[lo + entity.start - begin] = entity.text
            if scores is not None:
                scores[lo + entity.start - begin] = entity.score
    return found
