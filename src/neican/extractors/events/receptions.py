"""会见, 会谈, 会晤: receptions and talks, whose named people are participants only."""
from __future__ import annotations

import re

from ...doc import Span
from ...patterns import LazyPattern, cached_compile
from ..names import is_transliteration, plausible_name
from ..ner_lexicon import cues, world_places
from ..people import find_titles
from ..posts import ORGAN_ENDS
from ..timeexpr import LOCAL_TIME
from .common import (
    _AT,
    _NOT_YET,
    _RECEIVE_VERBS,
    _SENTENCE_END,
    Meeting,
    _add,
    _clean_place,
    _in_speech,
    _sentence_start,
)
from .roles import _after_list, _listed_after, skip_between

_RECEPTION_VERB = LazyPattern("|".join(_RECEIVE_VERBS))
# 会见时, 会谈中，双方…: during a reception reported already; not 会见中国…代表团, whose 中 opens the guest
_DURING = LazyPattern(r"时|中(?=[，,：:]|双方|他|她|表示|指出|强调|说)|之?前(?=[，,]|表示|说|指出|强调|对|接受|举行|发表)")  # 会谈前表示: talks to come (not 会见前总统…)
# 会见…习近平主席特使、…孟某: a name heading its envoy's post is not at the reception
# (and 会见某某同志亲属, 看望某某的家属: a name heading the relatives met, who are the guests)
_ENVOY_OF = LazyPattern(r"(?:主席|总书记|总理|总统|首相)?(?:的)?(?:特使|特别代表|私人代表)|(?:同志|先生|女士)?的?(?:亲属|家属|遗属|亲人|子女|后人|后代|遗孀)")
# 同/与 X 举行会谈: talks with a partner named inside the verb phrase
# 会见记者, 共同会见中外记者: the press, met to answer its questions (a press conference, whose
# people answering take the floor: 并回答提问, 并答记者问)
_PRESS = LazyPattern(r"了?(?:中外)?(?:记者|媒体)")
_ANSWERS = LazyPattern(r"回答[^，。；]{0,8}?提问|答记者问")
# (compiled now, not lazily: matches are told apart by it, verb.re is _TALKS_WITH)
_TALKS_WITH = cached_compile(r"在?(?:同|与|和)(?P<partner>[^，。；\n]{2,40}?)(?:举行了?|进行了?)?(?:会谈|会晤|视频会晤|视频会谈|会见)")
_WHEN_OR_WHERE = LazyPattern(LOCAL_TIME + r"?(?:\d{1,2}月)?\d{1,2}[日号]|在[\u4e00-\u9fff]{2}")
_SETTING_AT_END = LazyPattern(_AT + r"([^，。；]{2,20}?)(?:分别|共同|一起|亲切)?$")
# (国务院副总理X出席。 after a reception: the verb with no object of its own attends the reception reported)
_JOINS_RECEPTION = LazyPattern(rf"(?:参加|陪同|出席)了?(?:{'|'.join(_RECEIVE_VERBS)})|(?:参加|陪同|出席|在座)(?=[。；\n])")
# 会见与会代表, 接见全体与会人员, 会见出席会议的代表: the meeting's own attendees, no one named
_ATTENDEES = LazyPattern(r"(?:了)?(?:全体)?(?:与会|参会|出席(?:会议|大会)的)")
# (…会见某国总统某某时，首先转达…: the clause of time ends the guests; the greetings conveyed name no guest)
_NEXT_PREDICATE = LazyPattern(r"[，,](?:并|同时|还|随后|共同)|并向|(?:时|期间)(?=[，,])")
# what a subject printed before 在会见…时 does in the clause (某某在会见某某时表示, …时积极评价…)
_SUBJECT_SAYS = "表示|指出|强调|说|介绍|积极|高度|感谢|希望|重申|转达"
_WHILE_RECEIVING = LazyPattern(rf"在?(?P<verb>{'|'.join(_RECEIVE_VERBS)})(?P<guests>[^，。；\n]{{2,40}}?)(?:时|期间)(?:[，,]|(?<=时)(?={_SUBJECT_SAYS}))"
                              # 与卡某会谈时，张某说: the partner before the verb
                              rf"|(?<![\u4e00-\u9fff])在?[与同](?P<partner>[^，。；\n]{{2,20}}?)(?P<verb2>会谈|会晤)(?:时|期间)[，,]")


# 某某等还参观了…展，亲切会见了…: a clause of the same subject after its first predicate
# (会见, 接见 take the guests as object; 会谈 may be a noun: 表示，会谈内容丰富)
_LATER_CLAUSE_RECEIVES = LazyPattern(r"[^。；！？\n]{1,60}?(?<!表示|指出|强调|认为)(?<!说)[，,](?:并|还|随后|又|也|亲切|一同|一起)*(?=(?:会见|接见)了?(?!时))")


# (同)来华进行国事访问的…, 与正在中国访问的…: why the partner or guest is here, a modifier of the name
_VISIT_MODIFIER = LazyPattern(r"^([同与和]?)(?:正在|应邀)?(?:来华|来京|访华|在华|中国)(?:“[^”]{0,40}”|[^，。；的“”]){0,30}?"
                              r"(?:访问|出席|参加|进行)(?:“[^”]{0,40}”|[^，。；的“”]){0,40}?的")
# …为团长的, …率领的: what follows the last guest where the guests modify the head received
_MODIFIED_HEAD = LazyPattern(r"(?:为团长|为首|率领|带领|带队)?的[^，。；、]{1,24}$")
_NAME_REACH = 40
# where the printed object ends: a comma, or 并 opening a second predicate (会见…代表并座谈)
_CLAUSE_OR_PREDICATE = LazyPattern(r"[，,]|(?<![合兼吞])并(?=[\u4e00-\u9fff])")  # a reception named by a clause without guests: 会见出席某某签署仪式的各国代表团团长


# what may come before a sentence's subject: a time or setting set off by a comma, a post
_BEFORE_SUBJECT = LazyPattern(r"(?:[^，。；！？\n]{0,16}[，,])?[^，。；！？\n]{0,30}")


def _opens_sentence(text: str, start: int, mentions: list[tuple[int, int, str]]) -> bool:
    """Whether the name at ``start`` is its sentence's subject: no one named before it there, and
    no preposition right before it (同某某举行会见，并会见…: the object of 同 is no subject)."""
    opening = _sentence_start(text, start)
    return (_BEFORE_SUBJECT.fullmatch(text, opening, start) is not None and text[start - 1:start] not in "同与和向对给为跟"
            and not any(opening <= s_ < start for s_, _e, _n in mentions))


def find_receptions(text: str, people: list[Span]) -> list[Meeting]:
    """会见, 会谈: the people whose governing verb it is receive the people named after it in the
    same sentence (张明远当地时间5日在河内会见…某甲和…某乙). Participants only."""
    if not any(verb in text for verb in _RECEIVE_VERBS):
        return []
    mentions = sorted((start, end, p.data["name"]) for p in people for start, end in p.data["mentions"])
    found: list[Meeting] = []
    for start, end, name in mentions:
        if found and start < found[-1].end:
            continue  # a name of a list already read, or a guest
        after = _after_list(text, end, people, conjunctions=False)
        pos, setting = skip_between(text, after)
        verb = _RECEPTION_VERB.match(text, pos) or _TALKS_WITH.match(text, pos)
        if verb is None and (later := _LATER_CLAUSE_RECEIVES.match(text, pos)) \
                and not any(pos <= s_ < later.end() for s_, _e, _n in mentions) \
                and _opens_sentence(text, start, mentions) and not _NOT_YET.search(text, start, later.end()):
            verb = _RECEPTION_VERB.match(text, later.end())  # the subject's later clause, no other subject between
        if verb is None or _DURING.match(text, verb.end()) or _in_speech(text, start):
            continue  # 会见时在座的有: during a reception reported already; …表示，…举行会晤: recalled
        stop = _SENTENCE_END.search(text, verb.end())
        stop = stop.start() if stop else len(text)
        next_verb = _NEXT_PREDICATE.search(text, verb.end(), stop)  # …代表，并向当地赠送了…: guests end
        guest_end = next_verb.start() if next_verb else stop
        receivers = [n for s_, _e, n in mentions if start <= s_ < after]
        guests = [n for s_, e_, n in mentions
                  if verb.end() <= s_ < guest_end and n not in receivers and not _ENVOY_OF.match(text, e_)]
        talks_name = None
        if verb.re is _TALKS_WITH and _NOT_YET.search(verb.group()):
            continue  # 与某国总统X将在某地会晤: talks to come
        if verb.re is _TALKS_WITH:  # 同南非总统祖马举行了会谈: the partner stands inside the verb phrase
            partner_end = verb.end("partner")
            # 与某国总统X17号在米兰举行会谈, 和Y24号在纽约分别会见了Z: the day and the setting after the
            # partner are the event's, not the partner's name
            if (when := _WHEN_OR_WHERE.search(text, verb.start("partner") + 2, partner_end)) is not None:
                partner_end = when.start()
                if setting is None and (where := _SETTING_AT_END.search(text, when.start(), verb.end("partner"))):
                    setting = where.group(1)
            guests = [n for s_, _e, n in mentions if verb.start("partner") <= s_ < partner_end]
            guests = guests or _bare_name(text[verb.start("partner"):partner_end])  # 同阮晋勇举行会谈
            talks_name = (text[verb.start():partner_end] + text[verb.end("partner"):verb.end()]).removeprefix("在")
            # 同来华进行国事访问的某国总统X举行会谈: the talks are named for the partner, not why he came
            talks_name = _VISIT_MODIFIER.sub(r"\1", talks_name)
            if verb.group().endswith("会见"):  # A和B…会见了C: B receives with A, C is the guest
                guests += [n for s_, e_, n in mentions if verb.end() <= s_ < guest_end and n not in receivers + guests]
                if guests[-1:] and guests[-1] in _printed_object(text, verb.end(), guest_end):
                    talks_name = None  # named for its guest, as any reception (会见某国总统X), below
        # 分别会见A、B: one reception with each guest, not one with all
        parties = [[g] for g in guests] if "分别" in text[after:pos] and len(guests) > 1 else [guests]
        # named for whom it received, as printed up to the last guest (会见柬埔寨首相洪森)
        clause = _printed_object(text, verb.end(), guest_end)
        # the guests named within reach (a long list of posts and names is cut after a name)
        guests_end = max((e_ for s_, e_, n in mentions if verb.end() <= s_ and e_ <= verb.end() + _NAME_REACH
                          and e_ <= guest_end and n in guests), default=None)
        if guests_end is None:  # 会见来华出席…80周年活动的某国总统X: a long modifier, then the guest
            guests_end = min((e_ for s_, e_, n in mentions if verb.end() <= s_ and e_ <= verb.end() + min(len(clause), 2 * _NAME_REACH)
                              and n in guests), default=None)
        if guests_end:
            # 会见以A、B为团长的某某访京团一行: guests inside a modifier name the head that follows
            head = _MODIFIED_HEAD.match(clause, guests_end - verb.end())
            printed = clause[:head.end()] if head else text[verb.end():guests_end]
        else:
            printed = clause[:_NAME_REACH]
        printed = printed.removeprefix("了")
        if guests:  # 会见来华进行正式访问的…: why a guest named came (unnamed ones are known by it: …论坛的外方代表)
            printed = _VISIT_MODIFIER.sub(r"\1", printed)
        for party in parties:
            name = talks_name or (verb.group() if verb.re is not _TALKS_WITH else "会见") + (party[0] if len(parties) > 1 else printed)
            meeting = Meeting(name, start, stop, _clean_place(setting))
            meeting.place_printed = setting is not None
            meeting.reception = True
            meeting.participants = list(dict.fromkeys(receivers + party))
            meeting.of_attendees = not party and _ATTENDEES.match(printed) is not None
            if _PRESS.match(text, verb.end()) and _ANSWERS.search(text, verb.end(), stop):
                meeting.speakers = list(meeting.participants)  # 共同会见记者并回答提问: they take the floor
            found.append(meeting)
    for m in _WHILE_RECEIVING.finditer(text):  # 在会见阿里时，王丽华介绍…: the clause's subject receives
        opening = _sentence_start(text, m.start())
        # 王丽华在会见阿里时(，)表示: the subject right before the clause receives (where no other
        # name stands before it in the sentence, a guest the first reading could not name)
        subject = next((n for s_, e_, n in mentions if e_ == m.start()
                        and not any(opening <= o < s_ for o, _e, _n in mentions)), None) if text[m.start()] == "在" else None
        if subject is None and any(opening <= s_ < m.start() for s_, _e, _n in mentions):
            continue  # 某某在某地会见某国总统某某时，首先转达…: the receiver is named before, read above
        stop = _SENTENCE_END.search(text, m.end())
        stop = stop.start() if stop else len(text)
        group = "guests" if m.group("guests") else "partner"
        guests = [n for s_, _e, n in mentions if m.start(group) <= s_ < m.end(group)]
        # 在会见科瓦列夫时, 在会见采拉尔时: the clause delimits the guest
        guests = guests or _bare_name(m.group(group)) or _delimited_foreign_name(m.group(group))
        receiver = subject or next((n for s_, _e, n in mentions if m.end() <= s_ < min(stop, m.end() + 12)), None)
        if subject is not None and any(r.start <= m.start() < r.end and subject in r.participants for r in found):
            continue  # read already by the first reading
        if guests and receiver and receiver not in guests:
            name = m.group("verb") + m.group("guests") if group == "guests" else m.group("verb2") + m.group("partner")
            meeting = Meeting(name, m.start(), stop)
            meeting.reception, meeting.participants = True, [receiver, *guests]
            found.append(meeting)
    for meeting in found:  # 秘书长X参加会见: joining the reception, later in its report (the genre
        # closes a reception's report with who joined it, often in a paragraph of its own)
        report_end = min((r.start for r in found if r.start >= meeting.end), default=len(text))
        for start, end, name in mentions:
            if meeting.end <= start < report_end and (
                    _JOINS_RECEPTION.match(text, skip_between(text, _after_list(text, end, people))[0])
                    or _listed_after(text, start, people)):  # 越南方面参加会谈的有：…主席某甲，…部长某乙
                _add(meeting.participants, name)
    return found


def _printed_object(text: str, start: int, end: int) -> str:
    """The verb's object as printed from ``start``: up to a comma or a second predicate (并…)."""
    return _CLAUSE_OR_PREDICATE.split(text[start:end], maxsplit=1)[0]


def _delimited_foreign_name(span: str) -> list[str]:
    """A foreign guest's name the construction delimits (在会见采拉尔时, 在会见威廉-亚历山大国王时): two to
    eight characters, most of them transliteration characters or parts joined by a separator, a royal
    or courtesy word after it dropped; no post of the lexicon inside (在会见中国代表团时: a group)."""
    span = span.removeprefix("了")
    for word in _COURTESY_AFTER:
        span = span.removesuffix(word)
    letters = [c for c in span if c not in "-·—"]
    if not 2 <= len(letters) <= 8 or not all("\u4e00" <= c <= "\u9fff" for c in letters) or find_titles(span):
        return []
    parts = re.split("[-·—]", span)
    if len(parts) > 1 and all(len(part) >= 2 and part not in world_places() for part in parts) \
            and span[-1] not in ORGAN_ENDS:  # (某某-某某代表团, …联合会: a body)
        return [span]  # 威廉-亚历山大: parts joined by a separator are a foreign name's (not 中国-东盟代表团)
    translit = cues()["translit"]
    return [span] if 2 * sum(c in translit for c in letters) > len(letters) else []


_COURTESY_AFTER = ("国王", "王后", "女王", "王储", "亲王", "先生", "女士", "阁下", "一行")


def _bare_name(span: str) -> list[str]:
    """A guest the construction itself delimits (同X举行会谈, 在会见X时) and the people stage had no
    post or verb to read by: the whole span, where it is a plausible or transliterated name."""
    if (plausible_name(span, strict=False) or is_transliteration(span)) and not find_titles(span):
        return [span]
    return []




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


def _same_guests(one: Meeting, other: Meeting) -> bool:
    """Whether two receptions whose people overlap received the same guests: both named guests,
    or, where one names none (会见当地侨界代表), the one's printed guests are the other's (a
    headline's 会见美国总统 and the body's 会见美国总统某某)."""
    if len(one.participants) > 1 and len(other.participants) > 1:
        return True
    unnamed = one if len(one.participants) <= 1 else other
    if not _GROUP_RECEIVED.match(unnamed.name):
        return True  # a guest the clause names no group of: read as the other's
    a, b = one.name[2:], other.name[2:]
    return a in b or b in a


# 会见了当地侨界代表, 接见驻地部队官兵: a group received, whom no one of the other reception is
_GROUP_RECEIVED = LazyPattern(r"(?:会见|接见)[^，。；]{2,40}?(?:代表|人士|负责人|成员|官兵|群众|师生|嘉宾|友人|朋友|侨胞|华侨|学生|专家|骨干)$")


def _merge_receptions(receptions: list[Meeting]) -> list[Meeting]:
    """A headline and its body report one reception: the same people, read once."""
    receptions = _split_joint(receptions)
    kept: list[Meeting] = []
    for reception in receptions:
        same = next((k for k in kept if (set(k.participants) <= set(reception.participants)
                                         or set(reception.participants) <= set(k.participants))
                     and _same_guests(k, reception)), None)
        if same is None:
            kept.append(reception)
            continue
        if reception.place_printed and not same.place_printed:
            same.place, same.place_printed = reception.place, True
        same.participants += [p for p in reception.participants if p not in same.participants]
        same.later.append(reception.start)
    return kept


