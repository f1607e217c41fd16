"""Gatherings reported without a meeting verb: a congress delegation's deliberation, talks during
a visit (座谈交流时), a region's work report heard by a leader, representatives a leader calls on."""
from __future__ import annotations

from ...doc import Span
from ...patterns import LazyPattern
from ..regions import region_at_start
from .common import (
    _SENTENCE_END,
    _WHEN,
    Meeting,
    _clean_name,
    _in_passing,
    _sentence_start,
    _subject_before,
)

# 在云南代表团参加审议, 参加江苏代表团审议, 参加他所在的…代表团审议, 来到…代表团，和代表们一起审议:
# a congress delegation's deliberation is a meeting whose name is the delegation's
_DELIBERATION = LazyPattern(r"(?:在参加了?|在|来到|参加了?(?:[他她]所在的)?)(?P<name>[\u4e00-\u9fff]{2,24}?代表团)"
                           r"(?:参加|，?(?:同|与|和)代表们?一起)?了?的?审议")
# 某届全国人大常委会第N次会议今天下午分组审议…: the session's group deliberation
_GROUP_DELIBERATION = LazyPattern(rf"(?P<name>[^，。；！？,;!?：:\n]{{2,40}}?会议)(?:今天|昨天|当天)?{_WHEN}(?:在[^，。；\n]{{2,12}}?)?(?P<kind>分组|联组)审议")
# 座谈交流时，…; 在同企业家座谈时，…; 在随后的座谈中，…: a sentence set at a talk during a visit
_DURING_TALKS = LazyPattern(r"(?P<name>在?(?:随后的)?(?:(?:同|与|和)[^，。；\n]{2,24}?)?座谈(?:交流)?)(?:时|中|期间)[，,]")
# X与企业负责人座谈，…; X同外国专家代表亲切座谈。: talks held, reported as a verb phrase
_TALKS_WITH_GROUP = LazyPattern(r"(?P<name>(?:同|与|和)(?P<with>[^，。；,;\n]{2,40}?)(?:一起)?(?:亲切|深入|进行)?座谈(?:交流)?)"
                               r"(?=[，。；,;\n]|并)")
# 会见…成员并同他们座谈交流: the talks continue the reception the sentence reports, no gathering of their own
_AFTER_RECEIVING = LazyPattern(r"(?:会见|接见)[^，。；！？\n]*并$")
_BEFORE_DELEGATION = LazyPattern(r"^.*(?:参加了?|所在的)")
# …参加山东代表团审议时说: what the participant said there
_WHILE_SAYING = LazyPattern(r"时[，,]?(?:指出|强调|表示|说|提出)")


def find_deliberations(text: str, people: list[Span]) -> list[Meeting]:
    """Delegations' deliberations at a congress session, each with its subject as a participant
    (X在Y代表团参加审议, X参加Y代表团审议时说 → a speaker too), and a standing committee session's
    group deliberation (…会议今天下午分组审议)."""
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
        if subject is None or _in_passing(text, m, False) or any(f.start <= m.start() < f.end for f in found) \
                or _AFTER_RECEIVING.search(text, _sentence_start(text, m.start()), m.start()):
            continue  # talks with no one named holding them, or recalled, or read already, or the reception's own
        # talks held with a group are a stop of the visit, as a call on representatives is
        meeting = Meeting(m.group("name"), subject[0], m.end(), trigger_end=m.end(), call=True)
        meeting.participants.append(subject[1])
        found.append(meeting)
    return found


# 听取了…省委、省政府(的)工作汇报: a leader visiting a region is briefed by its party committee
# and government, a meeting the report gives no meeting noun
_BRIEFING = LazyPattern(r"(?P<name>听取了?(?P<by>[^，。；]{0,20}?(?:省委|市委|区委|县委|州委|党委|党组|省政府|市政府|区政府|县政府|人民政府)"
                       r"[^，。；]{0,12}?)的?工作汇报)")


def find_briefings(text: str, people: list[Span]) -> list[Meeting]:
    """Work reports a named leader heard from a region's party committee or government."""
    if "工作汇报" not in text:
        return []
    briefings = _held_by_subject(_BRIEFING, text, people, lambda m: f"听取{m.group('by')}工作汇报")
    for briefing in briefings:  # 听取某某省委和省政府工作汇报: held in the region whose bodies report
        if found := region_at_start(body := briefing.name.removeprefix("听取"), names_only=True):
            # 湖南省委: the level word is the committee's (省委), the place is 湖南
            briefing.place = body[:found[1] - 1] if body[found[1]:found[1] + 1] == "委" else body[:found[1]]
    return briefings


def _held_by_subject(pattern: LazyPattern, text: str, people: list[Span], name, call: bool = False) -> list[Meeting]:
    """A gathering for each match of a verb phrase whose subject is a named person, not one
    mentioned in passing: the subject takes part; ``name(match)`` names it."""
    found = []
    for m in pattern.finditer(text):
        subject = _subject_before(text, people, m.start())
        if subject is None or _in_passing(text, m, False):
            continue
        meeting = Meeting(name(m), subject[0], m.end(), trigger_end=m.end(), call=call)
        meeting.participants.append(subject[1])
        found.append(meeting)
    return found


# 看望慰问某某市班子成员及各族各界代表, 接见…各界人士代表和援疆干部代表: representatives brought
# together to meet a visiting leader are a gathering, unlike the visit's calls on a household or a
# workshop (走进村民家中看望慰问), which name no group's representatives
# (看望了某某机关干部及各民主党派负责人: a group no one in it is named of, called on the same way;
# 会见 of a group is read with the receptions, where a meeting's attendees are met)
# (看望暑期休假专家, 看望某某机关干部: a group brought together for the call is one too, where the
# call is the report's business, not a stop of an inspection reported before it: _GROUPS_CALLED_ON)
# (慰问有关部队, 看望驻地官兵: troops called on, the same way)
_CALL = r"(?P<name>(?:看望慰问|看望|慰问|接见)了?[^，。；,;\n]{2,40}?(?:代表|负责人|负责同志|骨干|专家|机关干部|工作者|委员|部队|官兵))"
_GROUPS_CALLED_ON = ("专家", "机关干部", "工作者", "委员", "部队", "官兵")
_INSPECTION = LazyPattern(r"考察|调研|视察")
_CALL_ON_REPRESENTATIVES = LazyPattern(rf"{_CALL}(?=[，。；,;\n]|并)")
# 在看望…负责人时，X强调: the call set as the time of what its subject, named after it, says
_WHILE_CALLING = LazyPattern(rf"在{_CALL}时[，,]")


def find_calls(text: str, people: list[Span]) -> list[Meeting]:
    """Representatives a named leader calls on (X一行看望慰问…各界代表, 在看望…负责人时，X强调): one
    stop of a visit."""
    if "看望" not in text and "慰问" not in text and "接见" not in text:
        return []
    found = [call for call in _held_by_subject(_CALL_ON_REPRESENTATIVES, text, people,
                                               lambda m: _ASPECT_AFTER_VERB.sub("", m.group("name"), 1), call=True)
             if not (call.name.endswith(_GROUPS_CALLED_ON)
                     and _INSPECTION.search(text, 0, call.start))]
    for m in _WHILE_CALLING.finditer(text):
        sentence_end = stop.start() if (stop := _SENTENCE_END.search(text, m.end())) else len(text)
        after = [(start, p.data["name"]) for p in people for start, _ in p.data["mentions"] if m.end() <= start < sentence_end]
        if not after or _in_passing(text, m, False) or any(f.start <= m.start() < f.end for f in found):
            continue
        start, name = min(after)
        if start > m.end() + 30:
            continue  # the subject opens the clause after the call's: a post or two before its name at most
        meeting = Meeting(_ASPECT_AFTER_VERB.sub("", m.group("name"), 1), m.start(), m.end(), trigger_end=m.end(), call=True)
        meeting.participants.append(name)
        found.append(meeting)
    return found


_ASPECT_AFTER_VERB = LazyPattern(r"(?<=[望问见])了")  # 看望了…: the name as a heading prints it, 看望…
