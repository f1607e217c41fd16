"""People: names with the titles stated with them, qualified by region, resolved in the document.

Where names come from (each a pattern that says a name is there, never a scan of all text):
- after a chain of titles: 省委书记、省人大常委会主任周立平; 四川省委副书记、成都市委书记施小琳;
- before a title that follows a name: 习近平总书记, 李建华总理, 周立平（辽宁省委书记、…）;
- enumerations before 出席/参加/陪同 or after 领导: 黄丽新、刘洁、彭家学出席;
- a name opening a paragraph before a verb of speech: 周立平指出;
- bylines (记者 X, 编辑 X) from the metadata.
Every later bare mention of a found name is linked to the same person. A title's region is its
explicit prefix (辽宁省委书记), else the region of the last explicit title of the same level,
else the document's most-mentioned region of that level.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain

from ..doc import Doc, Span
from ..lexmatch import Lexicon
from ..patterns import LazyPattern, cached_compile
from ..resources.loader import Region, common_surnames, region_words, titles
from . import lexicon
from .names import (
    BOUNDARY_WORDS,
    INNER_NAME_CHARS,
    LONG_BOUNDARY_WORDS,
    PREPOSITION_SURNAMES,
    PRONOUNS,
    VERB_BOUNDARIES,
    function_char_in,
    is_boundary,
    is_dotted_name,
    is_known_word,
    is_listed_word,
    is_post_or_day,
    is_transliteration,
    name_at,
    name_before,
    ordinary_word_band,
    plausible_name,
    rare_surname_word,
    transliteration_run_end,
    verb_after_given_name,
)
from .ner_lexicon import PLACE_SUFFIXES, SEPARATORS, cues, world_places
from .ner_lexicon import lexicon as recogniser_lexicon
from .person_cues import (
    GOVERNING_VERBS,
    free_starts,
    holder_position,
    opening_starts,
    recognised_names,
    title_windows,
    verb_windows,
    windows_at,
)
from .posts import (
    BARE_STATE_ORGANS,
    CAREER_BEFORE,
    CAREER_VERBS,
    FIRM_RANKS,
    FORMER,
    HAD_HELD_VERBS,
    HARD_BREAK,
    TAKING_UP_VERBS,
    VERB_POSTS,
    countries,
    foreign_post,
    keep_level_word,
    led_by,
    normalised_post,
    organ_carried,
    profile_openings,
    profile_ranks,
    same_post,
    stated_holders,
    unit_name,
    widen,
    with_country_of,
)
from .regions import home_region, lookup, province_of, region_at_end, tables
from .scan import at_start_or_after

REQUIRES = ("text", "regions")
ASSIGNS = "people"

_LEVEL_PREFIX = {"省": "province", "自治区": "province", "市": "prefecture", "州": "prefecture", "盟": "prefecture",
                 "县": "county", "区": "county", "旗": "county"}
# Titles printed after a name (习近平总书记, 李建华总理); 同志 marks a name without being a title.
# Where a name before a deputy post (王某副委员长主持) may start: after a break or 由
_NAME_OPENS = LazyPattern(r"[\s，。；、：:（(“由]")
_AFTER_NAME = ("总书记", "总理", "副总理", "委员长", "副委员长", "同志", "国家主席", "主席", "副主席")
# After these, a title is being used after a name (习近平总书记重要讲话), not before one.
# (also the adverbs that open no name, 都, 也, 还 …: 总统|都认为; 后: 就任总理|后出访; and 国: 主席国,
# the chair's country)
_POST_NAME_FOLLOWERS = cached_compile(r"(重要|强调|指出|关于|的|对|在|为|和|与|同|亲自|高度|多次|曾|要求|提出|作出|视察|考察|来|"
                                  r"指示|批示|讲话|号召|说|殷殷|深情|擘画|寄语|回信|贺信|致信|主持|出席|召集|召开|会|文章|站|证|节|们|"
                                  r"[都也还就又则便亦却后]|国)")


def _post_used_after_name(text: str, pos: int) -> bool:
    """Whether what follows a post at ``pos`` says the post follows its holder's name, no name
    following it (习近平总书记|重要讲话); 曾 is an adverb there (总书记|曾多次强调) unless a name
    opens on it whose given name is no frequent word (国家副主席|曾庆红)."""
    m = _POST_NAME_FOLLOWERS.match(text, pos)
    if m is None:
        return False
    if m.group() == "曾":
        name = name_at(text, pos)
        return ordinary_word_band(text[pos + 1:pos + 3]) >= 2 or name is None or len(name) < 3
    return True
# Military ranks are also the tail of ordinary words (任期中将…): not titles on their own.
_ORGAN_AFTER_TITLE = frozenset("团会处台席部府")  # 主席团, 主席台 (the rostrum), 执行主席席 (their seats), 参谋部, 司令部, 总统府
# 国王|学院, 总统|大学: a school named after a post; 作家|协会, 导演|学会, 律师|事务所: a body of its holders
_SCHOOL_AFTER_TITLE = frozenset(("学院", "大学", "中学", "小学", "协会", "学会", "事务"))
# 市长|信箱, 市长|热线, 省长|接待日: a channel to the post's holder, which the post's word names (no name follows)
_CHANNEL_AFTER_TITLE = ("信箱", "邮箱", "热线", "专线", "接待日")
# …主席会见, 总书记会晤, 书记部署: a verb opening with one of those characters (主席会议 stays an organ)
_VERBS_AFTER_POST = frozenset("会见 会谈 会晤 会同 会上 部署".split())
_AMBIGUOUS_TITLES = frozenset(["上将", "中将", "少将", "大校", "上校", "中校", "少校", "大尉", "上尉", "中尉", "少尉"])
_MEDIA_OUTLET = cached_compile(r"^[\u4e00-\u9fff]{1,8}?(社|报|台|网)(?=记者|编辑|通讯员|评论员)")
_SPEECH_VERBS = LazyPattern(r"(指出|强调|要求|表示|说|认为|介绍|希望|主持|宣布|代表|作|在|传达|讲话)")
# Where a list of names may begin: a clause start, or after 领导/负责同志 (the text's start too).
# Consuming, not (?<=…): a pattern that opens with a lookbehind is tried at every position.
# Every alternative opens with one literal character, so that re looks for those characters
# (a class or a group first makes it try every position); 同志 after 领导 is taken whenever it
# is there (possessive ?+), as an atomic group over 领导同志|领导 would take it.
_LIST_START = LazyPattern(r"，|。|；|,|;|：|:|\n|领导(?:同志)?+|负责同志|出席的有|还有")
_PLACES_AFTER = cached_compile(r"等(?>地区|地|省份|国家|国|城市|流域)(?![领负])")
_PARTICIPATE = cached_compile(r"(等)?(同志)?(出席|参加|列席|陪同|分别|先后|一同|共同|主持|讲话)")
# what a list of names read from a list start needs close after its first name (a minority name
# with its · runs to 13 characters, 等同志 to 3 more): a cheap test before reading the name
_LIST_OR_TAKING_PART = cached_compile(r"、|出席|参加|列席|陪同|分别|先后|一同|共同|主持|讲话")
# A leader's name at the head of a formulation: 习近平新时代中国特色社会主义思想, 邓小平理论.
# A name (2–4 characters) right before a bracketed post: 周立平（辽宁省委书记）. Found from the
# brackets (a scan for a name-led pattern tries every character): see _signatures.
_SIGNATURE_POST = cached_compile(r"[（(]([^（）()]{2,40})[）)]")
_OPEN_BRACKET = cached_compile(r"[（(]")
# what may stand before the first post of a bracket: when it was held (时任, 原)
_BRACKET_LEAD = cached_compile("(?:时任|现任|曾任|历任|原|前|系)?(?:我国|国内|国际|世界|全国)?(?:著名|知名|资深|杰出)?")
# a few words that say what kind of holder, before an occupation in a bracket (科普|作家, 国家一级|导演):
# Han characters, none of them a function word that would make the item a clause
_HOLDER_KIND = cached_compile(r"[\u4e00-\u9fff]{1,4}")
_CLAUSE_CHARS = frozenset("的为是在和与对被把将从向于任")
_NAME_CHARS = cached_compile(r"[\u4e00-\u9fff·]{1,4}")
_STOP = cached_compile("。")
_COMRADE = cached_compile("同志")
# A name that opens a clause before a verb of speech (周立平指出); the text's start is tried apart,
# so that the pattern opens with a character class and re can scan for it.
_SPEAKER_VERB_WORDS = "在讲话中|在会上|在发言中|在致辞中|指出|强调|要求|表示|认为|说(?=[，,：:])"
# and before the verbs of receiving, attending and inspecting, after the setting if one is printed
# (某某在北京会见…, 某某出席…), or talks with a partner (某某在北京同某某总统举行会谈; 会谈 alone is
# as often a noun: 伊核会谈重开): the subject of the clause's governing verb
_ACTOR_VERB_WORDS = "会见|接见|出席|主持|考察|调研|看望|慰问|视察"
_SPEAKER_VERB_WORDS += (rf"|(?:在[\u4e00-\u9fff]{{2,12}}?)?(?:{_ACTOR_VERB_WORDS}"
                        rf"|[同与][\u4e00-\u9fff·]{{2,14}}?(?:举行|进行)了?(?:会谈|会晤))")
_SPEAKER_VERBS = rf"(?={_SPEAKER_VERB_WORDS})"
_ANY_SPEAKER_VERB = cached_compile(_SPEAKER_VERB_WORDS)  # both speaker patterns need one: most items have none
_CLAUSE_SPEAKER = LazyPattern(r"[\n。 \u3000，：]([\u4e00-\u9fff·]{2,4}?)(?:等|同志)?(?:[还也又则亦])?" + _SPEAKER_VERBS)
# a clause opens after a comma too where a day or a time sets it (12日，某某在北京会见…; 同日，某某还会见了…;
# 当地时间上午，某某出席…), the genre's dateline order, and after the dateline's colon (消息：某某在发言中指出);
# after other commas the words are the sentence's own
_SETTING_BEFORE_COMMA = frozenset("日号天午晚间后")
_OPENING_SPEAKER = LazyPattern(r"([\u4e00-\u9fff·]{2,4}?)(?:等|同志)?(?:[还也又则亦])?" + _SPEAKER_VERBS)


@dataclass(slots=True)
class TitleHit:
    title: str
    start: int  # of the surface, region prefix included
    end: int
    region: Region | None
    explicit: bool


@dataclass
class Person:
    name: str
    titles: list[dict] = field(default_factory=list)
    mentions: list[list[int]] = field(default_factory=list)

    def add_title(self, hit: TitleHit, surface: str, change: str | None = None, post: str | None = None) -> None:
        """``change``: what the sentence did to the post (posts.stated_holders: appointed, removed …);
        ``post``: the post it names where the title alone does not say (_chain_posts)."""
        region = hit.region
        title = hit.title
        entry = _title_entry(title)
        if entry is not None and entry.category == "media":
            title = _MEDIA_OUTLET.sub("", title) or title  # 新华社记者 → 记者: the outlet is not the post
        if title.endswith(_RESIDENTS) or (region is not None and is_occupation(title) and not (post and not is_occupation(post))
                                          and not unit_name(title[:len(title) - len(_bare_occupation(title))])):
            # 某某县农民, 某某村村民, 某某市医生: where one lives or works, not an organ's post (a job word,
            # like 记者, has no region); a unit's staff keep the unit (某某市人民医院主任医师), an organ's
            # member the organ's (省委常委、|委员: 省委委员)
            title, region = _bare_occupation(title), None
        if title in _VOUCHING_ONLY:
            return  # 村民某某, 某村居民某某: where one lives vouches for the name but is no post one holds
        item = {"title": title, "region": _customary_name(region, title) if region else None,
                "region_code": region.code if region else None, "surface": surface, "post": normalised_post(post or title),
                "change": change}
        # one entry per post, in its fullest printed form (主任 of 国务院港澳事务办公室主任)
        for i, t in enumerate(self.titles):
            if t["region"] in (item["region"], None) or item["region"] is None:
                if t["title"] == title or same_post(t["title"], title):
                    if t["region"] is None and item["region"] is not None and t["title"] == title:
                        self.titles[i] = item
                    self.titles[i]["change"] = t["change"] or change
                    return
                if same_post(title, t["title"]):
                    self.titles[i] = item
                    item["change"] = change or t["change"]
                    return
        self.titles.append(item)


def _title_entry(title: str):
    """The lexicon's entry of a title, or of the post a deputy's 副 is printed before (副所长: 所长's)."""
    entry = titles().get(title)
    return titles().get(title[1:]) if entry is None and title.startswith("副") else entry


@cache
def _surname_initials() -> frozenset[str]:
    from ..resources.loader import surnames

    return frozenset(name[0] for name in surnames())


@lru_cache(maxsize=4096)
def _bare_occupation(title: str) -> str:
    """The occupation a post ends with (某某县农民 → 农民, 某某医院主治医师 → 主治医师)."""
    return next((title[i:] for i in range(len(title)) if title[i:] in titles() and is_occupation(title[i:])), title)


@lru_cache(maxsize=4096)
def is_occupation(title: str) -> bool:
    """An occupation or professional rank (老师, 医生, 工程师), printed of anyone, not only of its holders."""
    entry = titles().get(title)  # (副某某 falls to 某某's entry below, as any longer title does)
    if entry is None:
        entry = next((titles()[title[i:]] for i in range(1, len(title) - 1) if title[i:] in titles()), None)
    return entry is not None and entry.category == "profession"


@cache
def title_words() -> frozenset[str]:
    """The titles looked for in running text."""
    return frozenset(title for title in titles() if title not in _AMBIGUOUS_TITLES)


@cache
def _title_lexicon() -> Lexicon[str]:
    return Lexicon((title, title) for title in sorted(title_words()))


def find_titles(text: str, matches: list[tuple[int, int, str]] | None = None,
                region_ends: dict[int, int] | None = None) -> list[TitleHit]:
    """Title mentions, longest first, with an explicit region prefix where one is printed.
    Where a shared pass found them: ``matches``, every occurrence of a title in ``text``;
    ``region_ends``, the length of the longest region name (2–7 characters) ending at a position."""
    hits = matches if matches is not None else [
        (start, end, title) for start, end, title, _ in _title_lexicon().overlapping(text)]
    hits = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    title_starts = {start for start, _, _ in hits}
    chosen, last_end = [], -1
    for start, end, title in hits:
        if start < last_end or (text[end:end + 1] in _ORGAN_AFTER_TITLE and text[end:end + 2] not in _VERBS_AFTER_POST) \
                or text[end:end + 2] in _SCHOOL_AFTER_TITLE or text.startswith(_CHANNEL_AFTER_TITLE, end) \
                or text.startswith("委员会", end):
            continue  # 主席团, 委员会, 秘书处, 主席台, 顾问委员会, 市长信箱: the word names an organ, a place or a channel here, not a post
        if is_occupation(title) and _unit_after_occupation(text, end):
            continue  # 中|医院, 中国|中医|研究院, 学生们: the word heads a unit's name here or names a group, not a post
        if _starts_inside_country(text, start, title_starts):
            continue  # 英|国王|储查尔斯: the country is read whole and the post after it (英国|王储|查尔斯)
        if text[start - 1:start] == "任" and (nth := _NTH_HOLDER.search(text, max(0, start - 7), start)):
            start, title = nth.start(), nth.group() + title  # 香港特别行政区|第六任行政长官: the post as printed
        elif text[start - 2:start] in FIRM_RANKS and _firm_post(title):
            start, title = start - 2, text[start - 2:start] + title  # 某某公司|高级副总裁: the rank is the post's
        elif text[start - 1:start] == "副" and not title.startswith("副"):
            start, title = start - 1, "副" + title  # 某所|副所长: a deputy of any post the lexicon knows
        if text.startswith(_AIDES, end) and not text.startswith(_NOT_AIDES, end):
            aide = next(a for a in _AIDES if text.startswith(a, end))
            end, title = end + len(aide), title + aide  # 总统助理, 总裁助理, 董事长秘书: the aide's post, not the principal's
        elif envoy := _ENVOY_AFTER.match(text, end):
            end, title = envoy.end(), title + envoy.group()  # 秘书长叙利亚问题特使: the principal's envoy
        region, prefix_start = _region_before(text, start, region_ends)
        if region is None and (place := _served_in(text, start, region_ends)) is not None \
                and _holds_level(place, title_level(title)):
            region = place  # 在理县做县委书记: the place the sentence sets the post in (the prefix stays unprinted)
        if region is not None and text[start:start + 1] in "省市县区州旗盟" \
                and (printed := lookup(text[prefix_start:start + 1])) is not None:
            region = printed  # 台江|县教育局局长: the level word printed says which 台江 (县, not 区)
        if region is not None and (title.startswith(_INSTITUTION_HEADS) or _firm_post_after_county(region, title)) \
                and not text.startswith(region.name, prefix_start) and not text[start - 1] in "省市县区州旗盟":
            # 浙江|大学校长, 某湖|集团董事长: a place's short name heads an institution's name, not the
            # post's region (the place printed with its level word, 杭州市|…中学校长, stays the region)
            region, prefix_start = None, start
        if region is not None and region.level != "province" and _PROVINCIAL_POST.match(title):
            region, prefix_start = None, start  # 王建|新和|副省长: a county has no 省长; the name runs on
        if region is not None and title.startswith("全国"):
            region, prefix_start = None, start  # 钱立|新和|全国人大代表: no region has a national body's post
        if region is not None and title in _AFTER_NAME and _inside_name(text, prefix_start, start, region):
            region, prefix_start = None, start  # 张|德江|委员长: a name, not 德江县
        if region is not None and _inside_transliteration(text, prefix_start, start, region):
            region, prefix_start = None, start  # 奥|巴马|特别代表: a foreign name, not 巴马瑶族自治县
        if region is not None and region.level == "county" and text[prefix_start:start] == region.short \
                and title in _BODY_HEADS:
            region, prefix_start = None, start  # 委员会中方|主席: a side or a body's head, no county's post (中方县)
        if chosen and chosen[-1].end == prefix_start and region is None \
                and is_occupation(chosen[-1].title) and is_occupation(title):
            # 导演|艺术家: two occupations printed as one word are one title (导演艺术家)
            last = chosen[-1]
            chosen[-1] = TitleHit(last.title + text[prefix_start:start] + title, last.start, end, last.region, last.explicit)
        else:
            chosen.append(TitleHit(title, prefix_start, end, region, region is not None))
        last_end = end
    return chosen


# a unit's name goes on after an occupation that heads it (中医|院, 中医|研究院, 中医|药管理局, 警察|局,
# 律师|所, 刑警|大队, 学生|联合会, 学生|办公室, 警察|总署); not 所 as a particle (医生|所说, 医生|所在的医院)
_UNIT_AFTER_OCCUPATION = LazyPattern(r"(?:研究|科学)?[院所社馆站厂校局署厅药总]|[大支中]?队|中心|工作室|出版|办公|(?:联合|协|学|公)会")
_PARTICLE_SUO = ("所说", "所言", "所述", "所作", "所在", "所以", "所有", "所属", "所见", "所写", "所讲")
_WORD_OVER_END_BAND = 4  # 军|官员: a bigram this frequent in ordinary text is one word (names.ordinary_word_band)
# characters that follow a word without making one with it (艺术家|和演员, 老师|的姚某: 家和, 师的 are frequent
# bigrams all the same)
_FUNCTION_CHARACTERS = frozenset("和与及或的之在是说等对向为从把被将也都")


def _unit_after_occupation(text: str, end: int) -> bool:
    """Whether an occupation's word ending at ``end`` is no post there: it heads a unit's name, is
    plural (学生们, which no name follows), or its last character opens a frequent word (也门政府军|官员)."""
    after = text[end:end + 1]
    if after == "们" or ("\u4e00" <= after <= "\u9fff" and after not in _FUNCTION_CHARACTERS
                        and ordinary_word_band(text[end - 1:end + 1]) >= _WORD_OVER_END_BAND):
        return True
    return _UNIT_AFTER_OCCUPATION.match(text, end) is not None and not text.startswith(_PARTICLE_SUO, end)


# an aide's post is printed as the principal's post and the aide's word (总统助理, 校长助理, 董事长秘书,
# 总统发言人, 秘书长副发言人: the principal's office speaks, not the principal)
_AIDES = ("副发言人", "发言人", "助理", "秘书", "顾问")  # (the longest first)
_NOT_AIDES = ("秘书长", "秘书处")
# an envoy's post is printed as the principal's post, the matter sent on, and the envoy's word (联合国
# 秘书长叙利亚问题特使): one post, the envoy's (with no matter between, 主席特使 is the envoy's post
# widened over the principal's, 某某主席|特使, as any post over its organ)
_ENVOY_AFTER = LazyPattern(r"(?:(?!的)[\u4e00-\u9fff]){2,8}?(?:问题|事务)(?:特使|特别代表|特别协调员|特别顾问|私人代表)")


# 在某县做县委书记, 在某省任省长: a place, then a verb of holding, right before the post
_HOLDING_BEFORE = LazyPattern(r"(?:担任|出任|做|当|任)$")


def _served_in(text: str, start: int, region_ends: dict[int, int] | None) -> Region | None:
    """The region printed right before a verb of holding that precedes the post at ``start``, in a
    clause set by 在 (在临近某地的理县做|县委书记 → 理县)."""
    verb = _HOLDING_BEFORE.search(text, max(0, start - 2), start)
    if verb is None:
        return None
    at = verb.start()
    place, place_start = _region_before(text, at, region_ends)
    clause_start = max(text.rfind(c, 0, at) for c in "，。；！？\n") + 1
    return place if place is not None and "在" in text[clause_start:place_start] else None


def _starts_inside_country(text: str, start: int, title_starts: set[int]) -> bool:
    """Whether a post printed at ``start`` begins inside a country's name that another post follows
    (英|国王|储: 英国 + 王储): the characters belong to the country, as a name's to the name."""
    # the country ends where another post starts, one to four characters on (most posts: none does)
    for country_end in range(start + 1, start + 5):
        if country_end in title_starts:
            for length in range(country_end - start + 1, 6):  # it opens before ``start``
                if country_end >= length and text[country_end - length:country_end] in countries():
                    return True
    return False


# Heads of a body or a committee, which no county's short name alone prefixes (a county's are
# printed with the organ: 中方县政协主席)
_BODY_HEADS = frozenset("主席 副主席 执行主席 主任 副主任 组长 副组长 秘书长 团长 副团长".split())


def _firm_post(title: str) -> bool:
    """Whether ``title`` is a firm's or a profession's post (titles.tsv's categories)."""
    entry = _title_entry(title)
    return entry is not None and entry.category in ("state_firm", "profession")


def _firm_post_after_county(region: Region, title: str) -> bool:
    """A county's short name before a firm's or a profession's post (摩根|大通|首席投资官) is the
    tail of the firm's name: a county has organs, not firms of its own printed so."""
    return region.level == "county" and _firm_post(title)


_MAX_TRANSLIT = 8
# Titles that open with an institution's kind: a place's short name before them is the institution's name
_INSTITUTION_HEADS = ("大学", "学院", "中学", "小学", "学校", "医院", "集团", "公司", "银行", "研究院", "研究所", "科学院")
_PROVINCIAL_POST = LazyPattern(r"副?省(?:长|委)")  # posts only a province-level region holds


@lru_cache(maxsize=1 << 14)  # pure; asked of the characters before every name the recogniser reads
def _is_place(word: str) -> bool:
    """Whether ``word`` is a place name: a world place or a region of China (any of its forms)."""
    return word in world_places() or lookup(word) is not None


def _place_ends_at(text: str, end: int, lengths) -> bool:
    """Whether a place name (a world place or a region of China) of one of ``lengths`` ends at ``end``."""
    return any(_is_place(text[end - k:end]) for k in lengths if end >= k)


# What a place's name, not a person's, runs into: its classifier (康涅狄格|州, 哈卡斯|共和国)
_PLACE_CLASSIFIERS = tuple("州省市县区镇乡村族") + ("共和国",)  # and a people's: 哈萨克|族
_LIST_ITEM_MARKS = "、，,；;：:。（(“\n "
_COMMON_AS_SURNAME = "于"  # of the prepositions that are surnames, the one common as a surname
# Generic names of places (通名) that end no given name: 冷木|沟, 燕子|矶, 许民|村, 姜塘|湖
_PLACE_GENERICS = frozenset("省县镇乡村州盟旗岛湖湾沟峡桥营巷矶嘴坝寨屯堡峪淀族")
_DIRECTIONS = frozenset("东西南北")


def _short_name_before_de(text: str, pos: int) -> str | None:
    """A two-character name right after a post and before 的 (县委书记|南某|的耳朵里): the post vouches
    for it where the patterns want a boundary word after a short name; not a word (书记|本人的), a
    role after the post (市长|顾问的) or a place (五华县|长江村的)."""
    name = text[pos:pos + 2]
    if text[pos + 2:pos + 3] != "的" or _ROLE_NOUN.match(text, pos) or not plausible_name(name, strict=False) or is_known_word(name) \
            or _reads_as_words(name) or name[0] not in _surname_initials() or name[-1] in _PLACE_GENERICS:
        return None
    return name


# the model's score a name read with no cue needs: the names of ordinary words it reads there
# (一片|汪洋, 洄|游繁殖, 朱鹮|宝宝, 王|宫金銮殿) score low, as few of the names in running text do. On
# 3,000 xwlb items (from the 20,000th), judged by hand: under 1, 8 of 12 were no people; from 1 to 2,
# 5 of 12; above 2, 17 of 173. On pd98's development file all 37 names this pass adds are people,
# none under 1.
_FREE_NAME_SCORE = 1.0
_SURE_NAME_SCORE = 8.0  # a free name read this surely needs no mark or word that ends names after it


def _holds_free(text: str, start: int, name: str, sure: bool = False) -> bool:
    """Whether a name the recogniser reads where nothing before it says a name may start
    (person_cues.free_starts) holds: a Chinese name of three characters or more, or of two on a
    common surname (冉冉, 科考, 游牧 are words), not run into a frequent word after it (刘某特别),
    no unit's or place's; a foreign name of three transliteration characters or more, no place's
    (加里宁格勒), with no transliteration character on either side (a piece of a longer name:
    席|卡里莫夫); a short or a foreign one only where a mark or a word that ends names follows, unless
    the recogniser is ``sure`` (its score far above the bar: 而王某后来也…, 依靠某某雷斯和…)."""
    translit = cues()["translit"]
    end = start + len(name)
    foreign = all(c in translit for c in name)
    closed = is_boundary(text, end) or text[end:end + 1] == "的"  # a mark or a word that ends names follows
    if (foreign or len(name) == 2) and not sure and not closed:
        return False  # 奥密克|戎, 毛毯|: no mark or word that ends a name follows a short or a foreign one
    if foreign:
        return len(name) >= 3 and not _used_as_place(text, name) \
            and text[start - 1:start] not in translit and text[end:end + 1] not in translit
    if len(name) == 3 and not closed and ordinary_word_band(text[end - 1:end + 1]) >= _RUN_ON_WORD_BAND:
        return False  # 刘某特|别: the last character opens a frequent word with the next (not 某某国|的:
        # 的 makes a frequent bigram with anything before it)
    if name[-1] in _AFTER_SUBJECT or name[0] == name[1]:
        return False  # 沈某为|…: a preposition or an adverb after a shorter name; 徐徐|降落: a doubled adverb
    if name.endswith(_UNIT_ENDINGS + ("矿", "洞")) or lookup(name[1:]) is not None:
        return False  # 一家|白钨矿的矿主: a unit's or a site's name; 调|任建德: a verb's last character and a place
    return len(name) >= 3 or name[0] in common_surnames()


def _holds_at_opening(text: str, start: int, name: str, title_starts: set[int], occupation_starts: set[int],
                      sure: bool = False) -> bool:
    """Whether a name the recogniser reads where a clause or a phrase opens, with no post or verb
    to vouch for it (person_cues.opening_starts), holds against what surrounds it; a name it is
    ``sure`` of (_SURE_NAME_SCORE) may be followed by a transliteration character (某某斯|多次)."""
    end = start + len(name)
    if len(name) == 2 and end in occupation_starts and not _two_character_name(name):
        return False  # 任课|老师: an occupation is printed of anyone, after the word that says which (刘明|老师: a name)
    if name[1:] in _ADDRESS_AFTER_SURNAME:
        return False  # 李女士, 陈大妈: a surname and how one is addressed, no name
    if _reads_as_words(name):
        return False  # 总书记的|贺信为总台: a word and a preposition
    if len(name) == 3 and ordinary_word_band(text[end - 1:end + 1]) >= _RUN_ON_WORD_BAND \
            and "\u4e00" <= text[end:end + 1] <= "\u9fff" and is_known_word(name[:2]):
        return False  # 和孔子课|堂: a word the lexicons know, run on into a frequent word after it
    if text.startswith(_PLACE_CLASSIFIERS, end) and end not in title_starts:
        return False  # a place's stem (李明|市长: a post follows, the name holds)
    before = text[start - 1:start]
    if before == "的" and len(name) < 3 and not text.startswith(("、", "等"), end):
        return False  # 治理的|范本: after 的 a noun far more often than a name, unless a list follows
    if name[0] in PREPOSITION_SURNAMES and name[0] not in _COMMON_AS_SURNAME:
        return False  # 由|嫦娥五号带回: a preposition opens the phrase (于熠镭: 于 is a common surname)
    ner = recogniser_lexicon()
    translit = cues()["translit"]
    foreign = len(name) >= 3 and all(c in translit for c in name)
    if name[0] in ner.abbreviations and not foreign \
            and (name[1] in cues()["abbr_after"] or ordinary_word_band(name[1:3]) >= 3):
        # 乌军, 韩媒, 韩民众: a country's one-character name and a word that follows one; not a
        # foreign name's first character (吉|德里, 罗|纳尔多: transliteration bigrams are frequent)
        return False
    if len(name) >= 3 and (name[-1] in _PLACE_GENERICS or (name[-1] in _DIRECTIONS and lookup(name[:-1]) is not None)):
        return False  # 冷木沟, 燕子矶, 许民村; 邢台东 (a station): a place's generic name ends it
    surname = _japanese_surname_at(name, 0)
    if surname and len(name) > len(surname) + 1 and ordinary_word_band(name[len(surname):len(surname) + 2]) >= 2:
        return False  # 安倍|政府, 安倍|强烈: a Japanese surname and a word of ordinary text
    if (end < len(text) and text[end] in SEPARATORS) or (start and text[start - 1] in SEPARATORS):
        return False  # 索尼娅|·甘地: one part of a transliterated name, whose whole the patterns read
    if foreign or all(c in translit for c in name):
        if text[end:end + 1] in translit and not sure:
            return False  # 伊德利|卜: a run of transliteration characters goes on, a foreign word cut
        if _used_as_place(text, name):
            return False  # 在顿涅茨克, 顿涅茨克州, 什叶派: a foreign place's or a people's name
        if not sure and _runs_into_no_word(text, start, name):
            return False  # 奥密克|戎毒株: the front of a longer foreign word
    return not (_place_item(text, start - 1, -1) or _place_item(text, end, 1))  # 合肥、苏锡常、宁波


# What a foreign place, a people's or an organisation's name is printed with and a person's never
# is: a verb of going or a side before it (赴, 前往, 东部), 在 unless a person's rule or view
# follows (在X领导下), and after it a place's generic noun (州, 港, 盆地), a word of position or
# of a front (附近, 上空, 方向), a people's (派, 人) or an organisation's suffix of two characters
# or more (公司, 学院: the recogniser's; its one-character ones, 会 or 部, open verbs and posts),
# or the rest of a list of places (X、Y等方向).
_LOCATIVE_BEFORE = cached_compile(r"(?:[往赴抵]|城市|重镇|首都|前往|来到|飞抵|访问|[东西南北]部)$")
_AT_BEFORE = cached_compile(r"在$")
_PERSONS_AFTER_AT = cached_compile(r"[^，。；]{0,4}?(?:领导|看来|任内|执政|主政|带领|眼中|心中|身上|的)")
_PLACES_LISTED_AFTER = cached_compile(r"[、和与及][^，。；]{0,24}?(?:等?方向|等?地区|等地|[州省市]|前线)|等(?:方向|地区|地|城市)")
_PLACE_CONTEXT_AFTER = ("机场 地区 郊区 盆地 难民营 当局 警方 上空 附近 境内 一带 周边 "
                        "以东 以南 以西 以北 东部 南部 西部 北部 方向 前线 战线 战场 共和国").split()  # 顿涅茨克方向
_PERSON_VERBS = tuple(GOVERNING_VERBS)


@cache
def _generic_after():
    org = sorted((s for s in cues()["org_suffix"] if len(s) >= 2), key=len, reverse=True)
    words = "|".join(map(re.escape, org + _PLACE_CONTEXT_AFTER))
    return cached_compile(f"[{PLACE_SUFFIXES}港城宫堡派族人语营]|{words}")


def _used_as_place(text: str, name: str) -> bool:
    """Whether more occurrences of a transliterated name read as a place's or a people's than as a
    person's (顿涅茨克市, 什叶派; not 罗塞夫, who 表示): the recogniser, which sees one occurrence,
    cannot tell a place's name from a surname-less person's."""
    votes, at = 0, text.find(name)
    while at >= 0:
        end = at + len(name)
        if text.startswith(_PERSON_VERBS, end):
            votes -= 1
        elif _LOCATIVE_BEFORE.search(text, max(0, at - 2), at) or _generic_after().match(text, end) \
                or _PLACES_LISTED_AFTER.match(text, end) \
                or (_AT_BEFORE.search(text, max(0, at - 1), at) and not _PERSONS_AFTER_AT.match(text, end)):
            votes += 1
        at = text.find(name, end)
    return votes > 0


def _village(text: str, span: Span) -> bool:
    """Whether a "name" no post vouches for is, somewhere in the text, a village's (罗堰|村地处深山之中,
    许家冲|村，是…): a place named like a person, not a person (村民, 村长, 村支书 after a name are a
    person's status or post)."""
    return not span.data["titles"] and bool(span.data["mentions"]) \
        and any(_VILLAGE_AFTER.match(text, end) for _, end in span.data["mentions"])


_VILLAGE_AFTER = LazyPattern(r"村(?![民长支委干主医里官])")


_CLAUSE_MARKS = LazyPattern(r"[，。！？；：,;:!?\n]")


def _named_thing(text: str, span: Span) -> bool:
    """Whether every mention of a "name" no post vouches for stands inside a quoted name of a thing
    with more in it (“苏沃洛夫突击” a contest, “戈尔什科夫海军元帅”号 a ship) or right before 号 in
    quotes (“格雷夫利”号): a thing named after someone, not the person reported."""
    if span.data["titles"] or not span.data["mentions"]:
        return False
    for start, end in span.data["mentions"]:
        opened, closed = text.rfind("“", 0, start), text.rfind("”", 0, start)
        close = text.find("”", end)
        if opened <= closed or close < 0 or close - opened > 13 or _CLAUSE_MARKS.search(text, opened, close):
            return False  # not inside a short quote with no clause of its own (“某某是党员，…” is speech)
        if not (opened + 1 < start or close > end or text.startswith("号", close + 1)):
            return False  # the quote is the name alone (a nickname, a slogan's person)
    return True


def _place_item(text: str, at: int, step: int) -> bool:
    """Whether the 、-list item beside the mark at ``at`` (the item before it where ``step`` is
    -1, after it where 1) is a place."""
    if not 0 <= at < len(text) or text[at] != "、":
        return False
    k = at + step
    while 0 <= k < len(text) and abs(k - at) <= 6 and text[k] not in _LIST_ITEM_MARKS:
        k += step
    item = text[k + 1:at] if step < 0 else text[at + 1:k]
    return 2 <= len(item) <= 6 and _is_place(item)


def _past_place(text: str, start: int, name: str) -> tuple[int, str]:
    """A reading that opens inside a place's name (同马来|西亚拉扎克总理): the name starts where the
    place ends, if two characters or more are left."""
    for k in range(1, len(name) - 1):
        if _place_ends_at(text, start + k, range(k + 1, k + 7)):  # a place opening up to six characters before
            return start + k, name[k:]
    return start, name


def _before_closing_word(text: str, start: int, name: str) -> str:
    """A recognised name less its last character where that character opens a word that ends
    names (某某文雄|共同出席, 某某|夫妇, 某某|成为首位, 对某某|来说) and no such word closes the
    whole reading (某某某|调研 keeps its three): the word is the likelier reading."""
    end = start + len(name)
    if len(name) >= 3 and text.startswith(LONG_BOUNDARY_WORDS, end - 1) and not text.startswith(LONG_BOUNDARY_WORDS, end):
        return name[:-1]
    if len(name) == 3 and verb_after_given_name(text, end - 1):
        return name[:-1]  # 某某|违规…, 以某某|任组长: a verb phrase after a two-character name (names.name_at)
    return name


def _opens_no_name(text: str, start: int, title_ends: set[int]) -> bool:
    """Whether a name the recogniser reads opens, on no surname, on a verb or a preposition that ends
    names (总理|致贺电, 总书记|给大家, 记者|走进…), on a pronoun, or on the character that makes the post
    before it an organ's or a place's name: the post ended with no name after it."""
    return text[start] not in recogniser_lexicon().surnames and (
        text.startswith(BOUNDARY_WORDS, start) or text[start] in PRONOUNS
        # 总统|府, 编辑|部: the post's word and the character make an organ's or a place's name
        or (text[start] in _ORGAN_AFTER_TITLE and start in title_ends))


def _next_led_item(text: str, chain_start: int, post_end: int) -> bool:
    """Whether a post after 、 opens the next item of a 以…任/为… phrase (以某某任组长、某某任副组长):
    its own holder is named right after it, then 任 or 为, so it is no post of the name before."""
    if text[chain_start - 1:chain_start] not in ("任", "为"):
        return False
    return any(plausible_name(text[post_end:post_end + k]) and text.startswith(("任", "为"), post_end + k) for k in (3, 2))


def _names_a_zone(text: str, end: int) -> bool:
    """Whether a reading that ends at ``end`` heads a zone's name (_ZONES, below), or runs into its
    first character (某某|高新区, 某某高|新区): a place's name, not a person's."""
    return text.startswith(_ZONES, end) or (end > 0 and text.startswith(_ZONES, end - 1))


# a list closed by the kind of its items (公安、卫健等部门, 某某、某某等单位): organs, not people;
# not where the heads of those organs follow (等部门负责人: the people are theirs); not 组织, as often
# the verb (与某某、某某等组织成立了…)
_ORGANS_LISTED = LazyPattern(r"(?:、[^、，。；：\n]{1,10})*等(?:有关|相关)?(?:部门|单位|机构|机关|企业|行业|领域|系统)"
                             r"(?!负责|领导|主要|人员|的负责|的领导|的主要|代表)")


def _item_of_organs(text: str, end: int) -> bool:
    """Whether a reading that ends at ``end`` is an item of a list of organs (see _ORGANS_LISTED)."""
    return text.startswith(("、", "等"), end) and _ORGANS_LISTED.match(text, end) is not None


def _after_place(text: str, start: int) -> bool:
    """Whether a place name ends right where a recognised name starts (文莱|王宫): the word is part
    of a place's name, since a person's name follows a place only through a post."""
    return _place_ends_at(text, start, (2, 3, 4))


def _held_before(text: str, hit: TitleHit) -> bool:
    """Whether a post that follows names is printed right after one that opens at a clause or
    list mark (，习近平总书记…): the post is that name's."""
    before = _holder_before(text, hit)
    if before is None or before.endswith(_UNIT_ENDINGS + ("会",)):
        return False  # 银监会|主席某某: an organ's name, the post's own
    opens = hit.start - len(before)
    return opens == 0 or text[opens - 1] in _OPENS_BEFORE_POST


def _holder_before(text: str, hit: TitleHit) -> str | None:
    """The name printed right before a post that follows names (习近平总书记, 王某副委员长), unless
    the characters are the tail of a place (斯里兰卡|总理) or, before a deputy post, of an organ
    (中国文联副主席: a name there starts after a break)."""
    before = name_before(text, hit.start)
    if before and before[0] in _NOT_NAME_START:
        # 同菲德尔同志和劳尔|主席: a conjunction, then the name; 中央军委和习|主席: a surname alone
        rest = before[1:]
        before = rest if len(rest) >= 2 and plausible_name(rest, strict=False) else None
    if before and before[-1] in "在向同对":
        before = None  # 分布图向|总理介绍, 相信在|主席先生…: a preposition before the post, not a name's end
    opens = hit.start - len(before) if before else 0
    if before and len(before) == 2 and before[1] in _surname_initials() and (
            before[0] == "在" or (before[0] in PREPOSITION_SURNAMES and opens and "\u4e00" <= text[opens - 1] <= "\u9fff")):
        # 依次向|习|主席报告, 在|黎|书记带领下: a preposition inside the clause and a surname alone, no
        # full name (于明主席说 at a clause's opening is one)
        before = None
    if before and len(before) == 3 and before[1:] in world_places():
        before = None  # 担任中国|国家主席: the post's country, not a given name
    if before and len(before) == 3 and _common_word_after_surname(before, 4):
        before = None  # 中|国作为|主席国, 中东|欧国家|总理: a surname's character and a frequent word, no name
    if not before or before.endswith("会") or _inside_place(text, hit.start - len(before), hit.start):
        return None  # 某某基金|会|主席: the organ's last character, not a name's
    opens = hit.start - len(before)
    if hit.title.startswith("副") and opens > 0 and not _NAME_OPENS.match(text, opens - 1):
        return None
    return before


def _whole_transliteration(text: str, start: int, name: str, stops: set[int]) -> tuple[int, str]:
    """A transliterated name read only in part (和拉|马福萨总统, 同米尔济|约耶夫总统): the run of
    transliteration characters it ends, up to eight, not past a post or a place (``stops``: where
    they end); (start, name) as they were where the name is read whole."""
    end = start + len(name)
    if not all(c in cues()["translit"] for c in name):
        return start, name
    lo = _transliteration_start(text, start, end, stops=stops)
    if lo - 1 in stops and end - lo < _MAX_TRANSLIT and _opens_name_after_post(text, lo - 1):
        lo -= 1  # 总统别|尔加诺夫: the name opens where the post ends
    return lo, text[lo:end]


def _whole_separated(text: str, start: int, name: str) -> tuple[int, str]:
    """A separated foreign name read only in part (阿尼巴尔·安东|尼奥·卡瓦科·席尔瓦, 奥斯曼·阿卜|来提):
    each part runs to the end of its transliteration characters, and the name on over every
    separator with one after it (the recogniser, which reads a name's characters, cuts the long
    names of heads of state). (start, name) as they were where the name has no separator at
    either end or inside."""
    end = start + len(name)
    separated = any(mark in name for mark in SEPARATORS)
    if not separated and text[end:end + 1] not in SEPARATORS and set(text[max(0, start - 2):start]).isdisjoint(SEPARATORS):
        return start, name  # (most names: the cheap test first)
    translit = cues()["translit"]
    if separated:
        last = len(name) - max(name.rfind(mark) for mark in SEPARATORS) - 1
        tail = 0  # the characters the table lacks that end the name: the recogniser read on into a word
        while tail < last - 1 and name[-1 - tail] not in translit:
            tail += 1
        # cut where the word that ends the name opens: 菲利普|将于, 尼基京|表示, 阿里|位于 (not 沙利文|，;
        # not 普|京对: no part of one character; not 埃斯平|·: the name goes on)
        for k in range(1, tail + 1) if text[end:end + 1] not in SEPARATORS else ():
            if last - k >= 2 and (is_boundary(text, end - k) or (
                    "\u4e00" <= text[end - k + 1:end - k + 2] <= "\u9fff" and ordinary_word_band(text[end - k:end - k + 2]) >= 1)):
                end, last = end - k, last - k
                break
        end = _run_end(text, end, translit, last)
    while end + 1 < len(text) and text[end] in SEPARATORS and text[end + 1] in translit:
        end = _run_end(text, end + 1, translit, 0)
    if start >= 3 and text[start - 2] in SEPARATORS and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and text[start - 1] not in translit and "\u4e00" <= text[start - 3] <= "\u9fff":
        start -= 1  # 库尔班古力·别|尔德穆哈梅多夫: a part's first character the table lacks
    while start >= 2 and text[start - 1] in SEPARATORS and (lo := _transliteration_start(text, start - 1, start - 1)) < start - 1:
        start = lo  # the part before the separator
    return start, text[start:end]


def _run_end(text: str, at: int, translit, done: int) -> int:
    """Where a part of a separated name whose ``done`` characters end at ``at`` ends: where it
    ends already if a mark, 的 or a word that ends names follows; else where its transliteration
    characters end, one character the table lacks allowed inside (米尔|济|约耶夫, 达瓦|买|提) or last
    (埃斯|平·, before a separator; 普|京对, after a part of one character), if such a word follows there; else at its
    transliteration characters' end where the part has one character (安东|尼奥·, 瓦|塔拉访华: a
    one-character part ends no name), or where it was. At most _MAX_TRANSLIT characters in all."""
    def closed(i: int) -> bool:
        return is_boundary(text, i) or text[i:i + 1] in "的之" or text[i:i + 1] in SEPARATORS

    if done and text[at:at + 1] not in translit and closed(at):
        return at
    run, seen, gap = at, done, None
    while run < len(text) and seen < _MAX_TRANSLIT:
        if text[run] in translit:
            run, seen = run + 1, seen + 1
            continue
        if (run > at and closed(run)) or not "\u4e00" <= text[run] <= "\u9fff":
            break
        if gap is None and text[run + 1:run + 2] in translit and ordinary_word_band(text[run:run + 2]) == 0:
            gap, run, seen = run, run + 1, seen + 1  # (not 伊素福|访华: a word of ordinary text)
            continue
        after = text[run + 1:run + 2]
        if gap is None and (after in SEPARATORS or (seen <= 1 and closed(run + 1))):
            return run + 1  # 埃斯|平·吉洛伊斯, 普|京对 (not 延卡|均获得: 均 is printed in names too)
        break
    if run > at and closed(run):
        return run
    if gap is not None and closed(gap):
        return gap
    return run if done <= 1 and gap is None else at


def _opens_name_after_post(text: str, at: int) -> bool:
    """Whether the one character between a post's end and a transliterated name read only as the
    name's opening: no function character or preposition (说, 和, 由), and no pair of ordinary text
    with the post's last character or the name's first. (Two characters are read as a word far
    more often: 乘组|某某, 致电|某某.)"""
    char = text[at]
    return ("\u4e00" <= char <= "\u9fff" and char not in cues()["not_in_name"] and char not in cues()["conj"]
            and char not in PREPOSITION_SURNAMES
            and ordinary_word_band(text[at - 1:at + 1]) == 0 and ordinary_word_band(text[at:at + 2]) == 0)


def _runs_into_no_word(text: str, start: int, name: str) -> bool:
    """Whether a transliterated name of three characters or more is, wherever the text prints it
    (twice or more), followed by one same character that makes no pair of ordinary text with the one after it
    (奥密克|戎毒株, 奥密克|戎变异株): the front of a longer foreign word, not a person's, whose
    followers vary (某某斯则, 某某斯提出)."""
    end = start + len(name)
    after = text[end:end + 1]
    if not (len(name) >= 3 and "\u4e00" <= after <= "\u9fff" and after not in cues()["translit"]
            and after not in cues()["not_in_name"] and after not in cues()["conj"]  # 某某斯和|莫迪利亚尼
            and all(c in cues()["translit"] for c in name) and ordinary_word_band(text[end:end + 2]) == 0):
        return False
    occurrences = _occurrences(text, name)  # printed once, the pair may just be rare (某某特|势均力敌)
    return len(occurrences) >= 2 and all(text.startswith(after, at + len(name)) for at, _ in occurrences)


def _transliteration_start(text: str, start: int, end: int, floor: int = 0, stops: set[int] = frozenset()) -> int:
    """Where the run of transliteration characters reaching ``start`` from the left opens: at most
    _MAX_TRANSLIT characters before ``end``, not past ``floor`` or a position in ``stops`` (where a
    post or a place ends), nor over a preposition (于)."""
    translit = cues()["translit"]
    lo = start
    while (lo > floor and end - lo < _MAX_TRANSLIT and lo not in stops and text[lo - 1] in translit
           and text[lo - 1] not in PREPOSITION_SURNAMES):
        lo -= 1
    return lo


# Where a name printed before its post (赵明远教授, 钱立新秘书长) may open: a clause or list mark,
# or the end of the posts it also holds (某某大学副校长|赵明远|教授)
_OPENS_BEFORE_POST = "\n，。；：:、（( \u3000和与,;"  # ASCII , and ; as pages print them
# A unit's name, not a person's, ends with these (某某公司|董事长, 某某学校|校长)
_UNIT_ENDINGS = tuple("司团院所厂校处组队站馆社报台网店村镇乡区州业")
# Function words that cannot end or open a name before a post: 赵明远为|团长, 曾任|局长, 英国前|首相,
# 和|中外记者, 但|近日记者; nor a membership (共和党籍|众议长, 美籍|专家)
_NOT_NAME_END = frozenset("为及给在时前任和与对向从将的原现曾副籍等")  # 某某|等专家: the list's end
# Posts that a name before them owns as a relation, not as a post it holds: 甲特使 is 甲's envoy
_OF_NAME = frozenset("特使 特别代表 代表 助理 秘书 顾问 夫人 发言人 新闻发言人".split())
_NOT_NAME_START = frozenset("和与及但而并或跟")
# What follows a name and its post: a verb the person governs (赵明远教授坦言, 孙海燕局长告诉记者)
# besides the boundary words names.py knows (说, 表示, 介绍, 一行, 等)
_AFTER_HOLDER = frozenset("反映 建议 倡议 坦言 告诉 透露 回忆 谈到 拿出 正在 带领 接受 解释 分析 提醒 呼吁 希望 称 补充 "
                          "的 也 还 则 又 就 亲自 专门 特意 现场 详细 多次 一直".split())


# A member of a committee (吕某委员就…提问): printed of anyone as an occupation is, but after a
# two-character name as often as after a longer one
_MEMBERSHIP = frozenset(("委员",))


# development zones, whose posts follow the zone's own name (滨海新区党工委书记), not a person's
_ZONES = ("新区", "开发区", "高新区", "园区", "试验区", "示范区", "自贸区", "保税区", "经开区")


# the heads of a paper, a station or a programme, printed after their holder's name as any post is
# (某某社长, 某某主编); the byline words (记者, 编辑, 通讯员) follow an outlet's name instead, and 监制, 出品人
# are verbs as often (某某监制的国旗)
_MEDIA_HEADS = ("主编", "总编辑", "总编", "社长", "台长", "主持人")


def _name_before_post(text: str, hit: TitleHit, previous: TitleHit | None) -> tuple[str, TitleHit] | None:
    """The holder printed right before a post that no name follows (赵明远教授表示, 孙海燕局长一行),
    and the post: web pages and features print a post after the name as often as before it. The
    name must open a clause or a list, follow the posts printed before it, or follow the unit the
    post is of (某某大学赵明远教授, 某某联合会钱立新秘书长: the post is the unit's, 某某联合会秘书长);
    the post must end where a verb or a mark does (not 老师们, 文字编辑：, 红军长征)."""
    entry = _title_entry(hit.title)
    if (hit.explicit or hit.title == "同志" or hit.title in _OF_NAME or text[hit.end:hit.end + 1] in "们：:"
            or (entry and entry.category == "media" and not hit.title.endswith(_MEDIA_HEADS))):
        return None  # 某某记者: an outlet's short name before a byline word, not a person (某某社长: a person)
    if not _post_ends(text, hit.end) or hit.title.startswith(_ZONES):
        return None  # 滨海|新区党工委书记: a zone's name before its post, no person's
    before = name_before(text, hit.start)
    if before and len(before) == 2 and ordinary_word_band(before) >= _RUN_ON_WORD_BAND and hit.title not in _MEMBERSHIP:
        # 、高等|法院院长, 代理|发言人: a frequent word of ordinary text qualifies the post (a member is
        # named before his body's word: 江山委员代表…发言)
        return None
    if before and len(before) == 2 and (is_occupation(hit.title) and hit.title not in _MEMBERSHIP
                                        and not _two_character_name(before) or _reads_as_words(before)):
        return None  # 任课|老师, 带队|医生: two characters before an occupation are mostly a word (委员会|海外|委员)
    if (not before or before.endswith(_UNIT_ENDINGS) or before[-1] in _NOT_NAME_END
            or before[0] in _NOT_NAME_START
            or (len(before) == 3 and before[1] not in INNER_NAME_CHARS and is_known_word(before[:2]))
            or (len(before) == 3 and _common_word_after_surname(before, 4))  # 任|软件设计师: a surname's character and a word
            or _inside_place(text, hit.start - len(before), hit.start)):
        return None
    opens = hit.start - len(before)
    floor = previous.end if previous is not None else 0
    if floor > opens:
        return None
    if opens == 0 or text[opens - 1] in _OPENS_BEFORE_POST or (previous is not None and floor == opens):
        return before, hit
    if text[opens - 1] == "的" and len(before) >= 2 and not is_occupation(hit.title) and plausible_name(before) \
            and not _reads_as_words(before):
        return before, hit  # 北京师范大学的赵明远院士, 身处舆论漩涡的孙海燕副局长: a relative clause ends before the name
    if _UNIT_BEFORE_NAME.search(text, max(floor, opens - 4), opens) and (wide := widen(text, opens, floor, hit.title)):
        begin, post, region = wide
        return before, TitleHit(post, begin, hit.end, region, region is not None)
    return None


def _two_character_name(word: str) -> bool:
    """Whether two characters before an occupation read as a name (刘明|老师说), not a word (任课|老师,
    带队|医生, 包括|老师): a common surname, then a character common in given names (ner_cues.tsv),
    the two no word of ordinary text."""
    return word[0] in common_surnames() and word[1] in cues()["given"] and ordinary_word_band(word) == 0 \
        and not _reads_as_words(word)


def _post_ends(text: str, end: int) -> bool:
    """Whether a post printed after a name ends at ``end``: a mark, a verb of the person (说, 表示,
    坦言), not another post's or an organ's word (总统|办公室: the office, not the president)."""
    ahead = text[end:end + 2]
    if not ahead or not "\u4e00" <= ahead[0] <= "\u9fff":
        return True
    return ahead.startswith(BOUNDARY_WORDS) or ahead[:1] in _AFTER_HOLDER or ahead in _AFTER_HOLDER


def _unit_name_post(text: str, hit: TitleHit, floor: int) -> bool:
    """Whether a post is printed after a name that follows its unit (某某大学|赵明远|教授说)."""
    if not _post_ends(text, hit.end) or hit.title in _OF_NAME:
        return False
    before = name_before(text, hit.start)
    if before is None or before.endswith(_UNIT_ENDINGS):
        return False  # 某某大学农学院|教授: the unit's own department
    opens = hit.start - len(before)
    return opens > floor and bool(_UNIT_BEFORE_NAME.search(text, max(floor, opens - 4), opens))


# A unit's name ends right before a name whose post follows it (某某大学|赵明远|教授)
_UNIT_BEFORE_NAME = cached_compile("(?:大学|学院|学校|中学|小学|医院|研究院|研究所|研究中心|科学院|协会|学会|商会|联合会|"
                               "基金会|公司|集团|银行|委员会|事务所)$")


def _apposed_name(text: str, start: int, end: int, floor: int) -> str | None:
    """The name a post is set off after by a comma (赵明远，某某大学教授，; 受访者韩志刚，某某公司总经理。):
    features and interviews introduce people so. The name opens a clause, and a comma or a full
    stop closes the post."""
    if start < 3 or text[start - 1] not in "，," or text[end:end + 1] not in "，,。；":
        return None
    before = name_before(text, start - 1)
    if not before or before[-1] in _NOT_NAME_END or before[0] in _NOT_NAME_START:
        return None
    opens = start - 1 - len(before)
    if opens < floor or (opens > 0 and text[opens - 1] not in "\n。；：:“ \u3000"):
        return None  # 会议由赵明远主持，…: a name inside a clause is no appositive's head
    return before


def _inside_place(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the tail of a longer place name that ends at ``end`` (as long as
    ten characters: 特立尼达和多|巴哥, a country's name of two joined by 和)."""
    return _place_ends_at(text, end, range(end - start + 1, max(end - start + 4, 11)))


_NAME_SEPARATORS = "·-－.．•"  # 卡尔·刘易斯, 约翰-基; pages print . or • for · too (约翰.肯尼迪)
# Posts only a foreign house holds: the name after them is a foreign one (国王西哈莫尼, 埃米尔塔米姆)
_ROYAL_POSTS = frozenset("国王 女王 王后 王储 王子 公主 亲王 太后 太皇 埃米尔 苏丹".split())
_CLOSED_NAME = LazyPattern(r"[。，、；]|时[，,]|一行|表示|说|举行|会见|会谈|通电话")  # 勒文。, 坤伦举行会谈
# characters of the common verbs that follow a foreign post (总统访华, 首相抵京, 总理出席): no name holds them
_VERB_CHARS = frozenset("访抵到来去出离回在对与和同将已曾表说称就为是的了也还又都举进参发致会谈见")
_REGNAL = LazyPattern("[一二三四五六七八九十]{1,3}世$")
_TRANSLIT_ENDINGS = frozenset("京")


def _transliterated(text: str, pos: int, short_ok: bool = False) -> str | None:
    """A transliterated name right after a foreign post (哥斯达黎加总统|卡维利亚): the characters up
    to the first place a name may end, most of them transliteration characters.

    The post vouches for a name and the boundary (a verb, punctuation, 时, 一行) for its end, so a
    first character the transliteration table lacks does not cut it (培罗娃, 额尔登巴雅尔); any
    other ordinary character makes the run a word or a name run on into one (总统府, 卡里莫夫均)."""
    translit = cues()["translit"]
    if is_boundary(text, pos) or text[pos:pos + 1] in "的之":
        return None  # 总统提出…, 总统的…: no name here
    end = pos
    while end < len(text) and end - pos < _MAX_TRANSLIT and (
            text[end] in _NAME_SEPARATORS or ("\u4e00" <= text[end] <= "\u9fff" and (
                end - pos < 2 or not is_boundary(text, end)))):
        end += 1
    name = text[pos:end].strip(_NAME_SEPARATORS)
    if regnal := _REGNAL.search(name):  # 玛格丽特二世, 伊丽莎白二世: the ordinal is the name's
        stem = _transliterated(text[:pos + regnal.start()] + "。", pos, short_ok)
        return stem + regnal.group() if stem == name[:regnal.start()] else None
    letters = [c for c in name if c not in _NAME_SEPARATORS]
    # a short part after a separator may be any character (伊姆兰·汗, 约翰·李): the separator
    # already says a foreign name goes on
    parts = re.split("[" + re.escape(_NAME_SEPARATORS) + "]", name)
    checked = parts[0][1:] + "".join(part for part in parts[1:] if len(part) > 2)
    # one character the table lacks may stand inside a long name (米尔济约耶夫, 恰武什奥卢) that opens
    # with a transliteration character, with two more after it; nearer the end it is the next word's
    # (武契奇|成, 拉赫蒙|均, 埃尔多安|本月), at the start the run is a word (访问|沙特…, 助理|某某)
    # characters the table lacks that end transliterations (普京, 米舒斯京) and open few words
    odd = [i for i, c in enumerate(checked, start=1) if c not in translit
           and not (i == len(checked) and c in _TRANSLIT_ENDINGS and len(name) >= 3)]
    others = len(odd) + (len(odd) == 1 and (odd[0] > len(name) - 3 or name[0] not in translit))
    if len(parts) > 1 and all(2 <= len(part) <= 6 for part in parts):
        # 颂萨·杰素拉暖: the separator says a foreign name; Thai and Burmese names hold characters
        # the table lacks, so most of them, not all, must be transliteration characters
        if sum(c in translit for c in letters) * 5 < len(letters) * 3 or is_post_or_day(parts[0][:2]):
            return None  # 总理|助理玛丽娅-利马: a post goes on before the name
    elif len(letters) < (2 if letters[:1] and letters[0] in translit else 3) or others > (len(letters) >= 4):
        # 总统访华: two characters, the first an ordinary one, are a word; a long name may hold one
        # character the table lacks (泽连斯基) where the rest reads as a transliteration.
        # 泰国副总理颂吉。, 瑞典首相勒文。, 丹麦王储腓特烈。: a short name the table lacks, when a
        # mark or a speech verb closes it and no character of it is a common verb's (总统访华。)
        if not (short_ok and 2 <= len(name) <= 3 and len(parts) == 1 and _CLOSED_NAME.match(text, end)
                and any(c in translit for c in name) and not any(c in _VERB_CHARS for c in name)
                and not is_known_word(name)):
            return None
    if is_known_word(name) or name[-1] in "前后内外上下里中" \
            or not (end == len(text) or is_boundary(text, end)):  # 总统官邸前: a place word, not a name
        return None
    if len(name) >= 4 and name[1:] in world_places():
        return None  # 共同主席国|塞内加尔总统: a word's last character and a country, no name
    return name


def _inside_name(text: str, prefix_start: int, start: int, region: Region) -> bool:
    """Whether a short place name read before a post printed after names (委员长, 总理) is the end
    of the holder's name: a surname before it makes a name with it (王德江), and the printed form
    is not the full name."""
    printed = text[prefix_start:start]
    if printed == region.name or prefix_start == 0 or len(printed) > 2:
        return False
    return text[prefix_start - 1] in _surname_initials() and plausible_name(text[prefix_start - 1:start])


def _inside_transliteration(text: str, prefix_start: int, start: int, region: Region) -> bool:
    """Whether a short place name read before a post is the tail of a transliterated name: a
    transliteration character before it, and the place's own characters all such characters."""
    printed = text[prefix_start:start]
    if printed == region.name or prefix_start == 0 or len(printed) > 3:
        return False
    translit = cues()["translit"]
    if not (text[prefix_start - 1] in translit and all(c in translit for c in printed)):
        return False
    # 河南|兰考: the region printed before is its province (or prefecture), no foreign name
    before = region_at_end(text[max(0, prefix_start - 4):prefix_start])
    return before is None or before[0].province_code != region.province_code


def _region_before(text: str, start: int, region_ends: dict[int, int] | None) -> tuple[Region | None, int]:
    """The region printed right before ``start`` and where it begins (``start`` where none is):
    from the shared pass's region ends where the caller has them, else read here."""
    if region_ends is None:
        return _prefix_region(text, start)
    length = region_ends.get(start, 0)
    return (lookup(text[start - length:start]), start - length) if length else (None, start)


def _prefix_region(text: str, start: int) -> tuple[Region | None, int]:
    """The region printed right before a title (辽宁|省委书记, 沈阳|市委书记, 四川省|…)."""
    region, length = _region_ending(text[max(0, start - 7):start])
    return region, start - length


@lru_cache(maxsize=1 << 14)
def _region_ending(before: str) -> tuple[Region | None, int]:
    """The longest region name (2–7 characters) that ``before`` ends with, and its length; right
    before a title even a county's short name is the county."""
    return region_at_end(before) or (None, 0)


@lru_cache(maxsize=4096)
def title_level(title: str) -> str | None:
    """The level a title's own prefix names (省委书记 → province), else its lexicon level."""
    for prefix, level in _LEVEL_PREFIX.items():
        if title.startswith(prefix):
            return level
    entry = _title_entry(title)
    return entry.level if entry and entry.level in ("national", "province", "prefecture", "county") else None


def _post_of_bare_organ(title: str) -> str:
    """The post word of a title opening on a state's organ printed bare (政府|副主席): its level and
    its region are the post word's, as the organ names no place of its own."""
    organ = next((o for o in BARE_STATE_ORGANS if title.startswith(o) and len(title) > len(o)), "")
    return title[len(organ):]


# A post widened over an organ headed by a level word (街道城市管理局局长) is an organ of the place
# the chain names
_LOCAL_ORGAN_HEADS = ("街道", "乡", "镇", "村", "社区")


# The organs a county's level word heads as one word (县委, 县长, 县政府, 县人大, 县政协, 县纪委)
_COUNTY_LEVEL_ORGAN = LazyPattern("委|长|政府|人大|政协|纪委|监委|人武部|党委")
_NAMED_AS = LazyPattern(r"为([\u4e00-\u9fff·]{2,4}?)(?=[，。；、,;]|$)")
_HELD_BY = LazyPattern(r"由([\u4e00-\u9fff·]{2,4}?)(?:同志)?(?:兼任|担任|出任|接任|继任)")
# a credit word that is a post only as a credit (摄影 赵明远, 摄影：赵明远), not in running text
# (摄影爱好者, 摄影师等)
_CREDIT_ONLY = frozenset(("摄影",))
_CREDIT_MARKS = frozenset(" \u3000：:/|｜")
_RESIDENTS = ("牧民", "农民", "渔民", "村民", "居民")  # status words of where one lives
_RESIDENCE = frozenset(("村民", "居民"))  # of these, the ones that say where, not what one does
# a level's leaders named as a group (省领导某某，市领导某某、某某): they vouch for the names, no post
_LEADERS_OF_A_LEVEL = frozenset(("省领导", "市领导", "县领导", "区领导", "州领导"))
_VOUCHING_ONLY = _RESIDENCE | _LEADERS_OF_A_LEVEL  # words before a name that are no post of it
# ranks a scholar holds wherever he works (titles.tsv, category university: "academic title")
_ACADEMIC_RANKS = frozenset("教授 副教授 研究员 副研究员 院士 博士生导师 首席科学家".split())


def _customary_name(region: Region, title: str) -> str:
    """The name a post's region goes by: an autonomous prefecture's or county's short name and
    level word (怒江|州委书记 → 怒江州, not 怒江傈僳族自治州), its full name otherwise."""
    level_word = region.name[-1]
    if "自治" not in region.name or region.level == "province" or title[:1] != level_word:
        return region.name
    customary = [alias for alias in region.aliases if len(alias) >= 3 and alias.endswith(level_word)]
    if customary:
        return customary[0]  # 河口县: the table's own short form where its short name is shared
    return region.short + level_word if len(region.short) >= 2 else region.name


def _holds_level(region: Region, level: str | None) -> bool:
    """Whether ``region`` has the posts of ``level``: its own, and a municipality (重庆市, province-
    level) a city's too (重庆市委副书记、市长)."""
    return region.level == level or (level == "prefecture" and region.level == "province" and region.name.endswith("市"))


class _Context:
    """Regions a title without a prefix belongs to: last explicit one of its level, else the
    document's most-mentioned region of that level, where one is mentioned more than the others."""

    _HOME_WEIGHT = 5  # a provincial paper's unprefixed 省委书记 is its own province's

    def __init__(self, region_spans: list[Span], home: Region | None = None):
        self.default: dict[str, Region] = {}
        for level in ("province", "prefecture", "county"):
            counted = [(s.data["count"] + (self._HOME_WEIGHT if home and s.data["code"] == home.code else 0),
                        s.data["code"]) for s in region_spans if s.data["level"] == level]
            counted.sort(reverse=True)
            # a tie names no region: which of two provinces mentioned alike an unprefixed 省委书记
            # holds would be the order of their codes
            if counted and (len(counted) == 1 or counted[0][0] > counted[1][0]):
                self.default[level] = tables().by_code[counted[0][1]]
        if "province" not in self.default and home is not None and home.level == "province" \
                and all(province_of(tables().by_code[s.data["code"]]).code == home.code for s in region_spans):
            # a provincial outlet's report that names no province, only cities and counties of its
            # own (湖北日报: 黄冈市, 麻城市, 红安县, or none at all): an unprefixed 省委副书记 is the
            # outlet's province's (a delegation's destinations elsewhere would name another one)
            self.default["province"] = home
        # a county-level city (梅河口市) has a city's posts (市委书记): where the report names no
        # prefecture, an unprefixed city post is that city's
        cities = [(s.data["count"], s.data["code"]) for s in region_spans
                  if s.data["level"] == "county" and tables().by_code[s.data["code"]].name.endswith("市")]
        if "prefecture" not in self.default and cities:
            self.default["prefecture"] = tables().by_code[max(cities)[1]]
        self.last: dict[str, Region] = {}
        self.latest: Region | None = None  # the region of the last title that named one
        self.sentence_region: Region | None = None  # region of the last title in this sentence

    def resolve(self, hit: TitleHit, previous: TitleHit | None) -> Region | None:
        title = _post_of_bare_organ(hit.title)
        level = title_level(title)
        if hit.region is not None:
            self.last[hit.region.level] = hit.region
            self.latest = hit.region
            return hit.region
        if previous is not None and previous.region is not None and _holds_level(previous.region, level):
            return previous.region  # 辽宁省委书记、省人大常委会主任: one region for the chain
        if level in (None, "national"):
            entry = _title_entry(title)
            if entry is None and previous is not None and hit.title.startswith(_LOCAL_ORGAN_HEADS):
                return previous.region  # 某某区某某街道党工委委员、街道某某局局长: the chain's place
            if entry is not None and entry.level == "unit" and entry.category not in ("media", "profession") \
                    and hit.title not in _ACADEMIC_RANKS:
                # an academic rank or an occupation (教授, 研究员, 医生) is nobody's regional post: like
                # 记者, it takes no region from the sentence or the chain
                if previous is not None:
                    return previous.region  # 省委常委、秘书长: the chain's region
                if self.sentence_region is not None:
                    return self.sentence_region  # 副主任A、B，秘书长C: the list's region
            return None
        if self.latest is not None and self.latest.level != level and _holds_level(self.latest, level):
            return self.latest  # 天津市委书记某某和市长某某: a municipality's city posts, the latest region named
        return self.last.get(level) or self.default.get(level)


def _chain_posts(text: str, chain: list[TitleHit]) -> list[str | None]:
    """For each post of one holder's list, the post it names where an item printed bare takes the
    organ of the item before it (吉林省委委员、常委、书记: 省委常委, 省委书记; posts.organ_carried),
    None where the title says it itself; such an item without a region of its own takes the
    organ's (``chain`` is updated). Only across 、: 兼 and ， join posts of other organs."""
    posts: list[str | None] = [None] * len(chain)
    for k in range(1, len(chain)):
        if text[chain[k - 1].end:chain[k].start] == "、":
            posts[k] = organ_carried(posts[k - 1] or chain[k - 1].title, chain[k].title)
            if posts[k] is not None and chain[k].region is None and chain[k - 1].region is not None:
                # (the organ's region too: 吉林省委书记、常委、|委员 is 吉林省's)
                chain[k] = TitleHit(chain[k].title, chain[k].start, chain[k].end, chain[k - 1].region, chain[k].explicit)
    return posts


# 某某生前是A、B，C，曾任D: after a predicate's posts, more posts set off by commas (a career's
# verb may open them) are the same holder's
# (an organ's own words before the next post: 武夷新区|党工委书记)
_LIST_GOES_ON = LazyPattern(rf"[，,](?:{CAREER_VERBS}|现任|兼任|后任|还任|并任)?(?P<organ>[^，。；、：\d\sA-Za-z的了被在是和与及等]{{0,6}})")


# in a profile's career a unit's own name may open an item, as long as a company's (，某某证券有限责任
# 公司战略发展委员会|主任): the profile's person holds every post of the list
_PROFILE_LIST_GOES_ON = LazyPattern(rf"[，,](?:{CAREER_VERBS}|现任|兼任|后任|还任|并任)?(?P<organ>[^，。；、：\d\sA-Za-z的了被在是和与及等]{{7,24}})")


def _profile_list_goes_on(text: str, stated_list: tuple, start: int) -> re.Match | None:
    """_LIST_GOES_ON's match for a long unit's name, where the list's holder is the person a
    profile opens on."""
    if start - stated_list[0] < 8 or len(stated_list[1]) != 1:
        return None
    if (goes_on := _PROFILE_LIST_GOES_ON.fullmatch(text, stated_list[0], start)) is None:
        return None
    return goes_on if stated_list[1][0] in {name for name, _ in profile_openings(text)} else None


# 第六任行政长官: which holder of the post, printed with it
_NTH_HOLDER = LazyPattern(r"第[一二三四五六七八九十百零\d]{1,4}任$")


# 时任|担任…的: a verb of holding, then at most a place printed before the post's own prefix
_HELD_BEFORE_CHAIN = LazyPattern(rf"(?:{CAREER_VERBS}|{TAKING_UP_VERBS}|{HAD_HELD_VERBS}|履新|时任|担任过?|出任|原任|现任|时为|兼任)[^，。；、的\n]{{0,8}}$")


def find_people(text: str, region_spans: list[Span], credits: list[tuple[str, str | None]] = (),
                home: Region | None = None, title_matches: list[tuple[int, int, str]] | None = None,
                region_ends: dict[int, int] | None = None, recognised: dict[int, str] | None = None,
                formulations: list[tuple[int, int]] = ()) -> list[Span]:
    """``recognised``: start → name where the trained recogniser found a person (person_cues.py);
    such a name stands after a post where the patterns see none (总理张明远当地时间…).
    ``formulations``: where known formulations (the tifa lexicon) stand; a name may head one."""
    people: dict[str, Person] = {}
    recognised = recognised or {}

    def person(name: str) -> Person:
        return people.setdefault(name, Person(name))

    context = _Context(region_spans, home)
    hits = find_titles(text, title_matches, region_ends)
    chain: list[TitleHit] = []
    apposed: list[list[TitleHit]] = []  # items of posts closed by a comma, no holder of their own
    listed = None  # (where the last names a post chain named end, that chain)
    sentence_of_last = -1
    stops = [m.start() for m in _STOP.finditer(text)]
    stated_list = None  # (end, holders, change) of the last posts a predicate gave its holders
    for i, hit in reversed(list(enumerate(hits))):  # each post read back to the previous title's end
        _fullest(text, hit, hits[i - 1].end if i else 0)
    envoys = _envoy_posts(text, hits)
    for i, hit in enumerate(hits):
        if hit.title in VERB_POSTS or (hit.title in _CREDIT_ONLY and text[hit.end:hit.end + 1] not in _CREDIT_MARKS):
            continue  # 主管文教的副委员长: printed bare, the word is the verb; a post is printed with its line (固定收益主管)
        sentence = bisect.bisect_left(stops, hit.start)
        if sentence != sentence_of_last:
            context.sentence_region = None
        hit.region = context.resolve(hit, chain[-1] if chain else None)
        if hit.region is not None:
            context.sentence_region, sentence_of_last = hit.region, sentence
        chain.append(hit)
        nxt = hits[i + 1] if i + 1 < len(hits) else None
        gap = text[hit.end:nxt.start] if nxt else None
        if gap and gap[0] == "、" and 1 < len(gap) <= 9 and not nxt.explicit and not _CAREER_IN_GAP.search(gap) \
                and not is_occupation(hit.title) \
                and (_CHAIN_ORGAN.fullmatch(gap, 1) or _LEVEL_OPENING.match(nxt.title)
                     or (gap[1:] in world_places() and nxt.title[:1] in "省市州县")) \
                and _opens_item(text, hit.end + 1, nxt.start):
            # 南平市委常委、副市长、武夷新区|党工委书记: an item of a chain of posts is a post whole, its
            # organ a name no lexicon holds (a new area, a firm), and the chain goes on; so is a foreign
            # city before a level's post (越南共产党中央政治局委员、河内|市委书记)
            nxt.title, nxt.start, gap = gap[1:] + nxt.title, hit.end + 1, "、"
        # an envoy's post goes on to the holder's other posts past a comma (某某特使，政治局常委…)
        after_comma = gap == "，" and (i in envoys or CAREER_BEFORE.search(text, 0, chain[0].start))
        # 党组成员、原副主任: a post once held goes on the chain of the posts held now
        # 某某大学教授、著名经济学家: a word in front of an occupation (著名, 资深) does not end the chain
        described = gap is not None and gap[:1] == "、" and len(gap) <= 5 and is_occupation(nxt.title) \
            and all("\u4e00" <= c <= "\u9fff" for c in gap[1:])
        if nxt is not None and i + 1 not in envoys and (gap in ("、", "，兼", "兼", "", "、原", "、前") or after_comma or described) \
                and not _next_led_item(text, chain[0].start, nxt.end):
            if len(chain) == 1 and gap == "、" and i not in envoys \
                    and (held := _name_before_post(text, hit, hits[i - 1] if i else None)):
                # 甲研究员、某某大学副校长乙教授: a post printed after a name is that name's and
                # starts no chain for the next name
                person(held[0]).add_title(held[1], text[held[1].start:held[1].end])
                chain = []
            continue  # the chain goes on (after 曾任 a list of posts held before runs on past ，)
        pos = holder_position(text, hit.end)
        post_name = hit.title in _AFTER_NAME
        # 总书记重要讲话, 评论员文章, 记者会上: no name follows this title
        # 以国务院副总理赵明远为团长的代表团, 以A、B为团长: every name of the 以 phrase (not only B)
        holders = led_by(text, chain[0].start) if text[chain[0].start - 1:chain[0].start] in ("为", "任") else []
        change = None  # what a predicate did to the post: appointed, removed … (a career's dated evidence)
        if not holders and i + 1 not in envoys:  # 赵明远作为国家主席某某特使: the envoy's post, not the leader's
            start = envoys.get(i, chain[0].start) if len(chain) == 1 else chain[0].start
            items, change = stated_holders(text, start, hit.end)
            holders = [n for n in items if _holder_name(n)]
            # (where the predicate's holders are the list's own, as a profile's are, the item's organ is read all the same)
            if stated_list and holders in ([], stated_list[1]) \
                    and (goes_on := _LIST_GOES_ON.fullmatch(text, stated_list[0], chain[0].start)
                                                or _profile_list_goes_on(text, stated_list, chain[0].start)) \
                    and text[hit.end:hit.end + 1] in "，,。；;":  # the post closes its clause: no name of its own
                holders, change = stated_list[1], stated_list[2]  # 是A、B，C，曾任D: the predicate's list runs on
                if organ := goes_on.group("organ"):  # 武夷|新区党工委书记: the organ's own name, no region's
                    first = chain[0]
                    first.start, first.title, first.region = goes_on.start("organ"), organ + first.title, None
        if holders:
            stated_list = (hit.end, holders, change)
        # 局长由赵明远兼任, 副局长为钱立新，: the post's holder after 由 … 兼任 or after 为, closing the clause
        stated = (_HELD_BY.match(text, pos) or _NAMED_AS.match(text, pos)) if text[pos:pos + 1] in ("由", "为") else None
        spouse = not holders and text.startswith(_SPOUSE_WORDS, pos)
        if spouse:  # 某国总统夫人X: X is the holder's wife, no holder of the post
            name = None
            at = pos + 2
            spouse_name = name_at(text, at, strict=False) or recognised.get(at) or _transliterated(text, at, short_ok=True)
            if spouse_name:
                person(spouse_name)
        elif stated is not None and not holders and plausible_name(stated.group(1)):
            pos, name = pos + 1, stated.group(1)
        elif holders or _post_used_after_name(text, pos) or text.startswith("由", pos) \
                or (post_name and len(chain) == 1 and _held_before(text, hit)):
            name = None  # 主任由本级…: 由 opens who or what holds it; 习近平总书记鲜明指出: the post is its holder's
        elif all(is_occupation(h.title) for h in chain):
            # 教师|荣获, 医生|应该: the word is used of anyone; the recogniser decides (a post earlier in the
            # chain vouches for the name: 某某大学教授、经济学家|赵明远); a representative (老战士代表) is
            # named where one is printed, so a full name the patterns read, closed by a mark, is his
            # (老战士代表王恩田，青年学生代表…: an item of a list)
            name = recognised.get(pos) or (_representative_named(text, pos) if hit.title.endswith("代表") else None)
        else:
            name = _first_of_list(text, pos) or name_at(text, pos, strict=post_name) or recognised.get(pos) \
                or _short_name_before_de(text, pos) or _japanese_after_post(text, pos)
        # after a foreign post, or where a separator shows the name goes on (财政部长约翰|·李)
        if not holders and not spouse and (any(foreign_post(h.title) or h.title in _ROYAL_POSTS for h in chain)
                            or (name and text[pos + len(name):pos + len(name) + 1] in _NAME_SEPARATORS)
                            # 和财政部长雅各布·卢: a separator close after the post says a foreign name
                            or (not name and any(c in _NAME_SEPARATORS for c in text[pos + 2:pos + 6]))):
            # 哥斯达黎加总统|卡维利亚; a foreign name runs past a Chinese-name reading (安娜|·梅)
            longer = _transliterated(text, pos, short_ok=not name and any(foreign_post(h.title) for h in chain))
            if longer and (not name or (len(longer) > len(name) and longer.startswith(name))):
                name = longer
        if name and nxt is not None and pos + len(name) > nxt.start:
            name = None  # 省长向|荆州市委书记: the next post's place is not the end of a name
        elif name and _modifies_next_post(text, pos, name, nxt):
            name = None  # 秘书长代理|发言人某某: a frequent word run into the next post qualifies it
        if name:
            if listed is not None and listed[0] == chain[0].start - 1 and text[listed[0]] == "、":
                chain[0] = _organ_of_listed(chain[0], listed[1])
            posts = _chain_posts(text, chain)
            for k, h in enumerate(chain):
                # 老挝…总书记、|国家主席某某: a list of one holder's posts is in the first one's country
                # (not across 兼: 某国副总理兼|国库部长 is printed as held, the judged reports keep it so)
                if k and text[chain[k - 1].end:h.start] == "、" and not _former_at(text, chain[0].start) \
                        and (title := with_country_of(chain[0].title, h.title)) != h.title:
                    h = TitleHit(title, h.start, h.end, h.region, h.explicit)
                person(name).add_title(h, text[h.start:h.end], post=posts[k])
            for h in _apposed_before(text, chain[0].start, apposed):
                person(name).add_title(h, text[h.start:h.end])
            # 省委常委谭嘉禾、祁文涛 / 记者曹志、李政: a title before a list holds for every name in it
            others = _names_after(text, pos + len(name), recognised)
            for other in others:
                for h in chain:
                    person(other).add_title(h, text[h.start:h.end])
            listed = (pos + len(name) + sum(1 + len(other) for other in others), list(chain))
            # 某国总统某某夫人|某某: the holder's wife, named after the word (as after 总统夫人)
            if not others and text.startswith(_SPOUSE_WORDS, at := pos + len(name)):
                spouse_name = name_at(text, at + 2, strict=False) or recognised.get(at + 2) \
                    or _transliterated(text, at + 2, short_ok=True)
                if spouse_name:
                    person(spouse_name)
        elif holders:
            posts = _chain_posts(text, chain)
            for holder in holders:  # 任命A、B为T, 免去A的T职务
                for h, post in zip(chain, posts):
                    person(holder).add_title(h, text[h.start:h.end], change, post)
        elif text.startswith("的", pos) and _HELD_BEFORE_CHAIN.search(text, max(0, chain[0].start - 12), chain[0].start) \
                and (held_by := name_at(text, pos + 1, strict=True) or recognised.get(pos + 1)):
            for h in chain:  # 时任某县委书记的某某: the post a relative clause gives the name after 的
                person(held_by).add_title(h, text[h.start:h.end])
        elif (hit.title in _AFTER_NAME or text[hit.end:hit.end + 2] == "同志") and (before := _holder_after_name(text, hits, i)):
            person(before).add_title(hit, text[hit.start:hit.end]) if hit.title != "同志" else person(before)
        elif hit.title in _AFTER_NAME and hit.title not in _FOREIGN_HEADS:
            pass  # 习近平|总书记重要讲话: where no name is printed before, the post names nobody here
        elif len(chain) == 1 and hit.title in _FOREIGN_HEADS and (leader := _transliterated_before(text, hit, hits[i - 1] if i else None)):
            person(leader).add_title(hit, text[hit.start:hit.end])  # 会见|马克龙总统, 同|拉马福萨总统
        elif len(chain) == 1 and i not in envoys and (held := _name_before_post(text, hit, hits[i - 1] if i else None)):
            person(held[0]).add_title(held[1], text[held[1].start:held[1].end])  # 赵明远教授说, 钱立新秘书长一行
        elif appositive := _apposed_name(text, chain[0].start, hit.end, hits[i - len(chain) - 1].end if i >= len(chain) else 0):
            for h in chain:  # 赵明远，某某公司总经理，…: the post set off by commas after the name
                person(appositive).add_title(h, text[h.start:h.end])
        elif text[hit.end:hit.end + 1] in "，," and _opens_item_of_posts(text, chain[0].start):
            apposed.append(list(chain))  # 原某某委员会委员，|最高人民法院原院长某某同志: an item of posts
        chain = []
    for hit in hits:  # 刘某、鲁某等10位企业家代表先后发言: the post after 等 is every listed name's
        for listed in _names_before_etc(text, hit.start, recognised):
            person(listed).add_title(hit, text[hit.start:hit.end])
    for m in _COMRADE.finditer(text):
        before = name_before(text, m.start())
        if before and before[0] in _NOT_NAME_START:
            continue  # 领导同志和老同志: a conjunction and 老同志 (veterans), no name
        if before and text[max(0, m.start() - len(before) - 1):m.start() - len(before)] in "以和、，与对向“":
            person(before)
    spaced = _spaced_lines(text)
    headed = _headed_lines(text) + spaced
    for signer, post in _signatures(text) + headed:
        # a line of its own vouches for the name after the post, a place's name too (某某发言人 武平)
        signed = find_titles(post) if plausible_name(signer, strict=False) or _LATIN_NAME.fullmatch(signer) \
            or (signer, post) in spaced else []
        for k, hit in reversed(list(enumerate(signed))):
            _fullest(post, hit, signed[k - 1].end if k else 0)
        if signed and (signer, post) not in headed and not _bracket_of_posts(post, signed):
            continue  # 某某（为运动员进行预测的专家）: a bracket that a post does not open holds a clause, not posts
        if (signer, post) in headed:
            _whole_parts(post, signed)  # 某某银行首席投资官兼全球固定收益主管：X, each part of the line a post
        if signed:
            previous = None
            for hit in signed:
                hit.region = context.resolve(hit, previous)
                person(signer).add_title(hit, post[hit.start:hit.end])
                previous = hit
    for at in _list_starts(text):
        if not _LIST_OR_TAKING_PART.search(text, at + 2, at + 20):
            continue  # neither a list (、) nor a verb of taking part follows: nothing to read here
        first = name_at(text, at)
        if not first or (first.endswith("老") and text.startswith("同志", at + len(first))):
            continue  # 领导同志和|老同志: 老同志 (veterans) after a conjunction, no name
        names = [first] + _names_after(text, at + len(first))
        end = at + sum(len(n) + 1 for n in names) - 1
        if _PLACES_AFTER.match(text, end):
            continue  # 江淮、江南等地: a list of places
        # a verb of taking part vouches for a name before it, not for a word of ordinary text
        # (向所有|参加, 呼吁全球|共同); a list alone (温泉、滑雪) needs the recogniser
        if (_PARTICIPATE.match(text, end) and (len(names) >= 2 or not _word_not_name(first))) \
                or (len(names) >= 2 and _reads_as_names(text, at, end, names)):
            for name in names:
                person(name)
    for at, end in formulations:  # a leader's name heading a known formulation (习近平|强军思想)
        candidate = text[at:at + 3]
        if end - at >= 5 and text.endswith(("思想", "理论"), at, end) and plausible_name(candidate):
            person(candidate)
    for m in at_start_or_after(_OPENING_SPEAKER, _CLAUSE_SPEAKER, text) if _ANY_SPEAKER_VERB.search(text) else ():
        if (text[m.start()] == "，" and text[m.start() - 1:m.start()] not in _SETTING_BEFORE_COMMA) \
                or (text[m.start()] in "，：" and _reads_as_words(m.group(1))):
            continue  # 攻入医院后，强制|要求, 消息：来华|出席: words of the sentence, no subject's name
        name = m.group(1)
        if text.startswith("说", m.end()) and name not in people and _not_a_sayer(name):
            continue  # 严格来|说, 古人|说, 贺辞|说, 王老|说: words or a surname addressed, before the commonest verb
        if name in people or (plausible_name(name) and not name.endswith(_UNIT_ENDINGS + ("会",))
                               and not _common_word_after_surname(name)
                               and not any(known.startswith(name) for known in people)):
            person(name)  # not 安倍 where 安倍晋三 is known: the short form of a name found
    after_name_posts = {hit.end: hit for hit in hits if hit.title in _AFTER_NAME}
    for start, name in recognised.items():  # one at a time: each name added is known to the next
        post = after_name_posts.get(start)
        if post is not None and _held_before(text, post):
            continue  # 习近平总书记|鲜明指出: after a post its holder precedes, the word is no name
        if new_names(text, {start: name}, people) and not _reads_as_words(name):
            person(name)  # (记者|参与报道, 总书记的|贺信为总台: the recogniser's word, no name)
    openings = profile_openings(text)
    for name, _ in openings:  # 孙某，男，1963年出生…: a profile opens on its person's name
        person(name)
    for name, start, end in profile_ranks(text, openings):  # …，本科学历，高级工程师。: a rank among the facts
        person(name).add_title(TitleHit(text[start:end], start, end, None, False), text[start:end])
    for name, label in credits:
        p = person(name)
        if label:
            p.add_title(TitleHit(label, 0, 0, None, False), label)
    for hit in hits:  # 担任中央代表团副团长的A，B，C一同…: a post the list after it holds
        if text.endswith("担任", 0, hit.start) and text.startswith("的", hit.end):
            for name in _relative_list(text, hit.end + 1, people):
                people[name].add_title(hit, text[hit.start:hit.end])
    return _with_mentions(text, people)


def _former_at(text: str, start: int) -> bool:
    """Whether a former post's 原 or 前 stands right before ``start``."""
    return start > 0 and text[start - 1] in FORMER


def _organ_of_listed(hit: TitleHit, before: list[TitleHit]) -> TitleHit:
    """A bare post that goes on a list of holders (全国政协副主席某甲、|副主席兼秘书长某乙) is the post the
    list's first holder holds, with its organ, where that post ends with it and no place is printed."""
    if hit.explicit:
        return hit
    fuller = next((h for h in before if h.title.endswith(hit.title) and same_post(h.title, hit.title)), None)
    return hit if fuller is None else TitleHit(fuller.title, hit.start, hit.end, fuller.region, False)


# where an item of a comma-separated list of posts opens (an obituary's or a profile's apposition)
_ITEM_OPENERS = "，,。；;：:\n"


def _opens_item_of_posts(text: str, start: int) -> bool:
    """Whether a post chain at ``start`` opens an item of the list (or its sentence), a former
    post's 原 or 前 before it (，原某某委员会委员，)."""
    if start and text[start - 1] in "原前":
        start -= 1
    # (or after 对, whose object the apposition is: 中央纪委国家监委对|第二十届中央委员，某省委原书记某某…)
    return start == 0 or text[start - 1] in _ITEM_OPENERS or text[start - 1] == "对"


def _apposed_before(text: str, start: int, apposed: list[list[TitleHit]]) -> list[TitleHit]:
    """The posts of the items right before the post chain at ``start``, each a whole item of posts
    closed by a comma (…第九届全国委员会副主席，|九三学社…副主席某某同志): set off one by one before the
    name, they are the name's too; the first item that is no post (无产阶级革命家) ends them."""
    found = []
    for posts in reversed(apposed):
        if posts[-1].end + 1 != start:
            break
        found += posts
        start = posts[0].start - (text[posts[0].start - 1:posts[0].start] in ("原", "前"))
    return found


# Heads of state and government, monarchs and party leaders whom the news names before the post as
# often as after it (会见马克龙总统, 同某某国王举行会谈, 和某某第一书记): a foreign name there is the holder
_FOREIGN_HEADS = ("总统", "首相", "总理", "国王", "女王", "亲王", "王储", "议长", "总督", "第一书记", "总书记", "主席")


def _holder_after_name(text: str, hits: list[TitleHit], i: int) -> str | None:
    """The name printed right before a post printed after names (习近平总书记), not the characters of
    the post before (主|席和总理)."""
    hit = hits[i]
    before = _holder_before(text, hit)
    if before and i and hits[i - 1].end > hit.start - len(before):
        return None
    return before


def _transliterated_before(text: str, hit: TitleHit, previous: TitleHit | None) -> str | None:
    """The foreign name printed right before a head of state's post: a whole run of three to eight
    transliteration characters (a place or a post before it, or a character that is none, opens it),
    that is no place; None elsewhere (西班牙|首相 is the country's)."""
    floor = previous.end if previous is not None else 0
    # a monarch's ordinal before the post (同某某六世|国王) is the name's, the run ends before it
    regnal = _REGNAL.search(text, max(floor, hit.start - 4), hit.start)
    end = regnal.start() if regnal is not None else hit.start
    # a last character the table lacks that ends transliterations (同某京|总统) is the run's
    last = end - 1 if end - 1 > floor and text[end - 1] in _TRANSLIT_ENDINGS else end
    lo = _transliteration_start(text, last, end, floor)
    name = text[lo:end]
    if len(name) < 2 or lo == floor and floor or name in world_places() or _inside_place(text, lo, hit.start):
        return None
    # the run opens after a mark or a word that governs a name (会见|, 同|, 和|), not inside a word (转|达奥巴马)
    opened = lo == 0 or text[lo - 1] in _OPENS_BEFORE_POST or text[lo - 1] in _GOVERNS_FOREIGN_HEAD \
        or _after_a_date(text, lo)  # (2020年|某某总统被推翻后: a date opens the clause its subject follows)
    if len(name) == 2:
        # two characters (同|某某|总统, 。|塞某总统在…) where no word of ordinary text reads them (the
        # caller comes here only where no name follows the post: 埃塞总统|某某 is the country's)
        stem = _as_transliterated(name)
        found = opened and not is_known_word(name) and is_transliteration(stem, shortest=len(stem))
    else:
        found = opened and is_transliteration(_as_transliterated(name))
    return text[lo:hit.start] if found else None


def _after_a_date(text: str, at: int) -> bool:
    """Whether a date ends right before ``at`` (2020年|, 5月|, 17日|, 3号|: digits or numerals and
    their unit)."""
    return at >= 2 and text[at - 1] in "年月日号" and (text[at - 2].isdigit() or text[at - 2] in "一二三四五六七八九十〇零")


def _as_transliterated(name: str) -> str:
    """``name`` for the test of transliterations: a last character that ends them though the table
    lacks it (某京) left out."""
    return name[:-1] if len(name) >= 2 and name[-1] in _TRANSLIT_ENDINGS else name


_PARTNER_BEFORE = frozenset("同与和见")


_GOVERNS_FOREIGN_HEAD = frozenset("同见向对及请由在为的")


# 总统夫人X, 女王丈夫X: the name after these words is the post holder's spouse's
_SPOUSE_WORDS = ("夫人", "丈夫")
# An envoy's post names whom the envoy represents (GUIDE: one entry per post, as printed in full);
# so does a press secretary's (俄罗斯总统新闻秘书: no president)
_ENVOY_POSTS = ("特使", "特别代表", "私人代表", "新闻秘书")


def _envoy_posts(text: str, hits: list[TitleHit]) -> dict[int, int]:
    """Envoys' posts printed with the leader they represent, widened to hold the leader: 美国总统
    某某|特别代表 and 国家主席某某|特使 (post and name before), 某某主席|特使 (name and a post
    printed after names), 联合国秘书长|特使 (a post alone). The leader's own post stays his and
    starts no chain with the envoy's (某某主席特使|赵明远 is no 主席); the leader is no holder of
    the envoy's post (国家主席某某特使、). Returns index -> where the widened post starts."""
    widened = {}
    for k, hit in enumerate(hits):
        if not k or hit.title not in _ENVOY_POSTS:
            continue
        previous = hits[k - 1]
        if previous.end == hit.start and previous.title in _AFTER_NAME and (leader := _holder_before(text, previous)):
            start = previous.start - len(leader)  # 某某主席|特使
        elif _is_name(text[previous.end:hit.start]) or previous.end == hit.start:
            start = previous.start  # 美国总统某某|特别代表, 秘书长|特使
        else:
            continue
        hit.title = text[start:hit.end]
        widened[k] = start
    return widened


def _is_name(word: str) -> bool:
    return 2 <= len(word) <= 8 and (plausible_name(word, strict=False) or is_transliteration(word))


def _reads_as_names(text: str, start: int, end: int, items: list[str]) -> bool:
    """A 、-list that no verb or post vouches for (温泉、滑雪, 时间紧、任务重, 管钱、管权 read as
    surname-led names) is a list of names where the recogniser reads one of its items as a person
    in its context: such lists are rare (about one item in a hundred), so the model is asked only
    there."""
    window = (max(0, start - 4), min(len(text), end + 4))
    return not set(items).isdisjoint(recognised_names(text, [window]).values())


def _common_word_after_surname(name: str, band: int = 3) -> bool:
    """公告|说, 但|分析指出, 韩|民众表示: a word of ordinary text (its names.ordinary_word_band at
    least ``band``) where a speaker's given name would be; a name the recogniser or a post vouches
    for is found on those routes."""
    return ordinary_word_band(name[-2:]) >= band


def _word_not_name(word: str) -> bool:
    """A lone reading before a verb of taking part that is a word of ordinary text: its given part
    is a frequent word (向所有, 呼吁全球), or it is a two-character word whose surname is a rare
    one (来华|出席: 来 opens far more words than names), or a word and an adverb or a modal (双方应|共同)."""
    return _common_word_after_surname(word, 4) or _reads_as_words(word)


def _unit_of_words(name: str) -> bool:
    """专题|陈列馆指出: a word of ordinary text and the last character of a unit's name (馆, 站, 所…)."""
    return len(name) == 3 and name.endswith(_UNIT_ENDINGS) and ordinary_word_band(name[:2]) >= 2


def _reads_as_words(word: str) -> bool:
    """A reading that is a word of ordinary text: two characters whose surname is a rare one and
    that ordinary text prints (来华, 参与, 海外), or a word and an adverb, a modal or a preposition
    (双方应|共同, 贺信为|总台)."""
    return rare_surname_word(word) or (len(word) == 3 and word[-1] in _AFTER_SUBJECT and is_known_word(word[:2]))


def _relative_list(text: str, pos: int, people: dict[str, "Person"]) -> list[str]:
    """The names of a list that opens at ``pos``, each item posts and a name (中共中央政治局委员、
    国务院副总理A，全国人大常委会副委员长B…), up to the first item that is not one."""
    names, at = [], pos
    while True:
        end = text.find("，", at)
        stop = text.find("。", at)
        item_end = min(e for e in (end, stop, len(text)) if e >= 0)
        item = text[at:item_end]
        name = min((n for n in people if n in item), key=item.find, default=None)
        if name is None:
            break
        head = item[:item.find(name)]
        if head and not find_titles(head):
            break
        names.append(name)
        if item_end != end or not item.endswith(name):
            break  # the list's verb follows the last name (…苗华一同走下舷梯)
        at = item_end + 1
    return names



_ADVERBS = "还也又都就则曾却便亦应将要"  # and the modals: 普京将|出席
_AFTER_SUBJECT = _ADVERBS + "为是在对把被给从向"  # and the copulas and prepositions after a subject


def _without_adverb(name: str) -> str:
    """A recognised name run on into the adverb after it (普京还|强调 → 普京), or, four characters or
    more, into a preposition (岸田某雄以|明显优势: no given name of a Japanese or a foreign name ends so)."""
    if len(name) > 2 and name[-1] in _ADVERBS or len(name) > 3 and name[-1] in _PREPOSITIONS_AFTER_NAME:
        return name[:-1]
    return name


_PREPOSITIONS_AFTER_NAME = frozenset("以在对向从到与被把给")


def _japanese_surname_at(text: str, pos: int) -> str | None:
    """The Japanese surname (ner_cues.tsv, two or three characters) that starts at ``pos``, if any."""
    return next((text[pos:pos + k] for k in (3, 2) if text[pos:pos + k] in cues()["jp_surname"]), None)


def _japanese_after_post(text: str, pos: int) -> str | None:
    """A Japanese name right after a post (日本前首相|福田康夫|出席): a Japanese surname and a given name
    of one to three characters that a word ending names or a mark closes. The recogniser reads no such
    name where the surname is also a place's name (福田, 中山), so the post vouches for it here."""
    surname = _japanese_surname_at(text, pos)
    if surname is None:
        return None
    start = pos + len(surname)
    for end in range(start + 1, min(start + 3, len(text)) + 1):
        if not "\u4e00" <= text[end - 1] <= "\u9fff" or text[end - 1] in PLACE_SUFFIXES:
            return None  # 福田|区: the place, not a person
        if is_boundary(text, end):
            return text[pos:end]
    return None


def _holder_name(name: str) -> bool:
    """A name the appointment formula vouches for by its position (任命江山为…, 任命雒立新为…): a
    place name or a rare surname passes, a word the posts or the calendar explain does not."""
    return plausible_name(name, strict=False) or (
        2 <= len(name) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in name) and not is_post_or_day(name)
        and not function_char_in(name) and name[0] not in PRONOUNS) or is_dotted_name(name)  # 。她的责|任护士, 他曾|担任


def _fullest(text: str, hit: TitleHit, floor: int) -> None:
    """The post as printed in full: widened over its organ or country where no region prefix was
    read (意大利|总理), or with the prefix's level word kept (西藏自治区|农业农村厅厅长)."""
    if hit.explicit and hit.region is not None:
        word_start = hit.end - len(hit.title)
        hit.title = keep_level_word(text[hit.start:word_start], hit.region, hit.title)
        if hit.region.level == "county" and text[hit.start:word_start + 1] == hit.region.name \
                and not _COUNTY_LEVEL_ORGAN.match(hit.title, 1):
            hit.title = hit.title[1:]  # 某某县|教育局局长: the 县 is the county's name, printed whole; 某某|县委书记 keeps it
        return
    if hit.title in _AFTER_NAME and text[hit.start - 1:hit.start] not in FORMER and _holder_before(text, hit):
        return  # 习近平|总书记: a name before a post printed after names is the holder, not its organ (印度前|总理: no name ends in 前)
    if _unit_name_post(text, hit, floor):
        return  # 某某大学|赵明远|教授: the name's, with the unit, is read where the name is found
    wide = widen(text, hit.start, floor, hit.title)
    if wide is not None:
        hit.start, hit.title, region = wide
        if region is not None:
            hit.region, hit.explicit = region, True


def _list_starts(text: str) -> list[int]:
    """Where a list of names may begin: after a clause mark or 领导…, before a surname."""
    initials = _surname_initials()
    return ([0] if text[:1] in initials else []) + [m.end() for m in _list_start_pattern().finditer(text)]


@cache
def _list_start_pattern() -> re.Pattern:
    # 领导同志, not 领导+同…: the alternatives start with different characters but for 领导, and
    # 领导 does not give its 同志 back
    initials = re.escape("".join(sorted(_surname_initials())))
    return cached_compile(f"(?:{_LIST_START.pattern})(?=[{initials}])")


# An interview's or a panel's line that heads a person's words with the post, a colon and the name:
# 某某大学教授：赵明远, 某某银行首席经济学家：John Carter (a Latin name, as the page prints it)
_LATIN_NAME = cached_compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}")
_HEADED_LINE = cached_compile(r"^([^：:\n]{2,40}?)[：:][ \u3000]*([\u4e00-\u9fff·]{2,4}|[A-Z][a-z]+(?: [A-Z][a-z]+){1,2})"
                          r"(?=[ \u3000]*$|(?<=[a-z])[\u4e00-\u9fff])", re.M)


_POST_SEPARATORS = LazyPattern(r"[，,。；;！？!?“”\"]")  # a sentence, not a post, before the colon
_QUOTE_IN_POST = LazyPattern(r"[(（][\d.,%\s-]*[)）]")  # a firm's share price a portal inserts: 某某(12.3, 0.5, 1%)


def _headed_lines(text: str) -> list[tuple[str, str]]:
    """(name, post) for each line that is a post, a colon and a name, the post closing before the
    colon (not a credit: 编辑：X is read with the bylines)."""
    if "：" not in text and ":" not in text:
        return []
    found = []
    for m in _headed_line_matches(text):
        post, name = _QUOTE_IN_POST.sub("", m.group(1)).strip(), m.group(2)
        hits = find_titles(post)
        if hits and hits[-1].end == len(post) and getattr(_title_entry(hits[-1].title), "category", None) != "media" \
                and not _POST_SEPARATORS.search(post[:hits[0].start]):
            found.append((name, post))
    return found


# a line that is a post, a space and a name alone (a statement's or a speech's heading on a web
# page: 某某工程新闻发言人 赵明远); found from the space, which re scans for
_SPACED_NAME = cached_compile(r"[ \u3000]+([\u4e00-\u9fff·]{2,4})[ \u3000]*(?=\n|$)")


def _spaced_lines(text: str) -> list[tuple[str, str]]:
    """(name, post) for each line that is a post, a space and a name: the post's title closes it."""
    found = []
    for m in _SPACED_NAME.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        post = text[start:m.start()]
        if not 2 <= len(post) <= 40 or any(c in post for c in " \u3000：:，,。；;"):
            continue
        hits = find_titles(post)
        name = m.group(1)
        if hits and hits[-1].end == len(post) and getattr(_title_entry(hits[-1].title), "category", None) != "media" \
                and name[0] in _surname_initials() and not is_post_or_day(name) and name not in titles():
            found.append((name, post))
    return found


def _headed_line_matches(text: str) -> Iterator[re.Match]:
    """The matches of _HEADED_LINE, as its finditer gives them, tried only at the start of a line
    whose first colon lies 2–40 characters in: a match is a line's opening (re tries a pattern
    that opens with ^ at every position)."""
    tried = -1
    for colon in _COLON.finditer(text):
        start = text.rfind("\n", 0, colon.start()) + 1
        if start == tried:
            continue  # not the line's first colon
        tried = start
        if 2 <= colon.start() - start <= 40 and (m := _HEADED_LINE.match(text, start)):
            yield m


_COLON = cached_compile("[：:]")
_PART_BREAK = LazyPattern("兼|、")


def _whole_parts(post: str, signed: list[TitleHit]) -> None:
    """A headed line's post, split at 兼 and 、, is a post whole in each part (the line holds
    nothing else): the title each part ends with takes in the part's words before it."""
    start = 0
    for part in [*_PART_BREAK.finditer(post), None]:
        end = part.start() if part else len(post)
        inside = [hit for hit in signed if start <= hit.start and hit.end <= end]
        if inside and inside[-1].end == end and inside[-1].region is None and len(inside) == 1 and inside[0].start > start:
            inside[0].title, inside[0].start = post[start:inside[0].start] + inside[0].title, start
        start = part.end() if part else end


def _bracket_of_posts(post: str, signed: list[TitleHit]) -> bool:
    """Whether a bracket after a name holds posts (某某（某某大学教授、某某院院士）): a post opens one
    of its items (split at 、，兼), after what says when or how known (时任, 著名). A post that ends
    an item after a few words of what kind of holder takes them in (（著名科普作家）→ 科普作家)."""
    opens = False
    start = 0
    for part in [*_BRACKET_ITEM_BREAK.finditer(post), None]:
        end = part.start() if part else len(post)
        lead = _BRACKET_LEAD.match(post, start).end()
        inside = [hit for hit in signed if start <= hit.start and hit.end <= end]
        if inside and inside[0].start == lead:
            opens = True
        elif len(inside) == 1 and inside[0].end == end and inside[0].region is None and not inside[0].explicit \
                and (kind := _HOLDER_KIND.fullmatch(post, lead, inside[0].start)) \
                and _CLAUSE_CHARS.isdisjoint(kind.group()):
            inside[0].title, inside[0].start = post[lead:inside[0].start] + inside[0].title, lead
            opens = True
        start = part.end() if part else end
    return opens


_BRACKET_ITEM_BREAK = LazyPattern("兼|、|，|,")


def _signatures(text: str) -> list[tuple[str, str]]:
    """(name, post) for each 2–4 character name right before a bracketed post, as the pattern
    ([\u4e00-\u9fff·]{2,4})[（(]([^（）()]{2,40})[）)] would find them left to right."""
    found = []
    for bracket in _OPEN_BRACKET.finditer(text):
        at = bracket.start()
        before = text[max(0, at - 4):at]
        run = _NAME_CHARS.match(before[::-1])  # the name characters touching the bracket
        if run is None or run.end() < 2:
            continue
        if post := _SIGNATURE_POST.match(text, at):
            found.append((text[at - run.end():at], post.group(1)))
    return found


def _names_after(text: str, pos: int, recognised: dict[int, str] | None = None) -> list[str]:
    """Names that continue a list after ``pos``: 、李政、王春宇; ``recognised``: start → name where the
    recogniser read one (the last item, run into the verb after it: 、刘洋密切监视)."""
    names = []
    while text[pos:pos + 1] == "、":
        name = _list_item(text, pos + 1) or name_at(text, pos + 1) or _vouched_item(text, pos + 1)
        if name and _opens_longer_place(text, pos + 1, name):
            break  # 、阿尔|及利亚驻华大使: the item is a country's name, the list of names ends
        if not name and (name := (recognised or {}).get(pos + 1)) and _post_near(text, pos + 1 + len(name)):
            # 总统某甲、戈伊科维奇、总理某乙: a list of posts and names, the bare item's post unknown;
            # 会长某甲、韩华|集团会长某乙: the item is an organ's name, its post printed after it
            break
        if not name:
            break
        if _post_opens_at(text, pos + 1 + len(name)):
            break  # 外交部长某甲、南澳州|州长某乙: the item is the place or organ of the next post, not a name
        names.append(name)
        pos += 1 + len(name)
    return names


def _post_opens_at(text: str, at: int) -> bool:
    """Whether a post that a name follows starts right at ``at`` (…、某州|州长某乙): not one printed
    after a name (某某书记, 某某同志) — a mark or a verb follows those, not a name."""
    post = next((text[at:at + n] for n in range(8, 1, -1) if text[at:at + n] in title_words()), None)
    if post is None or post in _AFTER_NAME:
        return False
    after = text[at + len(post):at + len(post) + 1]
    return "\u4e00" <= after <= "\u9fff" and not _post_ends(text, at + len(post))


# 等, a headcount (10位, 三名) and up to two characters that describe the holders (明星主播), before
# a post: the post is every name's of the list before 等
_ETC_BEFORE_POST = LazyPattern(r"等(?:[\d一二三四五六七八九十两百]{1,3}[位名])?[\u4e00-\u9fff]{0,2}$")
_ITEM_MARKS = frozenset("、，,；;：:。！？\n“”（）()《》 ")
# the kinds of unit a list closed by 等 may name (某某、某某等企业董事长): the items are units, not people
_UNITS_AFTER_ETC = frozenset(("企业", "公司", "单位", "机构", "部门", "高校", "学校", "医院", "银行", "集团", "国家", "地区", "城市"))


def _names_before_etc(text: str, post_start: int, recognised: dict[int, str]) -> list[str]:
    """The names of a list closed by 等 before a post (刘某、鲁某等10位企业家代表, 李某、吉某等明星主播),
    read back from 等 item by item: every item must be a name (an item between two 、 whole; the
    first read as the name that ends it), else none is (北京、上海等地负责人); one item no reading
    explains, in a list of names otherwise (李某、孙某、小某等明星主播: a stage name), is passed over."""
    etc = _ETC_BEFORE_POST.search(text, max(0, post_start - 8), post_start)
    if etc is None or text[etc.start() - 1:etc.start()] in _ITEM_MARKS:
        return []
    if text[etc.start() + 1:post_start] in _UNITS_AFTER_ETC:
        return []  # 某公司、某集团等企业|董事长: the items are the units whose heads hold the post
    names, end, unread = [], etc.start(), 0
    while True:
        start = end
        while start > 0 and end - start < 9 and text[start - 1] not in _ITEM_MARKS:
            start -= 1
        item = text[start:end]
        whole = plausible_name(item) or recognised.get(start) == item or is_transliteration(item)
        if text[start - 1:start] != "、":  # the first item: the name that ends the stretch
            name = item if whole else name_before(text, end)
            return names + [name] if name and len(names) >= max(1, unread) else []
        if not whole:
            if unread or len(item) > 3 or is_known_word(item) or lookup(item) is not None:
                return []  # a place or a word of the lexicons: a list of things, no names
            unread += 1
        else:
            names.append(item)
        end = start - 1


def _post_near(text: str, pos: int) -> bool:
    """Whether a post of the lexicon starts within six characters of ``pos``, after a 、 or with no
    mark between."""
    lo = pos + 1 if text[pos:pos + 1] == "、" else pos
    for at in range(lo, min(lo + 6, len(text))):
        if not "\u4e00" <= text[at] <= "\u9fff":
            return False
        if any(text[at:at + n] in title_words() for n in range(2, 9)):
            return True
    return False


def _vouched_item(text: str, pos: int) -> str | None:
    """An item of a list of names that no test of names reads (查干朝鲁, a Mongolian name): two to four
    characters between two separators, no word the lexicons explain, with names on both sides
    (the one before it read already, a name after it): the list vouches for it."""
    m = _LIST_ITEM.match(text, pos)
    if m is None or not 2 <= len(item := m.group()) <= 4 or "·" in item or is_known_word(item) or is_post_or_day(item):
        return None
    after = m.end()
    return item if text.startswith("、", after) and (_list_item(text, after + 1) or name_at(text, after + 1)) else None


_LIST_ITEM = cached_compile(r"[\u4e00-\u9fff·]{2,9}?(?=[、，,。；]|等|同志)")  # lazy: 、樊立|等。


def _opens_longer_place(text: str, pos: int, name: str) -> bool:
    """Whether a country's or a world place's name longer than ``name`` starts at ``pos`` (阿尔及利亚)."""
    return any(text[pos:pos + n] in countries() or text[pos:pos + n] in world_places()
               for n in range(len(name) + 1, min(len(name) + 5, len(text) - pos) + 1))


def _list_item(text: str, pos: int) -> str | None:
    """A whole item of a list of names (、刘建和、): between separators the item is the name, even
    where it ends with a character that elsewhere ends one (和, 同)."""
    m = _LIST_ITEM.match(text, pos)
    if m is None:
        return None
    item = m.group()
    if "·" in item:  # 阿不都·热依木: an ethnic-minority name, each part two to four characters
        return item if all(2 <= len(part) <= 4 for part in item.split("·")) else None
    if len(item) == 3 and item[1] == "其" and text[pos - 1:pos] == "、":
        # 、陈其华、: between list separators 其 is a given-name character, not the pronoun that
        # keeps it out of names elsewhere (尤其, 其中); the rest of the name must hold up alone
        return item if plausible_name(item[0] + item[2]) else None
    return item if len(item) <= 4 and plausible_name(item) else None


def _transliterated_item(text: str, pos: int) -> str | None:
    """A whole item of transliteration characters after two names found in a row (某南、某什、|克里、):
    the list says a name, so two characters are enough (is_transliteration's ``shortest=2``); not
    an item that opens with a country's name or holds a post (…、阿曼苏丹某某、: a country, a post
    and a name)."""
    m = _LIST_ITEM.match(text, pos)
    if m is None or not is_transliteration(item := m.group(), shortest=2) or is_known_word(item):
        return None
    if any(item[:n] in world_places() for n in range(2, len(item))) or find_titles(item):
        return None
    return item


def new_names(text: str, recognised: dict[int, str], known) -> set[str]:
    """The recogniser's names that no name already found explains: the patterns' reading wins
    where they found a shorter or longer name at the same place (刘立新|为), where the name lies
    inside one they found (帕迪·|伯克) and where the two cross (金正|恩特使: two names never
    overlap); a longer reading around a name they found is the recogniser's (纳|吉布)."""
    return {name for start, name in recognised.items() if _is_new(text, start, name, known)}


def _is_new(text: str, start: int, name: str, known) -> bool:
    if name in known:
        return False
    end = start + len(name)
    for k in known:
        # the occurrences of k that overlap [start, end) start after start - len(k) and before end
        at = text.find(k, max(0, start - len(k) + 1), end + len(k) - 1)
        while at >= 0:
            if at == start or not (start < at and at + len(k) <= end):
                return False  # the same start, or k not inside the name: the two readings conflict
            at = text.find(k, at + 1, end + len(k) - 1)
    return True


def _first_of_list(text: str, pos: int) -> str | None:
    """The first name of a list that starts at ``pos`` (国务委员刘建和、王一鸣): the whole item."""
    item = _list_item(text, pos)
    return item if item and text.startswith("、", pos + len(item)) else None


def _with_mentions(text: str, people: dict[str, Person]) -> list[Span]:
    spans = []
    for name, p in people.items():
        p.mentions = _occurrences(text, name)
        first = p.mentions[0] if p.mentions else [0, 0]
        spans.append(Span(first[0], first[1], "person", {
            "name": name, "surface": [name], "titles": p.titles, "mentions": p.mentions}))
    return sorted(spans, key=lambda s: (s.start == s.end, s.start))


def _occurrences(text: str, word: str) -> list[list[int]]:
    """Non-overlapping occurrences, left to right."""
    found, at = [], text.find(word)
    while at >= 0:
        found.append([at, at + len(word)])
        at = text.find(word, at + len(word))
    return found


def extract(doc: Doc, options=None) -> Doc:
    for _ in extract_in_steps(doc, options):
        pass
    return doc


# the outlets a piece was compiled from ((综合整理自澎湃新闻、某某网等), 转载自, 摘编自): no name of a
# person the model reads there is one (智东西, 雷锋网)
_SOURCES_CREDITED = LazyPattern(r"(?:本文|以上内容|内容)?(?:综合|整理|转载|摘编|编译|改编)+自[^。；）)\n]{2,80}")


def extract_in_steps(doc: Doc, options=None) -> Iterator[None]:
    """extract(), pausing (yield) after each pass of the recogniser: a batch (pipeline.process_batch)
    takes the recogniser and the patterns over every document in turn, so that each keeps its
    tables in the processor's caches."""
    credits = doc.meta.get("credits") or []
    home = home_region(doc.meta.get("source"))
    found = lexicon.matches(doc)
    inside_tifa = set(chain.from_iterable(range(start + 1, end) for start, end, _, _ in found.tifa))
    inside_titles = set(chain.from_iterable(range(start + 1, end) for start, end, _ in found.titles))
    title_starts = {start for start, _, _ in found.titles}  # 和|王后素提达: a name does not start a post
    title_ends = {end for _, end, _ in found.titles}
    stops = title_ends | set(found.region_ends)  # 主席|普京: a name opens after a post
    sources = [(m.start(), m.end()) for m in _SOURCES_CREDITED.finditer(doc.text)] if "自" in doc.text else []

    def in_sources(at: int) -> bool:
        return any(a <= at < b for a, b in sources)

    def usable(start: int, name: str, known=()) -> bool:
        # a name the model reads inside a formulation (全面从|严治党) is the formulation's; a
        # leader's name heading one (习近平新时代…) starts where it does, and the patterns find it
        # nor is one that starts inside a post (主|席和) or that the lexicons explain (文章, 普京还)
        return (start not in inside_tifa and start not in inside_titles and start not in title_starts
                and not is_known_word(name) and not _unit_of_words(name) and not _opens_no_name(doc.text, start, title_ends)
                and not _after_place(doc.text, start) and _is_new(doc.text, start, name, known)
                and not is_listed_word(doc.text[start:start + len(name) + 1])  # 奥密克|戎, 张家|口: a word's head
                and not _names_a_zone(doc.text, start + len(name)) and not _item_of_organs(doc.text, start + len(name))
                and not in_sources(start))

    def recognised(windows: list[tuple[int, int]], known=(), starts=None, only_starts=None, scores=None) -> dict[int, str]:
        # the recogniser reads in full only the windows where it may find a name used here
        # (``starts``: where the caller keeps names, if only there; ``only_starts``: where the
        # only names it needs start, the others not even built; ``scores``: filled with the model's)
        names = recognised_names(doc.text, windows, lambda start, name: (starts is None or start in starts)
                                 and usable(start, _without_adverb(name), known), only_starts, scores)
        names = dict(_past_place(doc.text, *_whole_separated(doc.text, *_whole_transliteration(
            doc.text, start, _before_post(start, _before_closing_word(doc.text, start, _without_adverb(name))), stops)))
                     for start, name in names.items())
        return {start: name for start, name in names.items() if len(name) >= 2 and usable(start, name)}

    def _before_post(start: int, name: str) -> str:
        # 穆罕默德特|使, 主席团|轮值主席: a name does not run into a post printed after it, nor ends
        # where no name before a post does (共和党籍|众议长)
        cut = next((k for k in range(1, len(name)) if start + k in title_starts), len(name))
        return name[:cut] if cut == len(name) or name[cut - 1] not in _NOT_NAME_END else ""

    # after an occupation (老师, 医生) only the recogniser says whether a name follows (医生|张明远, 教师|荣获),
    # and only a name right after the word counts: the word is printed of anyone, and most often
    # with no name (学生是老师。), so its stretch is not read for names as a post's is
    posts = [match for match in found.titles if not is_occupation(match[2])]
    windows = title_windows(doc.text, posts)
    # the windows hold the posts themselves (the recogniser sees them as context); no name starts
    # inside one, so no candidate is built there
    in_windows = set(chain.from_iterable(range(lo, hi) for lo, hi in windows))
    after_posts = recognised(windows, only_starts=in_windows - inside_titles - title_starts)
    # (past a descriptor after the word: 中国科学院院士、凝聚态物理专家|某某, where the name starts)
    occupation_ends = {holder_position(doc.text, end) for _, end, title in found.titles
                       if is_occupation(title) and end not in after_posts}
    occupation_starts = {start for start, _, title in found.titles if is_occupation(title)}
    if occupation_ends:
        windows = [(max(0, end - 2), end + 10) for end in sorted(occupation_ends)]
        after_posts |= {start: name for start, name in recognised(windows, starts=occupation_ends, only_starts=occupation_ends).items()
                        if start in occupation_ends}
    after_posts |= _items_of_post_lists(doc.text, found.titles, after_posts, title_starts | inside_titles)
    # 航天员某甲、某乙密切监视: the list after a post's name goes on; the recogniser reads the items the
    # patterns cannot (the last run into the verb after it), each item's start known once the one
    # before it is read
    items = _list_item_starts(doc.text, found.titles, after_posts)
    for _ in range(_LIST_READ_ROUNDS):
        if not items:
            break
        more = recognised([(max(0, at - 2), at + 10) for at in sorted(items)], starts=items, only_starts=items)
        after_posts |= {start: name for start, name in more.items() if start in items}
        items = {start + len(name) + 1 for start, name in more.items() if doc.text.startswith("、", start + len(name))}
    yield
    spans = find_people(doc.text, doc.spans.get("regions", []), credits, home, found.titles, found.region_ends,
                        after_posts, sorted({(start, end) for start, end, _, _ in found.tifa}))
    # then before governing verbs, only where no name found so far ends (the costlier half)
    known = {s.data["name"] for s in spans}
    known_ends = {end for s in spans for _, end in s.data["mentions"]}
    windows = verb_windows(doc.text, known_ends, found.verbs)
    yield
    # 习近平总书记|鲜明指出: a post printed after a name found is that name's; what follows it is no name
    held_post_ends = {end for start, end, title in found.titles if start in known_ends and title in _AFTER_NAME}
    new = new_names(doc.text, {start: name for start, name in recognised(windows, known).items()
                               if start not in held_post_ends}, known)
    # before an honorific (某某先生, 某某·某某女士): the recogniser reads the name that ends there
    new |= new_names(doc.text, _honoured(doc.text, known_ends, lambda w, at: recognised(w, known, at, at)), known | new)
    # last, where a clause or a phrase opens on what may be a name no post or verb vouches for
    known |= new
    mention_starts = {a for s in spans for a, _ in s.data["mentions"]}
    starts = opening_starts(doc.text, mention_starts)
    # and where a name may start with no cue at all, held to more (_holds_free)
    free = free_starts(doc.text, mention_starts | starts)
    starts |= free
    windows = windows_at(doc.text, starts)
    mention_starts.update(at for name in new for at, _ in _occurrences(doc.text, name))
    yield
    # a name found on a post's or a verb's evidence is not the tail of one read here (主人公|孙某: 公孙某)
    scores: dict[int, float] = {}
    new |= new_names(doc.text, {start: name for start, name in recognised(windows, known, starts, starts, scores).items()
                                if _holds_at_opening(doc.text, start, name, title_starts, occupation_starts,
                                                     scores.get(start, 0.0) >= _SURE_NAME_SCORE)
                                and (start not in free or (scores.get(start, 0.0) >= _FREE_NAME_SCORE
                                                           and _holds_free(doc.text, start, name,
                                                                           scores[start] >= _SURE_NAME_SCORE)))
                                and mention_starts.isdisjoint(range(start + 1, start + len(name)))}, known)
    spans += _with_mentions(doc.text, {name: Person(name) for name in sorted(new)})
    spans += _with_mentions(doc.text, {name: Person(name) for name in sorted(_list_neighbours(doc.text, spans))})
    known = {s.data["name"] for s in spans}
    spans += _with_mentions(doc.text, {name: Person(name) for name in sorted(_separated_names(doc.text, stops) - known)
                                       if not any(name in k or (k in name and k not in _SEPARATED.split(name)) for k in known)})
    # (after the merge: 班子针对… joins 班子 first, and goes with it)
    profiled = {name for name, _ in profile_openings(doc.text)}  # 常青，男，1970年出生…: a profile vouches for its name
    spans = [span for span in _other_readings_merged(doc.text, spans)
             if (span.data["name"] in profiled or not _ordinary_word_read(doc.text, span))
             and not _counted_as_thing(doc.text, span) and not _read_inside_places(doc.text, span)
             and not _named_thing(doc.text, span) and not _village(doc.text, span)
             and not (sources and span.data["mentions"]  # (a credit's name has none in the text)
                      and all(in_sources(at) for at, _ in span.data["mentions"]))]
    _posts_beside_mentions(doc.text, spans, found.titles)
    doc.spans[ASSIGNS] = sorted(spans, key=lambda s: (s.start == s.end, s.start))


def _posts_beside_mentions(text: str, spans: list[Span], title_matches: list[tuple[int, int, str]]) -> None:
    """An occupation printed right before a mention of a person found (艺人|某某也…, 歌手|某某的…),
    or a post right after one (某某|老师写的信, 某某|教授成立的, 某某|院士工作的), is that person's:
    the recogniser may miss the name where the occupation is and find it elsewhere, and the name's
    own pass reads a post after a name only where a verb of the person or a mark ends it (某某教授说).
    These take no region."""
    before: dict[int, tuple[int, str]] = {}
    after: dict[int, tuple[int, str]] = {}
    for start, end, title in title_matches:  # the longest title ending there (总工程师, not 工程师)
        if end not in before or start < before[end][0]:
            before[end] = (start, title)
        if start not in after or end > after[start][0]:
            after[start] = (end, title)
    ends = {end: title for end, (_, title) in before.items() if is_occupation(title)}
    # 老师们, 律师团, 教授级, 编辑：: a group, a grade or a label, not the post of the name before it
    starts = {start: title for start, (end, title) in after.items()
              if _held_after_name(title) and text[end:end + 1] not in _NOT_AFTER_HELD_POST}
    if not ends and not starts:
        return
    for span in spans:
        held = {t["title"] for t in span.data["titles"]}
        for start, end in span.data["mentions"]:
            for title in (ends.get(start), starts.get(end)):
                if title is not None and title not in _VOUCHING_ONLY and not any(t.endswith(title) or same_post(t, title) for t in held):
                    span.data["titles"].append({"title": title, "region": None, "region_code": None, "surface": title,
                                                "post": normalised_post(title), "change": None})
                    held.add(title)


_NOT_AFTER_HELD_POST = frozenset("们级团组队界：:")


def _held_after_name(title: str) -> bool:
    """Whether a post printed right after a name found is that name's (某某教授成立的, 某某书记带头):
    not a byline word (某某记者|某某: the next name's), nor a relation (某某特使: the envoy is another)."""
    entry = _title_entry(title)
    return entry is not None and entry.category != "media" and title not in _OF_NAME and title != "同志"


def _not_a_sayer(name: str) -> bool:
    """Whether the characters before 说 are no full name: a word (古人), one run into 来 or 人
    (严格来说, 华西人说), a text that speaks (来信说, 贺辞说, 贺电说), or a surname and a word of
    address (王老, 胡大爷: the person unnamed)."""
    return (is_known_word(name) or _reads_as_words(name) or name[-1] in "来人们信电函辞文书稿"
            or name[1:].startswith(("老", "小", "阿")) or name.endswith(_ADDRESSED_AS))


# how one is addressed after a surname alone (李女士, 陈大妈, 王师傅): the person is unnamed
_ADDRESS_AFTER_SURNAME = frozenset(("女士", "先生", "小姐", "大妈", "大爷", "大娘", "大姐", "大哥", "阿姨", "师傅", "老师",
                                   "奶奶", "爷爷", "老汉", "大叔", "婶"))


_ADDRESSED_AS = tuple(_ADDRESS_AFTER_SURNAME) + ("婆婆", "老")  # (胡大爷说, 麦婆婆说, 王老说)


# what a person's name is addressed by, which no ordinary word is (江山委员代表…发言, 某某同志)
_ADDRESSED_AFTER = cached_compile(r"委员|同志|先生|女士|代表(?!团)")


def _ordinary_word_read(text: str, span: Span) -> bool:
    """Whether a two-character "name" is a frequent word of ordinary text (or a three-character
    one opens on such a word, on no common surname) read where a name was expected (常委|班子, 代表|普遍认为, 主席|呼吁, 首相|原定, 总书记|关怀): not one of transliteration
    characters (维尔, 卡尔, 尼尔: foreign names are frequent bigrams too), nor a 某 name, nor one that a
    word of address follows (江山委员), nor one an appointment names."""
    name = span.data["name"]
    if "某" in name or not (len(name) == 2 and ordinary_word_band(name) >= _RUN_ON_WORD_BAND
                            # 根据各|代表团, 双方愿|加强, 施工中: a frequent word and one character more, on
                            # no common surname (王国生, 林中森: a name's first two characters may be a word)
                            or len(name) == 3 and ordinary_word_band(name[:2]) >= _RUN_ON_WORD_BAND
                            and name[0] not in common_surnames()
                            # 奥斯顿, 彼得曼: two transliteration characters say a foreign name;
                            # 连胜华: a character common in given names ends a name
                            and sum(c in cues()["translit"] for c in name) < 2 and name[2] not in cues()["given"]):
        return False
    if all(c in cues()["translit"] for c in name) or any(t.get("change") for t in span.data["titles"]):
        return False  # 任命江山为…部长: an appointment names a person, whatever the name
    return not any(_ADDRESSED_AFTER.match(text, b) for _, b in span.data["mentions"])


# A number and a measure word that counts plants, animals, land and goods, never people (15万株|某某,
# 万亩|某某林, 300多只|某某, 一艘|某某艇); people are counted with 名, 位, 个, 人
_THING_COUNTED_BEFORE = cached_compile(r"[\d一二两三四五六七八九十百千万亿几多余][株棵朵亩片斤吨头匹条只块座粒枝盆束箱袋辆艘架]$")


def _read_inside_places(text: str, span: Span) -> bool:
    """Whether every mention of a transliterated "name" is the tail of a longer foreign place's
    name printed whole (圣多美和|某某比: a country's name of two joined by 和; 汗|某某斯, a town).
    (Chinese readings inside a region's name are refused where they are read: _inside_place.)"""
    mentions = span.data["mentions"]
    return bool(mentions) and is_transliteration(span.data["name"]) \
        and all(_inside_place(text, start, end) for start, end in mentions)


def _counted_as_thing(text: str, span: Span) -> bool:
    """Whether a "name" is, somewhere in the text, counted as a thing is (15万株|郁金香, 万亩|胡杨林):
    a flower, a forest, a crop or a boat read as a name where a clause opens on a surname."""
    return any(_THING_COUNTED_BEFORE.search(text, max(0, start - 2), start) for start, _ in span.data["mentions"])


_LIST_READ_ROUNDS = 4  # items of a list after a post the recogniser reads one after another


def _list_item_starts(text: str, posts: list[tuple[int, int, str]], named: dict[int, str]) -> set[int]:
    """Where the first item the patterns do not read starts in a list of names after a post
    (航天员某甲、某乙、|某丙密切…): the name after the post read (by the recogniser or the patterns)
    and closed by 、, and each item after it the patterns read."""
    starts = set()
    for _, end, _ in posts:
        at, name = end, named.get(end) or name_at(text, end)
        while name and text.startswith("、", at := at + len(name)):
            at += 1
            if not (name := _list_item(text, at) or name_at(text, at)):
                starts.add(at)
    return starts


# words of address printed after a name (not 先生们, 女士们: the audience addressed)
_HONORIFIC = LazyPattern(r"(?:先生|女士|小姐)(?!们)")
_LONGEST_HONOURED = 8  # characters of a name read before an honorific (某某·某某某, a name and its separator)


def _honoured(text: str, known_ends: set[int], read) -> dict[int, str]:
    """start → name for the names that end right before an honorific (香港某某某先生为…捐资, 美国专家
    某某·某某女士在…): the word of address says a person's name stands before it, which the recogniser
    reads (``read(windows, starts)``); not where a name found ends there already."""
    if "先生" not in text and "女士" not in text and "小姐" not in text:
        return {}
    ends = {m.start() for m in _HONORIFIC.finditer(text)} - known_ends
    if not ends:
        return {}
    starts = {end - k for end in ends for k in range(2, _LONGEST_HONOURED + 1) if end - k >= 0}
    windows = [(max(0, end - _LONGEST_HONOURED - 2), end + 3) for end in sorted(ends)]
    return {start: name for start, name in read(windows, starts).items() if start + len(name) in ends
            and not (len(name) == 2 and name[0] in _CONJUNCTIONS_BEFORE_SURNAME and name[1] in common_surnames())}


# words that open a clause before a surname and its honorific (当林女士想…: when Ms Lin…, 和王先生)
_CONJUNCTIONS_BEFORE_SURNAME = PREPOSITION_SURNAMES | frozenset("当与及请让被把给在跟")


_ITEM_CLOSERS = frozenset("、，等")
_ITEM_CLOSE = frozenset("、，,；;。")  # marks that close a list's item or a clause


def _representative_named(text: str, pos: int) -> str | None:
    """The name after a representative's title (老战士代表|王恩田，): a surname and two characters the
    patterns read, closed by a mark."""
    read = name_at(text, pos)
    return read if read and len(read) == 3 and text[pos + 3:pos + 4] in _ITEM_CLOSE else None


_NOT_IN_ITEM = frozenset("的了着过是在和与及或等为把被从对向将也都就又还再已兼暨")  # 兼, 暨: one post joined to another
# 主席|团成员, 总统|候选人, 主任|助理, 总理|年度会晤: the post runs on into a noun of membership or of a
# meeting, no name follows it
_ROLE_NOUN = LazyPattern("成员|候选|人选|代表|委员|人员|同志|先生|女士|夫人|负责|助理|特使|顾问|会晤|会谈|对话|会议|机制")
_ITEM_REACH = 16  # a post and its name in one item of a list: 自治区人民政府主席某某


def _items_of_post_lists(text: str, posts: list[tuple[int, int, str]], named: dict[int, str],
                         inside_posts: set[int]) -> dict[int, str]:
    """start → name for the names of a list of posts and names (…书记某甲、自治区人民政府主席嘎玛泽登、
    自治区政协主席某乙等) that no test of names reads (Tibetan and Mongolian names have no surname):
    the two to four characters between a post and the 、 (or the closing 等) are a name where the
    items on both sides are a post and a name read already; the list vouches for it. Items parted
    by commas need both neighbours so (…院长某甲，老战士代表王恩田，学生代表某乙先后发言)."""
    if "、" not in text and "，" not in text:
        return {}
    post_ends = {end for _, end, _ in posts}
    found: dict[int, str] = {}
    while True:  # an item read vouches for its neighbour (嘎玛泽登、…查干朝鲁等)
        more = _post_list_pass(text, posts, {**named, **found}, inside_posts, post_ends)
        if not more:
            return found
        found |= more


def _post_list_pass(text: str, posts, named: dict[int, str], inside_posts: set[int], post_ends: set[int]) -> dict[int, str]:
    found = {}
    for start, end, _ in posts:
        if end in named:
            continue
        close = next((k for k in range(end + 2, min(end + 5, len(text)) + 1) if text[k:k + 1] in _ITEM_CLOSERS), None)
        if close is None:
            continue
        # items parted by commas (…院长某甲，…老战士代表王恩田，…代表某乙先后发言): a comma parts clauses
        # too, so both neighbours must be a post and a name
        sep = "，" if text[close] == "，" else "、"
        item = text[end:close]
        if any(c in _NOT_IN_ITEM or not "\u4e00" <= c <= "\u9fff" for c in item) or is_known_word(item) \
                or _ROLE_NOUN.search(item) \
                or is_post_or_day(item) or any(k in inside_posts for k in range(end, close)):
            continue
        # the item after: a post and a name read already; or, where the list closes (等), the one before
        # (each item opens at its 、 with its post: no verb or function word before the post, 热情向总书记|问好、
        # 向总书记拜年 is a list of verb phrases)
        after = text[close] != "等" and any(text.find(sep, close + 1, at) < 0 and _opens_item(text, close + 1, s2)
                                            and (at in named or name_at(text, at))
                                            for s2, at, _ in posts if close < s2 and at <= close + _ITEM_REACH)
        before = (opening := text.rfind(sep, max(0, start - _ITEM_REACH), start)) > 0 and _opens_item(text, opening + 1, start) \
            and any((name := named.get(at) or name_at(text, at)) and at + len(name) == opening
                    for at in post_ends if opening - 5 <= at < opening)
        if sep == "，" and not before:
            before = _first_listed(text, start)
        if (after and before) if sep == "，" else (after or before):
            found[end] = item
    return found


# what announces a list of those present (参加会谈的有：…, 出席会议的还有：…, 他们是：…)
_LIST_ANNOUNCED = LazyPattern(r"(?:的(?:还)?有|(?:他们|她们)(?:分别)?是)[：:]$")


def _first_listed(text: str, start: int) -> bool:
    """Whether the post at ``start`` is in the first item of a list a colon announces (越南方面参加会谈的有：
    某某委员、国会副主席阮氏金银，…): the announcement stands in for the item before it."""
    colon = max(text.rfind("：", max(0, start - _ITEM_REACH), start), text.rfind(":", max(0, start - _ITEM_REACH), start))
    return colon > 0 and _LIST_ANNOUNCED.search(text, max(0, colon - 5), colon + 1) is not None \
        and not any(c in "，。；,;\n" for c in text[colon + 1:start]) and _opens_item(text, colon + 1, start)


# the organ of a post in a chain of posts, as its last characters show it: a place's level or an
# organ's or a unit's word
_CHAIN_ORGAN = LazyPattern(r"[\u4e00-\u9fff]{1,8}(?:区|县|市|镇|乡|村|街道|委|局|厅|办|部|院|所|会|团|处|中心|公司|集团)")
_CAREER_IN_GAP = LazyPattern(rf"{CAREER_VERBS}|任|原|前")  # 、时任县扶贫办主任: another time's post, no organ's name
_LEVEL_OPENING = LazyPattern(r"新区|开发区|高新区|区|县|镇|乡|村|街道")  # 武夷|新区党工委书记: the post took the level word


def _opens_item(text: str, start: int, post_start: int) -> bool:
    """Whether text[start:post_start], before a post in a list's item, is its organ or region alone."""
    return not any(c in _NOT_IN_ITEM for c in text[start:post_start]) \
        and not any(len(m.group()) > 1 for m in HARD_BREAK.finditer(text, start, post_start))  # 日本|日中…协会: 日 is no date here


_ITEM_OPENERS = "、，,：:；;。（(《“\n "
_ITEM_PREPOSITIONS = "向对给为和与同由被让请把将有是"
_PLACE_OR_TIME_ENDS = "时后前中里上下内外"


# the marks between the parts of a foreign name: the recogniser's (·•・．) and the full stop pages print for them
_DOTS = SEPARATORS + "."
_SEPARATED = cached_compile(rf"(?<=[\u4e00-\u9fff])[{re.escape(_DOTS)}](?=[\u4e00-\u9fff])")


def _separated_names(text: str, stops: set[int] = frozenset()) -> set[str]:
    """Foreign names printed with a separator (达里尔·道金斯, 玛丽娜·勒庞) that no post or verb
    vouches for: the separator says a name. Its first part is a whole run of two to six
    transliteration characters (the word before it is no part: 明星|达里尔), not a country's or a
    place's name; its second part two to five characters, all but one of them transliteration
    characters and the last one of them, closed by a mark, 的 or a word a name ends before. A part
    of a longer name (弗拉基米尔·弗拉基米罗维奇·普京: separators on both sides) and a place (圣·彼得堡)
    are none. (On 6,000 xwlb items: 67 names found, about 60 of them whole and right; the rest cut
    where the first part opens on a character the table lacks: 唐|纳德·特朗普.) ``stops``: where
    posts and places end, which no name crosses (委员会主席|某某某某某·…)."""
    if not any(mark in text for mark in _DOTS):
        return set()
    translit = cues()["translit"]
    found = set()
    for m in _SEPARATED.finditer(text):
        lo = m.start()
        while lo > 0 and m.start() - lo < 6 and text[lo - 1] in translit and lo not in stops:
            lo -= 1
        if lo > 0 and lo not in stops and (text[lo - 1] in translit or text[lo - 1] in _NAME_SEPARATORS):
            continue  # the run goes on past six characters, or another part stands before
        hi = m.end()
        while hi < len(text) and hi - m.end() < 5 and "\u4e00" <= text[hi] <= "\u9fff" and text[hi] not in "的之" \
                and not is_boundary(text, hi):
            hi += 1
        first, second = text[lo:m.start()], text[m.end():hi]
        if len(first) < 2 or not 2 <= len(second) <= 5 or sum(c not in translit for c in second) > 1 \
                or second[-1] not in translit \
                or not (is_boundary(text, hi) or text[hi:hi + 1] in "的之") or text[hi:hi + 1] in _NAME_SEPARATORS:
            continue
        name = text[lo:hi]
        if name not in world_places() and not any(first[:k] in world_places() for k in range(2, len(first) + 1)) \
                and not is_known_word(first):
            found.add(name)
    return found


def _list_neighbours(text: str, spans: list[Span]) -> set[str]:
    """The other items of a list of names one of which is a person found (《赵某、钱某、孙某
    文集》, 向赵某、钱某颁奖): a whole item between 、 that reads as a name is one too, wherever the
    list stands. Repeated until no list gains a name."""
    joined = "、" + _conjunctions()
    if not any(c in text for c in joined):
        return set()
    known = {s.data["name"] for s in spans}
    todo = [(a, b) for s in spans for a, b in s.data["mentions"] if text[b:b + 1] in joined or text[a - 1:a] in joined]
    mention_starts = {a for s in spans for a, _ in s.data["mentions"]}
    mention_ends = {b for s in spans for _, b in s.data["mentions"]}
    added: set[str] = set()
    while todo:
        a, b = todo.pop()
        found = []
        if text[b:b + 1] == "、" and (item := _list_item(text, b + 1)) and item[-1] not in _PLACE_OR_TIME_ENDS:
            found.append((b + 1, item))  # not 、某某时，: the item ends before 时
        elif text[b:b + 1] == "、" and a - 1 in mention_ends and (item := _transliterated_item(text, b + 1)):
            found.append((b + 1, item))  # (里 of 克里 is the name's)
        elif text[b:b + 1] == "、" and (item := _sandwiched_item(text, b + 1, mention_starts)):
            found.append((b + 1, item))
        if a > 1 and text[a - 1] == "、" and (lo := text.rfind("、", max(0, a - 15), a - 1)) >= 0 \
                and lo in mention_ends and (item := _sandwiched_item(text, lo + 1, {a})):
            found.append((lo + 1, item))  # the item before, both of whose neighbours are known now
        if a > 1 and text[a - 1] == "、":
            for length in (4, 3, 2):  # 向|赵某、…: the item opens after a mark or a preposition (向巴平措 is a name)
                lo = a - 1 - length
                item = text[max(lo, 0):a - 1]
                if lo >= 0 and (lo == 0 or text[lo - 1] in _ITEM_OPENERS or text[lo - 1] in _ITEM_PREPOSITIONS) \
                        and plausible_name(item):
                    found.append((lo, item))
                    break
        if _joins_names(text, b) and (item := _coordinated_item(text, b + 1)):
            found.append((b + 1, item))  # 某某和|某某一起…
        if a > 1 and _joins_names(text, a - 1):
            for length in (4, 3, 2):  # ，|某某和某某…: the item opens after a mark or a preposition
                lo = a - 1 - length
                item = text[max(lo, 0):a - 1]
                if lo >= 0 and (lo == 0 or text[lo - 1] in _ITEM_OPENERS or text[lo - 1] in _ITEM_PREPOSITIONS) \
                        and (_chinese_item(item) or _foreign_item(item)):
                    found.append((lo, item))
                    break
        for at, item in found:
            if item not in known and not is_known_word(item):
                known.add(item)
                added.add(item)
                todo.append((at, at + len(item)))
                mention_starts.add(at)
                mention_ends.add(at + len(item))
    return added


# an item of a list between two 、 (lazy: the first 、 closes it)
_ANY_ITEM = cached_compile(r"[\u4e00-\u9fff·]{2,13}?(?=、)")
_LONGEST_NAME_PART = 6  # characters of a part of a Mongolian or Uyghur name (five or six: 某某其木格)


@cache
def _conjunctions() -> str:
    """The one-character conjunctions of the recogniser's cues (和, 与, 及, 同, 跟, 或) that join two
    people (某某和某某, 某某与某某会谈): the name on the other side of one from a person found is a
    person too. (、 is the list's own mark, read as such.)"""
    return "".join(sorted(c for c in cues()["conj"] if len(c) == 1 and c != "、"))

# words that end in a conjunction's character, which is then no conjunction (陪同|某某, 参与|某某):
# the bigram bands, counted around names, miss some of them
_WORDS_ENDING_IN_A_CONJUNCTION = frozenset((
    "陪同", "赞同", "认同", "共同", "一同", "等同", "如同", "连同", "协同", "会同", "偕同", "随同", "合同", "不同", "相同", "苟同", "参与",
    "给与", "赋与", "共和", "温和", "缓和", "总和", "调和", "祥和", "柔和", "平和", "涉及", "以及", "危及", "普及", "波及", "不及", "顾及",
    "遍及", "紧跟"))
# what closes a two-character name after a conjunction, where no mark does: a word of doing together
# or of each in turn (某某和某某|一起, 某某与某某|分别), or a verb of speech or of taking part
_PAIR_CLOSERS = ("等", "都", "也", "还", "一起", "一道", "一同", "共同", "分别", "先后", "二人", "两人", "夫妇")


def _joins_names(text: str, at: int) -> bool:
    """Whether text[at] is a conjunction between names: not a word's head with the character after
    it (及时, 同时, 同志, 与会, 和平) nor its tail with the one before (陪同, 共同, 认同, 共和), nor
    inside a place's name (阿尔及利亚)."""
    return text[at:at + 1] in _conjunctions() and ordinary_word_band(text[at:at + 2]) < _RUN_ON_WORD_BAND \
        and ordinary_word_band(text[at - 1:at + 1]) < _RUN_ON_WORD_BAND \
        and not is_listed_word(text[at:at + 2]) and not is_listed_word(text[at - 1:at + 1]) \
        and text[at - 1:at + 1] not in _WORDS_ENDING_IN_A_CONJUNCTION \
        and not _across_place(text, at)


def _across_place(text: str, at: int) -> bool:
    """Whether a place's name (_is_place) covers text[at] (阿尔及利亚, 共和国)."""
    return any(_is_place(text[lo:hi]) for lo in range(max(0, at - 5), at + 1)
               for hi in range(max(at + 1, lo + 2), min(len(text), lo + 8) + 1))


def _coordinated_item(text: str, pos: int) -> str | None:
    """The name right after a conjunction that joins it to a person found (某某和|某某一起…,
    某某与|某某斯会谈): no separator closes the item, so what follows must: a Chinese name of three
    characters closed by a word that ends names (and not already after two), or of two closed by a
    mark or a word of doing together; or a run of transliteration characters closed by a mark or a
    word that ends names."""
    three, two = text[pos:pos + 3], text[pos:pos + 2]
    if len(three) == 3 and is_boundary(text, pos + 3) and not is_boundary(text, pos + 2) and _chinese_item(three):
        return three
    if len(two) == 2 and (not "\u4e00" <= text[pos + 2:pos + 3] <= "\u9fff" or text.startswith(_PAIR_CLOSERS, pos + 2)
                          or text[pos + 2:pos + 4] in VERB_BOUNDARIES) and _chinese_item(two):
        return two
    end = transliteration_run_end(text, pos)
    item = text[pos:end]
    if not is_boundary(text, end) or text[end:end + 1] in SEPARATORS \
            or any(text[pos:pos + n] in world_places() for n in range(2, 9)):
        return None  # (某某·某: one part of a separated name, which _separated_names reads whole)
    return item if _foreign_item(item) else None


def _chinese_item(item: str) -> bool:
    """A Chinese name on a common surname that no lexicon explains as a word, a post or a place."""
    return item[0] in common_surnames() and plausible_name(item) and not is_known_word(item) \
        and not is_post_or_day(item) and not find_titles(item) and item[1:] not in region_words()


def _foreign_item(item: str) -> bool:
    """A whole item of transliteration characters that no lexicon explains as a place, a word or
    a post (约翰松, not 俄罗斯 or 巴西)."""
    return is_transliteration(item, shortest=2) and not is_known_word(item) \
        and not any(item[:n] in world_places() for n in range(2, len(item) + 1)) and not find_titles(item)


def _sandwiched_item(text: str, pos: int, mention_starts: set[int]) -> str | None:
    """An item of a list between two names found (…路某某、某某其木格、华某某…, …王某某、回某某、刘某…):
    a name that no test of names reads (a Mongolian, Uyghur or Tibetan name, a rare surname), as
    both its neighbours vouch for it: two to six characters (each part so, where · joins them),
    no word, place, post or unit the lexicons explain, opening and closing on no frequent word of
    ordinary text (清华|大学, 中国|银行, 老|党员: a body's or a group's name)."""
    m = _ANY_ITEM.match(text, pos)
    if m is None or m.end() + 1 not in mention_starts:
        return None
    item = m.group()
    parts = item.split("·")
    if not all(2 <= len(part) <= _LONGEST_NAME_PART for part in parts) or (len(parts) == 1 and len(item) > 5):
        return None
    if any(is_known_word(part) or is_post_or_day(part) or part.endswith(_UNIT_ENDINGS) for part in parts) \
            or ordinary_word_band(item[:2]) >= _RUN_ON_WORD_BAND or ordinary_word_band(item[-2:]) >= _RUN_ON_WORD_BAND:
        return None
    return item


_FOREIGN_NAME_PARTS = cached_compile(rf"[-－]|{_SEPARATED.pattern}")


def _other_readings_merged(text: str, spans: list[Span]) -> list[Span]:
    """One person printed two ways is one person; the other reading's mentions and titles join
    the name's:
    - 希拉里·克林顿 … 克林顿说 (or 希拉里说): a foreign name's part printed alone (where exactly one
      full name holds it; a middle one too: 尼古拉斯·马杜罗·莫罗斯 … 马杜罗, the paternal surname);
    - 向曹某同志的遗体… where 曹某 is found elsewhere: a reading that takes in a preposition;
    - 赵明操作… where 赵明 is found elsewhere: a reading that takes in the first character of a
      frequent word (操作) after every one of its mentions, or a verb or an adverb that follows a
      subject (赵明想…);
    - 特鲁多总理 where 加拿大总理特鲁多 is found: a reading (鲁多) every one of whose mentions is
      the tail of a longer name found (特鲁多), cut short by a post printed after it."""
    full: dict[str, list[Span]] = {}
    for span in spans:
        parts = _FOREIGN_NAME_PARTS.split(span.data["name"])
        for part in set(parts) if len(parts) > 1 else ():  # (a middle part too: 尼古拉斯·马杜罗·莫罗斯 … 马杜罗)
            if len(part) >= 2:
                full.setdefault(part, []).append(span)
    by_name = {s.data["name"]: s for s in spans}
    kept = []
    for span in spans:
        name = span.data["name"]
        owners = full.get(name, [])
        if (longer := _longer_reading(text, span, spans)) is not None:
            _join(longer, span, [])  # its mentions are the longer name's already
        elif len(owners) == 1:
            inside = owners[0].data["mentions"]
            _join(owners[0], span, [m for m in span.data["mentions"]
                                    if not any(a <= m[0] and m[1] <= b for a, b in inside)])
        elif len(name) == 3 and name[0] in PREPOSITION_SURNAMES and (owner := by_name.get(name[1:])):
            _join(owner, span, [[a + 1, b] for a, b in span.data["mentions"]])
        elif len(name) == 3 and (owner := by_name.get(name[:2])) is not None \
                and all("\u4e00" <= text[b:b + 1] <= "\u9fff" and (ordinary_word_band(text[b - 1:b + 1]) >= _RUN_ON_WORD_BAND
                                                                     or text[b - 1] in _SUBJECT_FOLLOWERS)
                        for _, b in span.data["mentions"]):
            _join(owner, span, [[a, b - 1] for a, b in span.data["mentions"]])
        else:
            kept.append(span)
    return kept


def _modifies_next_post(text: str, pos: int, name: str, nxt) -> bool:
    """Whether a reading between a post and the next (联合国秘书长|代理副|发言人某某, 主席国|…) opens on
    a frequent word of ordinary text and runs straight into the next post, or into 副 and it: it
    qualifies that post (acting, deputy), no person holds the first."""
    if nxt is None or len(name) < 2 or ordinary_word_band(name[:2]) < _RUN_ON_WORD_BAND:
        return False
    end = pos + len(name)
    return end == nxt.start or (text[end:end + 1] == "副" and end + 1 == nxt.start) \
        or (name.endswith("副") and end == nxt.start)


_RUN_ON_WORD_BAND = 3  # a word met five times or more in ordinary text (names.ordinary_word_band)
# what follows a subject: a verb of saying or thinking, an adverb, a preposition (黎某|想经济发展)
_SUBJECT_FOLLOWERS = frozenset("想说讲看要会能也还又都就将曾把让被给对向与同")


def _longer_reading(text: str, span: Span, spans: list[Span]) -> Span | None:
    """The one person found whose name ends in ``span``'s name and is printed, in full, around
    every one of its mentions (鲁多 of 特鲁多), or None; not one whose reading opens on the end of
    a word (丈|夫史密斯)."""
    name, mentions = span.data["name"], span.data["mentions"]
    if not mentions:
        return None
    owners = [s for s in spans if len(s.data["name"]) > len(name) and s.data["name"].endswith(name)]
    if len(owners) != 1:
        return None
    longer = owners[0].data["name"]
    extra = len(longer) - len(name)
    if any(a > 0 and ordinary_word_band(text[a - 1:a + 1]) >= _RUN_ON_WORD_BAND for a, _ in owners[0].data["mentions"]):
        return None  # 丈|夫史密斯: the longer reading took in a word's last character, not the shorter one
    return owners[0] if all(a >= extra and text[a - extra:b] == longer for a, b in mentions) else None


def _join(owner: Span, other: Span, mentions: list[list[int]]) -> None:
    """``other`` is ``owner`` printed another way: its ``mentions`` and titles become the owner's."""
    have = {tuple(m) for m in owner.data["mentions"]}
    owner.data["mentions"] = sorted(owner.data["mentions"] + [m for m in mentions if tuple(m) not in have])
    titles = owner.data["titles"]
    for title in other.data["titles"]:  # one entry per post, in its fullest form (斯里兰卡总统, not 总统 too)
        if any(t["title"] == title["title"] or same_post(t["title"], title["title"]) for t in titles):
            continue
        shorter = next((k for k, t in enumerate(titles) if same_post(title["title"], t["title"])), None)
        if shorter is None:
            titles.append(title)
        else:
            titles[shorter] = title
