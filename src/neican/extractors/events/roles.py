"""Who was at a meeting and in what role, from the verb that governs each name (or list of
names): 主持 → host, 讲话/传达/发言… → speaker, 出席/参加/列席 → participant; and where a
meeting whose clause names no venue took place."""
from __future__ import annotations

import re

from ...doc import Span
from ...patterns import LazyPattern
from ..names import plausible_name
from ..people import find_titles
from ..posts import widen
from ..regions import region_at_start
from ..timeexpr import LOCAL_TIME, TIME_OF_DAY
from .common import (
    _AT,
    _DAY,
    _REPORTED_SPEECH,
    _SENTENCE_END_OUTSIDE_QUOTE,
    _SUBJECTS_VERB,
    CLAUSE_BREAK,
    MEETING_NOUN,
    MEETING_NOUN_RE,
    TOGETHER_WITH,
    Meeting,
    _add,
    _in_speech,
    _sentence_start,
    _subject_before,
)

# What may stand between a name (or a list of names) and the verb it governs: a post printed
# after the name, 同志/等, adverbs, the day and time, 当地时间, and a place or setting (在…).
_BETWEEN = LazyPattern(r"(?:同志|等|副?(?:委员长|总理|总书记|主席|书记|部长|省长|市长)(?=[\u4e00-\u9fff])|(?:常委|委员)(?=代表|就|围绕|发言|作|在)|"
                      r"兼[\u4e00-\u9fff]{0,6}?(?:秘书长|部长|主任|主席|书记|局长|组长)(?=[\u4e00-\u9fff])|"  # 副委员长兼秘书长主持会议
                      r"分别|先后|依次|一一|相继|踊跃|积极|热烈|纷纷|即席|也|还|一同|共同|随后|亲自|亲切|应邀|首先|接着|最后|再次|随即|" + LOCAL_TIME + r"|今天|昨天|前天|当天|日前|近日|"
                      r"[（(][^（）()]{1,12}[）)]|以[^，。；、]{1,8}?(?:方式|形式)|"
                      # 通过视频会议系统先后作了发言, 通过网络平台: the means, then the verb
                      r"通过[^，。；、]{1,10}?(?:连线|系统|方式|平台|形式)|通过视频(?:连线)?|"
                      r"(?:视频|书面)(?=发言|讲话|致辞)|"  # 某省长某某视频发言: the means, then the verb
                      # (…等专家和某某机床、某某投资负责人分别发言: the unnamed group may list its units)
                      r"(?:以及|及|和)[^，。；、]{0,24}(?:、[^，。；、]{1,24})*?(?:人员|同志|负责人|代表|成员|领导)|"
                      # 等6位委员, 等其他7位代表团成员: the list's headcount
                      # (等6位委员，分别就…作了发言: a comma may close the headcount before the topic)
                      r"(?:其他|其余)?[\d一二三四五六七八九十]+(?:位|名|个)[^，。；\d]{0,20}?(?:人员|同志|负责人|成员|委员|同学|专家|代表(?!团))"
                      r"(?:[，,](?=分别|先后|依次|相继|就|围绕))?|"
                      # A、B等代表发言; A、B等党和国家领导人出席; A、B等专家发了言: the list's kind, then its verb
                      r"(?<=等)(?:(?!出席|参加|列席|主持|会见|的)[^，。；、\d]){0,14}(?:代表|委员|同志|负责人|领导人|领导|成员|嘉宾|"
                      r"专家|学者|人士|干部|群众|学员|党员|职工|教师|学生|人)(?=[\u4e00-\u9fff])|"
                      r"率[^，。；、]{0,10}(?:团|成员|人员|官员)|"  # 率代表团, 率全体内阁成员: whom the name leads to the verb
                      # 某某18日到某局调研并主持召开座谈会: a visit, then 并 and the verb of the meeting held there
                      r"(?:到|在|赴)[^，。；、]{1,20}?(?:调研|考察|视察|检查|走访|督导)(?:工作)?并(?=主持|出席|参加|召开)|"
                      # A，…等有关方面负责同志到会: a name joined by an unnamed group before their verb
                      r"[，、][^。；]{2,80}?(?:负责人|负责同志|人员|代表|成员)(?=到会|出席|参加|列席|陪同)|"
                      # on whose behalf and to whom a speech is made: A代表…委员会向大会作报告
                      r"代表[^，。；]{2,40}?(?=向|作|发表|致(?:辞|贺词|欢迎词|开幕词|闭幕词|答谢词)|讲话|发言|对《)|"
                      # 受国务院委托作的报告, 受委员长会议委托向大会作说明: on whose commission the report is made
                      r"受[^，。；、]{1,20}?委托(?=向|作|发表|对|就|汇报|报告|说明|讲话|发言)|"
                      r"对《[^》]{1,100}》(?=作)|"  # 代表国务院对《…的议案》作的说明: what the report is about
                      # what the speech is about and in what capacity: A就…作了汇报, A作为…主持会议
                      # (讲话精神 is the topic's noun: 围绕学习贯彻…重要讲话精神作发言)
                      r"(?:就|围绕|结合|针对)[^，。；]{1,80}?(?=(?:先后|分别|依次|一一|相继)?(?:作了?|发言|讲话(?!精神)|汇报|发表|致辞|进行|交流|回答))|"
                      # 从七个方面报告了…: in how many parts the report is made
                      r"从[^，。；]{1,6}?方面(?=作了?|报告|汇报|介绍|阐述|讲解)|"
                      # A对…等方面作了讲解: with 对 only a speech made (对大家的发言表示赞同 is no speech)
                      r"对[^，。；]{1,60}?(?=作了?|进行了?)|"
                      r"作为[^，。；]{1,20}?(?=主持|出席|致辞|讲话|发言)|"
                      r"向(?:大会|会议|全会|全体会议|常委会|与会[\u4e00-\u9fff]{0,4}?)(?=作|发表|讲话|致辞)|"
                      r"向[^，。；]{1,12}?(?=强调|指出)|"  # 向全党同志强调: whom the statement addresses
                      rf"{_DAY}|{TIME_OF_DAY})")
# (在与某某会谈后表示: 与 opens the talks' partner, no setting; not 和, which opens places: 在和平饭店)
_SETTING = LazyPattern(_AT + r"(?!讲话|致辞|会上|会议上|汇报|发言|主会场|主持|[与同][^，。；,;\n]{1,30}?(?:举行的?)?(?:会谈|会晤|会见))"
                      # 在座谈会上缅怀…: at a meeting any predicate may follow (governed_role reads it)
                      rf"(?:[^，。；,;\n]{{0,30}}?(?:{MEETING_NOUN})上(?=[\u4e00-\u9fff])(?!的)|"
                      r"(?:[^，。；,;\n]{1,30}?(?:期间|上)|[^，。；,;\n]{1,16}?)(?<![共一])"  # 在某地共同出席: 共|同 is no partner's 同
                      r"(?=主持|召开(?!的)|出席|参加|列席|就座|会见|会晤|会谈|强调|指出|要求|表示|说(?![明服])|同|与|和(?=[^，。；]{1,30}?(?:会谈|会晤))|以|通过视频|讲话|致辞|发言|传达|部署|宣读|汇报|作|发表))")
# 在主持学习时强调: host, and speaker by what follows; a person who 召开 a meeting convenes and
# chairs it (李某在某地召开座谈会时强调), but not one at a meeting 召开的 by others
_HOST_VERB = LazyPattern(r"(?:在)?主持(?:召开)?|的主持下|召开(?!的)(?=[^，。；]{0,40}?(?:会|论坛))")
# 执行主席某某宣布大会开幕: who declares the meeting open or closed chairs it, where no one is said to 主持
_DECLARES_OPEN = LazyPattern(r"宣布(?:[^，。；]{0,12}?)(?:开幕|闭幕|开始|结束|开班)(?![式会])")
# 陪同(分别)参加上述活动: the visit's company, at none of its meetings in particular
# (参加调研, 陪同考察: the visit's company, no meeting's, as every tune gold that prints one has it;
# 参加调研座谈 and 参加调研和座谈 are the talks')
_PARTICIPANT_VERB = LazyPattern(r"出席|参加(?![^，。；]{0,6}?(?:考察|调研|视察|参观)(?![和及并]?(?:座谈|会)))|列席|参会|与会|到会|就座|"
                                r"陪同(?![^，。；]{0,6}?(?:考察|调研|视察|参观)|[^，。；]{0,8}?上述[^，。；]{0,4}?活动)|"
                                # 陪同考察并出席座谈会: the visit's company, at this meeting too
                                r"陪同[^，。；]{0,6}?(?:考察|调研|视察|参观)并(?:出席|参加|列席)")
# coming to a meeting, which the purpose it came for may follow with no 并 (到会回答询问, 到会讲话)
_COMING_TO_IT = frozenset(("到会", "与会"))
# 作了重要讲话, 作工作部署, 作典型发言, 作了关于…的报告 (作了某委员会关于…的报告: whose report it is
# first): 作/发表 may take a short modifier first
_SPEECH_NOUNS = r"(?:讲话|致辞|总结讲话|报告|汇报|发言|说明|部署|布置|动员|演讲|讲座|授课|陈述|讲解|总结|辅导|点评|传达|通报|解读|介绍)"
_SPEAKER_VERB = LazyPattern(r"(?:在会上|在会议上|在主会场|在讲话中|在致辞中|在汇报中|在发言中)|"
                           # not 作的报告: the report the name made, which only 听取 puts at the meeting (_REPORT_MADE)
                           # (作政协某届某次会议以来的提案工作情况的报告: the object, however long, in the clause;
                           # not 作为, 作用, 作品, 作出…: words of their own)
                           rf"(?:通过视频|以视频方式)?(?:作了?|发表了?)(?![的为用品者风息战业出])(?:[\u4e00-\u9fff]{{0,12}}?(?:关于|题为)[^。；]{{1,80}}?的|[^，。；]{{1,40}}?的)?[\u4e00-\u9fff]{{0,4}}?{_SPEECH_NOUNS}|"
                           # (not 某某总书记重要讲话: his speech, a noun, the object of another verb)
                           r"(?:书面)?讲话(?!精神)|致辞|致(?:贺词|欢迎词|开幕词|闭幕词|答谢词)|传达|部署|发了?言|汇报|宣读|作说明|"
                           # a briefing's floor: 介绍…情况, 回答…提问 (发布会上，某某回答了记者的提问); at talks,
                           # presenting findings or experience is taking the floor too (介绍调研成果, 介绍经验做法), as briefing
                           # the meeting is (通报了上半年经济工作有关情况, 通报了全省安全生产形势)
                           r"(?:介绍|通报)了?[^，。；]{0,24}?(?:情况|形势|成果|经验|做法|进展)|回答了?[^，。；]{0,12}?(?:提问|询问)|"
                           # an inquiry session's floor (委员A、B，围绕…等问题提出询问): asking is speaking
                           r"[，,]?(?:围绕|就)[^，。；]{1,40}?(?:提出|进行)了?(?:询问|提问)|(?:提出|进行)了?(?:询问|提问)|"
                           r"报告了|"  # 受国务院委托，某部部长X报告了…情况: a report made to the session
                           r"(?:就[^，。；]{1,16}?)?进行(?:讲解|说明|发言)|"
                           r"向(?:大会|会议|全会|常委会)(?:作了?)?[^，。；]{0,8}?(?:报告|说明)")  # 向大会报告工作
# 主持…并讲话, 出席并致辞: the second verb of a pair joined by 并 adds the speaker's role
# 并讲话, 并作报告, 并发表了题为《…》的主旨演讲, 并作了《…》的致辞: a speech after the verb that brought the person,
# also past one more clause of the same subject (主持召开座谈会，同学员进行座谈并发表重要讲话)
# (A和B共同出席…并分别致辞: each of them; the object a meeting's name, up to 60 characters as _NAME reads one)
# 出席表彰大会并传达…指示, 出席仪式并表示，…: passing on instructions and making a statement there
# are speeches too (表示祝贺 is a gesture, no statement)
_AND_SPEAKS = LazyPattern(rf"[^，。；]{{0,60}}?(?:，[^，。；]{{0,40}}?)?，?并(?:代表[^，。；]{{2,24}}?)?(?:分别|先后|依次)?(?:(?:作|发表)了?(?:(?:题为[^。；]{{1,60}}?|《[^《》\n]{{1,60}}》)的[\u4e00-\u9fff]{{0,2}}?|[\u4e00-\u9fff]{{0,4}}?))?"
                         rf"(?:{_SPEECH_NOUNS}|宣布|宣读|传达|(?:指出|强调|表示|说)[，,：:])")
_AND_HOSTS = LazyPattern(rf"[^，。；]{{0,20}}?并(?:{TOGETHER_WITH})?主持")  # 出席并与某某共同主持
# 参加某代表团审议，直面…，发表重要讲话: a clause with no subject of its own after the verb that
# brought the person, making a speech (the sentence's subject speaks)
# (…出席会议，分别作工作报告: each of the list)
_THEN_MAKES_SPEECH = LazyPattern(rf"[^。；]{{0,60}}?，(?:分别|先后|依次|并)?(?:(?:作|发表)了?(?:重要|长篇|热情洋溢的|主旨|工作|专题)?(?:{_SPEECH_NOUNS}|演讲))(?=[，。；])")
# 与某某共同主持, 同某某一起出席: the subject shares the role its partner is named with
_TOGETHER_WITH = LazyPattern(TOGETHER_WITH)
# 接见与会人员，并在会上作重要讲话: any first predicate, then a speech the sentence sets at the meeting
_SPEAKS_AT = (r"[^，。；]{1,30}?，?并(?:代表[^，。；]{2,24}?)?在(?:会上|会议上|[^，。；]{1,24}?上)"
              r"(?:(?:作|发表)了?[^，。；]{0,6}?(?:讲话|致辞|报告)|宣读|讲话|致辞|发言)")
_THEN_SPEAKS_AT = LazyPattern(r"(?!会见|会谈|会晤|的)" + _SPEAKS_AT)
# 参加会见并在大会上宣读…: who attended something and then spoke at the meeting (the role verb
# came first, so the person is at the meeting the verb names or the report is about)
_AND_SPEAKS_AT = LazyPattern(_SPEAKS_AT)
# 在主持学习时强调, 主持会议时指出, 在出席…代表团全体会议时强调: what the chair or one attending says
# there is said at the meeting (a meeting's long name within the clause)
_SAYS_WHILE = LazyPattern(r"[^，。；]{0,48}?时[，,]?(?:强调|指出|表示|要求|说(?![明服]))")
# 在出席…时, 在主持…时: a clause of attending or chairing a meeting that sets a statement after it
_WHILE_ATTENDING = LazyPattern(r"在(出席|参加|列席|主持)了?")
# 听取了…主任X关于…的汇报: the name a report is heard from is its speaker
# (a title in 《》 is one word of the object however long: 关于《…条约》《…条约》审议情况的汇报)
_OBJECT_WORD = r"(?:《[^《》\n]{1,100}》|[^。；《\n])"
_REPORT_OF = LazyPattern(rf"关于{_OBJECT_WORD}{{1,60}}?的(?:汇报|报告|说明)")
# 听取了…主任X作的任免案审议情况的汇报: a report heard (听取) that the name before it made (作的);
# not one studied (学习…在全会上作的报告), whose author was elsewhere
_REPORT_MADE = LazyPattern(rf"作的{_OBJECT_WORD}{{0,60}}?(?:汇报|报告|说明)")
# (大会开幕式, 会议全体会议: a session named after the generic noun is the meeting's own too)
_THIS_ONE = r"(?:本次|这次|此次|当天的?|今天的?)"  # 本次大会上: the meeting reported
_SESSION_WORDS = LazyPattern(rf"^{_THIS_ONE}?(?:大会|会议|全会|论坛|峰会)?(?:会议|大会|全会|会|座谈会|论坛|峰会|年会|开幕式|闭幕式|开班式|开幕会|闭幕会|"
                            r"全体会议|分组会议|联组会|主会场|分会场|会议期间|大会期间)(?:上|期间)?$")


_ENDS_IN_MEETING_NOUN = LazyPattern(rf"(?:{MEETING_NOUN})(?:上|期间)$")  # 某某会议上, not 人民大会堂


def _names_this(setting: str, meeting_name: str) -> bool:
    """Whether a setting (座谈会上, 会上, 某某论坛上) is ``meeting_name`` itself: the meeting named,
    or a bare noun the name ends in (会上 and 会议上 fit any)."""
    place = _SESSION_PREFIX.sub("", setting.removesuffix("上").removesuffix("期间"))
    if place in ("会", "会议", "大会", "") or place in meeting_name or meeting_name in place or _OWN_SESSION.match(place):
        return True
    return not _SESSION_WORDS.match(setting) and not _elsewhere(setting, meeting_name)


def _said_while_at(text: str, pos: int, meeting_name: str | None) -> bool:
    """Whether a statement follows the object of attending that starts at ``pos`` (出席|…会议时强调),
    the object naming ``meeting_name`` where given: the one holds the other (参加西藏代表团审议时说
    is said at no 海南代表团审议; a report of several delegations names each)."""
    said = _SAYS_WHILE.match(text, pos)
    if said is None or not meeting_name:
        return said is not None
    object_ = text[pos:said.end()].rsplit("时", 1)[0]
    return bool(object_) and (object_ in meeting_name or meeting_name in object_)


_OWN_SESSION = LazyPattern(r"^(?:开幕式|闭幕式|开班式|结业式|开幕会|闭幕会|全体会议|主会场|分会场|会议期间|大会期间)$")  # its sessions
_SESSION_PREFIX = LazyPattern(rf"^{_THIS_ONE}")


def _elsewhere(setting: str, meeting_name: str) -> bool:
    """Whether a setting (某某博览会开幕式上) names a meeting other than ``meeting_name``."""
    if not _ENDS_IN_MEETING_NOUN.search(setting) or _SESSION_WORDS.match(setting):
        return False
    place = setting.removesuffix("上").removesuffix("期间")
    head = MEETING_NOUN_RE.search(place)
    core = place[:head.start()] if head and head.start() >= 2 else place
    return not (place in meeting_name or meeting_name in place or core in meeting_name)
# 出席会议的有A、B: names listed after the verb
# 在主席台前排就座的大会主席团常务委员会成员有A、B; …并在主席台就座。他们是：A、B
_LISTED_AFTER = LazyPattern(r"(?:出席|参加|列席|就座)[^，。；]{0,12}?的[^，。；有]{0,16}?(?:还)?有|"
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
    # the posts printed of the list's people (国会副主席 of 阮氏金银) are posts, whatever the
    # title lexicon makes of them alone; each item's posts are read on their own (副总理兼外长)
    for printed in sorted({t.get("surface") or t["title"] for p in people for t in p.data.get("titles") or []},
                          key=len, reverse=True):
        between = between.replace(printed, "")
    # (…、邵某和蒋某、李某…: the conjunction joins two items of the list as 、 does)
    return not any(_strip_titles(piece) for piece in re.split(r"[、，,\s：:]|同志|兼|以及|及|和", between) if piece)


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


def governed_role(text: str, pos: int, meeting_name: str | None = None) -> set[str]:
    """The roles that the verb governing a name (or list) ending at ``pos`` gives it; at the
    meeting ``meeting_name`` where given, not at another one its setting names (…在进博会开幕式上指出)."""
    pos, setting = skip_between(text, pos)
    if meeting_name and setting and _elsewhere(setting, meeting_name):
        return set()
    # 在全省经济工作会议上强调: a statement made at a meeting is a speech there
    at_meeting = setting and (_ENDS_IN_MEETING_NOUN.search(setting) or _SESSION_WORDS.match(setting))
    # a setting read past its verb's own clause must be this meeting's (在峰会上阐述… in a report
    # of a 大会 is the summit's)
    at_this = at_meeting and (not meeting_name or _names_this(setting, meeting_name))
    if at_meeting and ((said := _SAID_THERE.match(text, pos)) or (at_this and (said := _SAID_NEXT.match(text, pos)))) \
            and not text.startswith("的", said.end()):
        # not what he 强调的 there, recalled; 在某村主持召开座谈会上指出: the chair too;
        # 在座谈会上缅怀了…，强调…: a first predicate, then the statement, the same subject's
        return {"speaker", "participant"} | ({"host"} if "主持" in setting else set())
    if (attending := _WHILE_ATTENDING.match(text, pos)) and _said_while_at(text, attending.end(), meeting_name):
        # 在出席…全体会议时强调, 在主持…时指出: said there, while attending or chairing it
        return {"speaker", "participant"} | ({"host"} if attending.group(1) == "主持" else set())
    if together := _TOGETHER_WITH.match(text, pos):
        pos = together.end()
    if m := _HOST_VERB.match(text, pos):
        if meeting_name and _chairs_another(text, m.end(), meeting_name):
            return set()
        roles = {"host", "participant"}
        if _AND_SPEAKS.match(text, m.end()) or _SAYS_WHILE.match(text, m.end()):
            roles.add("speaker")
        return roles
    if m := _PARTICIPANT_VERB.match(text, pos):
        if meeting_name and (attended := _ATTENDED_EVENT.match(text, m.end())) \
                and _another_event(attended.group(1), meeting_name):
            return set()  # 在首尔出席光复节纪念活动时, 要求…: at another event, not this meeting
        roles = {"participant"}
        if _AND_SPEAKS.match(text, m.end()) or _AND_SPEAKS_AT.match(text, m.end()) \
                or _THEN_MAKES_SPEECH.match(text, m.end()) or _said_while_at(text, m.end(), meeting_name) \
                or (m.group() in _COMING_TO_IT and _SPEAKER_VERB.match(text, m.end())):
            roles.add("speaker")  # (到会回答询问, 到会讲话: came to the meeting to take the floor)
        if _AND_HOSTS.match(text, m.end()):  # 参加会见并主持大会
            roles.add("host")
        return roles
    if _DECLARES_OPEN.match(text, pos):
        return {"participant", "declares"}
    if (spoke := _SPEAKER_VERB.match(text, pos)) or _REPORT_OF.match(text, pos) \
            or (_REPORT_MADE.match(text, pos) and "听取" in text[_sentence_start(text, pos):pos]) \
            or _THEN_SPEAKS_AT.match(text, pos):
        # 在会上传达了…并主持会议: the speaker chairs it too
        return {"speaker", "participant"} | ({"host"} if spoke and _AND_HOSTS.match(text, spoke.end()) else set())
    if at_this and _ACTS.match(text, pos):
        return {"participant"}  # 在大会上获得表彰, 在座谈会上缅怀…: whoever acts at the meeting is at it
    return set()


# the object of 主持召开 up to its meeting noun, in the same clause
_CHAIRED_MEETING = LazyPattern(rf"了?([^，。；,;\n]{{0,30}}?(?:{MEETING_NOUN}))")


# the object of 出席/参加 up to its noun and a time clause's end (出席某某纪念活动时): an event named
_ATTENDED_EVENT = LazyPattern(rf"了?([^，。；,;\n]{{2,30}}?(?:{MEETING_NOUN}|活动))(?=时|期间)")


def _another_event(attended: str, meeting_name: str) -> bool:
    """Whether an event named as attended (某某纪念活动, 某某论坛) is not the meeting ``meeting_name``."""
    head = MEETING_NOUN_RE.search(attended)
    core = attended[:head.start()] if head and head.start() >= 2 else attended.removesuffix("活动")
    return len(core) >= 2 and not (attended in meeting_name or meeting_name in attended or core in meeting_name)


def _chairs_another(text: str, pos: int, meeting_name: str) -> bool:
    """Whether what a chair's verb ending at ``pos`` governs is a meeting other than
    ``meeting_name`` (传达…总书记主持召开中央政治局常委会会议时的讲话, at a 推进会): the role is there.
    A session the object names after 的 (分别主持上、下午的全体会议) is one of the meeting's own."""
    chaired = _CHAIRED_MEETING.match(text, pos)
    return bool(chaired) and _elsewhere(chaired.group(1).rsplit("的", 1)[-1] + "上", meeting_name)


# 在讲话中指出 speaks at the meeting; 在贺信中指出, 在批示中强调: words sent, no presence
# 表示 with a gesture for object (表示祝贺, 表示感谢) is no statement
_GESTURE = r"(?!祝贺|感谢|欢迎|慰问|哀悼|赞赏|敬意|同情|热烈)"
_SAID_THERE = LazyPattern(rf"指出|强调|要求|表示{_GESTURE}|说(?![明服])")  # 在某会上表示将…
# 在座谈会上缅怀了…，强调…: one clause of the subject's own before its statement
_SAID_NEXT = LazyPattern(rf"(?!的)[^，。；：“]{{1,40}}?[，,](?:并|还|同时|他|她)?(?:{_SAID_THERE.pattern})")
# a predicate: not a relative clause (在全会上作的报告, 在会上发表的讲话: the setting modifies a noun)
_ACTS = LazyPattern(r"(?![\u4e00-\u9fff]{0,2}的)[\u4e00-\u9fff]")
_STATEMENT_VERB = LazyPattern(r"(?:在(?![^，。；]{0,8}?(?:信|电|函|批示|指示|文章)中)[^，。；]{0,8}?中)?"
                             rf"(?:指出|强调|要求|表示{_GESTURE}|(?:介绍)?说(?![明服过])|(?:建议|提出)(?=[，,：:]))")  # 部长某某介绍说，: a briefing's statement
# (某某建议，…; 某某提出，…: a proposal made in words is a statement too)


# a sentence after a call's that sets the next stop of the visit (。在某社区了解…, 。随后来到…): what is
# said after it is said there, not at the call (a meeting's report goes on past such sentences)
_MOVED_ON = LazyPattern(r"[。；](?:随后|之后|接着|此后)?[，,]?(?:在[^，。；]{2,20}?(?<![后时中前际间])[，,]|[^，。；]{0,12}?(?:来到|走进|前往|参观|视察|考察|察看|调研))")


def _roles(text: str, meeting: Meeting, scope_end: int, people: list[Span], senders: set[str] = frozenset(),
           reopened_at: int | None = None) -> None:
    """Each named person's role from the verb that governs them, within the meeting's scope (its
    paragraph onwards, up to the next meeting). A person whose statement (指出, 强调) opens a
    sentence of the meeting's own paragraph speaks at it. ``reopened_at``: the scope is instead a
    stretch from a sentence that returns to the meeting (在4日的联组会议中，…), all of it set there."""
    scope_start = text.rfind("\n", 0, meeting.start) + 1 if reopened_at is None else reopened_at
    # statements after the sentence that reported the meeting (its later mentions, merged into it,
    # stretch ``end`` over the report: 座谈会上，…发言。…李某说，…吴某参加座谈会)
    reported_end = meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end
    # the paragraph after the meeting's own may open with what its speaker said: its first
    # sentence counts as the meeting's own paragraph
    paragraph_end = _paragraph_end(text, meeting, scope_end)
    declarers: list[str] = []
    set_there = _paragraphs_set_at(text, meeting, paragraph_end, scope_end) if reopened_at is None \
        else [(reopened_at, scope_end)]
    for person in people:
        name = person.data["name"]
        for start, end in person.data["mentions"]:
            if not scope_start <= start < scope_end or _REPORTED_SPEECH.search(text, _sentence_start(text, start), start):
                continue  # 赵某说，钱某代表…作的报告: a name in someone's words is not at the meeting
            if _conveyed_object(text, start):
                continue  # 传达学习某某总书记在…时的重要讲话精神: whose words are conveyed, not who is there
            after = _after_list(text, end, people)
            roles = governed_role(text, after, meeting.name)
            if not roles and _listed_after(text, start, people):
                roles = {"participant"}
            if not roles and start >= reported_end and (end <= paragraph_end or _inside_any(set_there, start)) \
                    and _STATEMENT_VERB.match(text, after) \
                    and not _in_speech(text, start) \
                    and name not in senders and not (meeting.call and _MOVED_ON.search(text, reported_end, start)):
                roles = {"speaker", "participant"}
            if not roles and _at_the_meeting(text, start, scope_start) and not _MODIFIER.match(text, skip_between(text, after)[0]):
                roles = {"participant"}  # but not a name that modifies a thing (某某同志题词的牌匾)
            for role in ("host", "speaker", "participant"):
                if role in roles:
                    _add(getattr(meeting, role + "s"), name)
            if "declares" in roles:
                _add(declarers, name)
    if not meeting.hosts:
        meeting.hosts += declarers


# 国务院总理李某日前向大会发来贺信: what the report then says he 表示 is the letter's
_SENDS_LETTER = LazyPattern(r"[^，。；]{0,24}?(?:发来|致|发出|致以)了?(?:贺信|贺电|信|书面致辞)|[^，。；]{0,12}?作出(?:重要)?(?:批示|指示)")


def letter_senders(text: str, people: list[Span]) -> set[str]:
    """The people the report says wrote to the meeting: their statements are not a presence."""
    if not any(word in text for word in ("信", "贺电", "批示", "指示", "书面致辞")):
        return set()
    return {p.data["name"] for p in people for _, end in p.data["mentions"] if _SENDS_LETTER.match(text, end)}


# 某某日前在接受本台记者采访时表示: what the report then says he 表示 is the interview's
_GIVES_INTERVIEW = LazyPattern(r"[^，。；]{0,12}?接受[^，。；]{0,20}?(?:采访|专访)")


def interviewees(text: str, people: list[Span]) -> set[str]:
    """The people the report says spoke in an interview: their statements are not a presence at
    a meeting it reports (only a verb that puts them there does: 出席, 讲话)."""
    if "采访" not in text and "专访" not in text:
        return set()
    return {p.data["name"] for p in people for _, end in p.data["mentions"] if _GIVES_INTERVIEW.match(text, end)}


# 座谈会上，…; 会上，…; 在本次论坛上，…: a paragraph that opens at a meeting
_OPENS_AT_MEETING = LazyPattern(rf"在?([^，。；\n]{{0,24}}?(?:{MEETING_NOUN}|会)上)[，,]")


def _paragraphs_set_at(text: str, meeting: Meeting, after: int, scope_end: int) -> list[tuple[int, int]]:
    """The paragraphs of the meeting's report, past its own, that open at this meeting (座谈会上，
    某某建议…。某某提出…): every statement in them is made there."""
    found = []
    start = text.find("\n", max(after - 1, 0)) + 1  # 0: no paragraph after the meeting's own
    while 0 < start < scope_end:
        end = text.find("\n", start)
        stop = min(scope_end, len(text) if end < 0 else end)
        if (m := _OPENS_AT_MEETING.match(text, start, stop)) and _names_this(m.group(1), meeting.name):
            found.append((start, stop))
        start = end + 1
    return found


# 在4日的联组会议中，…; 在座谈会上，…: a sentence that opens at a meeting it names
_REOPENS = LazyPattern(rf"(?<=[。\n])在?(?:{_DAY})?的?([^，。；\n]{{0,24}}?(?:{MEETING_NOUN}))(?:上|中|期间)[，,]")


def reopenings(text: str, meetings: list[Meeting]) -> list[tuple[int, Meeting]]:
    """Sentences that return to a meeting reported before another one (本次会议3日分组审议了….
    在4日的联组会议中，…): the position and the meeting, where the setting names that meeting and
    not the one reported last before it."""
    if len(meetings) < 2:
        return []  # most reports: one meeting, nothing to return to
    found = []
    for m in _REOPENS.finditer(text, sorted(meeting.start for meeting in meetings)[1]):
        before = [meeting for meeting in meetings if meeting.start < m.start()]
        if len(before) < 2:
            continue
        setting = m.group(1) + "上"
        last = max(before, key=lambda meeting: meeting.start)
        if not _elsewhere(setting, last.name):
            continue  # the meeting reported last, or a bare 会上 that fits it
        named = [meeting for meeting in before if meeting is not last and not _elsewhere(setting, meeting.name)
                 and m.group(1)[-4:] in meeting.name]
        if named:
            found.append((m.start(), named[-1]))
    return found


def _inside_any(stretches: list[tuple[int, int]], position: int) -> bool:
    return any(lo <= position < hi for lo, hi in stretches)


def _paragraph_end(text: str, meeting: Meeting, scope_end: int) -> int:
    """Where the meeting's own paragraph ends, with the first sentence of the next one (…大会召开。\n
    某某市委书记韩某强调…)."""
    paragraph_end = text.find("\n", meeting.end)
    paragraph_end = len(text) if paragraph_end < 0 else paragraph_end
    if paragraph_end < scope_end:
        first_stop = _SENTENCE_END_OUTSIDE_QUOTE.search(text, paragraph_end + 1)
        paragraph_end = min(first_stop.start() if first_stop else len(text), scope_end)
    return paragraph_end


def speaking_participants(text: str, meeting: Meeting, scope_end: int, people: list[Span],
                          senders: set[str] = frozenset()) -> None:
    """Participants whose statements the report gives speak at the meeting: once every way of
    being there is read (the chair of a trigger that names nobody is found after _roles)."""
    reported_end = meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end
    # someone reported at the meeting whose statement opens a sentence later in its report
    # (…参加审议和询问。…\n栗某指出，…) spoke at it, past its own paragraph too
    for person in people:
        name = person.data["name"]
        if name not in meeting.participants or name in meeting.speakers:
            continue
        for start, end in person.data["mentions"]:
            if reported_end <= start < scope_end and text[start - 1:start] in ("。", "\n", "") \
                    and _STATEMENT_VERB.match(text, skip_between(text, end)[0]) \
                    and not (meeting.call and _MOVED_ON.search(text, reported_end, start)):
                _add(meeting.speakers, name)
                break
    _pronoun_speakers(text, meeting, _paragraph_end(text, meeting, scope_end), people, senders)


def stating_participants(text: str, meeting: Meeting, scope_end: int, people: list[Span],
                         senders: set[str] = frozenset()) -> None:
    """In the report of the meeting a page is about, a person with a post whose statement opens a
    paragraph after the meeting is announced (…推介会在某地举行。…\n某某协会会长某某表示，…) is
    reported at it: a participant (a statement is no speech made there: 表示, 介绍 make no speaker).
    Not a statement inside a paragraph, which may be relayed in another's words (某某表示，…。
    总书记某某强调，…)."""
    reported_end = meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end
    for person in people:
        name = person.data["name"]
        if name in meeting.participants or name in senders or not person.data["titles"]:
            continue
        posts = tuple(t["title"] for t in person.data["titles"])
        for start, end in person.data["mentions"]:
            opening = text[text.rfind("\n", 0, start) + 1:start]  # the paragraph up to the name: its posts alone
            if reported_end <= start < scope_end and (not opening or (opening.endswith(posts) and len(opening) <= 40
                                                                     and not _CLAUSE_MARK.search(opening))) \
                    and _STATEMENT_VERB.match(text, skip_between(text, end)[0]) \
                    and not _HEADLINE_LINE.search(text, reported_end, start):  # (a round-up's next story)
                _add(meeting.participants, name)
                break


_CLAUSE_MARK = LazyPattern("[，。；：！？,;:]")
# a line of its own with no sentence in it, between two paragraphs: the headline of the next story
# of a round-up (…。\n某国批评某国新制裁\n某国外交部发言人…)
_HEADLINE_LINE = LazyPattern(r"\n[^\n。！？；]{2,40}\n")


# 他指出, 她强调: a sentence opening with a pronoun continues the person named last before it
_PRONOUN = LazyPattern(r"(?<=[。！？\n])(?:他|她)(?=[\u4e00-\u9fff])")


def _pronoun_speakers(text: str, meeting: Meeting, paragraph_end: int, people: list[Span],
                      senders: set[str] = frozenset()) -> None:
    """…参加审议。他表示，…: a statement whose subject is 他 or 她, in the meeting's paragraph,
    is the statement of the person the report named last before it, when that person is at the
    meeting; that person speaks at it (not one who wrote to it: 某某作出重要批示。他指出，…)."""
    for m in _PRONOUN.finditer(text, meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end, paragraph_end):
        after, _ = skip_between(text, m.end())
        if not (_STATEMENT_VERB.match(text, after) or _SPEAKER_VERB.match(text, after)):
            continue
        named = [(start, p.data["name"]) for p in people for start, _ in p.data["mentions"] if start < m.start()]
        if named and (last := max(named)[1]) in meeting.participants and last not in senders:
            _add(meeting.speakers, last)


# 在揭牌仪式上，A和B一同揭幕: a sentence set at the meeting places everyone it names there
_MODIFIER = LazyPattern(r"的|题词|重要|指示|批示|亲自|关于")
_CONVEYED = LazyPattern(r"传达|学习|贯彻|落实")  # 传达了…习近平总书记的指示: whose words, not who was there
# the verbs of conveying right before a name, posts between at most (传达学习|中共中央总书记|某某)
_CONVEYING_BEFORE = LazyPattern(rf"(?:(?:{_CONVEYED.pattern}|领会)了?)+([^，。；：:“”]{{0,16}})$")


def _conveyed_object(text: str, start: int) -> bool:
    """Whether the name at ``start`` is the object of 传达, 学习 or 贯彻 (传达学习某某总书记…的重要讲话精神):
    only posts stand between the verb and the name."""
    m = _CONVEYING_BEFORE.search(text, max(0, start - 20), start)
    return m is not None and not _strip_titles(m.group(1))


_AT_MEETING = LazyPattern(rf"(?:(?:在?[^，。；\n]{{0,30}}?{MEETING_NOUN}|会)上|在?(?:随后的)?座谈(?:交流)?(?:时|中))[，,]")


def _at_the_meeting(text: str, position: int, scope_start: int) -> bool:
    sentence_start = max(max(text.rfind(c, scope_start, position) for c in "。；\n") + 1, scope_start)
    return bool(_AT_MEETING.match(text, sentence_start)) and not _CONVEYED.search(text, sentence_start, position)


_BRACKETED = LazyPattern(r"[（(][^（）()]{1,40}[）)]")
# how far the next name of a list may stand: a chain of three posts runs to about 40 characters
# (，中共中央政治局常委、中央书记处书记、中央财经领导小组成员刘某)
_LIST_REACH = 50


def _after_list(text: str, end: int, people: list[Span], conjunctions: bool = True) -> int:
    """Position after a list of names that starts at the mention ending at ``end``: 、刘洁、卢珊
    or ，市长王新维 (titles between the names), so a verb after the list covers every name.
    ``conjunctions``: whether 和/及 join items too (not where 和 opens the verb: 和某某举行会谈)."""
    names = {p.data["name"] for p in people}
    while True:
        bracket = _BRACKETED.match(text, end)  # 邹卫东（长沙市委常委）、符嘉瑞（…）作典型发言
        if bracket:
            end = bracket.end()
        if conjunctions and (closed := _CLOSED_ITEMS.match(text, end)):
            end = closed.end()  # 委员A、B等以及专家C、D在会上发言: 等 closes the first list, 以及 adds the second
        separator = (_LIST_SEPARATOR if conjunctions else _PUNCTUATION_SEPARATOR).match(text, end)
        if separator is None:
            break
        window = text[separator.end():end + _LIST_REACH]
        following = min(((window.find(n), n) for n in names if window.find(n) >= 0), default=None)
        if following is None:
            # 、教育学部辅导员任某、历史学院学生某某先后发言: items no one recognised as names still
            # belong to the list when it runs on to its verb
            rest = (_LIST_TAIL_JOINED if conjunctions else _LIST_TAIL).match(text, end)
            if rest:
                end = rest.end()
            break
        at, name = following
        between = window[:at]
        posts = find_titles(between) if between else []
        left = _strip_titles(between, posts) if between else ""
        # …书记钱某、化学学院院长孙某: what is left of a post is its unit, a few characters and no 的
        # (，参加过抗日战争的老战士代表某某: a description with 的 before posts that end at the name)
        if left and (not posts or not _posts_before_name(between, posts) and (len(left) > 6 or "的" in between)) \
                and not _MEMBER_NOUN.fullmatch(left) and not _member_then_name(left):
            # 、无党派人士代表某某先后发言: an item described by what no post names still
            # belongs to the list when the list runs on to its verb
            if separator.group() == "、" and (rest := _LIST_TAIL.match(text, end)):
                end = rest.end()
            break
        end = separator.end() + at + len(name)
    return end


def _posts_before_name(between: str, posts: list) -> bool:
    """Whether a list item's text before its name (``posts``: the titles in it) is a unit and posts
    that end at the name (，军事科学院某某研究所研究员|李某): however long the unit, the item is a
    name with its post."""
    return bool(posts) and posts[-1].end == len(between) and not _CLAUSE_WORDS.search(between)


# an item named by the body its person belongs to, which no post names (，委员A、B; ，专家代表C):
# the list goes on
# (，无党派人士代表C; ，参加过抗日战争的老战士代表D: the group described at some length, no clause's word in it)
_CLAUSE_CHARS = "[要是在对把将被让使向为与和及并]"  # words that open or join a clause: no group's description holds one
_MEMBER_NOUN = LazyPattern(rf"(?:(?!{_CLAUSE_CHARS})[\u4e00-\u9fff]){{0,12}}?"
                           r"(?:委员|代表|专家|学者|院士|教授|学生|党员|干部|群众|村民|居民|职工|员工|企业家)")
_CLAUSE_WORDS = LazyPattern(rf"{_CLAUSE_CHARS}|[。；：:]")


def _member_then_name(left: str) -> bool:
    """Whether what stands between two names of a list is a group's noun and a name the people stage
    did not read (、专家学者某某、): an item of the list all the same."""
    item = left.rstrip("、，, ")
    return any(_MEMBER_NOUN.fullmatch(item[:k]) and plausible_name(item[k:], strict=False)
               for k in range(2, len(item) - 1))


# items of a list of names: 、 and commas, and the conjunction before its last item (…、C和D分别发言)
_LIST_SEPARATOR = LazyPattern(r"[、，,]|以及|及|和")
_PUNCTUATION_SEPARATOR = LazyPattern(r"[、，,]")
_CLOSED_ITEMS = LazyPattern(r"等(?=以及|及|和|与)")


_LIST_TAIL_VERB = (r"(?=(?:等[^，。；、]{0,10}?)?(?:先后|分别|依次|相继)?"
                   # (not the 作 of 工作, 合作…: 和某工作领导小组成员… is one item)
                   r"(?:发言|讲话|出席|参加|列席|(?<![工合协写创操制动])作|汇报|介绍|致辞|主持)|"
                   # …、某乙等七位代表围绕…先后发言: the list ends at 等; what follows is skipped to the verb
                   r"等[\d一二三四五六七八九十]+(?:位|名))")
_LIST_TAIL = LazyPattern(r"(?:、[^、，。；,;\n]{2,24}?)+" + _LIST_TAIL_VERB)
# …、某丙和某国某公司某某等发言, …、某丙以及专家学者等在座谈会上发言: the last item joined by a
# conjunction, a name no one read or a group (where 和 joins items, not where it opens the verb)
# (not over a quoted name: 和推进“某某”工作领导小组成员… is a group the verb's own reading takes;
# not over 陪同: …及有关部门负责同志陪同参加上述活动 accompany, and are no participants)
_LIST_TAIL_JOINED = LazyPattern(r"(?:(?:、|以及|及|和)(?:(?!陪同)[^、，。；,;\n“”《》]){2,24}?)+" + _LIST_TAIL_VERB)
_LEADERS_WORD = LazyPattern(r"(?:省|市|县|区|州|盟|旗|镇|乡)?(?:及[\u4e00-\u9fff]{2,6})?(?:领导|领导同志|负责同志)")


def _strip_titles(text: str, hits: list | None = None) -> str:
    """What is left of ``text`` once titles, their region prefixes and 县领导 are taken out
    (``hits``: its titles, where the caller found them)."""
    hits = find_titles(text) if hits is None else hits
    for i, hit in reversed(list(enumerate(hits))):
        wide = None if hit.explicit else widen(text, hit.start, hits[i - 1].end if i else 0, hit.title)
        start = wide[0] if wide else hit.start  # 俄罗斯驻华|大使: the post with its country
        text = text[:start] + text[hit.end:]
    return _LEADERS_WORD.sub("", text).strip("、 ")



_ROLE_VERB = LazyPattern(r"出席|参加|主持")


def _subject_of_role_verb(text: str, meeting: Meeting, people: list[Span]) -> None:
    """出席…仪式 with its subject earlier in the sentence (赵明远还视察了…，出席…通车仪式并宣布…):
    the last person named before the verb in the sentence takes the verb's role."""
    # …看望并召开工作座谈会: the sentence's subject convenes it (召开 after 并, the trigger's first word)
    convened = text.find("并召开", meeting.start, meeting.end)
    if not (_ROLE_VERB.match(text, meeting.start) or convened >= 0) \
            or not (found := _subject_before(text, people, meeting.start)):
        return
    subject = found[1]
    roles = governed_role(text, convened + 1 if convened >= 0 else meeting.start)
    for role in ("host", "speaker", "participant"):
        if role in roles:
            _add(getattr(meeting, role + "s"), subject)


_CHAIRS = LazyPattern(r"主持(?:召开)?")
_CONVENES = LazyPattern(r"召开")
_CLAUSE_OPENING = LazyPattern(r"(?:并|随后|还|又|同时|接着)?")  # what may precede a clause's verb


def _chair_of_trigger(text: str, meeting: Meeting, people: list[Span]) -> None:
    """…，并主持召开座谈会 (or …考察，并召开座谈会): a trigger that says who chaired but names
    nobody in its clause; the chair is the person the sentence is about (the last one named
    before the verb)."""
    end = meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end
    verb = _CHAIRS.search(text, meeting.start, end)
    convenes = verb is None
    if convenes:  # …考察，并召开座谈会: 召开 opening its clause has the sentence's subject, who convenes it
        verb = _CONVENES.search(text, meeting.start, end)
    if verb is None:
        return
    clause_start = max(text.rfind(c, 0, verb.start()) for c in "，。；\n") + 1
    if convenes and not _CLAUSE_OPENING.fullmatch(text, clause_start, verb.start()):
        return
    named_in_clause = any(clause_start <= s < verb.start() for p in people for s, _ in p.data["mentions"])
    subject = None if named_in_clause else _subject_before(text, people, verb.start())
    if subject is not None:
        _add(meeting.hosts, subject[1])
        _add(meeting.participants, subject[1])


_SETTING_OF_VERB = LazyPattern(_AT + r"([^，。；在并]{1,20}?)(?:先后|分别|共同|一同|亲自|还|又)?$")
_OPENING_SETTING = LazyPattern(_AT + r"(?!同一?[日天]|当[日天])([\u4e00-\u9fff]{2,12}?)(?:期间)?[，,]")
# 在美古此次会谈期间，…: the time of an event, not a place (在厦门期间 is the stay in a place)
_DURING_AN_EVENT = LazyPattern(rf"(?:{MEETING_NOUN}|会谈|会晤|访问|考察|调研|谈判)期间[，,]$")
# 走进某某发射场，调研…，与企业座谈: the site the sentence's subject came to (来到他所在的某某代表团:
# a body of people, no place)
_PEOPLE_NOT_PLACE = LazyPattern(r"代表团|小组|所在的|群众|代表们|干部|同志")
# 在厦门同某某座谈: the setting of talks, which open at their partner
_SUBJECT_SETTING = LazyPattern(_AT + r"([^，。；在并的]{2,12}?)(?:先后|分别|亲切|深入)?"
                               # (not the 同 of 陪同, 共同, 一同: 在某国总统某某陪|同下 is company, no place)
                               r"(?=看望|慰问|考察|调研|视察|参观|走访|察看|检查|同)(?<![陪共一会偕随协])")
_ARRIVAL = LazyPattern(r"(?:来到|走进|前往)([\u4e00-\u9fff]{2,20}?)[，,]")
# 到某某联络站进行了调研, 到省人大机关看望: a stop the subject came to, for the visit's business
_STOP_AT = LazyPattern(r"(?<![得收看达来回直])到([\u4e00-\u9fff]{2,20}?)(?:进行了?|实地)?(?=调研|考察|视察|看望|慰问|走访|察看)")
_VISIT = LazyPattern(rf"(?:{_AT}|赴|到)([\u4e00-\u9fff]{{2,8}}?)(?:应邀)?(?:调研|考察|视察|参访|访问|参观)")
# 赴日喀则市看望当地各族干部群众: a region visited to comfort its people (在康复室看望: a room of the visit, no destination)
# (the region may head a list of its places: 赴某某自治区赤峰、呼伦贝尔、乌兰察布看望慰问)
_COMFORTING_VISIT = LazyPattern(rf"(?:{_AT}|赴|到)([\u4e00-\u9fff]{{2,8}}?(?:、[\u4e00-\u9fff]{{2,6}}?){{0,6}})(?:看望|慰问)")
_ARRIVAL_IN_REGION = LazyPattern(r"(?:来到|抵达|到达)([\u4e00-\u9fff]{2,8}?)[，,]?(?:看望|慰问|调研|考察|视察)")


def _setting_place(text: str, meeting: Meeting) -> str | None:
    """Where a meeting whose clause names no venue took place: a setting opening its sentence
    (在朝阳市，…主持召开…), else the place of the visit the report is about (在四川调研)."""
    sentence_start = max(text.rfind(c, 0, meeting.start) for c in "。\n") + 1
    if (m := _OPENING_SETTING.search(text, sentence_start, meeting.start)) and not _DURING_AN_EVENT.search(m.group(0)):
        return m.group(1)
    # 15日在人民大会堂出席某某大会: the setting of the role verb that brought the meeting
    if meeting.by_role_verb and (m := _SETTING_OF_VERB.search(text, sentence_start, meeting.start)) \
            and not _SUBJECTS_VERB.search(m.group(1)):  # 在某地看望参加…会议的…: the setting is another verb's
        return m.group(1)
    # 李某今天上午在大连看望学校师生，并与教师座谈: the setting of the subject's first verb in the
    # sentence (talks start at their subject, so read up to the trigger's end)
    if m := _SUBJECT_SETTING.search(text, sentence_start, max(meeting.start, meeting.trigger_end)):
        return m.group(1)
    # up to the trigger's end: talks (与企业座谈) start at their subject, before the arrival
    # (到某联络站进行了调研，主持召开座谈会: a stop of the visit, the last before the meeting)
    reach = max(meeting.start, meeting.trigger_end)
    arrivals = sorted([*_ARRIVAL.finditer(text, sentence_start, reach), *_STOP_AT.finditer(text, sentence_start, reach)],
                      key=lambda m: m.start())
    if arrivals and not _PEOPLE_NOT_PLACE.search(arrivals[-1].group(1)):
        return arrivals[-1].group(1)
    if m := _VISIT.search(text, 0, meeting.start):
        return m.group(1)
    # 某某来到天津，看望慰问…: a region the report's leader arrives in, for the visit's business
    for m in [*_ARRIVAL_IN_REGION.finditer(text, 0, meeting.start), *_COMFORTING_VISIT.finditer(text, 0, meeting.start)]:
        if (found := region_at_start(m.group(1), names_only=True)) and (
                found[1] == len(m.group(1)) or found[0].level == "province" and _places_listed(m.group(1)[found[1]:])):
            return m.group(1)[:found[1]]  # (the province whose places the list names)
    return None


def _places_listed(rest: str) -> bool:
    """Whether ``rest`` (what follows a province's name) is its places parted by 、 (赤峰、呼伦贝尔)."""
    items = rest.split("、")
    return len(items) >= 2 and all((found := region_at_start(item, names_only=True)) and found[1] == len(item)
                                   for item in items)


_BODY_BEFORE_REGION = LazyPattern(r"^(?:中国人民政治协商会议|中国共产党|中共|政协)")


def _named_place(meeting: Meeting) -> str | None:
    """The region a local meeting's name opens with (扬州市营商环境…大会 → 扬州): where no venue is
    printed, a city's or province's own meeting is held there."""
    if meeting.reception or "代表团" in meeting.name:  # a delegation meets at the congress, not at home
        return None
    name = _BODY_BEFORE_REGION.sub("", meeting.name)  # 政协|巴彦淖尔市第五届委员会…: the body's region
    found = region_at_start(name, names_only=True)
    if found and found[0].level == "county" and name[:found[1]] != found[0].name:
        return None  # a county's own meeting prints 县 (澜沧|江…合作会议 is a river's, not 澜沧县's)
    return found[0].short or found[0].name if found else None





# 在某地为某某举行欢迎仪式, 举行仪式，欢迎某某访华: the verb that holds a ceremony or a banquet
_HOLDS = LazyPattern(r"(?:隆重|正式|共同|一起|专门)?(?:举行|举办)了?")
# a banquet given for a guest (为某某举行欢迎宴会) is hospitality, recorded only with who joined it
# (王某等参加上述活动): no judged report lists its host and guest at it
_BANQUET = LazyPattern(r"宴|招待会|酒会")
# for whom or with whom it is held: 为某某, 与某某共同
_FOR_WHOM = LazyPattern(r"[为与同和]")
# 举行仪式，欢迎某某对我国进行国事访问: whom the ceremony welcomes, up to what the guest comes for
_WELCOMES = LazyPattern(r"[，,]?(?:热烈|隆重)?欢迎")
_WELCOMED_END = LazyPattern(r"[，。；,;\n]|对[^，。；]{1,16}?(?:进行|访问)|来华|访华|访问|出席|参加")


def holders_and_guests(text: str, meeting: Meeting, people: list[Span]) -> None:
    """Who holds a ceremony or banquet that the trigger reports held (某国总统X和总理Y在机场为Z举行
    欢迎仪式: X and Y, the subject of the trigger's own verb), for whom (Z) and whom it welcomes
    (X举行仪式，欢迎W访华: W): all are at it. Only the trigger's own clause is read: a name that
    another verb governs (陪同, 会见) takes no part here."""
    end = meeting.trigger_end if meeting.trigger_end >= 0 else meeting.end
    verb = _HOLDS.search(text, meeting.start, end)
    if verb is None or _BANQUET.search(meeting.name):
        return
    clause_start = max(text.rfind(c, 0, meeting.start) for c in "，。；\n") + 1
    mentions = sorted((start, stop, p.data["name"]) for p in people for start, stop in p.data["mentions"])
    for start, stop, name in mentions:
        if not clause_start <= start < verb.start():
            continue
        pos, _ = skip_between(text, _after_list(text, stop, people))
        # its verb is the trigger's (在某地 between), or its list runs on to the verb (为Z举行)
        if pos in (meeting.start, verb.start()) or (
                _FOR_WHOM.match(text, pos) and _runs_to(text, pos + 1, verb.start(), mentions, people)):
            _add(meeting.participants, name)
    if meeting.name.endswith("仪式") and (welcome := _WELCOMES.match(text, end)):  # not 举行大会，欢迎某某来华
        if meeting.name == "仪式":
            meeting.name = "欢迎仪式"  # 举行仪式，欢迎某某: the ceremony is named by what it does
        stop = _WELCOMED_END.search(text, welcome.end())
        stop_at = stop.start() if stop else len(text)
        for start, _, name in mentions:
            if welcome.end() <= start < stop_at:
                _add(meeting.participants, name)


def _runs_to(text: str, position: int, verb_start: int, mentions: list, people: list[Span]) -> bool:
    """Whether a list of names that opens at ``position`` (为|某国总理Z、W) runs on to the verb."""
    first = next(((s, e) for s, e, _ in mentions if position <= s < verb_start), None)
    if first is None or first[0] - position > 20 or CLAUSE_BREAK.search(text, position, first[0]):
        return False
    return skip_between(text, _after_list(text, first[1], people))[0] == verb_start
