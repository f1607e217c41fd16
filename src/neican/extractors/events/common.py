"""What every part of the events stage shares: the meeting record, the meeting-noun and date
patterns, sentence helpers, and the tests for a meeting mentioned rather than reported."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ...doc import Span
from ...patterns import LazyPattern
from ..meeting_words import MEETING_NOUN
from ..ner_lexicon import world_places
from ..regions import AT_PREPOSITION, lookup
from ..scan import finditer_at
from ..timeexpr import DATE_EXPR, LOCAL_TIME, TIME_OF_DAY, EventDate, resolve

# A generic name is the holder's meeting (省委常委会召开会议) or a session of the meeting before.
MEETING_NOUN_RE = LazyPattern(MEETING_NOUN)
CLAUSE_BREAK = LazyPattern(r"[，。；,;\n]")
# 与某某共同, 同某某一起: a partner who shares the verb after it (主持, 出席), as a pattern to compose
TOGETHER_WITH = r"[与同和][^，。；]{1,24}?(?:共同|一起|一道)"
_AT = AT_PREPOSITION  # the preposition of a setting (regions: not the 在 of 现在, 所在)
_GENERIC = LazyPattern(r"^(会议|大会|研讨班|培训班|全体会议|第[一二三四五六七八九十\d]+次(全体)?会议|专题会议|全会|常务会议|大会交流)$")
# a quoted theme inside a name may hold a comma (“积极稳妥推进城镇化，着力提高城镇化质量”专题协商会)
_NAME = rf"(?:(?:“[^”“\n。]{{1,40}}”|[^，。；！？,;!?：:\n]){{0,60}}?{MEETING_NOUN})"
# a span of days as the genre prints it: 19日至21日, 19日—21日, 3月30日至4月1日
_DAY = r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号](?:[至到—－~～-](?:\d{1,2}月)?\d{1,2}[日号])?"
_WHEN = rf"{LOCAL_TIME}?(?:{_DAY}|今天|今日|昨天|昨日|当天|近日|日前)?(?:（[^（）]{{1,12}}）)?(?:{TIME_OF_DAY}|全天)?"

_RECEIVE_VERBS = ("会见", "会晤", "接见", "会谈")


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
    of_attendees: bool = False  # 会见与会代表: a reception of a meeting's own attendees, no one named
    said_at: bool = False  # known only from 在…会议上强调: an event only with the one who said it
    by_role_verb: bool = False  # 出席/主持 + its name: a person's verb, so an event only with that person
    by_decision: bool = False  # …会议表决通过了…: known from a decision, which a later meeting's report may recall
    described: bool = False  # named in a clause saying what something is (…是…举行的最高级别会晤)
    occasion: bool = False  # 在…大会召开之际，…致电祝贺: the time of what is reported, an event only with someone at it
    call: bool = False  # 看望慰问…代表, 同企业家座谈: one stop of a visit, whose later stops take what is said after them




# A meeting to come (将于…召开, 定于, 明年…召开) or one recalled (a sentence opening 此前) is
# mentioned, not reported.
# 将于…召开, 决定将草案提请/提交…会议审议: a meeting to come
# (决定今年10月在北京召开…全会: a meeting decided on or proposed is one to come)
_NOT_YET = LazyPattern(r"将(?:于|在|要)|即将|拟于|拟在|定于|(?<!按)(?<!按照)计划[^，。；]{0,3}?(?:于|在)|将[^，。；]{0,4}?(?=召开|举行|举办|出席|参加|主持)|关于(?=召开|举行)|明年|下个?月|下周|提请|提交|"
                       r"(?:决定|建议)[^，。；]{0,16}?(?=召开|举行|举办)|"
                       # 研究了召开…的有关事项: a meeting deliberated on, to be held
                       r"(?:研究|讨论|审议|筹备|同意|批准)了?(?=召开|举行|举办)|"
                       # 负责人应当主持召开专题会议: a rule's or a plan's meeting, none held
                       r"(?:应当|应该|必须|需要|可以)[^，。；]{0,6}?(?=召开|举行|举办|主持)|"
                       # 欢迎某某访华并出席…博览会, 欢迎某某作为主宾国元首来华出席…: the guest's reason for
                       # coming, a meeting ahead of the report
                       r"欢迎[^，。；]{1,30}?(?:并|来华|来京)(?=出席|参加)")
_BEFORE = LazyPattern(r"此前|之前|日前此前")
# 每年5、6月间在日内瓦举行一次会议: a body's custom, no sitting; 为迎接…大会胜利召开, 为庆祝…: what a
# deed of the report honours, a meeting reported elsewhere
_CUSTOM_OR_HONOURED = LazyPattern(r"每(?:年|届|月|周|季度|两年)|为(?:迎接|庆祝|纪念|庆贺)")
# 介绍了不久前举行的…大会的有关情况, 去年召开的…: a meeting held some time before the report, recalled
_HELD_BEFORE = LazyPattern(r"(?:不久前|前不久|此前|之前|去年|上个?月|上周|年初)[^，。；]{0,6}?(?:举行|召开|举办|闭幕|结束)的")
# 在赶往某地主持召开会议途中: the meeting one was on the way to, not one held
_ON_THE_WAY = LazyPattern(r"的?(?:途中|路上)")
# 乘专机离开北京，赴某地出席…: a departure report, whose meetings lie ahead
_DEPARTING = LazyPattern(r"离开北京|离京|启程前往|启程赴")


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
_REPORTED_SPEECH = LazyPattern(r"(?:表示|指出|强调|说|介绍|回顾)[，,：:]")


# A paragraph that opens with its speaker's verb (王某表示，…) is that speaker's words to its end:
# the genre gives a statement its own paragraph
# (在会见某某时，)王某表示，…: an adjunct clause may come first
_SPEECH_PARAGRAPH = LazyPattern(r"(?:[^。；！？\n：:]{0,24}?[：:])?(?:[^，。；！？\n]{1,24}?时[，,])?[^，。；！？\n]{1,40}?(?:表示|指出|强调|说|介绍)[，,：:]")


def _in_speech(text: str, position: int) -> bool:
    """Whether ``position`` lies in a statement opened earlier in its sentence (X表示，…) or
    in a paragraph that opens with one."""
    if _REPORTED_SPEECH.search(text, _sentence_start(text, position), position) is not None:
        return True
    paragraph_start = text.rfind("\n", 0, position) + 1
    return _SPEECH_PARAGRAPH.match(text, paragraph_start, position) is not None


def _in_passing(text: str, m: re.Match, role_attached: bool) -> bool:
    """Whether a trigger mentions a meeting in passing: one to come or recalled, in its clause or
    in someone's statement, or one attached to a role verb inside a modifier (会见出席…首脑会议的…总理)."""
    clause_start = max(text.rfind(c, 0, m.start("name")) for c in "，。；\n") + 1
    sentence_start = _sentence_start(text, m.start("name"))
    if _NOT_YET.search(text, clause_start, m.end()) or _BEFORE.match(text, sentence_start) \
            or _HELD_BEFORE.search(text, clause_start, m.end()) or _CUSTOM_OR_HONOURED.search(text, clause_start, m.start("name") + 3) \
            or _in_speech(text, m.start()) or _DEPARTING.search(text, sentence_start, m.start()) \
            or _ON_THE_WAY.match(text, m.end()):
        return True
    return (role_attached and text.startswith("的", m.end())
            and (not text.startswith(("的有", "的还有"), m.end()) or text.startswith("的有关", m.end())))



_EVALUATIVE = LazyPattern(r"(?:重要|十分|非常|特别|盛大|隆重|伟大|这样|那样)[^，。]*的[^的]{1,4}$")


# (今天上午十二届全国人大五次会议开幕: the day and the time of day the report opens with)
_NAME_OPENING_WORDS = LazyPattern(r"^(在|了|的|一次|一场|这次|本次|此次|本届|今年的?|首次|隆重的?|盛大的?|前不久|不久前|此前|日前|近日|为期[^的]{1,6}的|"
                                  rf"(?:今天|昨天|前天|当天|当日|今日|昨日){TIME_OF_DAY}?的?|{TIME_OF_DAY}的|(?:刚刚|刚)?(?:开幕|闭幕|结束)的)+")
_OPENING_NOTE = LazyPattern(r"^[（(][^（）()]{1,12}[）)]的?")  # 今天(30日)的外交部例行记者会: the day's note
_OPENING_DAY = LazyPattern(r"^[\d一二三四五六七八九十]+月[\d一二三四五六七八九十]+日")


# 由…主办的, 举世瞩目的: who organised it or how it is seen, not its name
_NAME_MODIFIER = LazyPattern(r"^(?:由[^，。；]{2,60}?(?:主办|承办|举办|发起)的|[^，。；]{2,40}?(?:参加|出席)的|举世瞩目的|备受瞩目的|一年一度的)")
# 一次重要会议, 盛会: how the meeting is seen, when its name is printed elsewhere
_ONLY_PRAISE = LazyPattern(r"^(?:重要|重大|盛大|隆重|历史性)的?(?:会议|大会|会)$|^盛会$")


# 某某代表中国政府对大会召开表示祝贺 (向大会召开): the meeting is the object of 对, named before
_OBJECT_OF_DUI = LazyPattern(r"^[^，。；]{1,30}?[对向](?=(?:本次|这次|此次)?(?:大会|会议|论坛|峰会|年会|座谈会)$)")


# 新华社北京3月5日电 某某会议…, 本台消息 某某会议…: a dateline or credit the sentence opens with
_NAME_DATELINE = LazyPattern(r"^[^，。；]{0,24}?(?:\d{1,2}日电|消息|讯|报道|电)(?:（[^）]{0,20}）|\([^)]{0,20}\))?[\s\u3000]+")


_ORGANISED_BY = LazyPattern(r"(?<=会|坛|节)由[^，。；]{2,}$")
_CONGRATULATED = LazyPattern(r"^[^，。；]*?(?:致信|致电|致贺信|发来贺信|发来贺电)?祝贺")


def _clean_name(name: str) -> str | None:
    name = _NAME_DATELINE.sub("", name.strip())
    name = _CONGRATULATED.sub("", name)
    name = _ORGANISED_BY.sub("", name)  # 某某大会由某院、某组织于2日至3日在北京联合举办: 由 opens who held it  # 某某11日致信祝贺某某会议: the meeting congratulated is the name
    name = _NAME_MODIFIER.sub("", _OPENING_NOTE.sub("", _NAME_OPENING_WORDS.sub("", _OBJECT_OF_DUI.sub("", name.strip()))))
    if _ONLY_PRAISE.match(name) or _EVALUATIVE.search(name) and _GENERIC.match(name.rsplit("的", 1)[-1]):
        return None  # 一次十分重要的大会: a description of a meeting named elsewhere
    name = _OPENING_DAY.sub("", name)
    if name.endswith("次会晤") and not re.search(r"第[一二三四五六七八九十百\d]+次会晤$", name):
        return None  # 首次会晤, 再次会晤: talks, read as a reception; 第十七次会晤 names a summit
    if len(name) < 2 or "召开" in name or "宣布" in name or _COUNT_OF_MEETINGS.match(name):
        return None  # 召开14次会议: how many meetings, not one; 某某宣布大会开幕: a session's business
    if "并在" in name:
        return None  # 参加会见并在大会上…: the verb's object, then a second predicate
    name = _ONE_OF.sub("", name)  # 举行了一场座谈会: the article, not the name
    if (dash := name.rfind("——")) > 0 and len(name) - dash > 6 and not name[dash - 1].isdigit() \
            and name.count("《", 0, dash) == name.count("》", 0, dash) and name.count("“", 0, dash) == name.count("”", 0, dash) \
            and not _JOINS_PARTIES.search(name, 0, dash):  # (中国——东盟博览会: the dash joins two parties)
        name = name[dash:]  # “新春第一会”———全市县域经济高质量发展大会: the epithet, then the name
    name = name.lstrip("—")  # (——第五届某某论坛: an item of a list set out with dashes)
    if name.count("“") > name.count("”"):
        # 举办“某某新闻发布会”, 历时两天的“某某峰会”在…: the quote opened before the name closes after the
        # noun; an ordinal or a year before it (第十六届“某某论坛”) is the name's own
        opened = name.rfind("“")
        name = name + "”" if _ORDINAL_OR_YEAR.fullmatch(name[:opened]) else name[opened + 1:]
    return name


_ORDINAL_OR_YEAR = LazyPattern(r"第[一二三四五六七八九十百\d]+届|\d{4}年?")
# a party's name right before a dash that joins it to another (中国——东盟, 中国——中东欧国家)
_JOINS_PARTIES = LazyPattern(r"(?:中国|中|亚洲|欧洲|非洲|东盟|中东欧|阿拉伯|拉美|太平洋岛国)$")


# 召开14次会议, 召开200多场宣讲会: how many over a period; not 主持召开三个调研座谈会, a few held
# on the occasion reported (a count of them all, as 两场座谈会)
_ONE_OF = LazyPattern(r"^[一1](?:个|场)(?=..)")
_COUNT_OF_MEETINGS = LazyPattern(r"^(?:[\d一二三四五六七八九十百千多几数]+|多)次|^(?:\d{2,}|[\d一二三四五六七八九十百千几数]*[十百千多几数])(?:场|个)")


# What a captured place may carry after the place itself: manner adverbs, a mode (以视频方式),
# a companion (与…, 同…), a beneficiary (为…).
_PLACE_TAIL = LazyPattern(r"(?:(?:调研|考察|视察)(?:工作)?(?:时|期间)?并?(?:主持)?|以[^，。；]{0,8}?方式|通过视频|(?<=..)(?:与|同|和|为|向|跟|就)[^，。；]*|"
                         r"(?:隆重|胜利|亲切|分别|共同|联合|正式|成功|顺利|集体|专门|再次|首次|主持|应约|应邀|又|也|还|先后|一起)+|"
                         # 在智利圣地亚哥正式启动，…: the setting's verb, not its place
                         r"(?:隆重|正式|成功|顺利)*(?:启动|揭牌|开展|展开|进行|举行|召开|举办))$")
_NOT_A_PLACE = LazyPattern(r"^(?:这里|那里|此|当地|此间|随后|同日|同一天|外地|本地|各地|地方|基层|一线|现场|中央|党中央|中共中央|国务院)$|^(?:今天|昨天|当天|上个?月|下个?月|上午|下午|晚上)|"
                          # online, not a place (在线上举行, 在社交媒体上); a condition (在某国的要求下, 在…帮助下)
                          r"^(?:线上|线下|网上|云上|云端|社交媒体上?|网络上?)$|的(?:要求|帮助|支持|带领|领导|指导|推动|关心|见证)下$|"
                          # a course of action, not a place (在查办案件中发现的线索, 在了解情况)
                          r"了解|遇到|发现|问题|情况|线索|共进|邀请|"
                          # a time, not a place (在今年…, 日前, 前两天, 第二天; 会谈前, 离开某地之前, 谈判后)
                          r"^(?:今年|去年|明年|前年|日前|近日|近期|前两天|第二天|次日|之后|之前)|(?:之前|之后|以前|以后|[^前]后)$|"
                          r"(?:会谈|会见|会晤|汇报|出发|开始)前$|"
                          # a demonstrative or a pronoun opens no place's name (这次, 这里出生的…, 此前, 其位于…的总部; not 那曲)
                          r"^(?:[这那](?:里|次|个|儿|些)|此(?:前|次|时|后)|其|当地时间|会[前后]$)|"
                          # the outlet's own region (在我县召开, 来我市调研): which one, the page does not say
                          r"^[我本](?:省|市|县|区|州|盟|旗|镇|乡|村)$|"
                          r"^[\d一二三四五六七八九十]+[日年月号]|[\d一二三四五六七八九十]+年$|"
                          r"(?:(?<!途)中|期间|之际|时|以来|领导人)$|[、，]|召开|举行|进入|会见|出席|开幕|闭幕|进行|调研|访问|结束|完成|"
                          r"^(?:与|同|和|就|对|向)")


# 于6月2日至3日在北京: the days before the place are the event's date
_OPENING_PREPOSITION = LazyPattern(rf"^(?:于)?(?:当地时间)?(?:{_DAY}|今明两天|今天|昨天)在|^(在|于)")  # 于当地时间2月5日在悉尼


@cache
def _countries_with_and() -> tuple[str, ...]:
    """Country names with 和 inside (特立尼达和多巴哥), longest first."""
    return tuple(sorted((w for w in world_places() if "和" in w[1:-1]), key=len, reverse=True))
_CIRCUMSTANCE = LazyPattern(r"(?:背景|情况|形势|前提|条件|框架|指导|领导|帮助|支持|关心|带领|号召|陪同|陪伴|率领|见证|邀请)下$|基础上$|氛围中$")  # (之际: _NOT_A_PLACE)
# a verb of the sentence's subject inside a captured setting (北京会见某某并共同): the place ends before it
_SUBJECTS_VERB = LazyPattern(r"会见|会晤|会谈|出席|参加|主持|考察|调研|视察|接见|看望|慰问|迎接|欢迎|送行|陪同")


# a venue's name with 和 inside it, up to the venue's kind (北京协和医院, 和平区文化中心)
_VENUE_WITH_AND = LazyPattern(r"[^，。；与同]*?和[^，。；与同和]*?(?:医院|大学|学院|中学|小学|学校|会堂|中心|宾馆|饭店|酒店|"
                              r"大厦|广场|公园|体育馆|博物馆|纪念馆|展览馆|剧院|研究院|研究所|实验室|园区|公司|集团)")
# a time printed between a setting and its verb (在某某今天（9月15日）举行的): where the place ends
_TIME_INSIDE = LazyPattern(r"今天|昨天|当天|今年|上午|下午|晚上|[（(][\d一二三四五六七八九十]|\d{1,2}[月日]")


def _clean_place(place: str | None) -> str | None:
    """The place itself (人民大会堂隆重 → 人民大会堂, 京主持 → 北京); None for a time, a
    pronoun or a setting that is no place (活动中, 19日, 这里)."""
    if not place:
        return None
    place = _OPENING_PREPOSITION.sub("", place.strip())
    if _CIRCUMSTANCE.search(place):
        return None  # 在世界格局深刻调整的背景下举行: a circumstance, not a place
    if (when := _TIME_INSIDE.search(place, 2)) is not None:
        place = place[:when.start()]  # 在国务院新闻办今天（9月15日）举行的…: the time is no part of the place
    if (verb := _SUBJECTS_VERB.search(place)) and verb.start() >= 2 and verb.end() < len(place):
        place = place[:verb.start()]  # 在北京会见…并共同举行: the setting of the verb before the meeting's
    # 特立尼达和多巴哥首都西班牙港: a country's name holding 和 is no companion (与X, 和X) to cut
    protected = next((len(w) for w in _countries_with_and() if place.startswith(w)), 0)
    if not protected and (venue := _VENUE_WITH_AND.match(place)):
        protected = venue.end()  # 北京协和医院: a venue's name holding 和 is no companion either
    head, place = place[:protected], place[protected:]
    for _ in range(2):
        place = _PLACE_TAIL.sub("", place)
    place = head + place
    if not place or _NOT_A_PLACE.search(place):
        return None
    if len(place) == 1:  # 在京: the abbreviation's region
        region = lookup(place)
        return region.short or region.name if region else None
    return place


# 同一日, 同日, 当天: the day the report last named (也是在同一日，扬州…大会召开)
_SAME_DAY = LazyPattern(r"同一?[日天]|当[日天]")
# Where a DATE_EXPR match can start: its year, month or day digits, or 今天, 昨天, 前天, 明天, 刚刚
# (DATE_EXPR opens with optional groups, so re would try it at every position)
_DATE_START = LazyPattern(r"[\d今昨前明刚]")


# 春节后首个工作日, 节后上班第一天: a day the page may equate with a date elsewhere (2月7日，春节后首个工作日)
_FIRST_WORKING_DAY = LazyPattern(r"(?:春节|节)后(?:首个工作日|第一个工作日|上班第一天|首个上班日|开工第一天)")


def _first_working_day(text: str, sentence_start: int, position: int, published: str | None) -> EventDate | None:
    """The date the page gives for the first working day after the holiday, where the trigger's
    sentence names that day and no date."""
    if not _FIRST_WORKING_DAY.search(text, sentence_start, position) or _has_date(text, sentence_start, position):
        return None
    for named in _FIRST_WORKING_DAY.finditer(text):
        before = [m for m in finditer_at(DATE_EXPR, _DATE_START, text, max(0, named.start() - 12), named.start())]
        if before and text[before[-1].end():named.start()].strip("，, ") == "" and (resolved := resolve(before[-1], published)):
            return resolved
    return None


def _has_date(text: str, start: int, end: int) -> bool:
    """Whether DATE_EXPR matches somewhere in text[start:end] (its search, tried only where a
    date can start)."""
    return any(DATE_EXPR.match(text, at.start(), end) for at in _DATE_START.finditer(text, start, end))


def _date_before(text: str, position: int, published: str | None, reach: int = 20) -> EventDate | None:
    """The date in the sentence of the trigger, else the last one earlier in its paragraph; where
    the sentence says 同一日 or 当天, the last date the text gave before it."""
    para_start = text.rfind("\n", 0, position) + 1
    sentence_start = max(text.rfind("。", para_start, position) + 1, para_start)
    if holiday := _first_working_day(text, sentence_start, position, published):
        return holiday
    windows = [sentence_start, para_start]
    same_day = bool(_SAME_DAY.search(text, sentence_start, position)) and not _has_date(text, sentence_start, position)
    if same_day:
        windows = [0]
    elif not _has_date(text, para_start, position + reach):
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




def _add(items: list[str], name: str) -> None:
    if name not in items:
        items.append(name)


_SENTENCE_END = LazyPattern(r"[。；;！？\n]")
# “…基础。”某某说，: a quotation's own full stop does not end the sentence that reports it
_SENTENCE_END_OUTSIDE_QUOTE = LazyPattern(r"[。；;！？](?![”’」])|\n")
