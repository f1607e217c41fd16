"""Formulations (提法): quoted slogans, known tifa from the lexicon, numbered formulations.

Writes ``doc.spans["formulations"]``; each span's data is the record item:
``text``, ``kind`` (quoted, lexicon, numbered, parallel), ``count``, ``evidence`` [[start, end]], and
``number``/``head``/``members`` for numbered ones, ``canonical``/``category`` for lexicon ones (a
term printed with generic heads after it in its fullest form: 西部大开发战略, 全民医保体系),
``members``/``frame`` for parallel ones (a run of parallel phrases printed as a phrase of its own:
工业化、信息化、城镇化、农业现代化; 稳增长、促改革、调结构、惠民生; 内化于心、外化于行).
"""
from __future__ import annotations

import os
import re
from collections import defaultdict
from operator import attrgetter

from ..doc import Doc, Span
from ..patterns import LazyPattern, cached_compile
from ..resources.loader import Tifa, tifa_heads, tifa_verbs
from . import lexicon, meeting_words
from .names import ordinary_word_band
from .numbers import NUMERAL, to_int

REQUIRES = ("text",)
ASSIGNS = "formulations"

_QUOTED = cached_compile(r"“([^“”\n]{1,60})”|「([^「」\n]{1,60})」|『([^『』\n]{1,60})』|\"([^\"\n]{1,60})\"|‘([^‘’\n]{1,60})’")
_OPENING_QUOTES = "“「『\"‘"  # where a _QUOTED match can start: quotation marks of lexicon.QUOTE_MARK_CHARS
# What a quotation mark holds that is not a formulation: speech, credits, titles of things.
_SENTENCE = LazyPattern(r"[，,。！？!?；;：:]")
_CREDIT = LazyPattern(r"^(来源|来自|转自|摘自|原载|据)")
_NUMERAL = LazyPattern(r"[一二三四五六七八九十百千万两双\d]")
# Marks of speech rather than slogans: a speaker or listener (我, 你), a question, a mood particle
_SPEECH = LazyPattern(r"[我你您咱]|怎么|什么|为什么|[吗吧呢啊呀嘛][…！!。]*$")
_MAX_QUOTED = 24
_LONG_DESCRIPTION = 10

# A number, a classifier, and a head: 三个“一号工程”, 五大安全, 22个重点产业集群, 三篇大文章, 三点建议
# (点: the points a leader makes, 提出三点建议：一是…; a clock time has a digit and no head noun).
_CLASSIFIER = "个项大条篇种张批类支点"
_NUMBERED = LazyPattern(
    rf"(?<![第\d{NUMERAL[1:-1]}])({NUMERAL}{{1,4}}|\d{{1,3}})([{_CLASSIFIER}])(“|\")?([\u4e00-\u9fffA-Za-z0-9+]{{1,16}})")
# The same as two patterns, tried only at the numbers right before a classifier; _numbered_matches
# checks the lookbehind itself.
_NOT_BEFORE_NUMBER = frozenset("第0123456789" + NUMERAL[1:-1])
_NUMBERED_TAIL = rf"([{_CLASSIFIER}])(“|\")?([\u4e00-\u9fffA-Za-z0-9+]{{1,16}})"
_NUMBERED_CHINESE = cached_compile(rf"({NUMERAL}{NUMERAL}{{0,3}}){_NUMBERED_TAIL}")
_NUMBERED_ARABIC = cached_compile(rf"(\d\d{{0,2}}){_NUMBERED_TAIL}")
# A classifier after a digit or numeral. It opens with the classifiers, which re scans for
# quickly: the numerals and digits of a text are three times as many, and a scan for \d is slow.
_COUNTED_CLASSIFIER = cached_compile(rf"[{_CLASSIFIER}](?<=[\d{NUMERAL[1:-1]}].)")
_NUMERAL_CHARS = frozenset(NUMERAL[1:-1])
_LONGEST_NUMBER = 4  # characters: _NUMBERED_CHINESE's number


def _numbered_matches(text: str) -> list[re.Match]:
    """What ``_NUMBERED.finditer(text)`` finds, found faster: a match starts in the run of
    digits or numerals right before a classifier, so the two patterns are tried there only."""
    starts = []
    for classifier in _COUNTED_CLASSIFIER.finditer(text):
        end = classifier.start()
        for at in range(end - 1, max(-1, end - 1 - _LONGEST_NUMBER), -1):
            if not (text[at] in _NUMERAL_CHARS or text[at].isdecimal()):  # \d is isdecimal
                break
            starts.append(at)
    starts.sort()
    found, pos = [], 0
    for at in starts:
        if at < pos or at > 0 and text[at - 1] in _NOT_BEFORE_NUMBER:
            continue  # inside the last match, or the lookbehind fails
        if m := _NUMBERED_CHINESE.match(text, at) or _NUMBERED_ARABIC.match(text, at):
            found.append(m)
            # 两个市场两种资源: a second set may start inside the first's printed head
            second = _SECOND_SET.search(text, m.start(4) + 1, m.end())
            pos = second.start() if second else m.end()
    return found
# The head of a numbered formulation ends before these function words and verbs.
# (两个市场两种资源: a second number and classifier start a second set)
_SECOND_SET = cached_compile(rf"[两二三四五六七八九十](?=[{_CLASSIFIER}])")
_HEAD_STOP = cached_compile(r"[的和与及等为在是既要都也就将把被对向从以了着过之时上下后前里内外正已均共]|"
                        r"举行|进行|开始|实施|扩大|遭到|进入|开展|收获|取得|完成|迈出|致力|包括|"
                        # 35个重大项目|集中开工, 5项措施|支持复工复产: a predicate's adverb or verb
                        r"集中|集体|陆续|相继|同步|今天|今年|今日|这几天|首先|开工|复工|开复工|签约|落户|挂牌|入驻|"
                        r"启动|投产|发生|提交|组成|投入|实行|助力|贯彻|有序|基础上|"
                        # 三个重点领域|率先突破: an adverb that opens the predicate
                        r"率先|加快|加速|不断|持续|进一步|全力|稳步|扎实|"
                        + _SECOND_SET.pattern)
# 十八大, 二十大: a party congress, not "eighteen big …".
_CONGRESS = LazyPattern(r"^(精神|以来|报告|代表|胜利|召开|提出|作出|闭幕|开幕|期间|和|上|的|部署|决策|确定|强调|指出|明确)")
# Counted things that are not formulations: countries, provinces, cities, units, people, time.
_COUNT_NOUNS = cached_compile(r"^(项目|国家|省区市|省份|省市|城市|地区|单位|部门|企业|公司|人|人次|家|户|名|位|年|月|日|天|小时|分钟|"
                          r"百分点|多|半|季度|周|倍|秒|"
                          r"次|批次|时期|阶段|方面|问题|环节|层面|领域|地方|国家和地区|成员|代表|委员)")
# Words that make a counted head a designated list: 22个重点产业集群, 172项重大水利工程.
_DESIGNATED = LazyPattern(r"重点|重大|重要|标志性|示范|首批|核心|关键|国家级|战略性|先导")
# 集成电路、航空航天装备、数控机床等22个产业集群: members named by example before the count
_EXAMPLES_BEFORE = LazyPattern(r"(?:[\u4e00-\u9fff]{1,12}、){2,}[\u4e00-\u9fff]{1,12}等$")
# (共计, not 共同行动; 六连冠, 三连涨: a streak, 连 the adverb of consecutive times)
_ADVERB_HEAD = LazyPattern(r"^(?:[拟已将正均都还仍尚未曾再又也在于连]|共(?!同|享|建|识|赢))")
_MEMBER_LIST = LazyPattern(r"((?:[\u4e00-\u9fff]{1,12}、){1,12}[\u4e00-\u9fff]{1,16}?)等?$")
_MAX_MEMBER = 6
_LEADING_VERBS = LazyPattern(r"^(?:要|全面|加快|着力|大力|积极|深入|扎实|持续|不断|巩固|提升|推进|推动|建设|打造|实施|加强|"
                            r"做好|发展|培育|壮大|做强|做大|做优|聚焦|围绕|重点|包括|涵盖|形成|构建)+")


# A compact formulation: numerals glued to one- or two-character heads (六稳, 两学一做, 四早,
# 三县两区), known by its quotes. Each numeral above one counts what
# follows it: 三县两区 → (3, 县两区) and (2, 区); 两学一做 → (2, 学一做).
_COMPACT_QUOTED = cached_compile(rf"[“\"]((?:{NUMERAL}[\u4e00-\u9fff]{{1,2}}){{1,2}})[”\"]")
_NUMERAL_CHAR = LazyPattern(NUMERAL)
# 双创, 双一流: two of what follows; 双重, 双方, 双边, 双向 are words, not two of something
_DOUBLE_SET = r"双(?!重|方|边|向|手|倍|人|语)[\u4e00-\u9fff]{1,3}"
_COMPACT_DOUBLE = cached_compile(rf"[“\"]({_DOUBLE_SET})[”\"]")
_DOUBLE_TERM = LazyPattern(_DOUBLE_SET)
# A compact form not quoted but given its members in brackets right after it: 两业（种植业和养殖业）.
# Not after a digit, a numeral or 第: _compact_members checks that itself, as _numbered_matches
# does, so that the pattern opens with the numeral class and re scans for it (a lookbehind
# first makes it try every position: 30 ms over 2,812 xwlb items).
_COMPACT_MEMBERS = cached_compile(rf"({NUMERAL})([\u4e00-\u9fff]{{1,2}})[（(]([^（）()\n]{{2,60}})[）)]")
_NOT_BEFORE_COMPACT = LazyPattern(rf"[\d{NUMERAL[1:-1]}第]")


def _compact_members(text: str) -> list[re.Match]:
    """What ``(?<![\\d…第])`` + _COMPACT_MEMBERS would find with finditer, found faster: a match
    starts two or three characters before an opening bracket, so it is tried there only (re would
    test every numeral of the text)."""
    found, pos = [], 0
    for at in _before_brackets(text):
        if at < pos or not (m := _COMPACT_MEMBERS.match(text, at)):
            continue
        if at > 0 and _NOT_BEFORE_COMPACT.match(text, at - 1):
            pos = at + 1  # the lookbehind fails here: the scan goes on at the next position
        else:
            found.append(m)
            pos = m.end()
    return found


def _before_brackets(text: str) -> list[int]:
    """The positions of the numerals two and three characters before each opening bracket, in order."""
    return sorted({at - back for at in lexicon.char_positions(text, "（(") for back in (3, 2)
                   if at >= back and text[at - back] in _NUMERAL_CHARS})


def _finditer_at(pattern: re.Pattern, text: str, starts: list[int]) -> list[re.Match]:
    """``pattern.finditer(text)`` for a pattern that never matches empty and can start only at
    ``starts`` (in order): it is tried there only."""
    found, pos = [], 0
    for at in starts:
        if at >= pos and (m := pattern.match(text, at)):
            found.append(m)
            pos = m.end()
    return found


_MEMBER_SPLIT = LazyPattern(r"[、，,]|和|及|与")
_COMPACT_SET = LazyPattern(rf"{NUMERAL}[\u4e00-\u9fff]|{NUMERAL}[\u4e00-\u9fff]{NUMERAL}[\u4e00-\u9fff]")


def _compact_parts(phrase: str) -> list[tuple[int, str]]:
    parts = []
    for m in _NUMERAL_CHAR.finditer(phrase):
        if m.start() and _NUMERAL_CHAR.match(phrase, m.start() - 1):
            continue  # 八八战略: a numeral read as a name, not a count
        number, head = to_int(m.group()), phrase[m.end():]
        if head[:1] in _CLASSIFIER:
            continue  # “四个新”: a classifier follows, and find_numbered reads it as such
        if number and number > 1 and head and not _NUMERAL_CHAR.match(head):
            parts.append((number, head))
            break  # 两不愁三保障, 两随机一公开: one formulation, named by its first count
    return parts


# 规划建设A和B是推进…的两项战略举措: the clause's subject lists the members, its predicate names the set
_SUBJECT_THEN_IS = LazyPattern(r"([^，。；：！？,;:!?\n]{4,40}?)(?:是|为|作为|成为)[^，。；：！？,;:!?\n是]{0,30}?的?$")
_SUBJECT_SPLIT = cached_compile(r"、|和|与|及|以及")
_CLAUSE_END = frozenset("，。；：！？,;:!?\n")


def _subject_members(text: str, at: int, number: int, end: int) -> list[str]:
    """The members a clause's subject lists where its predicate is the set (A和B是…的两项举措，), if
    they add up to ``number`` and the set ends the clause (not …的两个孩子顺利完成…)."""
    if text[end:end + 1] not in _CLAUSE_END:
        return []
    opening = max(text.rfind(mark, max(0, at - 70), at) for mark in _CLAUSE_END) + 1
    m = _SUBJECT_THEN_IS.fullmatch(text, opening, at)
    if m is None:
        return []
    items = [x for x in _SUBJECT_SPLIT.split(_LEADING_VERBS.sub("", m.group(1))) if x]
    return items if len(items) == number and all(2 <= len(x) <= 2 * _MAX_MEMBER for x in items) else []


def _listed_before(text: str, at: int, number: int) -> list[str]:
    """The items the text lists right before a numbered formulation (X、Y和Z三大…), if they add up."""
    window = text[max(0, at - 100):at]
    if "、" not in window:  # no list, and no costly search
        return []
    listed = _MEMBER_LIST.search(window)
    if not listed:
        return []
    items = listed.group(1).split("、")
    if len(items) != number and re.search(r"[和及]", items[-1]):
        items = items[:-1] + re.split(r"[和及]", items[-1], maxsplit=1)
    if len(items) != number:
        return []
    items[0] = _LEADING_VERBS.sub("", items[0])  # 要全面推进铁路网 → 铁路网
    return items if all(0 < len(x) <= 2 * _MAX_MEMBER for x in items) else []


# 加快建设“两个中心”，即A和B; 三大任务：A、B、C: the members named right after the set (not the
# clauses of an enumeration: 一是…)
_ENUMERATION = LazyPattern(r"一是|第一|首先|其一")
_NAMED_AFTER = LazyPattern(r"[”\"]?[，,]?(?:即|包括|分别是|分别为|[：:])([^。；！？;!?\n“”]{2,120}?)(?=[。；！？;!?\n]|$)")


def _listed_after(text: str, end: int, number: int) -> list[str]:
    """The items the text names right after a numbered formulation (…，即X和Y; …：X、Y、Z), if
    they add up and are alike: one kind of mark between them (、 or ，), lengths of one order, no
    enumeration's clauses (一是…); a clause of anything else after them (…，即X和Y，这是…) adds up
    to no list."""
    named = _NAMED_AFTER.match(text, end)
    if not named or ("、" in named.group(1) and "，" in named.group(1)) or _ENUMERATION.match(named.group(1)):
        return []
    items = re.split(r"[、，,]", named.group(1))
    if len(items) != number:
        items = items[:-1] + re.split(r"[和及与]", items[-1], maxsplit=1)
    lengths = [len(x) for x in items]
    if len(items) != number or min(lengths) < 2 or max(lengths) > min(2 * _MAX_MEMBER, 2 * min(lengths) + 2):
        return []
    return items


def extract(doc: Doc, options=None) -> Doc:
    """Find formulations in ``doc.text`` and attach them under ``formulations``."""
    found = lexicon.matches(doc)
    tifa, marks = found.tifa, found.quote_marks
    doc.spans[ASSIGNS] = find_quoted(doc.text, tifa, marks) + find_lexicon(doc.text, tifa) \
        + find_numbered(doc.text, tifa, marks) + find_parallel(doc.text, tifa)
    return doc


def _group(found: dict[str, list[list[int]]], kind: str, extra=None) -> list[Span]:
    """A span of each text found, at its first evidence; ``found`` holds [start, end] lists, which
    the spans take as they are."""
    extra = extra or {}
    spans = [Span(evidence[0][0], evidence[0][1], kind,
                  {"text": text, "kind": kind, "count": len(evidence), "evidence": evidence, **extra.get(text, {})})
             for text, evidence in found.items()]
    return sorted(spans, key=_START)


_START = attrgetter("start")


# A quote right after a verb of saying reports someone's words (称“违反国际法”, 表示“极度遗憾”).
_SPEECH_BEFORE = LazyPattern(r"(?:称|说|表示|认为|指责|批评|谴责|声称|宣称|坦言|直言|写道|感叹|透露)[：:，,]?$")
# A quote an event's or a named thing's noun follows names it (“…”专题协商会); so does 称号 an honour's
# name (“全国优秀县委书记”称号: a named thing, GUIDE)
_EVENT_AFTER = LazyPattern(r"(专题|主题)?(协商会|座谈会|论坛|研讨会|推进会|发布会|会议|大会|比赛|展览|展|卫星|号|栏目|节目|丛书|杂志)|"
                           r"等?(?:荣誉)?称号")


def is_formulation(quoted: str) -> bool:
    """A quoted phrase that reads as a slogan: short, no sentence punctuation (unless its clauses
    balance: 走丝绸之路，促合作共赢), not a credit, not one character of emphasis (“稳”), not
    the name of a document, exhibition or other named thing (…三年行动计划, …成果展, 第1号洪水)."""
    q = quoted.strip()
    if len(q) < 2 or _CREDIT.match(q) or (q.startswith("要") and len(q) > 8) or _NAMED_THING.search(q) \
            or _names_meeting(q):
        return False
    if _SPEECH.search(q):
        return False  # 这事你看着办吧, 我们怎么办: words someone said, quoted, not a slogan
    if len(q) == 2 and not _NUMERAL.search(q):
        return False  # “人缘”, “失控”, “铁腕”: emphasis on a plain word (GUIDE); 六稳, 双创 count, and
        # a two-character formulation the lexicon knows (台独) is found by the lexicon pass
    if _SENTENCE.search(q):
        return _parallel(q)
    if "的" in q and len(q) >= _LONG_DESCRIPTION:
        return False  # 使用有毒有害的非食品原料加工食品: a description quoted, not a slogan (1 in 130 gold slogans holds 的)
    return len(q) <= _MAX_QUOTED


# Heads that make a quoted phrase the name of a thing: documents, shows, contests, numbered events
# (展 an exhibition's, not the end of 发展 or 开展).
_NAMED_THING = LazyPattern(r"(?:计划|方案|规划|纲要|意见|条例|办法|通知|决定|文件|白皮书|成果展|展览|(?<![发进拓扩开伸施])展|赛|"
                          r"活动|盛典|评选|颁奖|典礼|案|[^方办做说想看写用打]法|林火|山火|公路|铁路|大桥|"
                          r"第\d+号[\u4e00-\u9fff]{1,3}|[一二三四五六七八九十\d]+号|-\d{4})$")
# a meeting's name (GUIDE: quoted names of meetings are no formulations): a phrase of a few words
# ending in a meeting noun (“某某国际高层论坛”, “某某研讨会”); not two-character ones (两会)
_MEETING_NAME = LazyPattern(rf"(?:{meeting_words.MEETING_NOUN})$")
_SHORTEST_MEETING_NAME = 4


def _names_meeting(quoted: str) -> bool:
    return len(quoted) >= _SHORTEST_MEETING_NAME and _MEETING_NAME.search(quoted) is not None


_CLAUSES = LazyPattern(r"[，、,；;]")
_MAX_PARALLEL = 60


def _parallel(q: str) -> bool:
    """Clauses of one shape (人人都是主人翁、个个都是宣传员; 一人一档，精准施策): a slogan
    built of balanced parts, not a sentence someone said."""
    parts = _CLAUSES.split(q)
    if len(q) > _MAX_PARALLEL or len(parts) < 2 or re.search(r"[。！？!?：:]", q):
        return False
    lengths = [len(p) for p in parts]
    return min(lengths) >= 2 and max(lengths) <= 10 and max(lengths) - min(lengths) <= 1


# What a quote does in its sentence. A formulation is a programme, slogan or watchword that the
# text treats as one: something carried out, upheld or honoured (落实“X”, 坚持“X”, 授予“X”), a
# programme's or policy's noun after it (“X”工程, “X”改革, “X”的工作作风), a designated set
# (“四个意识”, “两学一做”), a known formulation (the tifa lexicon), or a slogan standing as a
# sentence of its own. Ordinary prose quotes words for irony, figures of speech, coined terms,
# names of things and speech (成了“聚宝盆”, 遭遇“滑铁卢”, 以“X”为由): none of that evidence.
_TASK_VERBS = ("实施|推进|推动|推行|推广|落实|贯彻|坚持|坚守|坚定|开展|深化|践行|实践|弘扬|发扬|传承|树立|树牢|"
               "增强|做到|做好|做实|抓好|抓实|运用|用好|按照|遵循|对标|融入|共建|打造|打好|打赢|促进|加强|"
               "强化|实现|牢记|胸怀|心系|服务|执行|纳入|打通|擦亮|发挥|启动|部署|重视|倡导|秉持|秉承|实行|"
               "出台|创建|建设|争创|争当|炼就|做大|做强|做优|支撑|处置|降低|提高|提升|构建|健全|完善|巩固|守好|筑牢|"
               # (not 授予, 荣获, 评为: an honour conferred is a named thing, GUIDE)
               "参与|响应|号召|倡议|确立|畅通|主题为|主题是|口号为|口号是|理念是|宗旨是|宗旨为|"
               # what work is aimed at: 聚焦“X”, 锚定“X” (围绕“X” is as often a topic of talks)
               "聚焦|紧扣|紧盯|锚定|瞄准")
# the verb, then at most a few characters of modifier (实施生态保护“十大工程”, 打通服务“最后一公里”),
# none of them a modal or copula that makes the quote a predicate (做到真正“管得住”) nor 的 that makes
# it something someone has (提升他们的“幸福指数”)
_TASK_BEFORE = LazyPattern(rf"(?:{_TASK_VERBS})[^，。；：！？、,;:!?“”\"\n能会是为被让使把将的]{{0,6}}$")
# The quote is the verb's object only where the object ends with it: punctuation, another quote or
# a conjunction after it (落实“X”。, 发挥好“X”和…). A word after it makes the quote a modifier of that
# word, which is the object (开展辖区“X”核查工作, 发挥“X”作用, 启动“X”黄金周, 按照“X”的说法), unless
# the verb names the quote outright (主题为“X”的…).
_OBJECT_ENDS = LazyPattern(r"[^\u4e00-\u9fff]|[和与及]|$")
_PREPOSITIONS = "向对给跟同被让"  # 向“X”要求…: the quote is a party addressed, not a programme
_NAMING = LazyPattern(r"(?:主题|口号|理念|宗旨)[为是]$")
# 被称为“某某模式”: the text gives a practice its name (not an epithet: 誉为“隐藏的瑰宝”, 称为“衣物百慕大”)
_NAMED_AS_BEFORE = LazyPattern(r"(?:称为|称之为|誉为|概括为|总结为|简称)$")
_NAMED_PRACTICE = LazyPattern(r"(?:模式|经验|做法|路子|工程|行动|战略|精神|方针|理念|机制|体系)$")
_PROGRAMME_NOUNS = ("工作|规划|时期|布局|目标|学习教育|建设|行动|工程|战略|策略|措施|改革|服务|制度|机制|理念|大局|"
                    "招牌|金字招牌|作风|思想|重要思想|形式|标语|口号|题词|贺匾|示范|精神|模式|品牌|原则|方针|政策|"
                    "举措|专项|试点|体系|格局|任务|攻坚|动员|推进|部署|启动|誓师|创建|理论|计划")
# right after the quote, or after 等 or a modifier of such nouns (“X”重要要求, “X”战略布局, “X”等改革举措); after 的
# only the nouns of a principle (“求实创新”的办学理念, “X”的工作作风), not of a deed (的行动)
# (and of a motto or a resolve: “X”的信条, 座右铭, 决心; of a mechanism the quote names: “X”的工作机制)
_PRINCIPLE_NOUNS = "理念|意识|宗旨|作风|精神|精气神|目标|要求|原则|方针|战略|题词|口号|标语|信条|座右铭|格言|校训|家训|决心|机制"
# 以“X”为主题: the theme or guide of an undertaking (not 以“X”为由, a reason)
# The nouns that make any short modifier before them part of a programme's name (“1650”产业体系,
# “X”审批改革), where 工作, 建设 or 精神 after a modifier may be anything's (核查工作, 扬州建设).
_SYSTEM_NOUNS = "体系|工程|战略|改革|制度|机制|模式|布局|举措|措施|政策|目标|任务|要求"
# the system nouns that name a kind of programme, after a list closed by 等 (not 目标, 任务, 要求 or
# 布局, which a clause's object may be: “某某走廊”等地打击…目标)
_KIND_OF_PROGRAMME = "体系|工程|战略|改革|制度|机制|模式|举措|措施|政策"
# how long a programme runs, printed before its noun (“X”三年行动, “X”百日攻坚, “X”十年行动计划)
_PROGRAMME_TERM = r"[一二三四五六七八九十两百千\d]{1,3}(?:年|日|天|个月)"
_PROGRAMME_AFTER = LazyPattern(rf"等?(?:{_PROGRAMME_TERM})?(?:重要|重大|重点|总体|战略|专项|主要|基本|发展|工作|改革)?(?:{_PROGRAMME_NOUNS})|"
                              rf"要求|等?[^\W\d的]{{1,2}}(?:{_SYSTEM_NOUNS})|"
                              # a list closed by 等 and the kind its items are (“X”“Y”等诸多服务机制), not
                              # places (“X”等地打击…目标)
                              rf"等(?![地国处省市城])[^\W\d的]{{3,4}}?(?:{_KIND_OF_PROGRAMME})|"
                              rf"的[\u4e00-\u9fff]{{0,2}}(?:{_PRINCIPLE_NOUNS})|"
                              r"为(?:主题|主线|抓手|引领|统领|指引|方向|目标|重点|契机)|"
                              # a campaign the quote names (开展“X”活动, 推出“X”的优惠活动): GUIDE counts it
                              r"(?:的[\u4e00-\u9fff]{0,2})?(?:主题|专项|系列)?活动")
# a campaign named by its own head, in a name's length: …行动, …工程, …攻坚战, or a year, month or week
# of a drive (安全生产月, 营商环境提升年; not 黄金年, 峥嵘岁月)
_CAMPAIGN = LazyPattern(r"^[^\W\d]{2,8}(?:行动|工程|战略|攻坚战|"
                       r"(?:提升|突破|攻坚|建设|推进|落实|服务|宣传|活动|生产|质量|作风|效能|治理)[年月周])$")
_LIST_JOIN = LazyPattern(r"[、和与及]?$")  # between two quotes of one list: “六稳”“六保”, “X”、“Y”, “X”和“Y”
_SET_CLASSIFIERS = "个项大条篇种张类支批方位件"
_DESIGNATION = LazyPattern(rf"^[二三四五六七八九十百千万两双]{NUMERAL}?(?:[{_SET_CLASSIFIERS}][^\W\d]|[^\W\d{NUMERAL[1:-1]}]$)")
_TWO_PARTS = LazyPattern(rf"^({NUMERAL})([^\W\d{NUMERAL[1:-1]}]{{1,3}})({NUMERAL})([^\W\d{NUMERAL[1:-1]}]{{1,3}})$")
_SERIES_JOIN = LazyPattern(r"、[^\W\d的]{1,6}")
_STANDALONE = LazyPattern(r"[。！!\n]$|^$")


_PLAN_PERIOD = LazyPattern(r"^十[一二三四五六七八九]五$")  # “十二五”, “十四五”: a five-year plan's period


def _designated(q: str) -> bool:
    """A designated set or a coined compound by its shape: a numeral (not 一 alone) and a classifier
    opening it (四个意识, 三大法宝, 两张皮), a numeral and one character (六稳, 四早), numerals opening
    two parts of one length (一国两制, 两学一做, 一件事一次办; not 一定要去一次), or two words
    joined by + (医疗+互联网). A numeral glued to a noun (四人帮, 八国联军, 双眼…) names a group or
    a thing, not a set."""
    if _DESIGNATION.search(q) or re.search(r"[\u4e00-\u9fff]\+[\u4e00-\u9fff]", q) or _PLAN_PERIOD.match(q):
        return True
    two = _TWO_PARTS.match(q)
    return bool(two) and len(two.group(2)) == len(two.group(4))


def _litany(q: str) -> bool:
    """Three or more balanced phrases of four characters or more, set out with 、 (严格管控、外防输出、
    内防扩散): a slogan's parallelism. A couplet (丰年菜、荒年粮) is as often a saying, clauses set
    out with ， are as often speech, and a list of short nouns (自行车、摩托车、小汽车) is a list: those
    need the context's evidence."""
    parts = q.split("、")
    return len(parts) >= 3 and min(map(len, parts)) >= 4 and _parallel(q)


def find_quoted(text: str, tifa: list | None = None, marks: list[int] | None = None) -> list[Span]:
    """Quoted formulations; ``tifa`` and ``marks`` (where the quotation marks stand) as the
    shared lexicon pass found them (lexicon.find_matches)."""
    if tifa is None:
        tifa = lexicon.find_matches(text).tifa
    if marks is None:
        marks = lexicon.char_positions(text, lexicon.QUOTE_MARK_CHARS)
    candidates = []  # (opening mark, closing mark, inner start, inner end, inner)
    for m in _finditer_at(_QUOTED, text, [at for at in marks if text[at] in _OPENING_QUOTES]):
        group = m.lastindex  # each kind of mark has a group of its own
        inner = m.group(group)
        if is_formulation(inner) and not _EVENT_AFTER.match(text, m.end()) \
                and not _SPEECH_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            # not an event's title (“…”专题协商会), not words reported (称“违反国际法”)
            candidates.append((m.start(), m.end(), m.start(group), m.end(group), inner))
    if not candidates:
        return []
    # quotes listed together (“六稳”“六保”工作, 重视“X”、“Y”) share what stands before and after the list
    groups: list[list[int]] = []
    for i, (start, _, _, _, _) in enumerate(candidates):
        if groups and _LIST_JOIN.fullmatch(text, candidates[i - 1][1], start):
            groups[-1].append(i)
        else:
            groups.append([i])
    # a series of three or more quotes, each after a short phrase of its own (对标先进“X”、突围突破“Y”、
    # 赶超跨越“Z”): watchwords set out in parallel
    series: set[int] = set()
    run = [0] if candidates else []
    for i in range(1, len(candidates) + 1):
        if i < len(candidates) and _SERIES_JOIN.fullmatch(text, candidates[i - 1][1], candidates[i][0]):
            run.append(i)
            continue
        if len(run) >= 3:
            series.update(run)
        run = [i]
    found: dict[str, list[list[int]]] = defaultdict(list)
    for members in groups:
        first, last = candidates[members[0]], candidates[members[-1]]
        task = _TASK_BEFORE.search(text, max(0, first[0] - 12), first[0])
        context = bool(task and (_OBJECT_ENDS.match(text, last[1]) or _NAMING.search(task.group()))) \
            or bool(_PROGRAMME_AFTER.match(text, last[1])) and not (first[0] and text[first[0] - 1] in _PREPOSITIONS) \
            or bool(_NAMED_AS_BEFORE.search(text, max(0, first[0] - 4), first[0]) and _NAMED_PRACTICE.search(last[4]))
        alone = len(members) == 1 and _STANDALONE.search(text, max(0, first[0] - 1), first[0]) \
            and _STANDALONE.match(text, last[1], last[1] + 1) and last[1] < len(text) and text[last[1]] in "。！!"
        own = [i for i in members if _own_evidence(candidates[i], tifa)]
        # (“菜篮子”、“米袋子”、“果盘子”: where two items of a list are formulations, the list is one of them)
        listed = len(own) >= _LIST_EVIDENCE and not _TOPICS_AFTER.match(text, last[1]) \
            and not _TOPICS_BEFORE.search(text, max(0, first[0] - 4), first[0])
        for i in members if context or alone or listed else sorted(set(own) | (set(members) & series)):
            _, _, s, e, inner = candidates[i]
            found[inner.strip()].append([s, e])
    return _group(found, "quoted")


_LIST_EVIDENCE = 2  # items of a list of quotes that are formulations on their own evidence
# a list of topics (围绕“X”“Y”等议题, “X”“Y”三个服务栏目): subjects spoken of, whatever some of them are
_TOPICS_BEFORE = LazyPattern(r"围绕|就|关于|以$")  # searched in the four characters before the list
_TOPICS_AFTER = LazyPattern(rf"等?(?:{NUMERAL}+[个项大])?[\u4e00-\u9fff]{{0,4}}?(?:议题|话题|主题|专题|板块|栏目|题目|课题)")


def _own_evidence(candidate: tuple, tifa: list) -> bool:
    """Whether a quote is a formulation whatever stands around it: a designated set, a campaign, a
    known term or a litany."""
    _, _, s, e, inner = candidate
    q = inner.strip()
    return _designated(q) or _CAMPAIGN.search(q) is not None or _known(tifa, s, e) or _litany(inner)


def _term_ends_by_start(tifa: list) -> dict[int, list[int]]:
    ends: dict[int, list[int]] = defaultdict(list)
    for start, end, _, _ in tifa:
        ends[start].append(end)
    return ends


def _known(tifa: list, start: int, end: int) -> bool:
    """A tifa term that is most of the quote (“稳中求进”, “放管服”), or one the quote is the core of
    (“四个全面”战略布局); not a term inside a longer phrase (“乡村振兴与乡村地理”)."""
    return any(s < end and e > start and 2 * (min(e, end) - max(s, start)) >= end - start for s, e, _, _ in tifa)


def find_lexicon(text: str, matches: list[tuple[int, int, str, Tifa]] | None = None) -> list[Span]:
    """Known formulations, variants included. A variant of the same length as its term is a
    localised spelling (高品质发展) and reports the term; a longer or shorter wording reports
    itself, with the term as ``canonical``; so does a term printed with generic heads after it
    (西部大开发战略, 全民医保体系: tifa_heads.tsv), in its fullest form."""
    found: dict[str, list[list[int]]] = defaultdict(list)
    extra: dict[str, dict] = {}
    if matches is None:
        matches = lexicon.find_matches(text).tifa  # the shared pass: variants, quotation marks, blockers
    heads, verbs = tifa_heads(), tifa_verbs()
    for start, end, form, entry in matches:
        full = _compound_end(text, start, end, matches, heads) if text[end:end + 2] in heads else end
        lead = _governed_start(text, start, matches, verbs) if text[start - 2:start] in verbs else start
        if (start - lead) + (full - end) > _LONGEST_WORDING:
            lead = start  # 推动实施|西部大开发|战略: verbs and heads together would bury the term
        core = form if form == entry.term else entry.term if _localised(form, entry.term) else form
        if lead < start:
            name = text[lead:start] + core + text[end:full]  # 推动高品质发展 reports 推动高质量发展
        elif full > end:
            name = text[start:full]
        else:
            name = core
        found[name].append([lead, full])
        extra[name] = {"canonical": entry.term, "category": entry.category}
    return _group(found, "lexicon", extra)


def _governed_start(text: str, start: int, matches: list[tuple[int, int, str, Tifa]], verbs: frozenset[str]) -> int:
    """Where a term printed at ``start`` starts with the governing verbs before it (推动|高质量发展,
    推动构建|人类命运共同体: tifa_verbs.tsv, at most two), or ``start``: a verb must open a word (not
    经济|建设: the character before it makes no frequent word with its first), and no other lexicon
    term may cover it."""
    lead = start
    for before in (start - 2, start - 4):
        if before < 0 or text[before:before + 2] not in verbs:
            break
        if any(s < before + 2 and e > before for s, e, _, _ in matches):
            break  # 改革开放|推进…: the verb is part of another term printed before
        if before == 0 or not ("\u4e00" <= text[before - 1] <= "\u9fff") \
                or ordinary_word_band(text[before - 1:before + 1]) < _WORD_ACROSS_BAND:
            lead = before
    return lead


_LONGEST_WORDING = 4  # characters a printed wording adds to its term, verbs and heads together
_WORD_ACROSS_BAND = 3  # a bigram met five times or more in ordinary text (names.ordinary_word_band)


def _compound_end(text: str, start: int, end: int, matches: list[tuple[int, int, str, Tifa]],
                  heads: frozenset[str]) -> int:
    """Where a term printed at ``start``–``end`` ends with the generic heads after it (西部大开发|战略),
    or ``end``: the heads must end a word, and no longer lexicon term may cover them."""
    if text[end:end + 2] not in heads:
        return end  # most terms: no head after them
    full = end + 2
    while text[full:full + 2] in heads:
        full += 2
    if _HANZI.match(text, full) and text[full] not in _AFTER_COMPOUND and not _VERB_OPENING.match(text, full):
        return end
    if any(s <= start and e >= full for s, e, _, _ in matches):
        return end  # the lexicon has the longer form
    return full


# Taiwan words the lexicon's localised variants use for the mainland's (tifa_SOURCES.md): a variant
# that differs from its term only by these, or by punctuation, is the term spelt another way
_LOCALISED_WORDS = {"网路": "网络", "资讯": "信息", "智慧": "智能", "资料": "数据", "数位": "数字", "水准": "水平",
                    "品质": "质量"}
_LOCALISED_RE = cached_compile("|".join(_LOCALISED_WORDS))
_SEPARATORS = cached_compile(r"[、，,；;\s]")


def _localised(form: str, term: str) -> bool:
    """Whether ``form`` is ``term`` in a localised spelling (高品质发展, 网路强国) or other punctuation,
    and reports the term; another wording (人民当家做主, 就业优先政策, a reordered list) reports itself."""
    if len(form) != len(term) or form == term:
        return form == term
    return _SEPARATORS.sub("", _LOCALISED_RE.sub(lambda m: _LOCALISED_WORDS[m.group()], form)) == _SEPARATORS.sub("", term)


# A term followed by generic heads forms the longer formulation the text prints (西部大开发 + 战略,
# 全民医保 + 体系, 党的领导 + 制度 + 体系). The heads come from the lexicon and xwlb
# (tifa_heads.tsv). The compound must end a word: punctuation, a function word or a verb follows
# (…体系，, …战略的, …体系朝着, …战略实施), not more of a longer name (…行动计划, …目标任务, …发展态势).
_AFTER_COMPOUND = frozenset("的和与及等或是为在上中向朝以对把将被已正要也都还仍不")
_HANZI = cached_compile(r"[\u4e00-\u9fff]")


# The members named right after the set (三个100亿，包括…; 两大任务：一是…), or the set named as one a
# thing belongs to (名列十大恶性肿瘤之一)
_PREDICATE_THEN_COLON = LazyPattern(r"[^，。；！？,;!?：:“”\n]{1,8}[：:]")
_MEMBERS_AFTER = LazyPattern(r"[，,]?(?:之一|包括|即|分别是|分别为|[：:]|[，,]?一是|[，,]?第一)")


def _inside_quotes(text: str, start: int, end: int, reach: int = 60) -> bool:
    """Whether text[start:end] lies inside one pair of quotation marks (“…两个特征…”)."""
    for opening, closing in (("“", "”"), ("「", "」")):
        at = text.rfind(opening, max(0, start - reach), start)
        if at >= 0 and closing not in text[at:start]:
            close = text.find(closing, end, end + reach)
            if close >= 0 and opening not in text[end:close]:
                return True
    return False


# A quote the text gives as a thing's other name (麋鹿又称“四不像”, 俗称, 也叫, 外号)
_OTHER_NAME_BEFORE = LazyPattern(r"(?:[又也俗别人昵统]称|又名|俗名|[也又]叫|叫做|外号|绰号|号称)[为作]?$")


def _quote_names(text: str, start: int) -> bool:
    """Whether the quotation a numbered phrase stands in gives a thing's other name (麋鹿又称“四不像”):
    a quotation of that kind is no evidence of a designated set."""
    opening = text.rfind("“", max(0, start - 40), start + 1)
    return opening > 0 and "”" not in text[opening:start] \
        and _OTHER_NAME_BEFORE.search(text, max(0, opening - 4), opening) is not None


def _set_evidence(text: str, start: int, end: int, tifa: list, quotes: bool = True) -> bool:
    """Evidence that a number and its head name a designated set rather than count things: a list
    of its members right before it (X、Y和Z三大…) or of examples (…等22个), its members or its
    membership after it, a quotation around it (“凝聚一种精神、把握两个特征…”) unless ``quotes``
    is false, or a tifa term holding it (八项规定, 三大攻坚战)."""
    window = text[max(0, start - 60):start]
    if "、" in window and (_MEMBER_LIST.search(window) or _EXAMPLES_BEFORE.search(window)):
        return True  # members listed, whether or not they add up (X、Y、Z两大…: the writer's list)
    if _MEMBERS_AFTER.match(text, end) or _PREDICATE_THEN_COLON.match(text, end):
        return True  # (三大股指集体回调：创业板指…: the clause's predicate, then its members)
    if quotes and _inside_quotes(text, start, end):
        return True
    return any(s < end and e > start and min(e, end) - max(s, start) >= 2 for s, e, _, _ in tifa)


def find_numbered(text: str, tifa: list | None = None, marks: list[int] | None = None) -> list[Span]:
    """Numbered formulations; ``tifa`` and ``marks`` as for find_quoted."""
    if tifa is None:
        tifa = lexicon.find_matches(text).tifa
    if marks is None:
        marks = lexicon.char_positions(text, lexicon.QUOTE_MARK_CHARS)
    found: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    members: dict[tuple[int, str], list[str]] = {}
    ends_at = None  # where the tifa terms starting at a position end, once a head needs it
    for m in _numbered_matches(text):
        start, (figure, classifier, mark, printed) = m.start(), m.groups()
        number = to_int(figure)
        quoted = mark is not None
        head = printed
        if start > 0 and text[start - 1] in "“\"" and (close := text.find("”", start)) > 0:
            head = text[m.end(2):close]  # “四个走在前”: the quote bounds the head
            quoted = True
        elif not quoted:
            if stop := _HEAD_STOP.search(head, 1):
                head = head[:stop.start()]
            # 三个代表重要思想: a lexicon term opening here bounds the head (三个代表), the shortest one
            if ends_at is None:
                ends_at = _term_ends_by_start(tifa)
            head_start = m.end(2)
            term_ends = [e for e in ends_at.get(start, ()) if head_start < e < head_start + len(head)]
            if term_ends:
                head = text[head_start:min(term_ends)]
        else:
            head = head.split("”")[0]
        if classifier == "大" and not quoted and (_CONGRESS.match(printed) or text[max(0, start - 2):start] in ("党的", "中共")):
            continue
        counted = _COUNT_NOUNS.match(head) and not quoted and not _known(tifa, start, m.end())
        if number is None or not head or number <= 1 or counted or _ADVERB_HEAD.match(head):
            continue  # 27项|拟于今年…: an adverb opens a predicate, so the number counted its subject
        if quoted and figure.isdigit():
            continue  # 66条“万事好通”举措, 5批“组团式”: a count of the things a quoted name qualifies
        if classifier == "大" and len(head) == 1 and head in _CLASSIFIER + "件":
            continue  # 共计9大项: a count
        if classifier in "个项条种张批类支" and not quoted and len(head) < 2 or len(head) > 20:
            continue
        end = m.end() - len(printed) + len(head)
        if figure.isdigit():
            evidence = _DESIGNATED.match(head) or _listed_before(text, start, number) \
                or _EXAMPLES_BEFORE.search(text, max(0, start - 60), start)
        else:  # a set written in words; also one the text sets as a task (加快建设三个万亿级产业基地)
            # (a quote of a thing's other name is no evidence: 麋鹿又称“四不像”)
            named = _quote_names(text, start)
            evidence = (quoted and not named) or _DESIGNATED.match(head) \
                or _set_evidence(text, start, end, tifa, quotes=not named) \
                or _TASK_BEFORE.search(text, max(0, start - 12), start) or _subject_members(text, start, number, end)
        if not evidence:
            continue  # 302个地市, 两个提名, 四条航线: a count; 172项重大水利工程, “四个意识” name a set
        key = (number, head)
        found[key].append((start, end))
        if key not in members and (items := _listed_before(text, start, number) or _subject_members(text, start, number, end)
                                   or _listed_after(text, end, number)):
            members[key] = items
    # “双创”, “双一流”, 双减 in the lexicon: 双 is two of what follows, whatever that starts with; the
    # lexicon's own terms only, not a variant that shortens another (双循环 of 国内国际双循环…新发展
    # 格局: two circulations described, not a set named by its number)
    if "双" in text:  # most texts have none: no scan for quotation marks
        doubles = [(m.start(1), m.end(1)) for m in _COMPACT_DOUBLE.finditer(text)]
        doubles += [(s, e) for s, e, word, entry in tifa
                    if text[s] == "双" and e - s >= 3 and _DOUBLE_TERM.fullmatch(text, s, e) and (s, e) not in doubles
                    and word.startswith(entry.term[:e - s])]
        for start, end in doubles:
            found[(2, text[start + 1:end])].append((start, end))
    # 六稳, 四风, 三严三实, 一国两制 in the lexicon: a compact designated set is numbered though no
    # classifier or quotation marks it; only the shapes that are sets (a numeral and one character,
    # or two numerals each before one: not 两岸关系, 三明医改, 四川…)
    for start, end, _, _ in tifa:
        if _COMPACT_SET.fullmatch(text, start, end):
            for key in _compact_parts(text[start:end]):
                if (start, end) not in found[key]:
                    found[key].append((start, end))
    quotes = _finditer_at(_COMPACT_QUOTED, text, [at for at in marks if text[at] in "“\""])
    compact = [(m.start(1), m.end(1)) for m in quotes if not _quote_names(text, m.start(1))]
    for start, end in compact:
        for key in _compact_parts(text[start:end]):
            if key[1].startswith("连"):
                continue  # 蝉联“六连冠”: a streak, no set (“五未”, a set of five 未 phrases, stays)
            if (start, end) not in found[key]:
                found[key].append((start, end))
    if "（" in text or "(" in text:
        for m in _compact_members(text):
            number, items = to_int(m.group(1)), [x for x in _MEMBER_SPLIT.split(m.group(3)) if x]
            if number and number > 1 and len(items) == number and all(len(x) <= 2 * _MAX_MEMBER for x in items) \
                    and not _COUNT_NOUNS.match(m.group(2)) and m.group(2)[0] not in _CLASSIFIER:  # 三人（…）, 两次（…）: counts
                key = (number, m.group(2))  # 两业（种植业和养殖业）: its members in brackets
                found[key].append((m.start(1), m.end(2)))
                members.setdefault(key, items)
    # “十大创新”…十大创新行动计划: a longer head of the same number that opens with a shorter one
    # names the same set (its programme's words after it)
    for number, head in sorted(found, key=lambda key: len(key[1])):
        shorter = next((h for n, h in found if n == number and len(h) >= 2 and h != head and head.startswith(h)), None)
        if shorter is not None:
            found[(number, shorter)] += [e for e in found.pop((number, head)) if e not in found[(number, shorter)]]
            members.setdefault((number, shorter), members.get((number, head), []))
    spans = []
    for (number, head), evidence in found.items():
        evidence.sort()
        start, end = evidence[0]
        spans.append(Span(start, end, "numbered", {
            "text": text[start:end], "kind": "numbered", "count": len(evidence), "number": number, "head": head,
            "members": members.get((number, head), []), "evidence": [list(e) for e in evidence]}))
    return sorted(spans, key=_START)


# Parallel slogans: the genre prints a formulation as a run of phrases of one shape joined by 、
# (and a last 和/与/及), sharing a frame: a suffix (工业化、信息化、城镇化; 知情权、参与权、表达权和
# 监督权; 系统性、整体性、协同性), a leading verb of one character on three-character members
# (稳增长、促改革、调结构、惠民生; 稳就业、稳金融、稳外贸), or an inner frame (内化于心、外化于行;
# 幼有所育、学有所教、劳有所得). The run must be a phrase of its own between punctuation (a verb
# may lead it: 推进工业化、信息化…), so a list inside a sentence (…等工作) is not read. The frames
# are the genre's: a shared 市, 省, 公司, 大学 or 银行 is a list of places or bodies, and 创新、协调、
# 绿色、开放、共享 shares no frame at all.
_RUN_STOP = "，。；：！？!?;:,\n“”‘’「」『』（）()《》【】[]〔〕…—·"
# Runs are the clauses (between punctuation marks) that hold a 、: found from each 、, backwards and
# forwards to the clause's ends, so clauses without one cost nothing.
_RUN_STOP_RE = LazyPattern(rf"[{re.escape(_RUN_STOP)}]")
_RUN_LAST_STOP = LazyPattern(rf"[{re.escape(_RUN_STOP)}](?=[^{re.escape(_RUN_STOP)}]*$)")
_RUN_REACH = 80  # a clause longer than this on either side of its 、 is prose, not a run of slogans
_RUN_MEMBER = LazyPattern(r"[\u4e00-\u9fff]{2,8}")
# Suffixes that make a frame: kinds of process, right, quality, force, sense, view, awareness and
# the genre's programme nouns (X建设, X安全, X振兴, X强国, X精神, X思维…)
_FRAME_SUFFIXES = ("化", "权", "性", "力", "感", "观", "意识", "自信", "建设", "安全", "振兴", "强国", "精神", "能力",
                   "思维", "本领", "优先", "发展", "改革", "治理", "监督", "纪律", "融合", "战略", "理念", "主义",
                   "作风", "自觉", "文明", "为民", "兴国", "强军", "治国", "治党", "有为", "同步")
# suffix frames of 化 and 性 on long members are descriptions (信息采集完整化、传递实时化)
_SHORT_SUFFIX_FRAMES = {"化": 4, "性": 4}
# what every member ends with is a word of its own, not a frame: 传统文化、乡村文化 are kinds of culture
_NOT_FRAMES = ("文化", "变化")
# One-character verbs that open the three-character members of a policy litany (稳增长、促改革),
# and 不 of 不敢腐、不能腐、不想腐
_LITANY_VERBS = frozenset("稳促调惠防保强建补降去扩提优增减育兴治抓严守转控护管放服利富树立重固拓育不")
# Inner frames: the characters every member shares inside it, at the same place (内化于心、外化于行;
# 幼有所育、学有所教; 居家为基础、社区为依托; 宜农则农、宜林则林). Not 之, 有 or 而 alone: 中国之声、
# 中华之声 (names), 吃饭有食堂、看病有诊所 and 时而追逐、时而翻腾 are prose.
_INNER_FRAMES = frozenset({"于", "化于", "有所", "所", "为", "则", "必"})
_INNER_CHARS = frozenset("".join(_INNER_FRAMES))
_INNER_CHAR_RE = cached_compile(f"[{''.join(sorted(_INNER_CHARS))}]")
# a verb that opens the first member once its lead is cut: the cut fell inside the clause (深入实施区域
# 重大战略、区域协调发展战略…; 应通过改革提高预警能力、应急处置能力…), not before the run
_VERB_OPENING = LazyPattern(r"实施|提高|提升|推动|推进|加强|增强|坚持|深化|完善|健全|构建|实现|促进|强化|加快|统筹|"
                           r"落实|发挥|保持|维护|保障|树立|坚定|弘扬|践行|培育|扩大|优化|打造|做好|抓好|贯彻|"
                           r"提供|形成|建立|确保|注重|突出|围绕|聚焦|着力|不断|持续|进一步")
_SUFFIX_ENDS = frozenset(suffix[-1] for suffix in _FRAME_SUFFIXES)  # what a suffix frame ends with
_RUN_JOIN = LazyPattern(r"和|与|及|以及")
_RUN_BRACKETS = frozenset("（）()【】[]〔〕")


def _run_clauses(text: str):
    """(start, end) of the clauses of ``text`` that hold a 、 with a sign of a frame next to it (the
    last character before it comes again soon after, the next member opens with a litany verb, or
    holds an inner-frame character), clauses of prose length left out. A 、 between plain list
    items costs a look at a few characters."""
    at = text.find("、")
    while at >= 0:
        if not (text[at + 1:at + 2] in _LITANY_VERBS
                or at and text[at - 1] in _SUFFIX_ENDS and text.find(text[at - 1], at + 2, at + 16) > 0
                or _INNER_CHAR_RE.search(text, at + 2, at + 8)):
            at = text.find("、", at + 1)
            continue
        lo = max(0, at - _RUN_REACH)
        last = _RUN_LAST_STOP.search(text, lo, at)
        stop = _RUN_STOP_RE.search(text, at, at + _RUN_REACH)
        end = stop.start() if stop else min(len(text), at + _RUN_REACH)
        if (last or lo == 0) and (stop or end == len(text)):
            yield (last.end() if last else 0), end
        at = text.find("、", end)


def _frame(members: list[str]) -> str | None:
    """The frame the members share, or None: ``suffix:X``, ``verb``, ``prefix:X`` or ``inner:X``."""
    if "" in members:
        return None  # 、、 or a join at an end (X、Y和)
    first = members[0]
    common = len(first)
    odd = sum(1 for m in members if len(m) != common)
    if odd and (odd > 1 or len(members[-1]) == common or len(members) < 3):
        return None  # one length, or the last member longer or shorter (…、城镇化、农业现代化)
    if any(m[-1] != first[-1] for m in members):
        frame = None if odd else _fixed_frame(members, common)
    else:
        frame = _suffix_frame(members, common)
    if frame and all(_RUN_MEMBER.fullmatch(m) and "的" not in m for m in members):
        return frame
    return None


def _suffix_frame(members: list[str], common: int) -> str | None:
    """A suffix every member ends with (工业化、信息化; 知情权、参与权和监督权), before which each
    member has two characters or more of its own (not 学信息化、钻信息化), and no shared opening
    (不断深化、不断细化) or shared word (传统文化、乡村文化)."""
    shared = len(os.path.commonprefix([m[::-1] for m in members]))
    if members[0][-shared:].endswith(_NOT_FRAMES) or len(os.path.commonprefix(members)) >= 2 \
            or any(len(m) < shared + 2 for m in members):
        return None
    for suffix in _FRAME_SUFFIXES:
        if shared >= len(suffix) and members[0].endswith(suffix) and common <= _SHORT_SUFFIX_FRAMES.get(suffix, 8):
            return f"suffix:{suffix}"
    return None


def _fixed_frame(members: list[str], common: int) -> str | None:
    """Members of one length: a one-character verb opening three-character members (稳增长、
    促改革), or characters shared inside them (内化于心、外化于行; 幼有所育、学有所教)."""
    if common == 3 and len(members) >= 3 and all(m[0] in _LITANY_VERBS for m in members) \
            and len({m[1:] for m in members}) == len(members):
        return "verb" if len({m[0] for m in members}) > 1 else f"prefix:{members[0][0]}"
    if 4 <= common <= 6:  # longer members sharing a character are clauses (要解决为官不为、为官慢为等问题)
        inner = "".join(members[0][i] for i in range(1, common - 1) if len({m[i] for m in members}) == 1)
        if inner in _INNER_FRAMES and (inner != "则" or len({m[0] for m in members}) == 1):
            return "inner:" + inner  # 宜农则农、宜林则林; not 小则…、大则…
    return None


def _cut_lead(parts: list[str]) -> tuple[int, list[str]]:
    """Drop what leads the first member: whatever stands before it where it is longer than the
    second (推进工业化、信息化…; 保障人民知情权、参与权…; 要把学习成果内化于心、外化于行). The frame
    decides whether what is left is a run."""
    lead = len(parts[0]) - len(parts[1])
    if lead <= 0:
        return 0, parts
    return lead, [parts[0][lead:], *parts[1:]]


def _run_members(run: str) -> tuple[int, list[str], str | None]:
    """The members of a 、-run (the last split at 和/与/及 where that keeps the frame), how many
    characters lead the first member, and the frame."""
    parts = run.split("、")
    if len(parts) == 2 and not _RUN_JOIN.search(parts[1]) \
            and (len(parts[1]) < 4 or not _INNER_CHARS.intersection(parts[1][1:-1])):
        return 0, parts, None  # two members share only an inner frame (内化于心、外化于行)
    middle = parts[1:-1]  # members no lead or join touches: they show the frame or its absence at once
    if middle and len({len(m) for m in middle}) > 1 and len({m[-1:] for m in middle}) > 1:
        return 0, parts, None  # neither one length nor one ending: a list (北京市、天津市、河北省…)
    last = parts[-1]
    for join in _RUN_JOIN.finditer(last):
        lead, members = _cut_lead(parts[:-1] + [last[:join.start()], last[join.end():]])
        if (frame := _frame(members)) is not None:
            return lead, members, frame
    lead, members = _cut_lead(parts)
    return lead, members, _frame(members)


def find_parallel(text: str, tifa: list | None = None) -> list[Span]:
    """Runs of parallel phrases that print a formulation (see _FRAME_SUFFIXES); not a run the
    lexicon already knows as a whole."""
    if "、" not in text:
        return []
    if tifa is None:
        tifa = lexicon.find_matches(text).tifa
    found: dict[str, list[list[int]]] = defaultdict(list)
    extra: dict[str, dict] = {}
    for clause_start, end in _run_clauses(text):
        clause = text[clause_start:end]
        if clause[0] == "、" or clause[-1] == "、" or (clause_start and text[clause_start - 1] in _RUN_BRACKETS) \
                or text[end:end + 1] in _RUN_BRACKETS:
            continue  # part of a longer list cut by brackets (大庆精神（铁人精神）、红旗渠精神…)
        lead, members, frame = _run_members(clause)
        if frame is None or (len(members) < 3 and not frame.startswith("inner")):
            continue
        start = clause_start + lead
        if lead and (_VERB_OPENING.match(members[0]) or any(s < start < e for s, e, _, _ in tifa)):
            continue  # the cut fell inside the clause (推动高|质量发展本领: a lexicon term straddles it)
        if any(s <= start and e >= end for s, e, _, _ in tifa):
            continue  # the lexicon has it (稳增长、促改革、调结构、惠民生、防风险、保稳定)
        run = text[start:end]
        found[run].append([start, end])
        extra[run] = {"members": members, "frame": frame}
    return _group(found, "parallel", extra)
