"""Posts in their fullest printed form.

A title word from the lexicon is often only the tail of the post the text prints: 意大利|总理,
国务院港澳事务办公室|主任, 中央代表团|团长, 中国政法大学|教授. :func:`widen` reads the organ or
country in front of the word back to the phrase's boundary. :func:`keep_level_word` keeps the
level word of a region prefix (西藏|自治区|农业农村厅厅长 → 自治区农业农村厅厅长), as the GUIDE's
convention does for 省委书记. :func:`stated_holders` reads posts stated as a predicate: the
appointment and removal formulae (任命X为T, 决定A、B同志为T, 免去X的T职务, X同志任T).
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

from ..patterns import LazyPattern, cached_compile
from ..resources.loader import titles
from .names import (
    function_char_in,
    is_dotted_name,
    is_known_word,
    is_post_or_day,
    is_transliteration,
    name_at,
    ordinary_word_band,
    plausible_name,
)
from .ner_lexicon import cues, world_places
from .regions import Region, lookup, region_at_end, region_at_start, tables

_MAX_WIDTH = 20  # the longest organ name a post is widened over
# Words that end an organ phrase on its left: verbs that govern the post's holder (受…委托: not 受理,
# 受灾, 受援, which open organs' and groups' names), and function words (not 对 of 应对: 中央应对…领导小组组长 is one organ's post; 针对, 面对 govern; not 的 of
# 中央党的, which organs' names hold: 中央党的群众路线教育实践活动领导小组组长; 社会党的|法国总统 breaks). 和/与/及
# join two holders (韦斯特林和|法国总统) unless the phrase is an organ's name that starts at the
# boundary (工业和信息化部, 促进青年和儿童健康特使).
HARD_BREAK = cached_compile(
    "(?<!中央党)的|了|在|是|为|由|被|受(?!理|灾|援|益|害|训|损)|向|(?<!应)对|把|将|据|从|给|请|让|以|于|当过?|做过|干过|履新|任|兼|原|前|曾|现|并|即|"
    "会见|会晤|会谈|接见|看望|出席|参加|陪同|率领|率|带领|听取|宣布|表示|认为|指出|强调|举行|欢迎|宴请|送别|"
    "等|之一|说|称|选举|决定|提名|任命|免去|同意|批准|递补|增补|增选|补选|推选|推举|聘任|委任|来自|包括|另有|还有|其中有|"
    "致电|致函|致信|致贺|致以|采访|走访|来到|走进|前往|参观|考察|调研|邀请|联系|创办|加入|进入|成为|拜访|访问|去|找|专访|播出|播发|应邀|应约|"
    "上午|下午|晚上|中午|傍晚|今天|昨天|当天|日|月|年")
_SOFT_BREAK = cached_compile("和|与|及|同")
FORMER = "原前"  # a post held before: 美国|前|总统, 某某局|原|局长
# Latin letters belong to a name (TCL集团, 某某AI研究院); digits and marks end it (48|家集团)
_BOUNDARY = cached_compile(r"[^\u4e00-\u9fff·A-Za-z]")
_DIGIT_ORDINAL = LazyPattern(r"第\d{1,4}[届次期]")
# Heads an organ phrase starts with, besides a country or a region of China.
_ORGAN_HEADS = ("中共", "中央", "国务院", "全国", "国家", "最高人民", "中国", "联合国", "世界", "国际", "亚洲", "欧洲",
                "大会", "主席团", "常委会", "军委",  # 常委会|党组书记, 军委|政治工作部主任: the short form after the full one
                "非洲", "人民", "解放军", "中宣部", "中组部", "中联部",
                # blocs and foreign parties printed by their short names (欧盟委员会|主席, 越共中央|总书记)
                "欧盟", "东盟", "非盟", "阿盟", "北约", "上合组织", "金砖国家", "二十国集团", "亚太经合组织",
                "越共", "古共", "苏共")
_LEVEL_WORDS = ("自治区", "自治州", "自治县", "街道", "省", "市", "区", "县", "州", "盟", "旗", "乡", "镇")
# common nouns that open with a level word's character and name no level (某某共同|市场基金会: no 市)
_COMMON_NOUNS_AT_LEVEL = ("市场", "市民", "区域", "区块", "县城", "省份", "乡村", "镇上")
_ORDINAL_LIST = cached_compile(r"第[一二三四五六七八九十百\d]{1,3}(?:、[一二三四五六七八九十百\d]{1,3})*、")
_ORDINAL = LazyPattern(r"第?[一二三四五六七八九十百零〇\d]{1,4}(?:、[一二三四五六七八九十百零〇\d]{1,3})*[任届]")
_CHINA = ("中国", "中华人民共和国")
# Words that make a phrase a unit's name, wherever they stand in it (某某大学|物理所, 某某行业协会,
# 某某学校): posts in schools, hospitals, associations and firms are printed after the unit's name.
# Such a phrase has no head of its own, so it must open where a phrase surely does: after a mark,
# or after a word that governs the post (的, 任, 采访), not after a date's 日 or a break read inside a
# word (日|中经济协会, 华为|公司, 48|家集团); and the unit word must follow a name (not 委员会|主任 alone).
_UNIT_WORDS = cached_compile("大学|学院|学校|中学|小学|幼儿园|医院|卫生院|研究院|研究所|研究中心|科学院|协会|学会|商会|"
                         "联合会|基金会|公司|集团|银行|工厂|委员会|事务所|领导小组|指挥部")
_MAX_UNIT = 16
# a number and its counter before a post (一名, 两位, 3个): how many hold it, no organ
_HEADCOUNT_TEXT = r"[一二三四五六七八九十两几\d]{1,3}[名位个]"
_HEADCOUNT = LazyPattern(_HEADCOUNT_TEXT)
_HEADCOUNT_BEFORE = LazyPattern(_HEADCOUNT_TEXT + "$")  # ending where a post starts
# kinds of school printed bare before an occupation, as a part of it (中学教师, 大学教授)
_KINDS_OF_SCHOOL = frozenset(("大学", "中学", "小学", "高中", "初中", "高校", "幼儿园", "中专", "职高"))
# organs of state printed bare before their posts, the country's name said before or not at all
# (某国人民联盟主席、政府总理; 内阁官房长官)
BARE_STATE_ORGANS = frozenset(("政府", "内阁", "议会", "国会", "联邦政府", "王国政府", "过渡政府"))

_UNIT_OPENERS = frozenset("的 是 任 兼 在 由 被 向 对 从 据 将 当 即 并 原 前 曾 现".split())
# Organs that belong to a region when its short name heads them (山西|代表团, 浙江|省委).
_REGION_ORGANS = _LEVEL_WORDS + ("代表团", "党委", "政府", "人大", "政协", "纪委", "委", "团")


@cache
def countries() -> frozenset[str]:
    """The names of countries, present and former (ner_places.tsv)."""
    return frozenset(name for name, kind in world_places().items() if kind in ("country", "country_former"))


def _named_head(phrase: str) -> bool:
    """Whether ``phrase`` opens with a region, a country or an organ (not a bare level word: 州省…)."""
    head = _head(phrase)
    return head is not None and head[0] != "level"


_LONGEST_COUNTRY = 10  # characters of the longest country name (波斯尼亚和黑塞哥维那)


# what joins a country at the head of a post to another before the post word (中国驻美国大使,
# 中国常驻联合国代表, 俄罗斯和叙利亚总统, 中国、美国两国元首)
_BEFORE_POSTS_COUNTRY = frozenset("驻和与及、同对")


def _inside_longer_country(phrase: str, length: int) -> bool:
    """Whether the country's name of ``length`` characters ending ``phrase`` (its formal form too)
    is the tail of a longer one's (白|俄罗斯, 赤道|几内亚, 巴布亚新|几内亚, 南|苏丹, 索|马里)."""
    formal = next((len(w) for w in _FORMAL_COUNTRY_ENDS if phrase.endswith(w)), 0)
    base = phrase[:len(phrase) - formal]
    return any(base[-n:] in countries() for n in range(length - formal + 1, len(base) + 1))


_FORMAL_COUNTRY_ENDS = ("共和国", "王国", "联邦")


def _country_at_end(phrase: str) -> int:
    """The length of a country's name ending ``phrase`` after something else (its formal name too:
    葡萄牙共和国), or 0."""
    formal = next((len(w) for w in _FORMAL_COUNTRY_ENDS if phrase.endswith(w)), 0)
    for n in range(min(_LONGEST_COUNTRY, len(phrase) - formal - 1), 1, -1):
        if phrase[len(phrase) - formal - n:len(phrase) - formal] in countries():
            return n + formal
    return 0


def _heads_a_post(text: str, begin: int, conjunction: re.Match, start: int) -> bool:
    """Whether what follows a conjunction heads the post by itself (俄罗斯和|叙利亚总统, 人民大会堂同|
    世界银行行长): not where it is an organ's and a country and a field precede the conjunction
    (法国外交与|国际发展部部长: one ministry named by two fields)."""
    after = _head(text[conjunction.end():start])
    if after is None:
        return False
    if after[0] != "organ" or conjunction.group() == "同":
        return True
    before = text[begin:conjunction.start()]
    head = _head(before)
    # a country and a field of two to four characters (法国|外交, 阿根廷|投资) before 与, 和 or 及
    return not (head is not None and head[0] == "country" and 2 <= len(before) - head[2] <= 4
                and before[-1] not in ORGAN_ENDS)


def _holder_named_before(text: str, lo: int, at: int) -> bool:
    """Whether a post and its holder's name end at ``at`` (美国贸易代表某某|和财政部长某某): the phrase
    before the conjunction is another person's, no part of the next post."""
    for length in range(2, 6):
        name = text[at - length:at]
        if at - length <= lo or not (is_transliteration(name, shortest=2) or plausible_name(name)):
            continue
        if any(at - length - k >= lo and text[at - length - k:at - length] in titles() for k in (2, 3, 4)):
            return True
    return False


@lru_cache(maxsize=1 << 14)  # pure, over static tables; the organs in front of posts recur
def _head(phrase: str) -> tuple[str, Region | None, int] | None:
    """What an organ phrase starts with: (kind, the region where a region of China heads it, the
    length of a country's or region's name)."""
    country = next((n for n in range(min(_LONGEST_COUNTRY, len(phrase)), 1, -1) if phrase[:n] in countries()), 0)
    region = region_at_start(phrase)
    if country and (region is None or country >= region[1]):  # the longer wins, a country at a tie
        return "country", None, country
    if region is not None:
        return "region", *region
    if phrase.startswith(_ORGAN_HEADS) or _ORDINAL.match(phrase):
        return "organ", None, 0
    if phrase.startswith(_LEVEL_WORDS):
        if not phrase.startswith(_COMMON_NOUNS_AT_LEVEL):
            return "level", None, 0
        if phrase[-1] in ORGAN_ENDS:
            return "organ", None, 0  # 市场监管总局: an organ's name all the same
    return None


_MINISTER = "部长"  # the head of a 部, whose name the post word completes
_MINISTRY_OPENERS = frozenset("兼、，,：:（(\n ")


def _ministry(phrase: str) -> bool:
    """Whether a phrase with no head, opening after a mark, is an organ's short name: three or four
    characters ending as a ministry's or a commission's does (农业部, 卫生部, 铁道部; a ministry's name carries no 国务院)."""
    return 3 <= len(phrase) <= 4 and phrase[-1] in "部委局署办厅" and not phrase.startswith(_LEVEL_WORDS)


def _names_unit(phrase: str, lead: str) -> bool:
    """Whether a phrase with no head names a unit or a ministry, read with ``lead``, the unit's
    word a title opens with (某某|集团董事长: 某某集团)."""
    return unit_name(phrase) or _ministry(phrase) or bool(lead) and (unit_name(phrase + lead) or _ministry(phrase + lead))


# A firm's officers that the title lexicon files as professions (printed of anyone, 分析师认为), and
# whose firm is printed in front of them all the same (某某科技|首席技术官)
_FIRM_OFFICERS = frozenset("总监 首席技术官 首席投资官 首席经济学家 分析师 创始人".split())
_MAX_FIRM = 8
_FIRM_OPENERS = frozenset("兼的")
_NAME_CHAR = cached_compile(r"[\u4e00-\u9fff0-9A-Za-z]")
_CLOSING_QUOTES = frozenset("”’」』\"'")
# Posts whose word is a verb too (主管 "is in charge of"): read as a post only where printed as one
VERB_POSTS = frozenset(("主管",))
# Ranks a firm prints before a post (高级副总裁, 资深合伙人): the post as printed (高级工程师 and
# 首席执行官 are posts of the lexicon already)
FIRM_RANKS = ("高级", "资深", "首席")
# Characters no firm's short name holds: function words, demonstratives, numerals and counters
# (该|总经理, 一位|副总裁, 公司的|总裁)
_NOT_IN_FIRM = frozenset("的了在是和与及或等为把被从对向将也都就又还再已这那该其此本每各某位名个几多"
                         "一二三四五六七八九十百千万两")


def _names_firm(text: str, begin: int, start: int, title: str) -> bool:
    """Whether text[begin:start], a phrase with no head opening a clause, is the name of the firm
    whose post follows (，联发科|总经理, ”紫光展锐|高级副总裁, 兼阿里云智能|总裁): a firm's name has no
    word that marks it as one (公司, 集团), so the post and the clause's opening vouch for it. Not a
    name (赵明远|总经理: his, printed after him), a word the lexicons know (公司, 企业) or a phrase with
    a function word or a numeral in it. It opens after a mark, 兼 or 的 (not after a verb, which may
    have cut a word: 决定|延长自民党|总裁任期, 对|外经济政策主管), and a post that is a verb too (主管道)
    or that closes a quotation (“城市合伙人”计划) is no firm's."""
    if title.startswith(FIRM_RANKS) and title not in titles():
        title = title[2:]  # 高级|副总裁: the rank a firm prints before the post (people.find_titles)
    entry = titles().get(title)
    if entry is None or not (entry.category == "state_firm" or title in _FIRM_OFFICERS):
        return False
    end = start + len(title)
    if title in VERB_POSTS or text[end:end + 1] in _CLOSING_QUOTES \
            or (begin > 0 and text[begin - 1] not in _FIRM_OPENERS and _NAME_CHAR.match(text, begin - 1)):
        return False
    phrase = text[begin:start]
    if not 2 <= len(phrase) <= _MAX_FIRM or not _NOT_IN_FIRM.isdisjoint(phrase) \
            or not all("\u4e00" <= c <= "\u9fff" or c.isascii() and c.isalpha() for c in phrase):
        return False
    held = name_at(text, begin)
    return not (held and begin + len(held) >= start) and not is_known_word(phrase)


def unit_name(phrase: str) -> bool:
    """Whether a phrase with no head names a unit (某某行业协会, 某某大学物理所)."""
    m = _UNIT_WORDS.search(phrase)
    return m is not None and m.start() >= 2 and len(phrase) <= _MAX_UNIT


def widen(text: str, start: int, floor: int, title: str) -> tuple[int, str, Region | None] | None:
    """The post whose title word starts at ``start``, read left no further than ``floor`` (the end
    of the previous title or name): (where it begins, the post without a heading region's name,
    that region); None where nothing in front belongs to the post.

    A post once held is printed with 原 or 前 between its organ and the title word (美国前总统,
    中央统战部原部长, 福州市公安局原局长): the organ is the post's all the same. The word stays
    where the post is printed whole (美国前总统); where a region heads it, the region moves to
    ``region`` and the post is its level's (福州市 + 市公安局局长), whoever held it when."""
    if start - 1 > floor and text[start - 1] in FORMER:
        held = _widen(text, start - 1, floor, title)
        if held is not None and _names_organ(text[held[0]:start - 1]):
            begin, post, region = held
            return begin, post if region is not None else post[:-len(title)] + text[start - 1] + title, region
        if held is not None and _level_organ(text[held[0]:start - 1]):
            return held  # 、省政府|原|副省长: the organ of the chain's region, the post its level's (省政府副省长)
    return _widen(text, start, floor, title)


# The last characters of organs' and units' names (外交部, 统战部, 公安局, 扶贫办, 人民银行, 党支部, 中心, 政协, 妇联, 联合国)
ORGAN_ENDS = frozenset("部委局厅办院会行署司处所站队党组社团校府心室协联国")


def _names_organ(phrase: str) -> bool:
    """Whether ``phrase`` is a whole organ's or country's name, as a post once held is printed after
    (not a verb's object: 法院批捕|前总统; not a level word alone: 市委|原常委)."""
    if phrase.startswith(_LEVEL_WORDS):
        return False
    return phrase[-1:] in ORGAN_ENDS or phrase.endswith(_LEVEL_WORDS) \
        or phrase in countries() or _country_at_end(phrase) > 0


def _level_organ(phrase: str) -> bool:
    """Whether ``phrase`` is an organ of a region's level printed without the region (省政府, 市委,
    县人大常委会): the region is the context's, as for the post word alone."""
    return len(phrase) >= 2 and phrase.startswith(_LEVEL_WORDS) and phrase[-1] in ORGAN_ENDS \
        and not phrase.startswith(_COMMON_NOUNS_AT_LEVEL)


def _in_place_name(text: str, at: int, lo: int, hi: int) -> bool:
    """Whether the character at ``at`` is inside the name of a region of China (2 or 3 characters)
    or of a country (2 to 5: 尼日尔, 尼日利亚), within ``lo``–``hi``."""
    return any(lookup(text[a:a + n]) is not None for n in (2, 3) for a in range(max(lo, at - n + 1), at + 1)
               if a + n <= hi) \
        or any(text[a:a + n] in countries() for n in (2, 3, 4, 5) for a in range(max(lo, at - n + 1), at + 1)
               if a + n <= hi)


def _widen(text: str, start: int, floor: int, title: str) -> tuple[int, str, Region | None] | None:
    lo = max(floor, start - _MAX_WIDTH)
    cut = None
    ordinals = [(m.start(), m.end()) for m in _DIGIT_ORDINAL.finditer(text, lo, start)] if "第" in text[lo:start] else ()
    for m in _BOUNDARY.finditer(text, lo, start):
        if not any(a < m.start() < b for a, b in ordinals):  # 第24届冬奥会…: the digits are the organ's
            cut = m.end()
    begin = cut if cut is not None else lo
    if cut is None and lo > floor:  # cut by width, perhaps inside a word (贵|州省六盘水市…): from a head on
        begin = next((i for i in range(lo, start - 1) if _named_head(text[i:start])), lo)
    if (ordinals := _ORDINAL_LIST.search(text, max(0, begin - 8), begin)) and ordinals.end() == begin:
        begin = ordinals.start()  # 第六、七届全国人大常委会副委员长: one post of two terms
    # the phrase opens after a mark (not after a digit or a Latin letter: 48|家集团)
    opened = cut is not None and begin == cut and not text[cut - 1].isalnum()
    for m in HARD_BREAK.finditer(text, begin, start):
        if len(m.group()) == 1 and _in_place_name(text, m.start(), begin, start):
            continue  # 太原|市委, 日喀则|市: the character is a place's, no word of its own
        begin = m.end()
        opened = len(m.group()) > 1 and m.group()[-1] not in "日月年" or m.group() in _UNIT_OPENERS
    if (count := _HEADCOUNT.match(text, begin, start)) is not None:
        begin, opened = count.end(), True  # 一名|中学教师, 两位|副省长: a headcount opens the noun phrase
    if begin >= start:
        return None
    if text.startswith("应", begin) and _head(text[begin + 1:start]) is not None:
        begin += 1  # 应|俄罗斯联邦委员会主席…邀请: the invitation's verb, not the organ's name
    phrase = text[begin:start]
    whole = _head(phrase)
    # a title that opens with a unit's word (集团董事长, 研究院院长) ends the unit's name in front of it
    # (部长 after 国库: 国库部 is a ministry's name the post word completes, as 财政部长's 财政部)
    # only after a mark or 兼 (对|外部部长, 任|命卫生部长: the cut fell inside a word)
    lead = m.group() if (m := _UNIT_WORDS.match(title)) else \
        title[0] if title == _MINISTER and (begin == 0 or text[begin - 1] in _MINISTRY_OPENERS) else ""
    unit = whole is None and (opened or begin == 0) and _names_unit(phrase, lead)
    for m in _SOFT_BREAK.finditer(text, begin, start):  # 韦斯特林和|法国总统, 俄罗斯和|叙利亚总统
        if (whole is None and not unit) or _heads_a_post(text, begin, m, start) \
                or _holder_named_before(text, begin, m.start()) \
                or (is_transliteration(text[m.end():start], shortest=2)  # 人民大会堂同|杜特尔特|总统: the holder's name
                    and not (whole and whole[0] == "country" and m.start() < begin + whole[2])):  # 阿尔及|利亚
            begin = m.end()
    phrase = text[begin:start]
    head = _head(phrase) if phrase else None
    if head is None and unit and _names_unit(phrase, lead):
        head = ("organ", None, 0)  # 某某大学物理所|所长, 某某学校|校长, 农业部|部长
    if head is None and phrase in _KINDS_OF_SCHOOL and (entry := titles().get(title)) is not None \
            and entry.category == "profession":
        head = ("organ", None, 0)  # 中学|教师, 大学|教授: the kind of school an occupation is printed with
    if head is None and phrase in BARE_STATE_ORGANS and (entry := titles().get(title)) is not None \
            and entry.category != "profession":
        head = ("organ", None, 0)  # 政府|总理, 议会|议长: the state's organ, printed without its country
    if head is None and whole is None and _names_firm(text, begin, start, title):
        head = ("organ", None, 0)  # ，联发科|总经理, 兼阿里云智能|总裁: the firm's name, whatever it ends with
    if head is None:
        return None
    kind, region, length = head
    if kind in ("organ", "region") and (country := _country_at_end(phrase)):
        # 中国—东盟关系协调国|泰国|总理: a country printed right before the post is the post's
        begin, phrase, kind, length = start - country, phrase[-country:], "country", country
    elif kind == "country" and (country := _country_at_end(phrase)) and phrase[-country - 1] not in _BEFORE_POSTS_COUNTRY \
            and not _inside_longer_country(phrase, country):
        # 俄罗斯媒体援引|俄罗斯|总统: a clause about one country, then another's post (or the same's); not
        # 中国驻|美国|大使, 俄罗斯和|叙利亚|总统, where the first country is the post's too
        begin, phrase, length = start - country, phrase[-country:], country
    entry = titles().get(title)
    if entry is not None and entry.category == "media":
        return None  # 新华社记者: the outlet is not the post
    if kind == "country" and phrase.startswith(_CHINA) and entry is not None and entry.level == "national":
        return None  # 中国国家主席: China's own state posts are printed without the country
    post = phrase + title
    if region is None:
        return begin, post, None
    if post.startswith(region.name):  # 新疆维吾尔|自治区党委书记: the full name runs into the title word
        length = len(region.name)
    printed, rest = post[:length], post[length:]
    if region.name.endswith("特别行政区") and rest.startswith("特区") and len(rest) > 2:
        return begin, rest[2:], region  # 香港|特区|行政长官: 特区 is the region's level word, short
    inner = _head(rest)
    if inner is not None and inner[0] == "region" and inner[1].province_code == region.province_code:
        region, printed, rest = inner[1], rest[:inner[2]], rest[inner[2]:]  # 山东省|济南市|公安局局长
    elif not _level_word_printed(printed, region) and not rest.startswith(_REGION_ORGANS):
        return begin, post, None  # 北京师范大学教授: the place names the organ, not the post's region
    if region.level == "county" and (city := tables().by_code.get(region.parent_code)) is not None \
            and rest and not rest.startswith(_LEVEL_WORDS):
        # a county's or district's unit (某某区|个体劳动者协会秘书长): the GUIDE's regions are provinces and
        # cities, so the post keeps the county's name and the region is its city
        return begin, (printed if _level_word_printed(printed, region) else region.name) + rest, city
    return begin, keep_level_word(printed, region, rest), region


def _level_word_printed(printed: str, region: Region) -> bool:
    """Whether the region's name is printed with its level word (广州市, 黔东南州), not only ending
    in the character of one (广州|大学: 州 is part of the short name)."""
    if printed == region.name:
        return printed.endswith(_LEVEL_WORDS)
    word = next((w for w in _LEVEL_WORDS if printed.endswith(w)), None)
    if word is None or len(printed) <= len(word):
        return False
    shorter = lookup(printed[:-len(word)])
    return shorter is not None and shorter.code == region.code


# The organs of a region's government and party, which its level word heads (自治区农业农村厅, 县教育局,
# 市委): a school or a firm (杭州市|学军中学) is in the place, not an organ of its level.
_LEVEL_ORGAN = LazyPattern(r"^(?:[\u4e00-\u9fff]{0,8}?(?:委员会|委|厅|局|办公室|办|署|政府|人大|政协|法院|检察院|党委|纪委|(?<!支)部|团))")


def keep_level_word(prefix: str, region: Region, title: str) -> str:
    """The title with the level word the printed region ends with (西藏自治区 + 农业农村厅厅长 →
    自治区农业农村厅厅长), unless the title names a level already (辽宁省 + 副省长 → 副省长) or its
    organ is no organ of that level (杭州市 + 学军中学校长 → 学军中学校长)."""
    for word in _LEVEL_WORDS:
        if prefix.endswith(word) and region.name.endswith(word) and len(prefix) > len(word):
            if title.startswith(_LEVEL_WORDS) or re.match(f"(?:常务)?副?{word}长", title) or region.name.endswith("特别行政区"):
                return title
            if len(title) > 3 and not _LEVEL_ORGAN.match(title):
                return title  # a bare short post (主任, 委员) keeps the level word it was printed with
            return word + title
    return title


# 任命A、B（女）为T / 决定A、B同志为T / A同志任T / 选举A为T; 免去A的T职务
_NAME = r"[\u4e00-\u9fff·]{2,9}?(?:[（(][\u4e00-\u9fff]{1,4}[）)])?"
CAREER_VERBS = r"曾任|历任|先后任|曾担任|先后担任"  # posts held before: a list of them may follow, split by ，
# verbs of taking up a post (就任, 升任, 调任…: the post is the subject's from then on) and of having
# held one (当过, 做过, 干过: an occupation as often as a post)
TAKING_UP_VERBS = r"就任|升任|调任|转任|接任|继任"
HAD_HELD_VERBS = r"当过|做过|干过"
CAREER_BEFORE = LazyPattern(rf"(?:{CAREER_VERBS})$")
_NEW_POST_VERB = LazyPattern(rf"{TAKING_UP_VERBS}|{HAD_HELD_VERBS}")
# what stands between a holder and the predicate; a clause that opens on one (，先后担任…) has no holder of its own
_ADVERBS = "现|目前|此前|曾经|曾|又|也|还|已|后来|随后|生前|先后|尚未|即将|正式|刚刚|宣誓|在"
# when the holder took or held the post, printed between the name and the predicate (某某1962年|任…,
# 某某当年|在某地任…)
_WHEN = r"(?:[0-9０-９]{2,4}年(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?|当年|那年|早年|同年|次年|当时|那时)"
_HOLDERS = LazyPattern(rf"(?:^|(?<=[，。；：:\n、]))(?:在(?=[^，。；]{{2,9}}?担任))?(?P<trigger>任命|决定|选举|提名|同意|批准|推选|补选|增补|增选|聘任|委任|宣布)?"
                      rf"((?!{_ADVERBS})(?:{_NAME})(?:、{_NAME})*?)(?:同志)?{_WHEN}?(?P<adverb>{_ADVERBS})?"
                      rf"(?P<verb>为|作为|成为|{CAREER_VERBS}|{TAKING_UP_VERBS}|{HAD_HELD_VERBS}|任|担任|出任|当选为|当选|兼任|改任|是)$")
# a name, a comma, then where the post is held before 任 (赵明远， 在某某公司任|高级主管): the name is
# read from the characters before the comma
# (or where the holder went to take it up: 赵明远到某某县担任|县委书记)
_HELD_WHERE = LazyPattern(r"([\u4e00-\u9fff·]{2,8})(?:[，,]\s*)?(?:[0-9０-９]{2,4}年(?:[0-9０-９]{1,2}月)?)?"
                          r"[在到赴][\u4e00-\u9fffA-Za-z0-9]{2,16}?(?<![第届一二三四五六七八九十])(?:担任|任|当)$")
# what may stand between the name and 在 (赵明远当年|在…任): no part of the name
_BEFORE_WHERE = LazyPattern(rf"(?:{_WHEN}|曾经|曾|也|还|又|现|已|却|都|就|便|则|仍|一直|长期|多年|后来|随后|先后)+$")
# the appointment formula after other words of the sentence (会议任命赵明远为…): the trigger opens the names
# (递补: alternates fill the vacancies, their rank printed before them: 递补中央委员会候补委员A、B为中央委员会委员)
_APPOINTED = LazyPattern(rf"(?P<trigger>任命|选举|提名|推选|补选|增补|增选|聘任|委任|递补)(?:[\u4e00-\u9fff]{{0,8}}?候补委员)?"
                         rf"({_NAME}(?:、{_NAME})*?)(?:同志)?(?P<verb>为|担任)$")
# A profile opens on the name of the person it is about, then (its first item) a fact of a biography:
# sex, nationality, ethnicity, birth, schooling, party (赵明远，男，1965年生…; 钱立新先生：1966年12月出生，汉族…;
# 孙海燕，中国国籍，硕士学历…)
_BIO_FACT = r"(?:[男女](?=[，,。；])|国籍|籍贯|[\u4e00-\u9fff]族(?=[，,])|出生|生于|\d{4}年(?:\d{1,2}月)?生|\d{2}岁(?=[，,])|参加工作|学历|学位|毕业)"
_PROFILED_NAME = r"[\u4e00-\u9fff]{2,4}?(?:·[\u4e00-\u9fff]{2,6})?"  # (艾力·某某: a minority name with its ·)
_PARTY_ITEM = r"(?:中共|中国共产党)?党员[，,。；]"  # the item whole: 作为一名党员 is no fact of a profile
_OPENING = (rf"\s*({_PROFILED_NAME})(?:先生|女士|同志)?[，,：:](?P<facts>)"  # (facts: where the facts start)
            # (a post may come first, or posts closed by 。: 某某先生，独立董事，美国国籍…; 某某：董事、董事会秘书。中国国籍…)
            rf"(?=(?:[^，,。；\n]{{2,12}}[，,。])?(?:[^，,。；\n]{{0,14}}?{_BIO_FACT}|{_PARTY_ITEM}))")
_BIO_OPENING = LazyPattern(_OPENING)  # matched where a sentence or a line starts (_sentence_starts)
_SENTENCE_END = LazyPattern(r"[\n。；]")
# the name opening it holds the posts its sentence states (…，现任…)
_PROFILE = LazyPattern(rf"(?:^|[\n。；]){_OPENING}[^。\n]{{0,80}}?(?:现任|曾任|历任|任|担任)$")
# A sentence of a profile that states a post with no subject of its own (2004年2月至今担任…董事长;
# 1993年至1997年，在某某公司担任…; 现任…; 历任…): the profile's person holds it
_DATE_SPAN = r"\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?(?:(?:至|到|—|－|-|~)(?:今|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?)|起|以来)?"
# a time the sentence is set in, other than dates (最近5年曾任…, 目前还担任…, 报告期内任…)
_TIME_ADVERBIAL = r"(?:最近|近|过去)[\d一二三四五六七八九十]{1,2}年(?:来|内|中)?|目前|此前|报告期内|期间"
# a profile's predicate of a post: an adverb, then a verb of holding one
_PROFILE_ADVERBS = "现|曾|先后|后|又|还|也"
_HOLDING_VERBS = rf"{CAREER_VERBS}|{TAKING_UP_VERBS}|任|担任|出任|兼任"
# (after up to three clauses of the same sentence that have no subject either: 曾就职某某厂，|现任…;
# _subjectless reads them for a name)
_SUBJECTLESS_POST = LazyPattern(rf"(?:^|(?<=[。；;\n]))\s*(?P<clauses>(?:[^，,。；;\n]{{1,40}}[，,]){{0,3}})(?:{_DATE_SPAN}[，,]?|{_TIME_ADVERBIAL})?(?:在[^，。；\n]{{2,30}}?)?(?:{_PROFILE_ADVERBS})?"
                                rf"(?:{_HOLDING_VERBS}|受聘为|当选为|当选|(?<=现)为)$")
_PROFILE_REACH = 1200  # characters back to the profile's opening
# (免去A兼任的T职务: the post A held beside another)
_REMOVED = LazyPattern(rf"(?:免去|免除|撤销)({_NAME}(?:、{_NAME})*?)(?:同志)?(?:兼任|担任|所任|所兼)?的$")
# 被推选为T的还有A、B; 当选为T的是A: the post in a clause of the choice, its holders named after it
_CHOSEN_AS = LazyPattern(r"(?P<trigger>任命|选举|提名|推选|补选|增补|增选|当选)为$")
_HOLDERS_AFTER = LazyPattern(rf"的(?:还|也)?(?:有|是)[：:]?({_NAME}(?:、{_NAME})*)(?:等|同志)?(?=[。；，,;\n]|$)")
# A同志不再担任T职务: the same removal, the holder its subject
_NO_LONGER = LazyPattern(rf"(?:^|(?<=[，。；：:\n、]))({_NAME}(?:、{_NAME})*?)(?:同志)?不再(?:担任|兼任)$")
# a clause that opens on the predicate, after a comma (，先后担任…, ，曾任…): its holder is the
# subject of the clause before
_CAREER_CLAUSE = LazyPattern(rf"[，,](?P<adverb>先后|曾经|曾|后来|随后)?(?P<verb>{CAREER_VERBS}|担任|出任)$")
_CLAUSE_OPENERS = "。！？；\n"
# what a name that is not the subject follows: a preposition or a verb that governs it
_OBJECT_AFTER = frozenset("对向和与同把被给让请跟从在为见")


def _clause_subject(text: str, comma: int) -> str | None:
    """The subject of the clause that ends at ``comma``, the first of its sentence (2014年某某来到这里，…;
    某某1990年参加工作，…): the first name read in its first twelve characters, not the object of a
    preposition or a verb (对某某说) and not inside a transliterated name."""
    start = max((text.rfind(c, 0, comma) for c in _CLAUSE_OPENERS), default=-1) + 1
    if text.find("，", start, comma) >= 0:
        return None  # one clause only: the sentence's first
    if is_transliteration(text[start:comma]):
        return text[start:comma]  # 亚历山大·斯图布，历任…: the clause is the name
    translit = cues()["translit"]
    at = start
    while at < min(comma, start + 12):
        name = name_at(text, at)
        if name and at > start and text[at - 1] in _OBJECT_AFTER:
            at += len(name)  # 对某某说: the object, and no name starts inside it
            continue
        if at > start and (text[at - 1] == "·" or text[at - 1] in translit and text[at] in translit):
            at += 1  # 佩|雷斯生于: inside a transliterated name, no Chinese name starts
            continue
        if name and plausible_name(name):
            return name
        at += 1
    return None


_PREDICATE_ENDS = "为任的选是过当"  # what a post stated as a predicate follows (任命A为|, A同志任|, 免去A的|, A当过|, A在某地当|)
_NUMERAL_CHARS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万亿多余几数")
_VERB_BEFORE_REN = frozenset("担出兼改继连留就上到接调升主委聘现曾历时一候离卸")  # 时任: "then serving", 候任: "-elect"; 下一任: a term, no name
# 新任, 前任, 在任 after a word that is no name (美国新|任国务卿, 同新|任秘书长); after a name's first two
# characters the name may end in the character (某立新|任省委书记)
_MODIFIER_BEFORE_REN = frozenset("新前在")
_NOTE = LazyPattern(r"[（(][\u4e00-\u9fff]{1,4}[）)]$")


# What a predicate does to the post it states (Stated.change): a career's evidence of when a post
# was taken up or left
APPOINTED, ELECTED, NOMINATED, REMOVED, HELD_BEFORE = "appointed", "elected", "nominated", "removed", "held_before"
_TRIGGER_CHANGE = {"任命": APPOINTED, "聘任": APPOINTED, "委任": APPOINTED, "决定": APPOINTED, "批准": APPOINTED,
                   "同意": APPOINTED, "宣布": APPOINTED, "选举": ELECTED, "推选": ELECTED, "补选": ELECTED,
                   "增补": ELECTED, "增选": ELECTED, "递补": ELECTED, "提名": NOMINATED}
_VERB_CHANGE = {"当选": ELECTED, "当选为": ELECTED, "出任": APPOINTED, "改任": APPOINTED, "任": APPOINTED}


def _change_of(m: re.Match) -> str | None:
    """What the predicate ``m`` (_APPOINTED, _HOLDERS or _REMOVED) does to the post it states:
    appointed (任命A为T, A同志任T: the genre's word for an appointment), elected (选举, 当选),
    nominated, removed (免去A的T职务, A不再担任T职务), held before (曾任, 历任, 生前是); None where the post is only
    held (A是T, A担任T, A现任T)."""
    groups = m.groupdict()
    if "verb" not in groups:
        return REMOVED
    if groups.get("trigger"):
        return _TRIGGER_CHANGE.get(groups["trigger"])
    verb, adverb = groups["verb"], groups.get("adverb")
    if re.fullmatch(CAREER_VERBS, verb) or re.fullmatch(HAD_HELD_VERBS, verb) or adverb in ("此前", "曾经", "曾", "生前"):
        return HELD_BEFORE
    if re.fullmatch(TAKING_UP_VERBS, verb) and not adverb:
        return APPOINTED
    return _VERB_CHANGE.get(verb) if not adverb else None


def stated_holders(text: str, start: int, end: int) -> tuple[list[str], str | None]:
    """The names a post printed at ``start``–``end`` is stated of as a predicate: the holders of
    任命A、B为T, A同志任T, A作为T (作为, 成为: the 为 closes a word, not a name), and of 免去A的T职务
    (raw list items; the caller checks names); and what that predicate does to the post
    (_change_of), read from the same match."""
    count = _HEADCOUNT_BEFORE.search(text, max(0, start - 4), start) if start > 2 else None
    if count is not None and count.start() > 0 and text[count.start() - 1] in _PREDICATE_ENDS:
        start = count.start()  # 是|一名|中学教师: the predicate states the post all the same
    if start and text[start - 1] not in _PREDICATE_ENDS:
        # 是福建省|三明市委常委: the province printed before the post's region (looked up only where
        # a predicate's verb stands close before: nearly every post has none)
        before = text[max(0, start - 8):start]
        if any(c in before for c in _PREDICATE_ENDS) and (higher := region_at_end(before)):
            start -= higher[1]
    if text.startswith("的", end) and (chosen := _CHOSEN_AS.search(text, max(0, start - 6), start)) \
            and (named := _HOLDERS_AFTER.match(text, end)):
        # 同时被推选为|主席团常务主席|的还有A、B: the names after 的还有 were chosen for the post
        return [_NOTE.sub("", item).removesuffix("同志") for item in named.group(1).split("、")], \
            _TRIGGER_CHANGE.get(chosen.group("trigger")) or _VERB_CHANGE.get(chosen.group("trigger"))
    if (own := _OWN_UNIT.search(text, max(0, start - 6), start)) is not None:
        start = own.start()  # 现任|本公司|副董事长: the unit the sentence means, named by a deixis
    if start == 0 or text[start - 1] not in _PREDICATE_ENDS:
        return _profile_holder_past_unit(text, start, end), None
    before = text[max(0, start - 60):start]
    if ("在" in before or "到" in before or "赴" in before) and (where := _HELD_WHERE.search(before)):  # 赵明远， 在某某公司任|高级主管
        run = _BEFORE_WHERE.sub("", where.group(1))  # 赵明远曾|在…任, 赵明远当年|在…任
        lead = before[:where.start(1)] + run  # what the name ends, and what precedes it
        # not after a number: 40多|万名|到贫困村任第一书记 counts people, names none
        # 当 says "serve as" here but opens clauses too (却宁愿|在…当): a short name after it must be no
        # word ordinary text prints
        loose = where.group().endswith("当")
        return [n for n in (run[-3:], run[-2:]) if plausible_name(n) and lead[-len(n) - 1:-len(n)] not in _NUMERAL_CHARS
                and not (loose and len(n) == 2 and ordinary_word_band(n) > 0)][:1], None
    if (profile := _PROFILE.search(before)) and _opens_on_name(before, profile):
        return [profile.group(1)], None
    removal = text.startswith("职务", end)
    # (A同志不再担任|T职务 before _HOLDERS, which would read 不再 into the name)
    m = _APPOINTED.search(before) or (removal and _NO_LONGER.search(before)) or _HOLDERS.search(before)
    if m is None:
        m = _REMOVED.search(before) if removal else None
    if m is None:
        if text[end:end + 1] != "的" and (career := _CAREER_CLAUSE.search(before)) \
                and (subject := _clause_subject(text, start - len(before) + career.start())):
            return [subject], _change_of(career)  # 某某2014年来到这里，先后担任|县长、县委书记
        if _subjectless(before) and (subject := _profile_subject(text, start)):
            return [subject], None
        return [], None
    items = [_NOTE.sub("", item).removesuffix("同志") for item in m.group(2 if "trigger" in m.groupdict() else 1).split("、")]
    if m.groupdict().get("verb") == "任" and ((close := items[-1][-1:]) in _VERB_BEFORE_REN
                                             or close in _MODIFIER_BEFORE_REN and not plausible_name(items[-1][:-1])):
        return [], None  # 曾担任, 连任, 主任, 美国新任: 任 closes another word, not a name
    if m.groupdict().get("verb") == "是" and text[end:end + 1] not in "，。；、,;！":
        return [], None  # 赵明远是市委书记钱立新的…: the post must close the clause to be 赵明远's
    if "verb" in m.groupdict() and not m.group("trigger") and (m.group("verb") in ("为", "作为", "成为", "是", "当选")
                                                                  or m.group("adverb") or _NEW_POST_VERB.fullmatch(m.group("verb"))):
        # without 任命/决定/选举 the position vouches for no name: 先后…为|青海培养骨干教师, 美国现任|总统,
        # 这就是|…, 美国当选|总统 (-elect), nor a verb of taking up or having held one (中国外交官|就任…);
        # a name must read as one
        items = [item for item in items if plausible_name(item)]
    return items, _change_of(m)


# in a profile, the unit's own name may stand between the predicate and the post, unread as one
# (现任天房发展|董事, 任某某酒业股份有限公司职工|监事)
# (past the items of the list before it, parted by 、，及, whether the lexicon knows their posts or
# not, each opening with a unit's name in brackets or not: 曾任某厂计量室设备员、|主任助理;
# 现任某某(集团)公司董事，某某银行监事、某某控股有限公司|独立董事)
_UNIT_STRETCH = LazyPattern(r"(?:(?<=任)|(?<=现为))[^\s，,。；;、：:“”]{2,20}(?:(?:[、，,]|及)[^\s，,。；;、：:“”]{0,20}){0,6}$")
_UNIT_STRETCH_REACH = 150  # characters: seven items of twenty and their marks
_ITEM_CLOSERS = frozenset("、，,。；;及兼等（(\n")  # what closes an item of a list of posts ("" too: the text's end)


# a career's line with no predicate (…；2003年7月至2011年12月某某公司研发院|院长；), or a sentence that
# is a unit and the post alone (某某医药股份有限公司|非执行董事。)
_DATED_UNIT = LazyPattern(rf"(?:^|(?<=[。；;\n]))\s*(?:{_DATE_SPAN}[，,]?(?P<dated>))?[^\s，,。；;、：:“”]{{0,30}}$")


def _profile_holder_past_unit(text: str, start: int, end: int) -> list[str]:
    """The profile's person where a post follows the predicate past a unit's name (现任某某发展|董事),
    or where a line of the career or a sentence of its own states it (_DATED_UNIT): only a profile
    vouches for that reading; elsewhere the characters before a post are anyone's."""
    if not _openings(text):
        return []  # no profile in the text (nearly every news item): no search for its readings
    stretch = _UNIT_STRETCH.search(text, max(0, start - _UNIT_STRETCH_REACH), start)
    if stretch is None:
        line = _DATED_UNIT.search(text, max(0, start - 50), start)
        if line is None:
            return []
        dated = line.group("dated") is not None
        # a line after its dates, or a sentence the post closes; opening on no name (…至今赵某任: his)
        if (dated or text[end:end + 1] in "。；;\n") and not name_at(text, line.end("dated") if dated else line.start()) \
                and (subject := _profile_subject(text, line.start())):
            return [subject]
        return []
    if any(mark in stretch.group() for mark in "，,") and text[end:end + 1] not in _ITEM_CLOSERS:
        return []  # 现任某公司董事，与该公司董事长|赵某…: no item of the list (one closes at a mark), a clause of its own
    before = text[max(0, stretch.start() - 60):stretch.start()]
    if (profile := _PROFILE.search(before)) and _opens_on_name(before, profile):
        return [profile.group(1)]
    if _subjectless(before) and (subject := _profile_subject(text, stretch.start())):
        return [subject]
    return []


_PROFILE_ITEM = LazyPattern(r"[^，,、；;。\n]+")


def _profiled(name: str) -> bool:
    return plausible_name(name) or is_dotted_name(name)


# the opening's first item is the person's sex: nothing but a name stands before it
_SEX_FIRST = LazyPattern(r"[男女][，,。；;]")


def profile_openings(text: str) -> list[tuple[str, int]]:
    """The people profiles open on (孙某，男，1963年出生…; 钱某先生：中共党员…), and where their
    opening sentence's facts start: the opening vouches for the name as a post does; where the
    first fact is the sex (某某：男，…) a rare surname or a place's name (永康) reads as a name too."""
    return [(m.group(1), m.start("facts")) for m in _openings(text)]


@lru_cache(maxsize=4)
def _openings(text: str) -> tuple[re.Match, ...]:
    # tried where sentences start only: a pattern tried at every character costs the people stage
    # a tenth of its time (the people stage asks twice for each text: the cache holds the answer)
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    return tuple(m for start in starts if (m := _BIO_OPENING.match(text, start)) is not None and _opens_on_name(text, m))


def _opens_on_name(text: str, opening: re.Match) -> bool:
    """Whether a profile's opening (_BIO_OPENING, _PROFILE) opens on a name."""
    name = opening.group(1)
    return _profiled(name) or (_SEX_FIRST.match(text, opening.start("facts")) is not None and _name_by_position(name))


def _name_by_position(name: str) -> bool:
    return 2 <= len(name) <= 3 and not is_post_or_day(name) and not function_char_in(name)


def profile_ranks(text: str, openings: list[tuple[str, int]]) -> list[tuple[str, int, int]]:
    """The posts and ranks a profile's opening sentence lists among the facts of a biography
    (孙某，男，1963年出生，本科学历，高级工程师。): (the profile's person, start, end) of every item
    that is a title of the lexicon whole, or a unit's name and such a title (某某银行股份有限公司董事);
    items are split at ，、；."""
    found = []
    for name, facts in openings:
        stop = text.find("。", facts)
        stop = len(text) if stop < 0 else stop
        for item in _PROFILE_ITEM.finditer(text, facts, stop):
            rank = item.group().removesuffix("职称")  # 会计师职称: the rank named as one
            if rank in titles() or _unit_and_post(rank):
                found.append((name, item.start(), item.start() + len(rank)))
    return found


def _unit_and_post(item: str) -> bool:
    """Whether an item is a unit's name and a post of the lexicon, whole (某某银行股份有限公司|董事); not
    a predicate's (现任本公司|副董事长: the predicate's path reads it)."""
    return not _PREDICATE_OPENING.match(item) \
        and any(item[k:] in titles() and unit_name(item[:k]) for k in range(2, len(item) - 1))


_PREDICATE_OPENING = LazyPattern(rf"(?:{_PROFILE_ADVERBS})?(?:{_HOLDING_VERBS}|为)")


# what opens a clause before its subject, if any: a date, and an adverb (曾就职…: 曾 is no surname here)
_CLAUSE_DATE = LazyPattern(rf"\s*(?:{_DATE_SPAN}|同年|当年|次年|此后|其后|后来)?[，,]?(?:曾经|曾|现|先后|后|又|也)?")


def _subjectless(before: str) -> bool:
    """Whether ``before`` ends in a predicate of a post with no subject of its own
    (_SUBJECTLESS_POST), nor in the clauses of its sentence before it (同年，某某在湖南建立了…，任|:
    某某's post, not the profile's person's)."""
    m = _SUBJECTLESS_POST.search(before)
    if m is None:
        return False
    at = m.start("clauses")
    for clause in re.split("[，,]", m.group("clauses"))[:-1]:
        opening = _CLAUSE_DATE.match(before, at).end() if clause else at
        if name_at(before, opening) is not None:
            return False
        at += len(clause) + 1
    return True


def _profile_subject(text: str, start: int) -> str | None:
    """The person the profile that ``start`` is in is about: the name opening the last profile
    before it (_BIO_OPENING)."""
    before = [m for m in _openings(text) if start - _PROFILE_REACH <= m.start() and m.end() <= start]
    return before[-1].group(1) if before else None


# a unit named by a deixis between the predicate and the post (现任本公司|副董事长, 担任该公司|董事)
_OWN_UNIT = LazyPattern(r"(?<=[任为])(?:本|该|原)?(?:公司|集团|单位|行|院|校)$")


# 以某某主席赵明远为团长的代表团: the name (after its posts) leads the body the post is of
# 以某某为团长, 以某某任组长 (not 以及…曾担任, 以来…: 以 of another word, 任 of a verb of its own)
_LED_BY = LazyPattern(r"以(?![及来后前上下便])(?P<item>[^，。；以为任]{2,40}?)(?:为|(?<![担出兼现曾历时前就升调转接继])任)$")


def led_by(text: str, start: int) -> list[str]:
    """The holders of a post printed as 以X为T or 以X任T (以国务院副总理赵明远为团长, 以赵明远、钱立新为团长,
    以市委书记赵明远任组长): X's names, each after its posts."""
    m = _LED_BY.search(text, max(0, start - 42), start)
    if m is None:
        return []
    leaders = []
    for part in m.group("item").split("、"):
        item = _NOTE.sub("", part).removesuffix("同志")
        leader = item if plausible_name(item) else next(
            (tail for tail in (item[-3:], item[-2:])
             if len(item) > len(tail) and _ends_with_post(item[:-len(tail)]) and plausible_name(tail)), None)
        if leader is None:
            if _ends_with_post(item):
                continue  # 以中共中央政治局常委、全国政协主席赵明远为团长: a post of the next name's
            return []  # 以某某大学、某某学院为主: a list of anything but names
        leaders.append(leader)
    return leaders


def _ends_with_post(phrase: str) -> bool:
    return any(phrase[-k:] in titles() for k in range(2, min(len(phrase), 10) + 1))


def same_post(longer: str, shorter: str) -> bool:
    """Whether ``shorter`` is ``longer`` as printed without its organ (办公室主任 of 国务院港澳事务
    办公室主任) or in a short form (外长 of 外交部部长), not another post with the same ending
    (总理 of 副总理)."""
    if longer == shorter:
        return False
    if not longer.endswith(shorter):  # 外交部部长 of 外长: one post in two printed forms
        return len(longer) > len(shorter) and normalised_post(longer) == normalised_post(shorter)
    return not longer[:-len(shorter)].endswith(("副", "总", "常务", "执行", "名誉", "代", "第一", "专职", "秘书"))


def foreign_post(title: str) -> bool:
    """Whether a post is a foreign country's (意大利总理, 哥斯达黎加总统): its holder's name is
    transliterated."""
    head = _head(title)
    return head is not None and head[0] == "country" and not title.startswith(_CHINA)


def with_country_of(first: str, later: str) -> str:
    """A later post of one holder's list of posts (老挝某某党中央总书记、|国家主席) with the foreign
    country that opens the first one (国家主席 → 老挝国家主席, 国务卿 → 美国国务卿) where it prints no
    country or region of its own and the first is no former post (某国前总统、某银行行长)."""
    head = _head(first) if foreign_post(first) else None
    if head is None or first[head[2]] in FORMER or (own := _head(later)) is not None and own[0] in ("country", "region"):
        return later
    return first[:head[2]] + later


def organ_carried(previous: str, bare: str) -> str | None:
    """The post a bare item of one holder's list of posts names where the item before it printed
    the organ (吉林省委委员、|常委、|书记: 省委常委, 省委书记; 全国政协副主席、|秘书长: 全国政协秘书长):
    the organ of ``previous`` (its words before the longest post word the lexicon knows at its
    end) before ``bare``, where the lexicon knows that whole as a post; None otherwise (市委副书记、
    |市长: 市委市长 is no post, the mayor's office is the city's)."""
    if bare not in titles():
        return None
    for start in range(1, len(previous) - 1):
        if previous[start:] in titles():
            if _RANK_MODIFIERS.fullmatch(previous[:start]):
                return None  # 代省长、|省长: 代 is how the post was held, no organ
            carried = previous[:start] + bare
            return carried if carried in titles() else None
    return None


_RANK_MODIFIERS = LazyPattern(rf"(?:代|副|常务|执行|名誉|第一|专职|时任|[{FORMER}])+")


_NTH_HOLDER_IN = LazyPattern(r"第[一二三四五六七八九十百零\d]{1,4}任(?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1 << 14)  # pure, over the titles table; the same posts recur
def normalised_post(title: str) -> str:
    """The post a title names, in one form for all the ways it is printed: the title's own words,
    with the post word at its end (the longest one the lexicon knows) in its full form (外长 →
    外交部部长, 俄罗斯外长 → 俄罗斯外交部部长, 总书记 → 中共中央总书记, 特首 → 行政长官). A title
    the lexicon knows no post word of stands as printed; which holder it was (第六任) is no part of
    the post."""
    title = _NTH_HOLDER_IN.sub("", title)
    for start in range(len(title) - 1):
        entry = titles().get(title[start:])
        if entry is not None:
            full = entry.post or entry.title
            if start and full.startswith(_CHINAS_ORGANS):
                if title[:start] in _CHINA:
                    return full  # 中国国家主席: the full form names the country
                if _foreign(title[:start]):
                    return title  # 越南共产党中央政治局委员, 越南国家主席: the full form names China's organ
            return title[:start] + full
    return title


# the organs of China that a post's full form names (中央政治局委员 → 中共中央政治局委员, 国家主席 →
# 中华人民共和国主席, 委员长 → 全国人大常委会委员长)
_CHINAS_ORGANS = ("中共", "中国", "中华人民共和国", "全国人大", "全国政协", "国务院")
_FOREIGN_PARTY = LazyPattern(r"党|(?<!中)共")  # 越南共产党, 越共中央, 朝鲜劳动党 (not 中共中央)


def _foreign(organ: str) -> bool:
    """Whether the organ printed before a post is another country's or a party other than China's
    communist party (越南共产党中央, 越共中央, 老挝, 朝鲜劳动党)."""
    return _FOREIGN_PARTY.search(organ) is not None or any(
        organ[a:a + n] in countries() and organ[a:a + n] not in _CHINA
        for n in range(2, min(_LONGEST_COUNTRY, len(organ)) + 1) for a in range(len(organ) - n + 1))
