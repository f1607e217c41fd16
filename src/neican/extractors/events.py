"""Meetings: every meeting, symposium, forum, session or 会见 reported as happening.

A meeting is announced by a trigger sentence (…在呼和浩特召开, 召开…推进会, 在…举行…会,
主持召开…, X会见Y). Its date comes from that sentence (or the paragraph before it), resolved
against the publication date; its roles from what follows each named person up to the next
meeting: 主持 (hosts), 讲话/传达/部署/作总结讲话/发言 (speakers), 出席/参加/列席/陪同.
A meeting nobody is named at and no date is given for is a mention, not a report: skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..doc import Doc, Span
from .meeting_words import NOUN_HEADS as _NOUN_HEADS
from .meeting_words import NOUNS as _NOUNS
from .names import is_transliteration, plausible_name
from .people import find_titles
from .posts import widen
from .regions import lookup, region_at_end, region_at_start
from .scan import finditer_at
from .timeexpr import DATE_EXPR, TIME_OF_DAY, EventDate, resolve

REQUIRES = ("text", "people", "regions")
ASSIGNS = "events"

# The lookahead for a first character lets re reject most positions with one test instead of
# trying ~80 alternatives at each step of a lazy name (the trigger patterns spent 0.3 s there).
MEETING_NOUN = (rf"(?=[{''.join(sorted({w[0] for w in _NOUNS + _NOUN_HEADS}))}])"
                rf"(?:{'|'.join(_NOUNS)}|(?:{'|'.join(_NOUN_HEADS)})会议?)")
# A generic name is the holder's meeting (省委常委会召开会议) or a session of the meeting before.
_GENERIC = re.compile(r"^(会议|大会|全体会议|第[一二三四五六七八九十\d]+次(全体)?会议|专题会议|全会|常务会议|大会交流)$")
_NAME = rf"(?:[^，。；！？,;!?：:\n]{{0,60}}?{MEETING_NOUN})"
# 在PLACE召开/举行NAME, NAME在PLACE召开, ORG召开NAME, 主持召开NAME
_AT_PLACE_HOLD = re.compile(rf"(?<![正现实存所])在(?P<place>[^，。；,;\n]{{1,20}}?)(?:召开|举行|举办)(?P<name>{_NAME})")
_DAY = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号](?:至\d{1,2}[日号])?"
_WHEN = rf"(?:当地时间)?(?:{_DAY}|今天|今日|昨天|昨日|当天|近日|日前)?(?:（[^（）]{{1,12}}）)?(?:{TIME_OF_DAY}|全天)?"
_NAME_AT_PLACE = re.compile(rf"(?P<name>[^，。；！？,;!?：:\n]{{2,60}}?{MEETING_NOUN})[，,]?{_WHEN}(?:(?:在|于)(?P<place>[^，。；,;\n]{{1,20}}?))?"
                            rf"(?:以[^，。；,;\n]{{2,14}}?形式)?(?:隆重|胜利|顺利|正式|圆满)?(?:召开|举行|开幕(?!式)|闭幕(?!式)|举办)"
                            rf"(?P<session>第[^，。；,;\n]{{1,8}}?(?:全体)?会议|(?:联组|分组|全体|常务)?会议(?![室厅])|闭幕会|开幕会)?")
_OBJECT_MEETING = re.compile(rf"了?{_NAME}")
# a meeting named with where it was held: 在越南岘港举行的亚太经合组织…对话会
_HELD_AT = re.compile(r"在(?P<place>[^，。；的]{2,16}?)(?:召开|举行|举办)的(?P<name>.{2,})$")
_ORG_HOLDS = re.compile(rf"(?P<org>[\u4e00-\u9fff][\u4e00-\u9fff、]{{1,13}}?){_WHEN}(?:在(?P<place>[^，。；,;\n]{{2,12}}?))?(?:主持)?"
                        rf"(?:成功|隆重)?(?:召开|举行|举办)(?:了)?(?P<name>{_NAME})")
# 出席/参加/主持 + a meeting's name: the meeting is the verb's object (出席…赠送纪念品仪式)
# 在…大会上发表重要讲话, 在峰会上通过视频发表致辞: the meeting a speech was given at
_SPOKE_AT = re.compile(rf"在(?P<name>{_NAME})上(?=(?:通过视频|以视频方式)?(?:发表|作了?|讲话|致辞)|[，,])")
_ROLE_ATTACHED = re.compile(rf"(?:出席|参加|主持)(?:了)?(?P<name>{_NAME})")
# A meeting's name in object position is the whole noun phrase: the lazy name stops at the
# first meeting noun (全国人大常委会|土壤污染防治法执法检查组第一次全体会议), so it runs on to the
# last one before the clause ends, over nothing that starts another predicate or a second
# meeting (并讲话, 和, 与, 及, a holding or role verb).
_NAME_RUNS_ON = re.compile(
    rf"(?:(?!并|和|与|及|同|召开|举行|举办|主持|出席|参加|讲话|致辞|强调|指出|研究|部署|听取|传达|审议|通过|上)"
    rf"[^，。；！？,;!?：:\n、“”《》]){{0,30}}{MEETING_NOUN}")
# ，并举办…推介会; ，随后召开…会议: a holding verb whose subject the sentence gave before
_CLAUSE_HOLDS = re.compile(rf"(?<=[，,])(?:并|同时|随后|还)?(?:成功|隆重)?(?:召开|举行|举办)了?(?P<name>{_NAME})")
_OBJECT_PATTERNS = (_AT_PLACE_HOLD, _ORG_HOLDS, _ROLE_ATTACHED, _CLAUSE_HOLDS)
_RECEIVE_VERBS = ("会见", "会晤", "接见", "会谈")
_VENUE = re.compile(r"在([\u4e00-\u9fff]{2,10}?)设主会场")
_FORMAT = re.compile(r"(电视电话会议|视频会议|视频连线|网络视频会议|线上线下相结合)")



@dataclass
class Meeting:
    name: str
    start: int
    end: int
    place: str | None = None
    date: EventDate | None = None
    format: str | None = None
    hosts: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    later: list[int] = field(default_factory=list)  # starts of triggers merged into this one
    place_printed: bool = False  # 在X召开 says where; a holder's region only suggests it
    reception: bool = False  # 会见, 会谈: participants only, no roles from the report around it
    trigger_end: int = -1  # end of the first sentence part that reported it (``end`` grows on merging)


# the last word of a meeting noun before 上， (大会上，, 论坛上，): where a sentence opens at a meeting
_AT_MEETING_ANCHORS = tuple(f"{end}上{mark}" for end in "会议坛式礼座晤" for mark in "，,")
_TRIGGER_WORDS = ("召开", "举行", "举办", "开幕", "闭幕", "出席", "参加", "主持", "上发表", "上作", "上讲话", "上致辞", "上通过视频",
                  *_AT_MEETING_ANCHORS)


_VERB_ANCHOR = re.compile("|".join(_TRIGGER_WORDS))
_WINDOW_BEFORE, _WINDOW_AFTER = 90, 80  # longer than any name + place the patterns allow


def _trigger_windows(text: str) -> list[tuple[int, int]]:
    """Stretches around each meeting verb, merged: the trigger patterns only run there."""
    windows: list[tuple[int, int]] = []
    for m in _VERB_ANCHOR.finditer(text):
        lo, hi = max(0, m.start() - _WINDOW_BEFORE), min(len(text), m.end() + _WINDOW_AFTER)
        lo = max(lo, text.rfind("\n", 0, m.start()) + 1)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return windows


_ANY_NOUN = re.compile(MEETING_NOUN)
_CLAUSE_BREAK = re.compile(r"[，。；,;\n]")  # no trigger pattern matches across one


def _trigger_segments(text: str) -> list[tuple[int, int]]:
    """The clauses of the trigger windows that hold a meeting verb: a trigger match lies inside
    one clause and ends with a verb, so nothing is lost and the patterns try far fewer starts."""
    segments = []
    for lo, hi in _trigger_windows(text):
        start, previous = lo, None
        for end in [m.start() for m in _CLAUSE_BREAK.finditer(text, lo, hi)] + [hi]:
            # every trigger pattern holds a verb and a meeting noun: a clause without both has none,
            # unless the clause before ends with the noun (…捐赠仪式，在…中心举行)
            if end > start and _VERB_ANCHOR.search(text, start, min(end + 1, hi)):
                if _ANY_NOUN.search(text, start, end):
                    segments.append((start, min(end + 1, hi)))  # the break itself: 在…大会上，
                elif previous is not None and text[start - 1] in "，," and _ANY_NOUN.search(text, previous, start - 1):
                    segments.append((previous, end))
            previous, start = start, end + 1
    return segments


# Each trigger pattern, in the order they are tried, with a pattern that every match of it
# contains: its verb and its meeting noun in their order, on one line. A clause without that is
# not searched: a failed search of a pattern with a lazy name costs about a microsecond a
# character, and most clauses hold a verb without its noun after it (or before, as required).
_HOLDING_THEN_NOUN = re.compile(rf"(?:召开|举行|举办)[^\n]*?{MEETING_NOUN}")
_TRIGGER_PATTERNS = ((_NAME_AT_PLACE, re.compile(rf"{MEETING_NOUN}[^\n]*?(?:召开|举行|开幕|闭幕|举办)")),
                     (_AT_PLACE_HOLD, _HOLDING_THEN_NOUN), (_ORG_HOLDS, _HOLDING_THEN_NOUN),
                     (_CLAUSE_HOLDS, _HOLDING_THEN_NOUN),
                     (_ROLE_ATTACHED, re.compile(rf"(?:出席|参加|主持)[^\n]*?{MEETING_NOUN}")),
                     (_SPOKE_AT, re.compile(rf"在[^\n]*?{MEETING_NOUN}上")))


# A meeting named as the topic of its sentence, its holding verb several clauses on, after an
# adjunct of circumstance: 第X次全国代表大会在圆满完成各项议程后，22日上午在人民大会堂胜利闭幕;
# …第一次会议，在完成各项议程，产生…后，13日上午在北京闭幕. The clause patterns cannot join them.
# 开幕 and 闭幕 take nothing but a gathering for subject, so any clause may come between
# (…代表大会圆满完成各项议程，在北京闭幕); 召开 and 举行 only an adjunct of time (在…后，).
_TOPIC_HOLDS = re.compile(rf"(?:[^。；\n：:]{{0,24}}[：:])?(?:{_WHEN}[，,])?(?P<name>[^，。；！？,;!?：:\n]{{2,60}}?{MEETING_NOUN})，?"
                          rf"(?:(?:在|经过|于)[^。；\n]{{2,80}}?(?:后|之后|之际|期间)，|(?P<clause>[^。；\n]{{2,40}}?，))"
                          rf"{_WHEN}(?:(?:在|于)(?P<place>[^，。；,;\n]{{1,20}}?))?(?:胜利|隆重|顺利)?"
                          rf"(?P<verb>开幕|闭幕|召开|举行)(?=[，。；,;\n])")
_TOPIC_VERB = re.compile(r"(?:开幕|闭幕|召开|举行)(?=[，。；,;\n])")


def _topic_triggers(text: str) -> list[Meeting]:
    """Meetings whose name opens the sentence and whose holding verb ends it (see _TOPIC_HOLDS)."""
    found, seen = [], set()
    for verb in _TOPIC_VERB.finditer(text):
        start = _sentence_start(text, verb.start())
        if start in seen:
            continue
        seen.add(start)
        m = _TOPIC_HOLDS.match(text, start)
        if m is None or m.end() != verb.end() or _in_passing(text, m, False):
            continue
        if m.group("clause") and m.group("verb") not in ("开幕", "闭幕"):
            continue
        name = _clean_name(m.group("name"))
        if name and not _GENERIC.match(name):
            meeting = Meeting(name, m.start("name"), m.end(), _clean_place(m.group("place")), trigger_end=m.end())
            meeting.place_printed = meeting.place is not None
            found.append(meeting)
    return found


# 中共中央政治局…就…进行第十次集体学习: a body's study session, a gathering its head chairs
# (在主持学习时强调) and lecturers address (作讲解)
_STUDY_SESSION = re.compile(rf"(?P<org>[\u4e00-\u9fff]{{2,14}}?){_WHEN}[，,]?(?:(?:就|围绕|以)[^。；\n]{{2,80}}?[，,]?)?"
                            rf"进行(?:了)?(?P<name>第[一二三四五六七八九十百\d]+次(?:集体|专题)学习)")


def _study_sessions(text: str) -> list[Meeting]:
    found = []
    if "次集体学习" not in text and "次专题学习" not in text:  # the regex's lazy subject is slow to fail
        return found
    for m in _STUDY_SESSION.finditer(text):
        if _in_passing(text, m, False):
            continue
        org = _BEFORE_LEVEL_WORD.sub("", m.group("org")) if len(m.group("org")) > 6 else m.group("org")
        found.append(Meeting(org + m.group("name"), m.start(), m.end(), trigger_end=m.end()))
    return found


def find_triggers(text: str, person_names: frozenset[str] = frozenset()) -> list[Meeting]:
    found: list[Meeting] = []
    found += _study_sessions(text)
    segments = _trigger_segments(text)  # one search for the meeting verbs of every pattern
    if not segments:  # most items report no meeting
        return found
    found += _topic_triggers(text)
    for pattern, required in _TRIGGER_PATTERNS:
        for m in (m for lo, hi in segments if required.search(text, lo, hi) for m in pattern.finditer(text, lo, hi)):
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            raw, name_end = m.group("name"), m.end("name")
            if pattern in _OBJECT_PATTERNS and (longer := _NAME_RUNS_ON.match(text, name_end)):
                raw, name_end = raw + longer.group(), longer.end()
                if pattern is _ROLE_ATTACHED and text.startswith("的", name_end) and not text.startswith(("的有", "的还有"), name_end):
                    continue  # 会见来华出席…乌镇峰会的…副总统: the guest's reason for coming, a modifier
            if pattern is _ROLE_ATTACHED:  # 出席并主持X: two verbs sharing one object
                raw = _SHARED_OBJECT.sub("", raw)
            name = _clean_name(raw)
            if not name or (pattern in (_ROLE_ATTACHED, _SPOKE_AT) and _GENERIC.match(name.rsplit("的", 1)[-1])):
                continue  # 出席会议: the meeting already reported
            if _in_passing(text, m, pattern is _ROLE_ATTACHED):
                continue
            if pattern in _OBJECT_PATTERNS and (text.startswith("所", name_end) or _FOR_HOLDING.search(m.group())):
                continue  # 感谢中方为举办本次会议所做的工作: the meeting inside a modifier
            if _SPEECH_AS_TOPIC.match(text, name_end):
                continue  # 参加…代表团审议时的重要讲话，为…指明了方向: the speech is the topic
            if pattern is _SPOKE_AT and _DELIVERED_AT.match(text, m.end()):
                continue  # 在…大会上发表的重要讲话引发反响: the speech is the topic, the meeting recalled
            if pattern is _NAME_AT_PLACE and not m.group("session") and _OBJECT_MEETING.match(text, m.end()):
                continue  # 全国人大常委会举行…专题讲座: the organ holds the meeting named after the verb
            place = m.groupdict().get("place")
            if m.groupdict().get("session"):
                name += m.group("session")  # …第十二次会议举行第一次全体会议
            if pattern is _ORG_HOLDS:
                org = m.group("org").rsplit("、", 1)[-1]
                org = _BEFORE_LEVEL_WORD.sub("", org) if len(org) > 6 else org
                if _GENERIC.match(name) and org.endswith(tuple(person_names)):
                    # 习某主持召开会议，听取了…省委和省政府工作汇报: a person's meeting, named by its business
                    purpose = _PURPOSE.match(text, name_end)
                    name = purpose.group("name").replace("听取了", "听取", 1) if purpose else name
                elif _GENERIC.match(name) and not org.endswith(("在", "上午", "下午", "日")):
                    name = org + name  # 省委常委会召开会议 → 省委常委会会议
                if place is None:  # the holder's region: 南京市委市政府召开… → 南京
                    region = _holder_region(m.group("org"))
                    place = region.short or region.name if region else None
            if pattern is _AT_PLACE_HOLD and _GENERIC.match(name):
                # …主席团4日晚在人民大会堂举行第一次会议: the session is the subject's
                subject = _WHEN_AT_END.sub("", text[max(text.rfind(c, 0, m.start()) for c in "，。；：\n") + 1:m.start()])
                if 2 <= len(subject) <= 24 and _ORGAN_END.search(subject) and not subject.endswith(tuple(person_names)):
                    name = subject + name
            if place is None and (held := _HELD_AT.match(name)):
                place, name = held.group("place"), held.group("name")  # 出席在越南岘港举行的…对话会
            end = max(m.end(), name_end)
            meeting = Meeting(name, m.start(), end, _clean_place(place), trigger_end=end)
            meeting.place_printed = bool(m.groupdict().get("place"))
            venue = _VENUE.search(text, m.end(), m.end() + 80)
            if venue and not meeting.place_printed:
                meeting.place, meeting.place_printed = venue.group(1), True
            found.append(meeting)
    first_line = text.find("\n")
    headline_end = first_line if 0 < first_line and "。" not in text[:first_line] else 0
    return _merge_same(sorted(found, key=lambda f: f.start), headline_end)


_WHEN_AT_END = re.compile(rf"{_WHEN}$")
_ORGAN_END = re.compile(r"(?:团|会|委员会|常委会|政府|党组|党委|政治局|书记处|院|部|局|厅|办)$")
_FOR_HOLDING = re.compile(r"为(?:成功)?(?:举办|召开|举行)")
_SPEECH_AS_TOPIC = re.compile(r"[^，。；！？\n]{0,30}?时的(?:重要)?(?:讲话|指示|致辞|演讲)")
_DELIVERED_AT = re.compile(r"(?:通过视频)?(?:发表|作)了?的")
_SHARED_OBJECT = re.compile(r"^并(?:主持|出席|参加|列席)了?")
_PURPOSE = re.compile(r"[，,](?P<name>听取了?[^，。；]{2,40}?汇报)")

# What a long holder's name carries before its level word (省, 市, 全…): dropped
_BEFORE_LEVEL_WORD = re.compile(r"^.*?(?=省|市|县|区|自治区|全)")

# A meeting to come (将于…召开, 定于, 明年…召开) or one recalled (a sentence opening 此前) is
# mentioned, not reported.
_NOT_YET = re.compile(r"将(?:于|在|要)|即将|拟于|拟在|定于|计划于|将(?=召开|举行|举办)|明年|下个?月|下周")
_BEFORE = re.compile(r"此前|之前|日前此前")


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence (or semicolon clause) holding ``position`` starts."""
    return max(text.rfind(c, 0, position) for c in "。；\n") + 1


def _subject_before(text: str, people: list[Span], position: int) -> tuple[int, str] | None:
    """(start, name) of the person named last before ``position`` in its sentence: the subject of
    a verb whose own clause names nobody (X在Y代表团参加审议, X在与…座谈时)."""
    sentence_start = _sentence_start(text, position)
    named = [(start, p.data["name"]) for p in people for start, _ in p.data["mentions"]
             if sentence_start <= start < position]
    return max(named) if named else None


# 赵某表示，昨天，…举行会晤: a meeting inside what someone says is recalled, not reported
_REPORTED_SPEECH = re.compile(r"(?:表示|指出|强调|说|介绍|回顾)[，,：:]")


# A paragraph that opens with its speaker's verb (王某表示，…) is that speaker's words to its end:
# the genre gives a statement its own paragraph
_SPEECH_PARAGRAPH = re.compile(r"[^，。；！？\n]{1,40}?(?:表示|指出|强调|说|介绍)[，,：:]")


def _in_speech(text: str, position: int) -> bool:
    """Whether ``position`` lies in a statement opened earlier in its sentence (X表示，…) or
    in a paragraph that opens with one."""
    if _REPORTED_SPEECH.search(text, _sentence_start(text, position), position) is not None:
        return True
    paragraph_start = text.rfind("\n", 0, position) + 1
    opening = _SPEECH_PARAGRAPH.match(text, paragraph_start, position)
    return opening is not None


def _in_passing(text: str, m: re.Match, role_attached: bool) -> bool:
    """Whether a trigger mentions a meeting in passing: one to come or recalled, in its clause or
    in someone's statement, or one attached to a role verb inside a modifier (会见出席…首脑会议的…总理)."""
    clause_start = max(text.rfind(c, 0, m.start("name")) for c in "，。；\n") + 1
    sentence_start = _sentence_start(text, m.start("name"))
    if _NOT_YET.search(text, clause_start, m.end()) or _BEFORE.match(text, sentence_start) \
            or _in_speech(text, m.start()):
        return True
    return (role_attached and text.startswith("的", m.end())
            and (not text.startswith(("的有", "的还有"), m.end()) or text.startswith("的有关", m.end())))


_HOLDER_ORGANS = re.compile(r"(?:省委|市委|县委|区委|自治区党委|省政府|市政府|县政府|区政府|人民政府|常委会|政协|人大|、)+$")


def _holder_region(org: str):
    """The region a holding organ belongs to (南京市委市政府, 镇江市委、市政府, 扬州)."""
    head = _HOLDER_ORGANS.sub("", org)
    if head == org:  # no organ: the holder is the place itself (扬州召开…) or no place (总理李建华)
        return lookup(head)
    found = region_at_end(head)
    return found[0] if found else None


def _merge_same(meetings: list[Meeting], headline_end: int = 0) -> list[Meeting]:
    """One meeting per report: a headline and its body sentence name the same meeting, and a
    generic later trigger (23日上午举行大会交流) is a session of the meeting before it."""
    kept: list[Meeting] = []
    for meeting in meetings:
        same = next((k for k in kept if meeting.name in k.name or k.name in meeting.name
                     or _abbreviates(meeting.name, k.name) or _abbreviates(k.name, meeting.name)), None)
        if same is None and kept and _GENERIC.match(meeting.name):
            same = kept[-1]
        if same is None:
            kept.append(meeting)
            continue
        if len(meeting.name) > len(same.name) and not _GENERIC.match(meeting.name):
            same.name = meeting.name
        body_over_headline = same.start < headline_end <= meeting.start and meeting.place_printed
        if meeting.place and (not same.place or (meeting.place_printed and not same.place_printed) or body_over_headline):
            same.place, same.place_printed = meeting.place, meeting.place_printed
        same.end = max(same.end, meeting.end)
        same.participants += [p for p in meeting.participants if p not in same.participants]
        same.later.append(meeting.start)
    return kept


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is the later short form of ``long``: its first word and head noun, the
    rest dropped (庆祝大会 for 庆祝…成立100周年大会): the same first and last two characters, and
    every character of it in the long name, in order."""
    if not 4 <= len(short) < len(long) or short[0] != long[0] or short[-2:] != long[-2:]:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


_EVALUATIVE = re.compile(r"(?:重要|十分|非常|特别|盛大|隆重|伟大|这样|那样)[^，。]*的[^的]{1,4}$")


_NAME_OPENING_WORDS = re.compile(r"^(在|了|的|一次|一场|这次|本次|首次|隆重的?|盛大的?|前不久|不久前|此前|日前|近日)+")
_OPENING_DAY = re.compile(r"^[\d一二三四五六七八九十]+月[\d一二三四五六七八九十]+日")


# 由…主办的, 举世瞩目的: who organised it or how it is seen, not its name
_NAME_MODIFIER = re.compile(r"^(?:由[^，。；]{2,60}?(?:主办|承办|举办|发起)的|[^，。；]{2,40}?(?:参加|出席)的|举世瞩目的|备受瞩目的|一年一度的)")
# 一次重要会议, 盛会: how the meeting is seen, when its name is printed elsewhere
_ONLY_PRAISE = re.compile(r"^(?:重要|重大|盛大|隆重|历史性)的?(?:会议|大会|会)$|^盛会$")


def _clean_name(name: str) -> str | None:
    name = _NAME_MODIFIER.sub("", _NAME_OPENING_WORDS.sub("", name.strip()))
    if _ONLY_PRAISE.match(name) or _EVALUATIVE.search(name) and _GENERIC.match(name.rsplit("的", 1)[-1]):
        return None  # 一次十分重要的大会: a description of a meeting named elsewhere
    name = _OPENING_DAY.sub("", name)
    if len(name) < 2 or "召开" in name or _COUNT_OF_MEETINGS.match(name):
        return None  # 召开14次会议: how many meetings, not one
    return name


_COUNT_OF_MEETINGS = re.compile(r"^(?:[\d一二三四五六七八九十百千多几数]+|多)(?:次|场|个)")


# What a captured place may carry after the place itself: manner adverbs, a mode (以视频方式),
# a companion (与…, 同…), a beneficiary (为…).
_PLACE_TAIL = re.compile(r"(?:以[^，。；]{0,8}?方式|通过视频|(?<=..)(?:与|同|和|为|向|跟|就)[^，。；]*|"
                         r"(?:隆重|胜利|亲切|分别|共同|正式|成功|顺利|集体|专门|再次|首次|主持|又|也|还|先后|一起)+|"
                         # 在巴西圣保罗正式启动，…: the setting's verb, not its place
                         r"(?:隆重|正式|成功|顺利)*(?:启动|揭牌|开展|进行|举行|召开|举办))$")
_NOT_A_PLACE = re.compile(r"^(?:这里|那里|此|当地|此间|随后|同日|同一天|外地|本地|各地|基层|现场)$|^(?:今天|昨天|当天|上个?月|下个?月|上午|下午|晚上)|"
                          r"^[\d一二三四五六七八九十]+[日年月]|[\d一二三四五六七八九十]+年$|"
                          r"(?:(?<!途)中|期间|之际|时|以来|领导人)$|[、，]|召开|举行|进入|会见|出席|开幕|闭幕|进行|调研|"
                          r"^(?:与|同|和|就|对|向)")


_OPENING_PREPOSITION = re.compile(r"^(在|于)")


def _clean_place(place: str | None) -> str | None:
    """The place itself (人民大会堂隆重 → 人民大会堂, 京主持 → 北京); None for a time, a
    pronoun or a setting that is no place (活动中, 19日, 这里)."""
    if not place:
        return None
    place = _OPENING_PREPOSITION.sub("", place.strip())
    for _ in range(2):
        place = _PLACE_TAIL.sub("", place)
    if not place or _NOT_A_PLACE.search(place):
        return None
    if len(place) == 1:  # 在京: the abbreviation's region
        region = lookup(place)
        return region.short or region.name if region else None
    return place


# 同一日, 同日, 当天: the day the report last named (也是在同一日，徐州…大会召开)
_SAME_DAY = re.compile(r"同一?[日天]|当[日天]")
# Where a DATE_EXPR match can start: its year, month or day digits, or 今天, 昨天, 前天, 明天
# (DATE_EXPR opens with optional groups, so re would try it at every position)
_DATE_START = re.compile(r"[\d今昨前明]")


def _date_before(text: str, position: int, published: str | None, reach: int = 20) -> EventDate | None:
    """The date in the sentence of the trigger, else the last one earlier in its paragraph; where
    the sentence says 同一日 or 当天, the last date the text gave before it."""
    para_start = text.rfind("\n", 0, position) + 1
    sentence_start = max(text.rfind("。", para_start, position) + 1, para_start)
    windows = [sentence_start, para_start]
    same_day = bool(_SAME_DAY.search(text, sentence_start, position)) and not DATE_EXPR.search(text, sentence_start, position)
    if same_day:
        windows = [0]
    elif not DATE_EXPR.search(text, para_start, position + reach):
        # a paragraph without a date goes on in the day the report last named (20日一早，…\n
        # 在那曲期间，…会见…), unless that was a span of days (22日至24日): then the day is unknown
        last = None
        for m in finditer_at(DATE_EXPR, _DATE_START, text, 0, para_start):
            if not text.startswith(("讯", "电"), m.end()):
                last = m
        if last is not None and not last.group("day2") and (resolved := resolve(last, published)):
            return resolved
    for window_start in windows:
        matches = [m for m in finditer_at(DATE_EXPR, _DATE_START, text, window_start, position + reach)
                   if not text.startswith(("讯", "电"), m.end())]  # 湖南日报5月23日讯 dates the report
        before = [m for m in matches if m.start() < position] or ([] if same_day else matches)
        for m in reversed(before):
            resolved = resolve(m, published)
            if resolved:
                return resolved
    return None


# What may stand between a name (or a list of names) and the verb it governs: a post printed
# after the name, 同志/等, adverbs, the day and time, 当地时间, and a place or setting (在…).
_BETWEEN = re.compile(r"(?:同志|等|副?(?:委员长|总理|总书记|主席|书记|部长|省长|市长)(?=[\u4e00-\u9fff])|"
                      r"分别|先后|依次|相继|也|还|一同|共同|随后|亲自|应邀|首先|接着|最后|再次|随即|当地时间|今天|昨天|前天|当天|日前|近日|"
                      r"[（(][^（）()]{1,12}[）)]|以[^，。；、]{1,8}?方式|"
                      r"(?:以及|及|和)[^，。；、]{0,24}(?:人员|同志|负责人|代表|成员|领导)|"
                      # 等6位委员, 等其他7位代表团成员: the list's headcount
                      r"(?:其他|其余)?[\d一二三四五六七八九十]+(?:位|名|个)[^，。；、\d]{0,8}?(?:人员|同志|负责人|成员|委员|同学|专家|代表(?!团))|"
                      # A、B等代表发言; A、B等党和国家领导人出席: the list's kind, then its verb
                      r"(?<=等)(?:(?!出席|参加|列席|主持|会见|的)[^，。；、\d]){0,14}(?:代表|委员|同志|负责人|领导人|领导|成员|嘉宾|人)(?=[\u4e00-\u9fff])|"
                      r"率[^，。；、]{0,10}团|"
                      # A，…等有关部门负责人到会应询: a name joined by an unnamed group before their verb
                      r"[，、][^。；]{2,80}?(?:负责人|负责同志|人员|代表|成员)(?=到会|出席|参加|列席|陪同)|"
                      # on whose behalf and to whom a speech is made: A代表…委员会向大会作报告
                      r"代表[^，。；、]{2,24}?(?=向|作|发表)|"
                      r"向(?:大会|会议|全会|全体会议|常委会|与会[\u4e00-\u9fff]{0,4}?)(?=作|发表|讲话|致辞)|"
                      rf"{_DAY}|{TIME_OF_DAY})")
_SETTING = re.compile(r"在(?!讲话|致辞|会上|会议上|汇报|发言|主会场)(?:[^，。；,;\n]{1,30}?(?:期间|上)|[^，。；,;\n]{1,16}?)"
                      r"(?=主持|出席|参加|列席|就座|会见|会晤|会谈|同|与|以|通过视频|讲话|致辞|发言|传达|部署|宣读|汇报|作|发表)")
_HOST_VERB = re.compile(r"(?:在)?主持(?:召开)?")  # 在主持学习时强调: host, and speaker by what follows
_PARTICIPANT_VERB = re.compile(r"出席|参加|列席|参会|与会|到会|就座|陪同(?![^，。；]{0,6}?(?:考察|调研|视察|参观))")
# 作了重要讲话, 作工作部署, 作典型发言, 作了关于…的报告: 作/发表 may take a short modifier first
_SPEECH_NOUNS = r"(?:讲话|致辞|总结讲话|报告|发言|说明|部署|动员|演讲|讲座|授课|陈述|讲解)"
_SPEAKER_VERB = re.compile(r"(?:在会上|在会议上|在主会场|在讲话中|在致辞中|在汇报中|在发言中)|"
                           rf"(?:通过视频|以视频方式)?(?:作了?|发表了?)(?:(?:关于|题为)[^。；]{{1,80}}?的|[\u4e00-\u9fff]{{0,4}}?){_SPEECH_NOUNS}|"
                           r"(?:重要|书面)?讲话(?!精神)|致辞|传达|部署|发言|汇报|宣读|介绍情况|作说明|"
                           r"(?:就[^，。；]{1,16}?)?进行(?:讲解|说明|发言)|"
                           r"向(?:大会|会议|全会|常委会)(?:作了?)?[^，。；]{0,8}?(?:报告|说明)")  # 向大会报告工作
# 主持…并讲话, 出席并致辞: the second verb of a pair joined by 并 adds the speaker's role
# 并讲话, 并作报告, 并发表了题为《…》的主旨演讲: a speech after the verb that brought the person
_AND_SPEAKS = re.compile(rf"[^，。；]{{0,30}}?，?并(?:(?:作|发表)了?(?:题为[^。；]{{1,60}}?的[\u4e00-\u9fff]{{0,2}}?|[\u4e00-\u9fff]{{0,4}}?))?"
                         rf"(?:{_SPEECH_NOUNS}|宣布)")
_AND_HOSTS = re.compile(r"[^，。；]{0,20}?并主持")
# 在主持学习时强调, 主持会议时指出: what the chair says in the chair is said at the meeting
_SAYS_WHILE = re.compile(r"[^，。；]{0,16}?时[，,]?(?:强调|指出|表示|要求)")
# 听取了…主任X关于…的汇报: the name a report is heard from is its speaker
_REPORT_OF = re.compile(r"关于[^。；]{1,60}?的(?:汇报|报告|说明)")
# 出席会议的有A、B: names listed after the verb
# 在主席台前排就座的大会主席团常务委员会成员有A、B; …并在主席台就座。他们是：A、B
_LISTED_AFTER = re.compile(r"(?:出席|参加|列席|就座)[^，。；]{0,12}?的[^，。；有]{0,16}?(?:还)?有|"
                           r"(?:出席|参加|列席|就座)[^。；\n]{0,30}?[。；，,](?:他们|她们)(?:分别)?是")


def _listed_after(text: str, start: int, people: list[Span]) -> bool:
    """Whether the name at ``start`` is one of a list after 出席会议的有 / 在主席台就座的有, with
    only posts, names and separators between (…的有省委书记A，省长B，副省长C)."""
    opener = None
    sentence_start = _sentence_start(text, start)
    if text.startswith(("他们是", "她们是", "他们分别是"), sentence_start):  # the list's verb is in the sentence before
        sentence_start = _sentence_start(text, sentence_start - 1)
    for opener in _LISTED_AFTER.finditer(text, sentence_start, start):
        pass  # the last one before the name
    if opener is None:
        return False
    between = text[opener.end():start]
    for name in {p.data["name"] for p in people}:
        between = between.replace(name, "")
    return not _strip_titles(re.sub(r"[、，,\s：:]|同志", "", between))


def skip_between(text: str, pos: int) -> tuple[int, str | None]:
    """Where the verb after a name (or list) ending at ``pos`` starts, and the setting (在X) passed."""
    setting = None
    while True:
        m = _BETWEEN.match(text, pos)
        if m is None and (m := _SETTING.match(text, pos)):
            setting = m.group()[1:]
        if m is None or m.end() == pos:
            return pos, setting
        pos = m.end()


def governed_role(text: str, pos: int) -> set[str]:
    """The roles that the verb governing a name (or list) ending at ``pos`` gives it."""
    pos, _ = skip_between(text, pos)
    if m := _HOST_VERB.match(text, pos):
        roles = {"host", "participant"}
        if _AND_SPEAKS.match(text, m.end()) or _SAYS_WHILE.match(text, m.end()):
            roles.add("speaker")
        return roles
    if m := _PARTICIPANT_VERB.match(text, pos):
        roles = {"participant"}
        if _AND_SPEAKS.match(text, m.end()):
            roles.add("speaker")
        if _AND_HOSTS.match(text, m.end()):  # 参加会见并主持大会
            roles.add("host")
        return roles
    if _SPEAKER_VERB.match(text, pos) or _REPORT_OF.match(text, pos):
        return {"speaker", "participant"}
    return set()


# 在讲话中指出 speaks at the meeting; 在贺信中指出, 在批示中强调: words sent, no presence
_STATEMENT_VERB = re.compile(r"(?:在(?![^，。；]{0,8}?(?:信|电|批示|指示|文章)中)[^，。；]{0,8}?中)?(?:指出|强调|要求|表示|说(?![明服]))")


def _roles(text: str, meeting: Meeting, scope_end: int, people: list[Span]) -> None:
    """Each named person's role from the verb that governs them, within the meeting's scope (its
    paragraph onwards, up to the next meeting). A person whose statement (指出, 强调) opens a
    sentence of the meeting's own paragraph speaks at it."""
    scope_start = text.rfind("\n", 0, meeting.start) + 1
    # statements after the sentence that reported the meeting (its later mentions, merged into it,
    # stretch ``end`` over the report: 座谈会上，…发言。…李某说，…吴某参加座谈会)
    reported_end = meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end
    paragraph_end = text.find("\n", meeting.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    # the paragraph after the meeting's own may open with what its speaker said (…大会召开。\n
    # 无锡市委书记杜立刚强调…): its first sentence counts as the meeting's own paragraph
    if paragraph_end < scope_end:
        first_stop = _SENTENCE_END_OUTSIDE_QUOTE.search(text, paragraph_end + 1)
        paragraph_end = min(first_stop.start() if first_stop else len(text), scope_end)
    for person in people:
        name = person.data["name"]
        for start, end in person.data["mentions"]:
            if not scope_start <= start < scope_end:
                continue
            after = _after_list(text, end, people)
            roles = governed_role(text, after)
            if not roles and _listed_after(text, start, people):
                roles = {"participant"}
            if not roles and start >= reported_end and end <= paragraph_end and _STATEMENT_VERB.match(text, after):
                roles = {"speaker", "participant"}
            if not roles and _at_the_meeting(text, start, scope_start) and not _MODIFIER.match(text, skip_between(text, after)[0]):
                roles = {"participant"}  # but not a name that modifies a thing (习近平总书记题词贺匾)
            for role in ("host", "speaker", "participant"):
                if role in roles:
                    _add(getattr(meeting, role + "s"), name)
    # someone reported at the meeting whose statement opens a sentence later in its report
    # (…参加审议和询问。…\n栗某指出，…) spoke at it, past its own paragraph too
    for person in people:
        name = person.data["name"]
        if name not in meeting.participants or name in meeting.speakers:
            continue
        for start, end in person.data["mentions"]:
            if reported_end <= start < scope_end and text[start - 1:start] in ("。", "\n", "") \
                    and _STATEMENT_VERB.match(text, skip_between(text, end)[0]):
                _add(meeting.speakers, name)
                break
    _pronoun_speakers(text, meeting, paragraph_end, people)


# 他指出, 她强调: a sentence opening with a pronoun continues the person named last before it
_PRONOUN = re.compile(r"(?<=[。！？\n])(?:他|她)(?=[\u4e00-\u9fff])")


def _pronoun_speakers(text: str, meeting: Meeting, paragraph_end: int, people: list[Span]) -> None:
    """…参加审议。他表示，…: a statement whose subject is 他 or 她, in the meeting's paragraph,
    is the statement of the person the report named last before it, when that person is at the
    meeting; that person speaks at it."""
    for m in _PRONOUN.finditer(text, meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end, paragraph_end):
        after, _ = skip_between(text, m.end())
        if not (_STATEMENT_VERB.match(text, after) or _SPEAKER_VERB.match(text, after)):
            continue
        named = [(start, p.data["name"]) for p in people for start, _ in p.data["mentions"] if start < m.start()]
        if named and (last := max(named)[1]) in meeting.participants:
            _add(meeting.speakers, last)


# 在赠送纪念品仪式上，A和B一同揭幕: a sentence set at the meeting places everyone it names there
_MODIFIER = re.compile(r"的|题词|重要|指示|批示|亲自|关于")
_CONVEYED = re.compile(r"传达|学习|贯彻|落实")  # 传达了…习近平总书记的指示: whose words, not who was there
_AT_MEETING = re.compile(rf"(?:(?:在[^，。；\n]{{0,30}}?{MEETING_NOUN}|会)上|在?(?:随后的)?座谈(?:交流)?(?:时|中))[，,]")


def _at_the_meeting(text: str, position: int, scope_start: int) -> bool:
    sentence_start = max(max(text.rfind(c, scope_start, position) for c in "。；\n") + 1, scope_start)
    return bool(_AT_MEETING.match(text, sentence_start)) and not _CONVEYED.search(text, sentence_start, position)


_BRACKETED = re.compile(r"[（(][^（）()]{1,40}[）)]")
# how far the next name of a list may stand: a chain of three posts runs to about 40 characters
# (，中共中央政治局常委、中央书记处书记、中央财经领导小组成员刘某)
_LIST_REACH = 50


def _after_list(text: str, end: int, people: list[Span]) -> int:
    """Position after a list of names that starts at the mention ending at ``end``: 、刘洁、卢珊
    or ，市长王新维 (titles between the names), so a verb after the list covers every name."""
    names = {p.data["name"] for p in people}
    while True:
        bracket = _BRACKETED.match(text, end)  # 邹卫东（长沙市委常委）、符嘉瑞（…）作典型发言
        if bracket:
            end = bracket.end()
        if text[end:end + 1] not in ("、", "，", ","):
            break
        window = text[end + 1:end + _LIST_REACH]
        following = min(((window.find(n), n) for n in names if window.find(n) >= 0), default=None)
        if following is None:
            # 、教育学部辅导员任某、历史学院学生某某先后发言: items no one recognised as names still
            # belong to the list when it runs on to its verb
            rest = _LIST_TAIL.match(text, end)
            if rest:
                end = rest.end()
            break
        at, name = following
        between = window[:at]
        left = _strip_titles(between) if between else ""
        # …书记钱某、化学学院院长孙某: what is left of a post is its unit, a few characters and no 的
        if left and (len(left) > 6 or "的" in between or not find_titles(between)):
            break
        end += 1 + at + len(name)
    return end


_LIST_TAIL = re.compile(r"(?:、[^、，。；,;\n]{2,24}?)+(?=(?:等[^，。；、]{0,10}?)?(?:先后|分别|依次|相继)?"
                        r"(?:发言|讲话|出席|参加|列席|作|汇报|介绍|致辞|主持))")
_LEADERS_WORD = re.compile(r"(?:省|市|县|区|州|盟|旗|镇|乡)?(?:及[\u4e00-\u9fff]{2,6})?(?:领导|领导同志|负责同志)")


def _strip_titles(text: str) -> str:
    """What is left of ``text`` once titles, their region prefixes and 县领导 are taken out."""
    hits = find_titles(text)
    for i, hit in reversed(list(enumerate(hits))):
        wide = None if hit.explicit else widen(text, hit.start, hits[i - 1].end if i else 0, hit.title)
        start = wide[0] if wide else hit.start  # 俄罗斯驻华|大使: the post with its country
        text = text[:start] + text[hit.end:]
    return _LEADERS_WORD.sub("", text).strip("、 ")


def _add(items: list[str], name: str) -> None:
    if name not in items:
        items.append(name)


_RECEPTION_VERB = re.compile("|".join(_RECEIVE_VERBS))
# 会见…习近平主席特使、…孟某: a name heading its envoy's post is not at the reception
_ENVOY_OF = re.compile(r"(?:主席|总书记|总理|总统|首相)?(?:的)?(?:特使|特别代表|私人代表)")
# 同/与 X 举行会谈: talks with a partner named inside the verb phrase
_TALKS_WITH = re.compile(r"(?:同|与|和)(?P<partner>[^，。；\n]{2,40}?)(?:举行了?|进行了?)?(?:会谈|会晤|视频会晤|视频会谈|会见)")
_JOINS_RECEPTION = re.compile(rf"(?:参加|陪同|出席)了?(?:{'|'.join(_RECEIVE_VERBS)})")
_SENTENCE_END = re.compile(r"[。；;！？\n]")
# “…基础。”某某说，: a quotation's own full stop does not end the sentence that reports it
_SENTENCE_END_OUTSIDE_QUOTE = re.compile(r"[。；;！？](?![”’」])|\n")
_NEXT_PREDICATE = re.compile(r"[，,](?:并|同时|还|随后|共同)|并向")
_WHILE_RECEIVING = re.compile(rf"在?(?P<verb>{'|'.join(_RECEIVE_VERBS)})(?P<guests>[^，。；\n]{{2,40}}?)(?:时|期间)[，,]")


def find_receptions(text: str, people: list[Span]) -> list[Meeting]:
    """会见, 会谈: the people whose governing verb it is receive the people named after it in the
    same sentence (张明远当地时间5日在万象会见…蒙特和…科瓦列夫斯基). Participants only."""
    if not any(verb in text for verb in _RECEIVE_VERBS):
        return []
    mentions = sorted((start, end, p.data["name"]) for p in people for start, end in p.data["mentions"])
    found: list[Meeting] = []
    for start, end, name in mentions:
        if found and start < found[-1].end:
            continue  # a name of a list already read, or a guest
        after = _after_list(text, end, people)
        pos, setting = skip_between(text, after)
        verb = _RECEPTION_VERB.match(text, pos) or _TALKS_WITH.match(text, pos)
        if verb is None or text.startswith(("时", "中"), verb.end()) or _in_speech(text, start):
            continue  # 会见时在座的有: during a reception reported already; …表示，…举行会晤: recalled
        stop = _SENTENCE_END.search(text, verb.end())
        stop = stop.start() if stop else len(text)
        next_verb = _NEXT_PREDICATE.search(text, verb.end(), stop)  # …代表，并向那曲市赠送了…: guests end
        guest_end = next_verb.start() if next_verb else stop
        receivers = [n for s_, _e, n in mentions if start <= s_ < after]
        guests = [n for s_, _e, n, in ((s_, e_, n) for s_, e_, n in mentions if verb.end() <= s_ < guest_end)
                  if n not in receivers and not _ENVOY_OF.match(text, _e)]
        if verb.re is _TALKS_WITH:  # 同南非总统祖马举行了会谈: the partner stands inside the verb phrase
            guests = [n for s_, _e, n in mentions if verb.start("partner") <= s_ < verb.end("partner")]
            guests = guests or _bare_name(verb.group("partner"))  # 同阮晋勇举行会谈
        # 分别会见A、B: one reception with each guest, not one with all
        parties = [[g] for g in guests] if "分别" in text[after:pos] and len(guests) > 1 else [guests]
        # named for whom it received, as printed up to the last guest (会见柬埔寨首相洪森)
        guests_end = max((e_ for s_, e_, n in mentions if verb.end() <= s_ < guest_end and n in guests), default=None)
        printed = (text[verb.end():guests_end] if guests_end and guests_end - verb.end() <= 40
                   else text[verb.end():stop][:20]).removeprefix("了")
        for party in parties:
            name = verb.group() if verb.re is _TALKS_WITH else verb.group() + (party[0] if len(parties) > 1 else printed)
            meeting = Meeting(name, start, stop, _clean_place(setting))
            meeting.place_printed = setting is not None
            meeting.reception = True
            meeting.participants = list(dict.fromkeys(receivers + party))
            found.append(meeting)
    for m in _WHILE_RECEIVING.finditer(text):  # 在会见阿里时，王丽华介绍…: the clause's subject receives
        stop = _SENTENCE_END.search(text, m.end())
        stop = stop.start() if stop else len(text)
        guests = [n for s_, _e, n in mentions if m.start("guests") <= s_ < m.end("guests")]
        guests = guests or _bare_name(m.group("guests"))  # 在会见科瓦列夫时: the clause delimits the guest
        receiver = next((n for s_, _e, n in mentions if m.end() <= s_ < min(stop, m.end() + 12)), None)
        if guests and receiver and receiver not in guests:
            meeting = Meeting(m.group("verb") + m.group("guests"), m.start(), stop)
            meeting.reception, meeting.participants = True, [receiver, *guests]
            found.append(meeting)
    for meeting in found:  # 秘书长X参加会见: joining the reception, later in its paragraph
        paragraph_end = text.find("\n", meeting.end)
        paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
        for start, end, name in mentions:
            if meeting.end <= start < paragraph_end and _JOINS_RECEPTION.match(text, skip_between(text, _after_list(text, end, people))[0]):
                _add(meeting.participants, name)
    return found


def _bare_name(span: str) -> list[str]:
    """A guest the construction itself delimits (同X举行会谈, 在会见X时) and the people stage had no
    post or verb to read by: the whole span, where it is a plausible or transliterated name."""
    if (plausible_name(span, strict=False) or is_transliteration(span)) and not find_titles(span):
        return [span]
    return []


_ROLE_VERB = re.compile(r"出席|参加|主持")


def _subject_of_role_verb(text: str, meeting: Meeting, people: list[Span]) -> None:
    """出席…仪式 with its subject earlier in the sentence (赵明远还视察了…，出席…通车仪式并宣布…):
    the last person named before the verb in the sentence takes the verb's role."""
    if not _ROLE_VERB.match(text, meeting.start) or not (found := _subject_before(text, people, meeting.start)):
        return
    subject = found[1]
    roles = governed_role(text, meeting.start)
    for role in ("host", "speaker", "participant"):
        if role in roles:
            _add(getattr(meeting, role + "s"), subject)


_CHAIRS = re.compile(r"主持(?:召开)?")


def _chair_of_trigger(text: str, meeting: Meeting, people: list[Span]) -> None:
    """…，并主持召开座谈会: a trigger that says who chaired but names nobody in its clause; the
    chair is the person the sentence is about (the last one named before the verb)."""
    end = meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end
    verb = _CHAIRS.search(text, meeting.start, end)
    if verb is None:
        return
    clause_start = max(text.rfind(c, 0, verb.start()) for c in "，。；\n") + 1
    named_in_clause = any(clause_start <= s < verb.start() for p in people for s, _ in p.data["mentions"])
    subject = None if named_in_clause else _subject_before(text, people, verb.start())
    if subject is not None:
        _add(meeting.hosts, subject[1])
        _add(meeting.participants, subject[1])


_OPENING_SETTING = re.compile(r"在(?!同一?[日天]|当[日天])([\u4e00-\u9fff]{2,12}?)(?:期间)?[，,]")
_VISIT = re.compile(r"(?:在|赴|到)([\u4e00-\u9fff]{2,8}?)(?:应邀)?(?:调研|考察|视察|参访|访问|参观)")


def _setting_place(text: str, meeting: Meeting) -> str | None:
    """Where a meeting whose clause names no venue took place: a setting opening its sentence
    (在朝阳市，…主持召开…), else the place of the visit the report is about (在四川调研)."""
    sentence_start = max(text.rfind(c, 0, meeting.start) for c in "。\n") + 1
    if m := _OPENING_SETTING.search(text, sentence_start, meeting.start):
        return m.group(1)
    if m := _VISIT.search(text, 0, meeting.start):
        return m.group(1)
    return None


def _named_place(meeting: Meeting) -> str | None:
    """The region a local meeting's name opens with (徐州市作风效能…大会 → 徐州): where no venue is
    printed, a city's or province's own meeting is held there."""
    if meeting.reception or "代表团" in meeting.name:  # a delegation meets at the congress, not at home
        return None
    found = region_at_start(meeting.name, names_only=True)
    return found[0].short or found[0].name if found else None


def _split_joint(receptions: list[Meeting]) -> list[Meeting]:
    """会见A和B, then 在会见A时… and 在会见B时…: the guests were received one after the other, so
    the joint reading is one reception with each guest (where every guest has one of their own)."""
    pairs = [r for r in receptions if len(r.participants) == 2]
    out: list[Meeting] = []
    for reception in receptions:
        own = [p for p in pairs if p is not reception and set(p.participants) <= set(reception.participants)]
        receivers = {p.participants[0] for p in own}
        guests = [n for n in reception.participants if n not in receivers]
        if len(reception.participants) < 3 or len(guests) < 2 or len(receivers) != 1 \
                or {p.participants[1] for p in own} != set(guests):
            out.append(reception)
            continue
        for guest in guests:
            one = Meeting(reception.name[:2] + guest, reception.start, reception.end, reception.place,
                          reception=True)  # the verb (会见, 会谈) and the guest
            one.place_printed, one.participants = reception.place_printed, [*receivers, guest]
            out.append(one)
    return out


def _merge_receptions(receptions: list[Meeting]) -> list[Meeting]:
    """A headline and its body report one reception: the same people, read once."""
    receptions = _split_joint(receptions)
    kept: list[Meeting] = []
    for reception in receptions:
        same = next((k for k in kept if set(k.participants) <= set(reception.participants)
                     or set(reception.participants) <= set(k.participants)), None)
        if same is None:
            kept.append(reception)
            continue
        if reception.place_printed and not same.place_printed:
            same.place, same.place_printed = reception.place, True
        same.participants += [p for p in reception.participants if p not in same.participants]
        same.later.append(reception.start)
    return kept


# 在云南代表团参加审议, 参加江苏代表团审议, 参加他所在的…代表团审议, 来到…代表团，同代表们一起审议:
# a congress delegation's deliberation is a meeting whose name is the delegation's
_DELIBERATION = re.compile(r"(?:在参加了?|在|来到|参加了?(?:[他她]所在的)?)(?P<name>[\u4e00-\u9fff]{2,24}?代表团)"
                           r"(?:参加|，?(?:同|与|和)代表们?一起)?了?的?审议")
# 十二届全国人大常委会第十二次会议今天上午分组审议…: the session's group deliberation
_GROUP_DELIBERATION = re.compile(rf"(?P<name>[^，。；！？,;!?：:\n]{{2,40}}?会议)(?:今天|昨天|当天)?{_WHEN}(?:在[^，。；\n]{{2,12}}?)?(?P<kind>分组|联组)审议")
# 座谈交流时，…; 在同企业家座谈时，…; 在随后的座谈中，…: a sentence set at a talk during a visit
_DURING_TALKS = re.compile(r"(?P<name>在?(?:随后的)?(?:(?:同|与|和)[^，。；\n]{2,24}?)?座谈(?:交流)?)(?:时|中|期间)[，,]")
# X与企业负责人座谈，…; X同外国专家代表亲切座谈。: talks held, reported as a verb phrase
_TALKS_WITH_GROUP = re.compile(r"(?P<name>(?:同|与|和)(?P<with>[^，。；,;\n]{2,24}?)(?:一起)?(?:亲切|深入|进行)?座谈(?:交流)?)"
                               r"(?=[，。；,;\n]|并)")
_BEFORE_DELEGATION = re.compile(r"^.*(?:参加了?|所在的)")
# …参加山东代表团审议时说: what the participant said there
_WHILE_SAYING = re.compile(r"时[，,]?(?:指出|强调|表示|说|提出)")


def find_deliberations(text: str, people: list[Span]) -> list[Meeting]:
    """Delegations' deliberations at a congress session, each with its subject as a participant
    (X在Y代表团参加审议, X参加Y代表团审议时说 → a speaker too), and a standing committee session's
    group deliberation (…会议今天上午分组审议)."""
    found = []
    for m in _DELIBERATION.finditer(text) if "代表团" in text else ():
        if _in_passing(text, m, False) or text.startswith("时的", m.end()):
            continue  # …代表团审议时的重要讲话，为…: the speech is the topic, the deliberation recalled
        # 在全国两会期间参加四川代表团审议, 在参加他所在的…代表团审议: the delegation alone
        name = _BEFORE_DELEGATION.sub("", m.group("name"))
        meeting = Meeting(name + "审议", m.start(), m.end(), trigger_end=m.end())
        if subject := _subject_before(text, people, m.start()):
            # the meeting's report starts at its subject, so a meeting before ends there
            meeting.start, subject_name = subject
            meeting.participants.append(subject_name)
            if _WHILE_SAYING.match(text, m.end()):
                meeting.speakers.append(subject_name)
        found.append(meeting)
    for m in _GROUP_DELIBERATION.finditer(text) if "组审议" in text else ():
        session = _clean_name(m.group("name"))
        if session and not _in_passing(text, m, False):
            found.append(Meeting(session + m.group("kind") + "审议", m.start(), m.end(), trigger_end=m.end()))
    return found


def find_talks(text: str, people: list[Span]) -> list[Meeting]:
    """Talks held during a visit, set by a clause that opens a sentence or follows its subject
    (座谈交流时，…; 俞某在与…座谈时，…), named with whom they were held."""
    found = []
    for m in _DURING_TALKS.finditer(text) if "座谈" in text else ():
        sentence_start = _sentence_start(text, m.start())
        opens = not text[sentence_start:m.start()].strip(" \u3000") or text.startswith("在", m.start())
        if not opens or _in_passing(text, m, False):
            continue
        meeting = Meeting(m.group("name").removeprefix("在").removeprefix("随后的"), sentence_start, m.end(),
                          trigger_end=m.end())
        if subject := _subject_before(text, people, m.start()):
            meeting.participants.append(subject[1])
        found.append(meeting)
    for m in _TALKS_WITH_GROUP.finditer(text) if "座谈" in text else ():
        subject = _subject_before(text, people, m.start())
        if subject is None or _in_passing(text, m, False) or any(f.start <= m.start() < f.end for f in found):
            continue  # talks with no one named holding them, or recalled, or read already
        meeting = Meeting(m.group("name"), subject[0], m.end(), trigger_end=m.end())
        meeting.participants.append(subject[1])
        found.append(meeting)
    return found


# 听取了…省委、省政府(的)工作汇报: a leader visiting a region is briefed by its party committee
# and government, a meeting the report gives no meeting noun
_BRIEFING = re.compile(r"(?P<name>听取了?(?P<by>[^，。；]{0,20}?(?:省委|市委|区委|县委|州委|党委|党组|省政府|市政府|区政府|县政府|人民政府)"
                       r"[^，。；]{0,12}?)的?工作汇报)")


def find_briefings(text: str, people: list[Span]) -> list[Meeting]:
    """Work reports a named leader heard from a region's party committee or government."""
    found = []
    for m in _BRIEFING.finditer(text) if "工作汇报" in text else ():
        subject = _subject_before(text, people, m.start())
        if subject is None or _in_passing(text, m, False):
            continue
        meeting = Meeting(f"听取{m.group('by')}工作汇报", subject[0], m.end(), trigger_end=m.end())
        meeting.participants.append(subject[1])
        found.append(meeting)
    return found


# 王某、何某等参加上述活动 (陪同参加上述会见): the names join every event the report gave before
_JOINS_ALL = re.compile(r"(?:陪同)?(?:参加|出席)了?(?:上述|以上)(?:活动|会见|会谈|会晤|会议)")


def _joining_all(text: str, people: list[Span]) -> list[tuple[int, str]]:
    """(position, name) of each person whose verb is 参加上述活动 or the like."""
    if "上述" not in text and "以上" not in text:
        return []
    found = []
    for person in people:
        for start, end in person.data["mentions"]:
            if _JOINS_ALL.match(text, skip_between(text, _after_list(text, end, people))[0]):
                found.append((start, person.data["name"]))
    return found


_YEARS_AGO = re.compile(r"(?:^|(?<=[，,：:]))\s*(?:[\d一二三四五六七八九十百几多]+)(?:多)?年前")  # 35年前，…全会胜利召开
_OPENING_YEAR = re.compile(r"(?:^|(?<=[，,：:]))\s*(?:早在|在)?((?:19|20)\d\d)年")


def _recalled_by_year(text: str, meeting: Meeting, published: str | None) -> bool:
    """Whether a clause of the sentence reporting a meeting opens in a year at least two before
    the report (1983年6月，在第六届全国人民代表大会第一次会议上，当选为…; 消息：2014年10月15日，…):
    a career or a story recalled, not news. A year inside a phrase (为实现2020年目标) sets no time."""
    if not published or not published[:4].isdigit():
        return False
    start = _sentence_start(text, meeting.start)
    before = text[start:meeting.start]
    return (any(int(m.group(1)) <= int(published[:4]) - 2 for m in _OPENING_YEAR.finditer(before))
            or _YEARS_AGO.search(before) is not None)


def find_events(text: str, people: list[Span], published: str | None) -> list[Span]:
    # a deliberation is more specific than the trigger that reads its session's name
    # (参加十三届全国人大一次会议江西代表团的审议: the meeting is the delegation's, not the session)
    deliberations = find_deliberations(text, people) + find_talks(text, people)
    meetings = [m for m in find_triggers(text, frozenset(p.data["name"] for p in people))
                if not any(m.start <= d.start < m.end or d.start <= m.start < d.end for d in deliberations)]
    meetings += deliberations
    held = {_sentence_start(text, m.start) for m in meetings}
    meetings += [b for b in find_briefings(text, people) if _sentence_start(text, b.start) not in held]
    meetings.sort(key=lambda m: m.start)
    receptions = _merge_receptions([r for r in find_receptions(text, people)
                                    if not any(m.start <= r.start < m.trigger_end for m in meetings)])
    meetings = [m for m in _merge_same(meetings, text.find("\n")) if not _recalled_by_year(text, m, published)]
    receptions = [r for r in receptions if not _recalled_by_year(text, r, published)]
    starts = [m.start for m in meetings]
    joined_all = _joining_all(text, people)
    spans = []
    for meeting in sorted(meetings + receptions, key=lambda m: m.start):
        # the trigger's own clause may print the date after a long name (…第二十四次委员长会议16日上午…举行)
        reach = max(20, meeting.trigger_end - meeting.start)
        meeting.date = next(filter(None, (_date_before(text, at, published, reach) for at in [meeting.start, *meeting.later])), None)
        if not meeting.reception:
            # a reception inside a meeting's report does not end the meeting's scope
            scope_end = min((at for at in starts if at > meeting.start), default=len(text))
            fmt = _FORMAT.search(text, meeting.start, scope_end)
            meeting.format = fmt.group(1) if fmt else None
            _roles(text, meeting, scope_end, people)
        if not meeting.place:
            meeting.place = _clean_place(_setting_place(text, meeting)) or _named_place(meeting)
        if not meeting.participants and not meeting.reception:
            _subject_of_role_verb(text, meeting, people)
        if not meeting.hosts and not meeting.reception:
            _chair_of_trigger(text, meeting, people)
        for position, name in joined_all:  # 王某、何某等参加上述活动: every event reported before
            if meeting.start < position:
                _add(meeting.participants, name)
        if not (meeting.participants or meeting.date):
            continue
        if meeting.date and published and meeting.date.date[:1] != "-" and meeting.date.date > published[:10]:
            continue  # dated after the report: a meeting to come, mentioned
        spans.append(Span(meeting.start, meeting.end, "event", {
            "kind": "meeting", "name": meeting.name,
            "date": meeting.date.date if meeting.date else None,
            "end_date": meeting.date.end if meeting.date else None,
            "time_of_day": meeting.date.time_of_day if meeting.date else None,
            "place": meeting.place, "format": meeting.format,
            "hosts": meeting.hosts, "speakers": meeting.speakers, "participants": meeting.participants,
            "evidence": [meeting.start, meeting.end]}))
    return spans


def extract(doc: Doc, options=None) -> Doc:
    doc.spans[ASSIGNS] = find_events(doc.text, doc.spans.get("people", []), doc.meta.get("published"))
    return doc
