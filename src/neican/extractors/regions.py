"""Regions: places named in the content, normalised to GB/T 2260 names and codes.

Full names (辽宁省, 沈阳市), short names (辽宁, 沈阳) and established aliases (龙江) come from
resources/regions.tsv through one Aho-Corasick pass, leftmost-longest. Single-character
province abbreviations count only in contexts that make them provinces (来川, 赴浙, 苏浙两省,
湘省), never elsewhere (新 in 新发展; 京津冀协同, 湘赣边界: a
region's name, which the GUIDE does not count). 我省/本省/全省 resolve to the document's home
province where the outlet or title names it.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from ..doc import Doc, Span
from ..lexmatch import Lexicon
from ..patterns import LazyPattern, cached_compile
from ..resources.loader import Region, regions
from . import lexicon
from .scan import finditer_at

REQUIRES = ("text",)
ASSIGNS = "regions"
_LEVEL_RANK = {"province": 0, "prefecture": 1, "county": 2}
# A place name that is part of an organisation's name does not mention the place.
# A place name that opens an organisation's name is the organisation's, not a mention of the place
# (上海合作组织, 北京大学, 湖南卫视, 北京电视台, 湖南台); used with .match(text, pos)
# (新疆生产建设兵团: a corps, an organisation of its own, that the standard attendance line names beside
# 各省、自治区、直辖市; 北京协和医院, 上海实验学校: a hospital or a school named after a place, by two characters at most
# (成都市某某树小学, 杭州的小学 name where a school stands); 安徽舰: a warship)
_ORGANISATION_AFTER = cached_compile(r"合作组织|(?:[\u4e00-\u9fff]{0,4}?)(?:大学|学院)|(?![打在到去和与为给把被让从向对])(?:(?!的)[\u4e00-\u9fff]){0,2}?(?:医院|中学|小学|学校)(?!生)|"
                                     r"卫视|(?:广播)?电视台|生产建设兵团|舰")
# 湖南台, 北京台: a station too, unless 台 starts a place (台州, 台江: from the region table), a
# word of Taiwan (台北, 台商, 台办, 台港澳) or follows a level word (衡阳县|台源镇)
_STATION = cached_compile(r"(?<![县市省区镇乡州旗])台(?![北南中东西港澳胞资商企籍办青])")
# 北京时间 is a clock, 往北京方向 a direction of travel (a road sign's), not the place talked about
_DIRECTION_BEFORE = LazyPattern(r"[往向朝]$")
# A place's short name opening a firm's name (某某|新奥燃气公司, 某某|瑞云集团) names the firm
_FIRM_WORDS = ("公司", "集团", "银行", "电厂")
# A two-character name read across two words: a river, lake, sea or mountain's last character and
# a direction with the side of it after (黄河|南岸, 太湖|南岸, 红海|南部, 贺兰山|东麓, 高黎贡山|西坡: the
# south bank, not 河南), where a word, not a mark or a verb (驻湖北部队, 、江西部分), stands before it;
# and an adverb in 重 before a word in 庆 (隆重|庆祝, 郑重|庆贺: not 重庆)
_SIDE_OF_FEATURE = LazyPattern(r"[河湖海江山][东南西北](?:[岸麓坡侧缘端]|部(?![分队署门委长属件位]))")
_NOT_A_FEATURE_BEFORE = frozenset("驻在赴到了和与及、向从往去来的是对等至经于自由把被将")
_ADVERB_IN_ZHONG = LazyPattern(r"(?<=[隆郑庄慎珍尊稳])重庆(?=[祝贺典])")
_FIRM_NAME = LazyPattern(r"[\u4e00-\u9fffA-Za-z]{1,8}")

_SELF = LazyPattern(r"(我省|本省|全省|我区|本区|全区|我市|本市|全市)")


@dataclass(frozen=True)
class RegionTables:
    by_form: dict[str, tuple[Region, ...]]
    by_code: dict[str, Region]
    abbreviations: dict[str, Region]  # single character -> province
    lexicon: Lexicon[str]


@cache
def tables() -> RegionTables:
    by_form: dict[str, list[Region]] = defaultdict(list)
    abbreviations: dict[str, Region] = {}
    for region in regions():
        forms = {region.name}
        if len(region.short) >= 2:
            forms.add(region.short)
        for alias in region.aliases:
            if len(alias) >= 2:
                forms.add(alias)
            elif region.level == "province":
                abbreviations.setdefault(alias, region)
        for form in forms:
            by_form[form].append(region)
    frozen = {form: tuple(sorted(rs, key=lambda r: _LEVEL_RANK[r.level])) for form, rs in by_form.items()}
    return RegionTables(frozen, {r.code: r for r in regions()}, abbreviations, Lexicon((f, f) for f in by_form))


def lookup(name: str | None) -> Region | None:
    """The region a name (full, short or alias) stands for, preferring the higher level."""
    if not name:
        return None
    found = tables().by_form.get(name)
    if found:
        return found[0]
    if len(name) == 1:
        return tables().abbreviations.get(name)
    return None


_LONGEST_NAME = 7  # 新疆维吾尔自治区: region names run to seven characters


def region_at_start(phrase: str, names_only: bool = False) -> tuple[Region, int] | None:
    """The longest region name of two or more characters ``phrase`` starts with, and its length
    (扬州市营商环境…大会 → 扬州市, 3); ``names_only``: its full or short name, not an alias."""
    for length in range(min(_LONGEST_NAME, len(phrase)), 1, -1):
        region = lookup(phrase[:length])
        if region is not None and (not names_only or phrase[:length] in (region.name, region.short)):
            return region, length
    return None


def region_at_end(phrase: str) -> tuple[Region, int] | None:
    """The longest region name of two or more characters ``phrase`` ends with, and its length
    (苏州市委市政府's 苏州市 once the organs are off; 辽宁|省委书记's 辽宁)."""
    for length in range(min(_LONGEST_NAME, len(phrase)), 1, -1):
        if (region := lookup(phrase[-length:])) is not None:
            return region, length
    return None


def province_of(region: Region) -> Region:
    return tables().by_code[region.province_code]


# The place of a dateline (新华社北京3月5日电, 央广网北京2月13日消息) says where the report was
# filed, not what it is about (GUIDE: a city in the dateline alone is not a region).
_DATELINE_AFTER = cached_compile(r"[ \u3000]*(?:(?:\d{1,2}月)?\d{1,2}日[ \u3000]*(?:消息|电|讯)|电(?=[（(\s]))")
# what ends a mention there, in one match: an organisation's name or a dateline
_ORGANISATION_OR_DATELINE_AFTER = cached_compile(f"(?:{_ORGANISATION_AFTER.pattern})|(?:{_DATELINE_AFTER.pattern})")


@cache
def _places_opening_with_tai() -> tuple[str, ...]:
    return tuple(form for form in tables().by_form if form.startswith("台"))


def _is_station(text: str, end: int) -> bool:
    """Whether the place ending at ``end`` names a broadcaster (湖南台), see _STATION."""
    return text.startswith("台", end) and _STATION.match(text, end) is not None \
        and not text.startswith(_places_opening_with_tai(), end)


@cache
def _abbreviation_pattern() -> re.Pattern:
    # not before 的: in 20,000 xwlb items 在/到/来+新的 ("the new") came 325 times, 在京的 and the
    # like 9
    chars = "".join(sorted(tables().abbreviations))
    return cached_compile(
        rf"(?:(?<=[来赴在驻回离抵到])([{chars}])(?=[，。、,；\s]|考察|调研|学习|工作|交流|期间|访问|参加|出席|举办|召开|后|前|以来))"
        # 在京举行, 在京主持召开, 在京会见: where a meeting is held or chaired (not 新: 在新举行的 is "newly held")
        rf"|(?:(?<=[来赴在驻回离抵到])([{chars.replace('新', '')}])(?=举行|主持|会见|会晤|开幕|闭幕|开班|颁发|签署|逝世))"
        rf"|(?:(?<=驻)([{chars}])(?=部队|单位|机构|办事处|官兵))"  # 驻京部队, 驻港部队: a garrison's place
        # 苏浙两省: provinces the text counts as such; not 京津冀协同, 湘赣边界 (a region's name, GUIDE)
        rf"|(?:([{chars}]{{2,4}})(?=两省|三省|四省))"
        rf"|(?:([{chars}])(?=省(?![委政人市长级内外份区]|直)))")


@cache
def _abbreviation_start() -> re.Pattern:
    """Where an abbreviation match can start (see scan.finditer_at): an abbreviation after a verb
    of travel, before another or before 省. Checked in re, not by trying the pattern at every
    abbreviation (新, 宁, 云… are common characters)."""
    chars = "".join(sorted(tables().abbreviations))
    return cached_compile(f"[{chars}](?:(?<=[来赴在驻回离抵到].)|(?=[{chars}省]))")


def find_regions(text: str, home: Region | None = None,
                 matches: list[tuple[int, int, str]] | None = None) -> list[Span]:
    """Regions mentioned in ``text``; ``home`` (the outlet's province) resolves 我省 and 全省.
    ``matches``: the leftmost-longest region names in ``text``, where a shared pass found them."""
    t = tables()
    mentions: list[tuple[int, int, str]] = []
    if matches is None:
        matches = [(start, end, form) for start, end, form, _ in t.lexicon.longest(text)]
    navigation = _navigation_spans(text) if "|" in text or "｜" in text else []
    firms = lexicon.char_positions(text, _FIRM_WORDS)  # str.find: cheaper than one re scan for all four
    for start, end, form in matches:
        if not _ORGANISATION_OR_DATELINE_AFTER.match(text, end) and not _is_station(text, end) \
                and not _not_a_place(text, start, end, form, firms) \
                and not (navigation and any(a <= start < b for a, b in navigation)):
            mentions.append((start, end, form))
    found: dict[str, list[tuple[int, int]]] = defaultdict(list)
    named_provinces = {regions[0].code for _, _, f in mentions if (regions := t.by_form[f])[0].level == "province"}
    region_ends = {end for _, end, _ in mentions}
    for start, end, form in mentions:
        region = _choose(t.by_form[form], named_provinces)
        if region is None or not (_trusted(form, region, named_provinces, start in region_ends)
                                  or _venue(text, start, end, region)):
            continue
        found[region.code].append((start, end))
    abbreviated = finditer_at(_abbreviation_pattern(), _abbreviation_start(), text)
    occupied = {i for start, end, _ in mentions for i in range(start, end)} if abbreviated else set()
    for m in abbreviated:
        group = next(i for i in range(1, len(m.groups()) + 1) if m.group(i))  # the alternative that matched
        for offset, char in enumerate(m.group(group)):
            at = m.start(group) + offset
            if char in t.abbreviations and at not in occupied:
                found[t.abbreviations[char].code].append((at, at + 1))
    if home is not None:
        for m in _SELF.finditer(text):
            if home.level == "province" or m.group(0).endswith("市"):
                found[home.code].append((m.start(), m.end()))
    spans = []
    for code, evidence in found.items():
        region = t.by_code[code]
        spans.append(Span(evidence[0][0], evidence[0][1], "region", {
            "name": region.name, "code": region.code, "level": region.level,
            "province": province_of(region).name, "count": len(evidence),
            "evidence": [list(e) for e in sorted(evidence)]}))
    return sorted(spans, key=lambda s: s.start)



def _not_a_place(text: str, start: int, end: int, form: str, firms: list[int]) -> bool:
    """北京时间, 往某地方向, 某地|某某公司: the name stands for a clock, a direction or a firm; 黄河南岸,
    隆重庆祝: its characters end one word and open the next.
    ``firms``: where the words that end a firm's name (公司, 集团…) stand in ``text``."""
    if text.startswith("时间", end) and form in ("北京", "北京市"):
        return True
    if text.startswith("方向", end) and _DIRECTION_BEFORE.search(text, max(0, start - 2), start):
        return True
    if end - start == 2 and (_ADVERB_IN_ZHONG.match(text, start) or (
            start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _NOT_A_FEATURE_BEFORE
            and _SIDE_OF_FEATURE.match(text, start))):
        return True  # 黄河|南岸, 隆重|庆祝: the name's characters belong to two words
    if not firms:
        return False
    at = bisect.bisect_right(firms, end)  # the first firm word after the name's first character after it
    if at == len(firms) or firms[at] - end > 8 or form == tables().by_form[form][0].name:
        return False
    return _FIRM_NAME.fullmatch(text, end, firms[at]) is not None


def _navigation_spans(text: str) -> list[tuple[int, int]]:
    """Lines of short items between bars (| 首页 | 某省 | 某市 |): a site's menu, not its content."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        items = re.split(r"\s*[|｜]\s*", line.group())
        items = [item for item in items if item]
        if len(items) >= 4 and all(len(item) <= 6 for item in items):
            spans.append((line.start(), line.end()))
    return spans


# Districts named by a direction, an age or a kind (攀枝花市东区, 洛阳市老城区, 克拉玛依市白碱滩区 is not one): every city
# has one, so the name alone says nothing of which
_GENERIC_DISTRICT = cached_compile(r"^(?:[东西南北中]|[新老]?城[东西南北中]?|郊|矿|新|市中|市北|市南)区$")


def _trusted(form: str, region: Region, named_provinces: set[str], after_region: bool = False) -> bool:
    """A full name always counts; a short name of a city or county (大兴, 大理, 浦江 are also
    ordinary words) only when it is long and distinctive or its province is named too.
    ``after_region``: another region's name ends where this one starts (邯郸市|涉县)."""
    if form[-1] == "区" and _GENERIC_DISTRICT.match(form):
        return region.province_code in named_provinces  # 东区办事处: any city's east district
    if region.level == "county" and len(form) < 3:
        # a two-character county's full name (成县, 范县, 叶县) is as often the tail of a word (形成县,
        # 示范县, 千叶县, 和县、乡两级): it counts where its province is named or a region's name
        # runs into it (邯郸市涉县, 石家庄赵县)
        return form == region.name and (after_region or region.province_code in named_provinces)
    if form == region.name or region.level == "province":
        return True
    return len(form) >= 3 or region.province_code in named_provinces


# 在 as the preposition of a setting, not the last character of a word (现在, 存在, 实在, 所在, 旨在:
# 某某现在是个名人了，… is no setting 是个名人了) nor of 包括…在内的 (in 在内蒙古 it is); 正在 stays,
# which sets a place too (正在北京访问的)
AT_PREPOSITION = r"(?<![现实存所旨])在(?!内的)"
# where an official act takes place: 在周口召开, 赴杭州考察, 到洛阳调研 (the city's name in the slot of a venue)
_VENUE_BEFORE = LazyPattern(rf"(?:{AT_PREPOSITION}|赴|到|来到|前往|抵达|飞抵)$")
_VENUE_AFTER = LazyPattern(r"召开|举行|举办|开幕|闭幕|调研|考察|视察|看望|慰问|会见|会谈|出席|主持|检查|督导|开展")


def _venue(text: str, start: int, end: int, region: Region) -> bool:
    """Whether a city's short name (周口, 洛阳) stands where the genre names a venue: after 在, 赴
    or 到 and before the act held there (召开, 考察, 调研 …). A prefecture-level city only: a
    county's short name is as often a word (中方, 巴马)."""
    return region.level == "prefecture" and _VENUE_BEFORE.search(text, max(0, start - 2), start) is not None \
        and _VENUE_AFTER.match(text, end) is not None


def _choose(candidates: tuple[Region, ...], named_provinces: set[str]) -> Region | None:
    """One region for a form: the highest level; among equals, the one in a province named."""
    if len(candidates) == 1:
        return candidates[0]
    best = [r for r in candidates if r.level == candidates[0].level]
    if len(best) == 1:
        return best[0]
    local = [r for r in best if r.province_code in named_provinces]
    return local[0] if len(local) == 1 else None


def home_region(*names: str | None) -> Region | None:
    """The province an outlet or title belongs to (浙江日报 → 浙江省, 沈阳日报 → 辽宁省)."""
    for name in names:
        if not name:
            continue
        province = _province_named_in(name)
        if province is not None:
            return province
    return None


@lru_cache(maxsize=4096)  # pure, over the static tables; every item of an outlet asks again
def _province_named_in(name: str) -> Region | None:
    for _, _, form, _ in tables().lexicon.longest(name):  # 乌兰察布日报: 乌兰察布, not 乌兰(县)
        region = _choose(tables().by_form[form], set())
        if region is not None and not _GENERIC_DISTRICT.match(form):
            return province_of(region)
    return None


def extract(doc: Doc, options=None) -> Doc:
    home = home_region(doc.meta.get("source"))
    doc.spans[ASSIGNS] = find_regions(doc.text, home, lexicon.matches(doc).regions)
    return doc
