"""Meetings: every meeting, symposium, forum, session or 会见 reported as happening.

A meeting is announced by a trigger sentence (…在呼和浩特召开, 召开…推进会, 在…举行…会,
主持召开…, X会见Y). Its date comes from that sentence (or the paragraph before it), resolved
against the publication date; its roles from what follows each named person up to the next
meeting: 主持 (hosts), 讲话/传达/部署/作总结讲话/发言 (speakers), 出席/参加/列席/陪同.
A meeting nobody is named at and no date is given for is a mention, not a report: skipped.

The parts: ``triggers`` (meeting noun phrases and the verbs that hold them), ``gatherings``
(deliberations, talks during a visit, work reports heard), ``receptions`` (会见, 会谈),
``roles`` (who was there in what role, and where), ``common`` (the record, patterns, dates and
the tests for a mention). This module joins them: one list of events per document.
"""
from __future__ import annotations

import re

from ...doc import Doc, Span
from ...patterns import LazyPattern
from ..timeexpr import dateline_day
from .common import (
    _SENTENCE_END,
    CLAUSE_BREAK,
    Meeting,
    _add,
    _clean_place,
    _date_before,
    _sentence_start,
)
from .gatherings import find_briefings, find_calls, find_deliberations, find_talks
from .receptions import _merge_receptions, find_receptions
from .roles import (
    _after_list,
    _chair_of_trigger,
    _named_place,
    _roles,
    _setting_place,
    _subject_of_role_verb,
    holders_and_guests,
    interviewees,
    letter_senders,
    reopenings,
    skip_between,
    speaking_participants,
    stating_participants,
)
from .triggers import _merge_same, find_triggers

REQUIRES = ("text", "people", "regions")
ASSIGNS = "events"
_FORMAT = LazyPattern(r"(电视电话会议|视频会议|视频连线|网络视频会议|线上线下相结合)")


# 王某、何某等参加上述活动 (陪同参加上述会见): the names join every event the report gave before
_JOINS_ALL = LazyPattern(r"(?:陪同)?(?:参加|出席)了?(?:上述|以上)(?:活动|会见|会谈|会晤|会议)")


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


_YEARS_AGO = LazyPattern(r"(?:^|(?<=[，,：:]))\s*(?:[\d一二三四五六七八九十百几多]+)(?:多)?年前")  # 35年前，…全会胜利召开
_OPENING_YEAR = LazyPattern(r"(?:^|(?<=[，,：:]))\s*(?:早在|在)?((?:19|20)\d\d)年")


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


def _earlier(day: str, other: str) -> bool:
    """Whether ``day`` comes before ``other`` (YYYY-MM-DD, or --MM-DD where no year is known)."""
    if day.startswith("--") or other.startswith("--"):
        return day[-5:] < other[-5:]
    return day < other


def _clause_end(text: str, position: int) -> int:
    found = CLAUSE_BREAK.search(text, position)
    return found.start() if found else len(text)


# a story's headline inside a bulletin of several (联播快讯): a short line, no sentence in it,
# between a paragraph that ends a sentence and one that opens the next story
_STORY_HEADLINE = LazyPattern(r"(?<=[。！？”]\n)[^\n。！？；，,：:]{4,30}\n(?=[^\n]{30,})")
_STORIES_MIN = 3  # headlines that make a page a bulletin of stories, not one report with subheadings


def _story_headlines(text: str) -> list[int]:
    """Where the stories of a bulletin start (their headlines), where the page holds three or
    more: a meeting reported in one story is not reported by the next (a statement of another
    story's person is no speech at it)."""
    found = [m.start() for m in _STORY_HEADLINE.finditer(text)]
    return found if len(found) >= _STORIES_MIN else []


def _on_headline(text: str, position: int) -> bool:
    """Whether ``position`` is on a headline inside the page: a line past the first with no
    sentence in it (第22届某某博览会开幕), whose story follows it."""
    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", position)
    return line_start > 0 and line_end > 0 and _SENTENCE_END.search(text, line_start, line_end) is None


def _to_come(meeting: Meeting, published: str | None) -> bool:
    return bool(meeting.date and published and meeting.date.date[:1] != "-" and meeting.date.date > published[:10])


_LEAD_MIN = 30  # characters of the first paragraph that is prose, not a headline or a deck
_RECALLED = LazyPattern(r"去年|前年|往年|以往|过去|此前|之前|上次|当年|曾|召开过|举行过|举办过")


def _occasion(text: str, meetings: list) -> object | None:
    """The meeting the report is about where its lead paragraph announces it (近日，“某某”发布会召开，…;
    某某市今天举行新闻发布会): recorded though the page names no one at it and gives no day."""
    lead = next((m for m in re.finditer(r"[^\n]+", text) if len(m.group()) >= _LEAD_MIN), None)
    if lead is None:
        return None
    stops = [m.end() for m in re.finditer("[。！？]", text[lead.start():lead.end()])]
    lead_end = lead.start() + stops[1] if len(stops) > 1 else lead.end()  # its first two sentences
    first = min(meetings, key=lambda m: m.start, default=None)
    if first is None or first.start >= lead_end \
            or _RECALLED.search(text, _sentence_start(text, first.start), first.trigger_end + 1):
        return None  # 去年，我们召开…大会: a meeting recalled, not the occasion
    return first


# 大会开始前，某某会见了…; 会后, 论坛期间: a side meeting the sentence frames by the report's
# meeting happens where that meeting is held
# (当天上午，某某等还…会见了…: the same day's business, where the day's meeting was)
_FRAMED_BY_MEETING = LazyPattern(r"(?:会|论坛|典礼|仪式|开幕式|闭幕式|活动)(?:开始|举行|召开|结束)?(?:之?前|之?后|期间)[，,]"
                                 r"|^(?:当天|当日|同日)(?:上午|下午|晚上?)?[，,]?[^，。]{2,12}还")


# 某某还会见了…: the subject's further business, in the same paragraph as the meeting before it
_ALSO_VERB = LazyPattern(r"^[^，。；\n]{2,16}?还(?:[\u4e00-\u9fff]{2})?(?:会见|接见|会晤|出席|参加|同|与)")


# a venue the report arrives at or sets a scene in (抵达某某会议中心, ⏎某某中心气氛隆重热烈): a hall,
# a centre, a hotel, a stadium
_VENUE_NOUNS = "会议中心|会展中心|国际会议中心|中心|大会堂|会堂|礼堂|大厅|宾馆|饭店|酒店|体育馆|体育场|剧院|展览馆|国宾馆|迎宾馆"
_VENUE = rf"[\u4e00-\u9fff]{{2,10}}?(?:{_VENUE_NOUNS})"
_VENUE_REACHED = LazyPattern(rf"(?:抵达|来到|步入|走进|进入)({_VENUE})(?=[，。,、]|时)|(?<=\n)({_VENUE})(?=气氛|内|里|灯光|座无虚席|庄严|隆重)")
_VENUE_END = LazyPattern(rf"(?:{_VENUE_NOUNS})$")
_PLACE_LEVEL = LazyPattern(r"(?:省|市|区|县|自治区|特别行政区)$")


def _venue_in_report(text: str, meeting, scope_end: int) -> str | None:
    """The hall the report of a meeting reaches (抵达雅加达会议中心; 上海世博中心气氛隆重热烈), where
    it is in the place the meeting was found at (雅加达, 上海市): the venue is the more exact place."""
    if _VENUE_END.search(meeting.place):
        return None  # a venue already (人民大会堂: not its hall, 人民大会堂大礼堂, which the first mention leaves out)
    stem = _PLACE_LEVEL.sub("", meeting.place)
    if len(stem) < 2:
        return None
    for m in _VENUE_REACHED.finditer(text, meeting.start, scope_end):
        venue = m.group(1) or m.group(2)
        if any(stem.endswith(venue[:k]) for k in range(2, min(len(stem), len(venue) - 2) + 1)):
            return venue
    return None


def _framing_place(text: str, meeting, reported: list[Span]) -> str | None:
    """The place of the last meeting reported before this one, where this one's sentence opens
    with a frame set by a meeting (会前, 大会开始前, 论坛期间), or says its subject did this too
    (某某还会见了…) in the paragraph that reported the other."""
    start = _sentence_start(text, meeting.start)
    if _FRAMED_BY_MEETING.search(text[start:start + 24]):
        return next((s.data["place"] for s in reversed(reported) if s.data["place"]), None)
    if _ALSO_VERB.search(text[start:start + 24]):
        paragraph = text.rfind("\n", 0, start) + 1
        return next((s.data["place"] for s in reversed(reported) if s.data["place"] and s.start >= paragraph), None)
    return None


def find_events(text: str, people: list[Span], published: str | None, title: str | None = None) -> list[Span]:
    # a deliberation is more specific than the trigger that reads its session's name
    # (参加十三届全国人大一次会议江西代表团的审议: the meeting is the delegation's, not the session)
    deliberations = find_deliberations(text, people)
    meetings = [m for m in find_triggers(text, frozenset(p.data["name"] for p in people), title)
                if not any(m.start <= d.start < m.end or d.start <= m.start < d.end for d in deliberations)]
    # talks (同…座谈) inside a meeting's report are that meeting (召开这次座谈会，同…座谈): its people join it
    for talk in find_talks(text, people):
        same = next((m for m in meetings if m.start <= talk.start < m.end or talk.start <= m.start < talk.end), None)
        if same is None:
            deliberations.append(talk)
        else:
            same.participants += [p for p in talk.participants if p not in same.participants]
    meetings += deliberations
    held = {_sentence_start(text, m.start) for m in meetings}
    meetings += [b for b in find_briefings(text, people) + find_calls(text, people)
                 if _sentence_start(text, b.start) not in held]
    meetings.sort(key=lambda m: m.start)
    receptions = _merge_receptions([r for r in find_receptions(text, people)
                                    if not any(m.start <= r.start < m.trigger_end for m in meetings)])
    first_line = text.find("\n")
    title_end = first_line if first_line > 0 and not _SENTENCE_END.search(text, 0, first_line) else 0
    meetings = [m for m in _merge_same(meetings, first_line, title_end) if not _recalled_by_year(text, m, published)]
    receptions = [r for r in receptions if not _recalled_by_year(text, r, published)]
    # a reception of a meeting's own attendees is part of the meeting reported before it
    for reception in [r for r in receptions if r.of_attendees]:
        before = [m for m in meetings if m.start < reception.start]
        if before:
            receptions.remove(reception)
            before[-1].participants += [p for p in reception.participants if p not in before[-1].participants]
    # with no publication time, the dateline's day (新华社北京5月20日电) places 20日 and 今天
    reference = published or dateline_day(text)
    for meeting in meetings + receptions:
        # the trigger's own clause may print the date after a long name (…第二十四次委员长会议16日上午…举行)
        reach = max(20, meeting.trigger_end - meeting.start)
        # a later mention's own clause may run long before its date (由…联合举办的某某大会今天在北京开幕)
        dates = [_date_before(text, meeting.start, reference, reach)] + [
            _date_before(text, at, reference, max(20, _clause_end(text, at) - at)) for at in meeting.later]
        if meeting.later and _on_headline(text, meeting.start):
            dates = dates[1:] + dates[:1]  # a story's headline: its body's report dates the meeting, not the story before
        meeting.date = next(filter(None, dates), None)
        if meeting.date is not None and meeting.date.end and meeting.date.stop <= meeting.start \
                and "，" in text[meeting.date.stop:meeting.start]:
            # a span of days that sets the scene of a visit (4月12日至13日，…率团赴某省…，出席座谈会)
            # gives way to the one day a later report of the meeting prints inside it (13日傍晚，
            # 座谈会在南昌召开); a meeting's own span (全会于1日至4日举行) is dated by its first day
            meeting.date = next((d for d in dates[1:] if d is not None and not d.end
                                 and meeting.date.date <= d.date <= meeting.date.end), meeting.date)
    # dated after the report: a meeting to come, mentioned (会议决定，…第二十五次会议19日至25日举行);
    # it bounds no other meeting's scope
    meetings, receptions = ([m for m in group if not _to_come(m, published)] for group in (meetings, receptions))
    # a sitting's decision dated before a meeting the page reported first is that report's
    # background (…第二十九次会议… 2012年3月14日某某会议审议通过了…): it cuts no scope and is no news
    meetings = [m for m in meetings if not (m.by_decision and m.date and any(
        other.start < m.start and other.date and _earlier(m.date.date, other.date.date) for other in meetings))]
    # a sentence returning to a meeting reported before another one ends the other's scope and
    # opens a stretch of the first one's (本次会议3日分组审议了…。在4日的联组会议中，…)
    returns = reopenings(text, meetings)
    starts = sorted([m.start for m in meetings] + [at for at, _ in returns])
    stories = _story_headlines(text)
    joined_all = _joining_all(text, people)
    # who wrote to a meeting or spoke to a reporter: no statement of theirs puts them there
    senders = letter_senders(text, people) | interviewees(text, people)
    spans = []
    occasion = _occasion(text, meetings)
    for meeting in sorted(meetings + receptions, key=lambda m: m.start):
        if not meeting.reception:
            # a reception inside a meeting's report does not end the meeting's scope
            scope_end = min((at for at in starts + stories if at > meeting.start), default=len(text))
            fmt = _FORMAT.search(text, meeting.start, scope_end)
            meeting.format = fmt.group(1) if fmt else None
            _roles(text, meeting, scope_end, people, senders)
            for at in (at for at, returned in returns if returned is meeting and at >= scope_end):
                _roles(text, meeting, min((cut for cut in starts if cut > at), default=len(text)), people, senders, at)
            holders_and_guests(text, meeting, people)
        if not meeting.place:
            meeting.place = _clean_place(_setting_place(text, meeting)) or _named_place(meeting) \
                or _framing_place(text, meeting, spans)
        if meeting.place and not meeting.reception:
            meeting.place = _venue_in_report(text, meeting, scope_end) or meeting.place
        if not meeting.participants and not meeting.reception:
            _subject_of_role_verb(text, meeting, people)
        if not meeting.hosts and not meeting.reception:
            _chair_of_trigger(text, meeting, people)
        if not meeting.reception:
            speaking_participants(text, meeting, scope_end, people, senders)
            if meeting is occasion and meeting.participants:  # (a meeting nobody is found at may be a frame)
                stating_participants(text, meeting, scope_end, people, senders)
        for position, name in joined_all:  # 王某、何某等参加上述活动: every event reported before
            if meeting.start < position:
                _add(meeting.participants, name)
        mention_only = meeting.said_at or meeting.by_role_verb or meeting.occasion
        if not meeting.participants and (not meeting.date or mention_only) \
                and (mention_only or meeting is not _occasion(text, meetings)):
            continue  # 在主持某会议和出席某年会期间，…考察: a frame for the report, no one found at it
        spans.append(Span(meeting.start, meeting.end, "event", {
            "kind": "meeting", "name": meeting.name,
            "date": meeting.date.date if meeting.date else None,
            "end_date": meeting.date.end if meeting.date else None,
            "time_of_day": meeting.date.time_of_day if meeting.date else None,
            "place": meeting.place, "format": meeting.format,
            "hosts": meeting.hosts, "speakers": meeting.speakers, "participants": meeting.participants,
            "evidence": [meeting.start, meeting.end]}))
    return _ceremonies_folded(text, spans)


# 会谈前，…为某某举行欢迎仪式; 会谈后，…举行欢迎宴会: the ceremonies of a state visit frame its talks
_CEREMONY = LazyPattern(r"欢迎仪式|欢迎宴会|宴会|午宴|晚宴|国宴|签字仪式|签署仪式")
_TALKS = LazyPattern(r"会谈|会见|会晤")
_FRAMES_TALKS = LazyPattern(r"(?:会谈|会见|会晤)(?:结束)?[前后]")


def _ceremonies_folded(text: str, spans: list[Span]) -> list[Span]:
    """A welcome ceremony or a banquet that its sentence sets before or after talks (会谈前，…举行
    欢迎仪式) is part of the talks that day (one event for a visit's talks, as the judged reports
    have it): its people join the talks' participants."""
    talks = [s for s in spans if _TALKS.search(s.data["name"])]
    if not talks:
        return spans
    kept = []
    for span in spans:
        data = span.data
        framed = _CEREMONY.search(data["name"]) and not _TALKS.search(data["name"]) \
            and _FRAMES_TALKS.search(text, _sentence_start(text, span.start), span.end)
        host = next((t for t in talks if t is not span and t.data["date"] == data["date"]), None) if framed else None
        if host is None:
            kept.append(span)
            continue
        for name in data["participants"]:
            if name not in host.data["participants"]:
                host.data["participants"].append(name)
    return kept


def extract(doc: Doc, options=None) -> Doc:
    doc.spans[ASSIGNS] = find_events(doc.text, doc.spans.get("people", []), doc.meta.get("published"), doc.meta.get("title"))
    return doc
