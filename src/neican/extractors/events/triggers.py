"""Meetings announced by a trigger: a noun phrase ending in a meeting noun that a holding verb
(召开, 举行, 开幕…) or a role verb (出席, 主持) attaches to, in either order, or that opens its
sentence as the topic of 开幕/闭幕; study sessions; one meeting per report (merging)."""
from __future__ import annotations

import re

from ...patterns import LazyPattern, cached_compile
from ..meeting_words import NOUNS as MEETING_NOUNS
from ..numbers import to_int
from ..regions import lookup, region_at_end
from .common import (
    _AT,
    _DAY,
    _GENERIC,
    _NAME,
    _WHEN,
    CLAUSE_BREAK,
    MEETING_NOUN,
    MEETING_NOUN_RE,
    TOGETHER_WITH,
    Meeting,
    _clean_name,
    _clean_place,
    _in_passing,
    _sentence_start,
)

# 在PLACE召开/举行NAME, NAME在PLACE召开, ORG召开NAME, 主持召开NAME
_AT_PLACE_HOLD = LazyPattern(rf"{_AT}(?P<place>[^，。；,;\n]{{1,20}}?)(?:召开|举行|举办)(?P<name>{_NAME})")
# a gathering's opening or close told by the curtain (大会在某地落下帷幕, 论坛拉开帷幕): 开幕, 闭幕
_CURTAIN = "落下帷幕|落幕|拉开帷幕"
# (“某某高端研讨会”23日在某地召开: a quoted name closes after its noun)
# (某某会议暨某某集体学习14日在北京举行: two occasions joined by 暨 are one meeting, named whole; the
# second ends in a noun of its own, so that no day or adverb runs into it: …论坛暨…更新周|昨晚)
_NAME_AT_PLACE = LazyPattern(rf"(?P<name>[^，。；！？,;!?：:\n]{{2,60}}?{MEETING_NOUN}(?:暨[^，。；！？,;!?：:\n]{{1,30}}?(?:{MEETING_NOUN}|活动|学习|大赛|展|节))?)”?[，,]?"
                            # 由某院、某组织于…在北京联合举办: who held it, between the name and its day
                            # (峰会16号继续在某地举行: a later day of the meeting)
                            rf"(?:由[^，。；,;\n]{{2,40}}?(?=于|在|\d))?{_WHEN}(?:继续)?(?:(?:在|于)(?P<place>[^，。；,;\n]{{1,20}}?))?"
                            # 以视频会议形式, 以视频方式, 以线上线下相结合方式, 通过视频连线: how it was held
                            rf"(?:(?:以|通过)[^，。；,;\n]{{2,14}}?(?:形式|方式)|通过视频(?:连线)?)?(?:隆重|胜利|顺利|正式|圆满|继续)?(?:召开|举行|开幕(?!式)|闭幕(?!式)|开班(?!式)|举办|{_CURTAIN})"
                            rf"(?P<session>第[^，。；,;\n]{{1,8}}?(?:全体)?会议|(?:联组|分组|全体|常务)?会议(?![室厅])|闭幕会|开幕会)?")
_OBJECT_MEETING = LazyPattern(rf"了?{_NAME}")
# a meeting named with where it was held: 在越南岘港举行的亚太经合组织…对话会
_HELD_AT = LazyPattern(_AT + r"(?P<place>[^，。；的]{2,16}?)(?:召开|举行|举办)的(?P<name>.{2,})$")
_ORG_HOLDS = LazyPattern(rf"(?P<org>[\u4e00-\u9fff][\u4e00-\u9fff、]{{1,13}}?){_WHEN}(?:在(?P<place>[^，。；,;\n]{{2,12}}?))?(?:主持)?"
                        rf"(?:成功|隆重)?(?:召开|举行|举办)(?:了)?(?P<name>{_NAME})")
# 出席/参加/主持 + a meeting's name: the meeting is the verb's object (出席…签约仪式)
# 在…大会上发表重要讲话, 在峰会上通过视频发表致辞: the meeting a speech was given at
# 在…座谈会上强调: what is said there is said at it (the genre's commonest headline)
_SPOKE_AT = LazyPattern(rf"在(?P<name>{_NAME})(?:上(?=(?:通过视频|以视频方式)?(?:发表|作了?|讲话|致辞|强调|指出|表示|要求|说)|[，,])|"
                       r"(?=(?:通过视频|以视频方式)?发表(?:了)?(?:题为[^。；]{1,60}?的)?[\u4e00-\u9fff]{0,4}?(?:讲话|致辞|演讲)))")  # 在某峰会发表视频致辞
_ROLE_ATTACHED = LazyPattern(rf"(?:出席|参加|主持)(?![人者])(?:了)?(?P<name>{_NAME})")  # not 主持人, 参加者: nouns
# A meeting's name in object position is the whole noun phrase: the lazy name stops at the
# first meeting noun (全国人大常委会|土壤污染防治法执法检查组第一次全体会议), so it runs on to the
# last one before the clause ends, over nothing that starts another predicate or a second
# meeting (并讲话, 和, 与, 及, a holding or role verb).
# (和, 与, 及 join two objects right after the first name, 会议和…座谈会; further on they are inside
# a name: 十四届全国人大三次会议|解放军和武警部队代表团全体会议)
_RUN_ON_STOP = r"并|同|召开|举行|举办|主持|出席|参加|讲话|致辞|强调|指出|研究|部署|听取|传达|审议|通过|上"
_NAME_RUNS_ON = LazyPattern(
    rf"(?!和|与|及)(?:(?!{_RUN_ON_STOP})[^，。；！？,;!?：:\n、“”《》]){{0,30}}{MEETING_NOUN}")
# ，并举办…推介会; ，随后召开…会议: a holding verb whose subject the sentence gave before
_CLAUSE_HOLDS = LazyPattern(rf"(?<=[，,])(?:并|同时|随后|还)?(?:成功|隆重)?(?:召开|举行|举办)了?(?P<name>{_NAME})")
_OBJECT_PATTERNS = (_AT_PLACE_HOLD, _ORG_HOLDS, _ROLE_ATTACHED, _CLAUSE_HOLDS)
_VENUE = LazyPattern(r"在([\u4e00-\u9fff]{2,10}?)设主会场")


# the last word of a meeting noun before 上， (大会上，, 论坛上，): where a sentence opens at a meeting
_AT_MEETING_ANCHORS = tuple(f"{end}上{mark}" for end in "会议坛式礼座晤" for mark in "，,")
_TRIGGER_WORDS = ("召开", "举行", "举办", "开幕", "闭幕", "开班", "帷幕", "落幕", "出席", "参加", "主持", "上发表", "上作", "上讲话", "上致辞", "上通过视频",
                  # 在某论坛发表视频致辞: no 上 between the meeting noun and the verb
                  *sorted({f"{noun[-1]}发表" for noun in MEETING_NOUNS} | {"会发表", "议发表"}),
                  "上强调", "上指出", "上表示", "上要求", "上说",
                  *_AT_MEETING_ANCHORS)


_VERB_ANCHOR = cached_compile("|".join(_TRIGGER_WORDS))
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


_ANY_NOUN, _CLAUSE_BREAK = MEETING_NOUN_RE, CLAUSE_BREAK  # no trigger pattern matches across a clause break
_QUOTED = LazyPattern(r"“[^”“\n。]{1,40}”")


def _trigger_segments(text: str) -> list[tuple[int, int]]:
    """The clauses of the trigger windows that hold a meeting verb: a trigger match lies inside
    one clause and ends with a verb, so nothing is lost and the patterns try far fewer starts."""
    segments = []
    for lo, hi in _trigger_windows(text):
        start, previous = lo, None
        quoted = [(q.start(), q.end()) for q in _QUOTED.finditer(text, lo, hi)] if "“" in text else []
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, lo, hi)
                  if not any(a < m.start() < b for a, b in quoted)]  # a comma inside “…” ends no clause
        for end in breaks + [hi]:
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
_HOLDING_THEN_NOUN = LazyPattern(rf"(?:召开|举行|举办)[^\n]*?{MEETING_NOUN}")
_TRIGGER_PATTERNS = ((_NAME_AT_PLACE, LazyPattern(rf"{MEETING_NOUN}[^\n]*?(?:召开|举行|开幕|闭幕|开班|举办|{_CURTAIN})")),
                     (_AT_PLACE_HOLD, _HOLDING_THEN_NOUN), (_ORG_HOLDS, _HOLDING_THEN_NOUN),
                     (_CLAUSE_HOLDS, _HOLDING_THEN_NOUN),
                     (_ROLE_ATTACHED, LazyPattern(rf"(?:出席|参加|主持)[^\n]*?{MEETING_NOUN}")),
                     (_SPOKE_AT, LazyPattern(rf"在[^\n]*?{MEETING_NOUN}")))


# A meeting named as the topic of its sentence, its holding verb several clauses on, after an
# adjunct of circumstance: 第X次全国代表大会在圆满完成各项议程后，22日上午在人民大会堂胜利闭幕;
# …第一次会议，在完成各项议程，产生…后，13日上午在北京闭幕. The clause patterns cannot join them.
# 开幕 and 闭幕 take nothing but a gathering for subject, so any clause may come between
# (…代表大会圆满完成各项议程，在北京闭幕); 召开 and 举行 only an adjunct of time (在…后，).
_TOPIC_HOLDS = LazyPattern(rf"(?:[^。；\n：:]{{0,24}}[：:])?(?:{_WHEN}[，,])?(?P<name>[^，。；！？,;!?：:\n]{{2,60}}?{MEETING_NOUN})，?"
                          rf"(?:(?:在|经过|于)[^。；\n]{{2,80}}?(?:后|之后|之际|期间)，|"
                          # not the rest of the name (…常委会|第二十九次会议在完成各项议程后，)
                          rf"(?P<clause>(?![^，。；\n]{{0,20}}?{MEETING_NOUN}(?:在|经过|于))[^。；\n]{{2,40}}?，))"
                          rf"{_WHEN}(?:(?:在|于)(?P<place>[^，。；,;\n]{{1,20}}?))?(?:胜利|隆重|顺利)?"
                          rf"(?P<verb>开幕|闭幕|召开|举行)(?=[，。；,;\n])")
_TOPIC_VERB = LazyPattern(r"(?:开幕|闭幕|召开|举行)(?=[，。；,;\n])")


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
# (省委理论学习中心组举行集体学习: a body's own session needs no ordinal where the body is named
# as one that studies: a 中心组, a 党组, a 常委会)
_STUDY_SESSION = LazyPattern(rf"(?P<org>[\u4e00-\u9fff]{{2,14}}?){_WHEN}[，,]?(?:(?:就|围绕|以)[^。；\n]{{2,80}}?[，,]?)?"
                            rf"(?:进行|举行)(?:了)?(?P<name>(?P<nth>第[一二三四五六七八九十百\d]+次)?(?:集体|专题)学习)")
_STUDYING_BODY = LazyPattern(r"(?:中心组|党组|党委|常委会|政治局)$")


# A speech's text headed by its own title (某某在全市经济工作会议上的讲话, …上的致辞), or a transcript
# headed by its meeting's name (某某任务第二场新闻发布会): the meeting is the occasion of the page. The
# title stands alone on the text's first line or is the page's title; a page's title names the
# occasion only where the text opens on an address to the audience (同志们：, 女士们、先生们：)
# within its first lines, and a meeting's name alone needs that address on the first line too.
# (In body text, 学习某某在…上的讲话精神 recalls a speech: _DELIVERED_AT keeps it in passing.)
_SPEECH_TITLE = LazyPattern(rf"\s*(?P<speaker>[\u4e00-\u9fff·]{{2,8}}?)(?:同志)?在(?P<name>{_NAME})上的(?:重要|主旨|总结|开幕|闭幕)?"
                            r"(?:讲话|致辞|发言|演讲|报告|讲话提纲)\s*(?:\n|$)")
_MEETING_TITLE = LazyPattern(rf"\s*(?P<name>[^，。；！？,;!?：:\n]{{2,60}}?{MEETING_NOUN})\s*(?:\n|$)")
_ADDRESS = LazyPattern(r"(?:^|\n)\s*(?:同志们|女士们、?先生们|各位代表|各位委员|各位来宾|尊敬的[^\n：:]{1,40})[，,：:！!]")
_ADDRESS_REACH = 120  # characters from the title to the address: a date line and a speaker's line


def _titled(line: str) -> tuple[re.Match | None, bool]:
    """A title line read as a speech's (True) or a meeting's name (False)."""
    if (speech := _SPEECH_TITLE.match(line)) is not None:
        return speech, True
    return _MEETING_TITLE.match(line), False


def _speech_title(text: str, person_names: frozenset[str], title: str | None = None) -> list[Meeting]:
    m, speech = _titled(text)
    in_text = m is not None
    if not in_text and title:
        m, speech = _titled(title)
    if m is None:
        return []
    reach = m.end() if in_text else 0
    address = _ADDRESS.search(text, max(0, reach - 1), reach + _ADDRESS_REACH)
    if address is None and (not speech or not in_text):
        return []  # a headline naming a meeting, or a page title, with no transcript under it
    name = _clean_name(m.group("name"))
    if not name:
        return []
    if speech:
        speakers = [m.group("speaker")] if m.group("speaker") in person_names else []
    else:  # the speaker's line stands right before the address (发言人 某某 / 女士们、先生们：)
        line = text[text.rfind("\n", 0, address.start()) + 1:address.start()] if address.start() else ""
        speakers = [person for person in sorted(person_names, key=line.find) if person in line]
    # read from the page's title, the address is where the text shows the occasion
    start, end = (m.start("name"), m.end("name")) if in_text else (address.start(), address.end())
    # the date line under the title dates it (（2023年2月3日）, 2012年6月24日): the trigger reaches it
    next_line_end = text.find("\n", max(reach, end))
    return [Meeting(name, start, end, trigger_end=next_line_end if next_line_end > 0 else len(text),
                    speakers=list(speakers), participants=list(speakers))]


def _study_sessions(text: str) -> list[Meeting]:
    found = []
    if "集体学习" not in text and "专题学习" not in text:  # the regex's lazy subject is slow to fail
        return found
    for m in _STUDY_SESSION.finditer(text):
        if _in_passing(text, m, False) or not (m.group("nth") or _STUDYING_BODY.search(m.group("org"))):
            continue
        org = _BEFORE_LEVEL_WORD.sub("", m.group("org")) if len(m.group("org")) > 6 else m.group("org")
        found.append(Meeting(org + m.group("name"), m.start(), m.end(), trigger_end=m.end()))
    return found


# 第十届全国人民代表大会常务委员会第二十八次会议，听取了…: a named session opening its sentence as
# the subject of its business (a decision's or resolution's own wording); not 会议听取 (generic).
# Its decisions are business too (2018年3月20日，第十三届全国人大一次会议表决通过了…; 选举, 批准), but
# not inside a modifier (…会议审议通过的某法: the law is the subject, the session recalled).
# (the name holds no verb of its own: 各代表团审议了…会议, 财经委建议…会议, …期间举行的…全体会议 are
# other subjects' sentences; nor a list's number: 1.十四届全国人大一次会议 in a year's review)
_BUSINESS = r"听取|审议|审查|研究|讨论|表决|选举|批准|通过"
_SUBJECT_OF_BUSINESS = LazyPattern(rf"\s*(?:{_WHEN}[，,]?)?(?P<name>(?:(?!{_BUSINESS}|了|的|将|建议|决定|期间)"
                                  rf"[^，。；！？,;!?：:\n（）()\d.．、]){{4,60}}?{MEETING_NOUN})[，,]?"
                                  r"(?=(?:认真)?(?:听取|审议|审查|研究|讨论|表决|选举|批准|通过了)(?![^，。；\n]{0,4}?的))")
_BUSINESS_VERB = LazyPattern(r"听取|审议|审查|研究|讨论|表决|选举|批准|通过了")
_DECISION = LazyPattern(r"[，,]?(?:认真)?(?:审议|表决)?(?:通过|选举|批准)")


def _subject_triggers(text: str) -> list[Meeting]:
    found: list[Meeting] = []
    if "次" not in text:  # every name it accepts holds 第…次 (a cheap test for the texts that have none)
        return found
    for verb in _BUSINESS_VERB.finditer(text):
        start = _sentence_start(text, verb.start())
        if any(f.start == start for f in found) or not _ORDINAL_SESSION.search(text, start, verb.start()):
            continue
        m = _SUBJECT_OF_BUSINESS.match(text, start)
        if m is None or m.end() not in (verb.start(), verb.start() - 2) or _in_passing(text, m, False):
            continue  # the business verb right after the name (or after 认真)
        name = _clean_name(m.group("name"))
        if name and not _GENERIC.match(name) and _ORDINAL_SESSION.search(name):
            meeting = Meeting(name, m.start("name"), m.end(), trigger_end=m.end())
            meeting.by_decision = _DECISION.match(text, m.end()) is not None
            found.append(meeting)
    return found


# a session named by its number (第二十八次会议, 第三次全体会议; 十三届全国人大一次会议, the 届 before
# the body): a formal body's sitting
_ORDINAL_SESSION = LazyPattern(r"第[一二三四五六七八九十百\d]+次|届[^，。；\n]{0,20}?[一二三四五六七八九十\d]+次")


def find_triggers(text: str, person_names: frozenset[str] = frozenset(), title: str | None = None) -> list[Meeting]:
    found: list[Meeting] = _speech_title(text, person_names, title)
    found += _study_sessions(text)
    found += [m for m in _subject_triggers(text) if not any(f.start <= m.start < f.end for f in found)]
    segments = _trigger_segments(text)  # one search for the meeting verbs of every pattern
    if not segments:  # most items report no meeting
        return found
    found += _topic_triggers(text)
    persons = tuple(person_names)  # for str.endswith: a holder that is a person, not an organ
    for pattern, required in _TRIGGER_PATTERNS:
        for m in (m for lo, hi in segments if required.search(text, lo, hi) for m in pattern.finditer(text, lo, hi)):
            if any(f.start <= m.start() < f.end or m.start() <= f.start < m.end() for f in found):
                continue
            raw, name_end, ran_on = m.group("name"), m.end("name"), False
            if pattern in _OBJECT_PATTERNS and (longer := _NAME_RUNS_ON.match(text, name_end)):
                raw, name_end, ran_on = raw + longer.group(), longer.end(), True
            if pattern is _ROLE_ATTACHED:  # 出席并主持X: two verbs sharing one object
                raw = _SHARED_OBJECT.sub("", raw)
            name = _clean_name(raw)
            if not name or (pattern in (_ROLE_ATTACHED, _SPOKE_AT) and _GENERIC.match(name.rsplit("的", 1)[-1])):
                continue  # 出席会议: the meeting already reported
            if _mentioned(text, pattern, m, name_end, ran_on):
                continue
            if _BANQUET.search(name) and _IN_HONOUR.search(text, _sentence_start(text, m.start()), m.end()):
                continue  # 为来访的某总统举行欢迎宴会: a state visit's programme, no meeting of its own
            if pattern is _SPOKE_AT and (_SAID_AFTER.match(text, m.end()) or not text.startswith("上", m.end("name"))) \
                    and not _DATED.search(text, _sentence_start(text, m.start()), m.end("name")):
                continue  # 总书记在…大会上强调，…: a commentary recalls a speech; news dates it (5日在…上强调)
            place = m.groupdict().get("place")
            if m.groupdict().get("session"):
                name += m.group("session")  # …第十二次会议举行第一次全体会议
            if pattern is _ORG_HOLDS:
                name = _held_by(text, m, name, name_end, persons)
                if place is None:  # the holder's region: 苏州市委市政府召开… → 苏州
                    region = _holder_region(m.group("org"))
                    place = region.short or region.name if region else None
            if pattern is _AT_PLACE_HOLD and _GENERIC.match(name):
                # …主席团某日晚举行第一次会议: the session is the subject's
                subject = _WHEN_AT_END.sub("", text[_clause_start(text, m.start()):m.start()])
                if 2 <= len(subject) <= 24 and _ORGAN_END.search(subject) and not subject.endswith(persons):
                    name = subject + name
            if place is None and (held := _HELD_AT.match(name)):
                place, name = held.group("place"), held.group("name")  # 出席在越南岘港举行的…对话会
            end = max(m.end(), name_end)
            meeting = Meeting(name, m.start(), end, _clean_place(place), trigger_end=end)
            meeting.said_at = pattern is _SPOKE_AT and _SAID_AFTER.match(text, m.end()) is not None
            meeting.by_role_verb = pattern is _ROLE_ATTACHED
            meeting.described = _DESCRIBED.match(text, _clause_start(text, m.start())) is not None
            meeting.occasion = _OCCASION.match(text, end) is not None
            meeting.place_printed = bool(m.groupdict().get("place"))
            venue = _VENUE.search(text, m.end(), m.end() + 80)
            if venue and not meeting.place_printed:
                meeting.place, meeting.place_printed = venue.group(1), True
            found.append(meeting)
    first_line = text.find("\n")
    headline_end = first_line if 0 < first_line and "。" not in text[:first_line] else 0
    kept = _merge_same(sorted(found, key=lambda f: f.start), headline_end)
    # (此次峰会)是…以来举行的最高级别领导人会晤: a clause saying what a meeting reported before is
    # names no other one: where its name is not that meeting's (which merged it: 这是…首场新闻发布会)
    # it is dropped; where no meeting was reported before, it is the report's own
    return [f for f in kept if not (f.described and any(other.start < f.start for other in kept))]


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` opens (after ，。；：or a line break)."""
    return max(text.rfind(c, 0, position) for c in "，。；：\n") + 1


_BANQUET = LazyPattern(r"(?:宴会|晚宴|午宴|国宴)$")
_IN_HONOUR = LazyPattern(r"为[^，。；]{2,30}?(?:举行|举办)")


# 在…大会隆重召开之际: the meeting dates what the report is about (messages sent to it)
_OCCASION = LazyPattern(r"(?:隆重|胜利)?(?:召开|举行|开幕)?之际")


# a clause that says what something is (是…, 这是…, 此次峰会是…, 也是…): a meeting named in it
# describes its subject
_DESCRIBED = LazyPattern(r"(?:(?:这|此次|本次|这次|该|此)[\u4e00-\u9fff]{0,3}?)?(?:也|更|还|又|则|就)?是(?![否非])")
# 参加完在某地举行的…会议的某某, 出席过…的: attending done, in a modifier of a person
_ATTENDED_BEFORE = LazyPattern(r"(?:参加|出席)(?:完|过)")
# a holder quantified (各级党委, 县级以上各级人民代表大会): a kind of body, not one body
_QUANTIFIED_HOLDER = LazyPattern(r"各级")


def _quantified_holder(text: str, pattern: re.Pattern, m: re.Match) -> bool:
    """Whether the holder of a meeting is a kind of body (the organ before 召开, anywhere in its
    clause; a name that opens with the quantifier): a rule, no sitting."""
    if pattern is _ORG_HOLDS:
        start = _clause_start(text, m.start())
        return _QUANTIFIED_HOLDER.search(text, start, m.end("org")) is not None
    return pattern is _NAME_AT_PLACE and _QUANTIFIED_HOLDER.match(text, m.start("name")) is not None


# the frame of a visit: 出席某峰会期间, 出席联合国大会一般性辩论期间 (a session's part named after it)
_DURING = LazyPattern(r"[^，。；、\n]{0,8}?期间")
# a guest received, who came to attend (会见来华出席…的, 会见来京参加…的)
_VISITOR_BEFORE = LazyPattern(r"(?:会见|会晤|接见|宴请)了?(?:来华|来京)$")


def _mentioned(text: str, pattern: re.Pattern, m: re.Match, name_end: int, ran_on: bool) -> bool:
    """Whether a trigger names a meeting only in passing (see _in_passing), or inside a modifier."""
    if text.startswith("精神", name_end):
        return True  # 贯彻落实…会议精神: the spirit of a meeting held before, studied now
    if pattern is _ROLE_ATTACHED and _DURING.match(text, name_end):
        return True  # 出席…峰会(一般性辩论)期间会见…: the meeting dates what the report is about, on its sidelines
    if ran_on and pattern is _ROLE_ATTACHED and text.startswith("的", name_end) \
            and not text.startswith(("的有", "的还有"), name_end):
        return True  # 会见来华出席…乌镇峰会的…副总统: the guest's reason for coming, a modifier
    if pattern is _ROLE_ATTACHED and _VISITOR_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return True  # 会见来华出席…高峰论坛并进行国事访问的某总统: why the guest came, a modifier
    if _in_passing(text, m, pattern is _ROLE_ATTACHED):
        return True
    if pattern in _OBJECT_PATTERNS and (text.startswith("所", name_end) or _FOR_HOLDING.search(m.group())):
        return True  # 感谢中方为举办本次会议所做的工作: the meeting inside a modifier
    if text.startswith("的", name_end) and _ATTENDED_BEFORE.search(
            text, _clause_start(text, m.start("name")), m.start("name")):
        return True  # 刚刚参加完在伦敦举行的某某会议的某国前总理: the meeting modifies who speaks
    if _quantified_holder(text, pattern, m):
        return True  # 县级以上各级人民代表大会…举行会议时: a rule for every body of a kind, no sitting
    if _SPEECH_AS_TOPIC.match(text, name_end):
        return True  # 参加…代表团审议时的重要讲话，为…指明了方向: the speech is the topic
    if pattern is _SPOKE_AT and _DELIVERED_AT.match(text, m.end()):
        return True  # 在…大会上发表的重要讲话引发反响: the speech is the topic, the meeting recalled
    # 全国人大常委会举行…专题讲座: the organ holds the meeting named after the verb
    return pattern is _NAME_AT_PLACE and not m.group("session") and _OBJECT_MEETING.match(text, m.end()) is not None


def _held_by(text: str, m: re.Match, name: str, name_end: int, persons: tuple[str, ...]) -> str:
    """A generic meeting's name from who holds it: the organ (省委常委会召开会议 → 省委常委会会议), or
    for a person the business that follows (…主持召开会议，听取了…工作汇报 → 听取…工作汇报)."""
    if not _GENERIC.match(name):
        return name
    org = _ADVERBS_AT_END.sub("", m.group("org").rsplit("、", 1)[-1])  # 某某|再次主持召开会议: the adverb is no holder's
    org = _BEFORE_LEVEL_WORD.sub("", org) if len(org) > 6 else org
    if org.endswith(persons):
        purpose = _PURPOSE.match(text, name_end)
        return purpose.group("name").replace("听取了", "听取", 1) if purpose else name
    return name if org.endswith(("在", "上午", "下午", "日")) else org + name


_WHEN_AT_END = LazyPattern(rf"{_WHEN}$")
_ADVERBS_AT_END = LazyPattern(r"(?:再次|再度|又|还|也|随即|随后|先后|专门|亲自|分别|共同)+$")  # not 首次, 紧急: they name the meeting
_ORGAN_END = LazyPattern(r"(?:团|会|委员会|常委会|政府|党组|党委|政治局|书记处|院|部|局|厅|办|办公室|政协|人大|小组)$")
_FOR_HOLDING = LazyPattern(r"为(?:成功)?(?:举办|召开|举行)")
_SPEECH_AS_TOPIC = LazyPattern(r"[^，。；！？\n]{0,30}?时的(?:重要)?(?:讲话|指示|致辞|演讲)")
_SAID_AFTER = LazyPattern(r"(?:强调|指出|表示|要求|说(?![明服]))")
_DATED = LazyPattern(rf"{_DAY}|今天|今日|昨天|昨日|当天|日前|近日")
_DELIVERED_AT = LazyPattern(r"(?:通过视频)?(?:发表|作)了?的|(?:强调|指出|表示|要求)(?:了)?的")
# 出席并主持X, 参加会见并主持座谈会: the object of the last verb of the pair (what comes before
# 并 is the first verb's own)
_SHARED_OBJECT = LazyPattern(rf"^(?:[^，。；]*?)并(?:{TOGETHER_WITH})?(?:主持|出席|参加|列席)了?")
_PURPOSE = LazyPattern(r"[，,](?P<name>听取了?[^，。；]{2,40}?汇报)")

# What a long holder's name carries before its level word (省, 市, 全…): dropped
_BEFORE_LEVEL_WORD = LazyPattern(r"^.*?(?=省|市|县|区|自治区|全)")



_HOLDER_ORGANS = LazyPattern(r"(?:省委|市委|县委|区委|自治区党委|省政府|市政府|县政府|区政府|人民政府|常委会|政协|人大|、)+$")


def _holder_region(org: str):
    """The region a holding organ belongs to (苏州市委市政府, 常州市委、市政府, 扬州)."""
    head = _HOLDER_ORGANS.sub("", org)
    if head == org:  # no organ: the holder is the place itself (扬州召开…) or no place (总理李建华)
        return lookup(head)
    found = region_at_end(head)
    return found[0] if found else None


# …研讨班11日开班。…在开班式上发表重要讲话: a bare opening or closing is the session of the
# gathering reported before it
_OPENING_OR_CLOSING = LazyPattern(r"^(?:研讨班|培训班|大会|会议|论坛|年会|峰会)?(?:开幕式|闭幕式|开班式|结业式|开幕会|闭幕会)$")


def _merge_same(meetings: list[Meeting], headline_end: int = 0, title_end: int = 0) -> list[Meeting]:
    """One meeting per report: a headline and its body sentence name the same meeting, and a
    generic later trigger (23日上午举行大会交流) is a session of the meeting before it.
    ``title_end``: the end of a first line that is a title (no sentence in it), else 0."""
    kept: list[Meeting] = []
    for meeting in meetings:
        same = next((k for k in kept if meeting.name in k.name or k.name in meeting.name
                     or _abbreviates(meeting.name, k.name) or _abbreviates(k.name, meeting.name)
                     or _same_session(meeting.name, k.name)), None)
        if same is None and title_end and meeting.start >= title_end and (head := _meeting_noun(meeting.name)) \
                and len(head) > 2 and (headline := next((k for k in kept if k.start < title_end and not k.later
                                                         and _meeting_noun(k.name) == head), None)):
            # 省政府召开第25次常务会议 over 省长某某主持召开省政府常务会议: the headline's meeting is the one
            # the body reports with the same meeting noun, where the body has not reported it by its
            # name already and the noun says more than 会议 or 大会 (…第十次会议在京闭幕 over a
            # 委员长会议 after it); the body's report stands for it (its roles are read where its
            # sentence is)
            if not meeting.place:
                meeting.place, meeting.place_printed = headline.place, headline.place_printed
            kept[kept.index(headline)] = meeting
            continue
        if same is None and kept and (_GENERIC.match(meeting.name) or _OPENING_OR_CLOSING.match(meeting.name)):
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
        same.said_at = same.said_at and meeting.said_at
        same.by_role_verb = same.by_role_verb and meeting.by_role_verb
        same.occasion = same.occasion and meeting.occasion
    return kept


_MEETING_NOUN_AT_END = LazyPattern(rf"(?:{MEETING_NOUN})$")


def _meeting_noun(name: str) -> str | None:
    """The meeting noun a meeting's name ends in, the longest (常务会议 of 第25次常务会议)."""
    m = _MEETING_NOUN_AT_END.search(name)
    return m.group() if m else None


# a body's term and sitting (五届一次, 第五届委员会第一次, 十四届人大二次): the session a name numbers
_SESSION_NUMBERS = LazyPattern(r"第?([一二三四五六七八九十百零\d]{1,4})届[^，。；次届]{0,12}?第?([一二三四五六七八九十百零\d]{1,4})次")
# the bodies that sit in numbered sessions, in their short forms (人民代表大会 → 人大)
_SESSION_BODIES = ("人大", "政协", "党代会", "纪委", "团代会", "妇代会", "工代会", "委员会")
_BODY_FULL_FORMS = (("人民代表大会", "人大"), ("政治协商会议", "政协"))


def _same_session(a: str, b: str) -> bool:
    """Whether two names number the same sitting of the same body (市政协五届一次会议 and
    政协某某市第五届委员会第一次会议): the same term and sitting, the same bodies named, the same
    last two characters (a 市人大 and a 市政协 session of one number are two meetings)."""
    if a[-2:] != b[-2:] or "届" not in a or "届" not in b:
        return False
    numbers = []
    for name in (a, b):
        m = _SESSION_NUMBERS.search(name)
        if m is None:
            return False
        numbers.append((to_int(m.group(1)), to_int(m.group(2))))
    if numbers[0] != numbers[1]:
        return False
    bodies = _session_bodies(a)
    return bool(bodies) and bodies == _session_bodies(b)


def _session_bodies(name: str) -> set[str]:
    for full, short in _BODY_FULL_FORMS:
        name = name.replace(full, short)
    found = {body for body in _SESSION_BODIES if body in name}
    if found == {"委员会"}:  # a committee named by its own words (中央财经委员会, 中央审计委员会: two)
        at = name.index("委员会")
        return {name[max(0, at - 4):at + 3]}
    return found - {"委员会"}  # 政协…第五届委员会: the body's name says which


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is the later short form of ``long``: its first word and head noun, the
    rest dropped (庆祝大会 for 庆祝…成立100周年大会, 主席团会议 for 十三届…会议主席团第一次会议): its
    first two characters inside the long name, the same last two, and every character of it in
    the long name, in order."""
    if not 4 <= len(short) < len(long) or short[:2] not in long or short[-2:] != long[-2:]:
        return False
    rest = iter(long)
    return all(c in rest for c in short)


