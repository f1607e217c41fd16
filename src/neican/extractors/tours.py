"""Delegation study tours (学习考察): who went from where to which provinces, when, what they saw.

A tour is a delegation (…代表团, …考察团) going 赴/到/来 somewhere to 学习考察/考察/调研/访问.
Destinations are province-level (a city visited counts for its province); single-character
abbreviations count only in the travel context (来川, 赴浙). Sites are what the delegation
考察/参观/走访/走进/来到/瞻仰; dates come from the sentences that report its stops.
"""
from __future__ import annotations

import re

from ..doc import Doc, Span
from ..patterns import LazyPattern
from .names import name_at, name_before
from .regions import find_regions, home_region, lookup, province_of, tables
from .timeexpr import DATE_EXPR, resolve

REQUIRES = ("text", "people")
ASSIGNS = "tours"

_DELEGATION = LazyPattern(r"(?P<name>(?:[\u4e00-\u9fff]{2,14}?)?(?:党政代表团|代表团|考察团|学习考察团|考察组))")
_DELEGATION_WORDS = ("代表团", "考察团", "考察组")  # every delegation noun contains one
_BARE = ("代表团", "党政代表团", "考察团", "学习考察团", "考察组")
# what a delegation does where it goes (its stops: 在某市看望慰问…)
_VISITING = "学习考察|考察学习|考察|学习|调研|访问|参观|看望|慰问|视察"
# A place a delegation travels to (赴/到/来/前往/抵达 + place): its activity after the place, or
# the clause's end (率代表团赴那曲市，看望慰问…; 来到某市革命烈士陵园，…).
_TRAVEL = LazyPattern(r"(?<![得受达看感听想遇做提])(?:赴|飞赴|来到|到|来(?!自)|前往|抵达|飞抵)(?P<dest>[\u4e00-\u9fff、和及与]{1,30}?)"
                     rf"(?:(?P<activity>{_VISITING}|出席)|(?=[，。；,;\n]))")
_ACTIVITY = LazyPattern(r"学习|考察|调研|访问|参观|看望|慰问|视察|座谈|交流|出席|参加")
# 率中央代表团出席向某某自治区赠送纪念品仪式, 出席某某自治区成立60周年庆祝活动: the region whose
# occasion the delegation attends, named in full, is where it went
_ATTENDS = LazyPattern(r"(?:出席|参加)了?(?P<event>[^，。；;,\n]{2,40}?(?:仪式|活动|大会|庆典|典礼|晚会))")
_SITES = LazyPattern(r"(?<!学习)(?:考察|参观|走访|走进|来到|瞻仰|察看)(?:了)?(?P<sites>[^，。；;,\n]{2,80})")
# A site is a place: a museum, a lab, a company, a park, a village …
_SITE_NOUN = LazyPattern(r"(馆|中心|公司|实验室|基地|园区|集团|企业|工厂|厂|学校|大学|学院|村|镇|社区|研究所|研究院|站|港|园|"
                        r"交易所|医院|示范区|新区|码头|机场|景区|博物院|旧址|纪念地|项目|车间|街区|小镇|谷|城)$")
_LEADER = LazyPattern(r"(?P<before>[\u4e00-\u9fff·]{2,4})(?:同志)?(?:率领|率|带领|带队)")
_LEADER_AFTER = LazyPattern(r"(?:团长|率团)(?:为|是)?(?P<name>[\u4e00-\u9fff·]{2,4})")
# where the delegation does what a tour does: 在 and a place, then a visit's activity
_STOP = LazyPattern(rf"在(?P<place>[\u4e00-\u9fff]{{2,10}}?)(?:{_VISITING})")
_SITE_NOISE = LazyPattern(r"^(了解|聆听|感受|领略|学习|现场|深入|认真|实地)")


def _provinces_in(text: str) -> list[str]:
    """Province-level regions named in a destination phrase, in order (江苏、上海 / 川)."""
    names = []
    for span in find_regions(text):
        province = province_of(tables().by_code[span.data["code"]])
        if province.name not in names:
            names.append(province.name)
    if not names and (region := lookup(text)) is not None:  # 飞抵银川: a city visited, its province
        names.append(province_of(region).name)
    abbreviations = [lookup(char) for char in text] if len(text) <= 3 else []
    if not names and abbreviations and all(r is not None and r.level == "province" for r in abbreviations):
        names = list(dict.fromkeys(r.name for r in abbreviations))  # 来川, 赴川渝: abbreviations only
    return names


_OURS = LazyPattern(r"^(我省|本省|我区|我市|本市)")


def find_tours(text: str, published: str | None, home=None) -> list[Span]:
    tours: dict[str, dict] = {}
    if not any(word in text for word in _DELEGATION_WORDS):  # _DELEGATION opens with an optional
        return []  # name, so re would try it at every position of every text
    for m in _DELEGATION.finditer(text):
        name = re.sub(r"^.*?(?:率领|带领|率)(?=[\u4e00-\u9fff]{2})", "", m.group("name"))  # 赵明远率|代表团: the leader is not the name
        # 以某某为团长的|中央代表团, 出席…庆祝活动的|中央代表团: a modifier of the name
        name = re.sub(r"^.*的(?=[\u4e00-\u9fff]{3})", "", name)
        name = re.sub(r"^(在|由|随|和|与|及|的|了|同|向|对|为|是)+", "", name)
        if name in _BARE and tours:  # 代表团在深圳考察: the delegation named before
            name = next(reversed(tours))
        origin_region = next((s for s in find_regions(name)), None)
        origin = province_of(tables().by_code[origin_region.data["code"]]).name if origin_region else None
        if origin is None and home is not None and _OURS.match(name):
            origin = home.name  # 我省党政代表团 in a provincial paper
        sentence_end = min((i for i in (text.find("。", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
        sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        sentence = text[sentence_start:sentence_end]
        tour = tours.setdefault(name, {"delegation": name, "origin": origin, "destinations": [], "leaders": [],
                                       "dates": [], "sites": [], "evidence": [m.start(), m.end()]})
        travelled = False
        for t in _TRAVEL.finditer(sentence):
            if not t.group("activity") and not _ACTIVITY.search(sentence):
                continue  # 抵达北京首都机场，转机: passing through is no visit
            for province in _provinces_in(t.group("dest")):
                travelled = True
                if province != origin and province not in tour["destinations"]:
                    tour["destinations"].append(province)
        for a in _ATTENDS.finditer(sentence, m.end() - sentence_start):
            for span in find_regions(a.group("event")):
                province = province_of(tables().by_code[span.data["code"]])
                if a.group("event")[span.start:span.end] == province.name and province.name != origin:
                    travelled = True
                    if province.name not in tour["destinations"]:
                        tour["destinations"].append(province.name)
        # 代表团在上海考察, 率代表团，在某市看望慰问…: a stop of the tour
        stop = _STOP.search(sentence, m.end() - sentence_start)
        if stop:
            for province in _provinces_in(stop.group("place")):
                if province != origin and province not in tour["destinations"]:
                    tour["destinations"].append(province)
                travelled = True
        if travelled:
            for d in DATE_EXPR.finditer(sentence):
                resolved = resolve(d, published)
                if resolved:
                    tour["dates"].extend(x for x in (resolved.date, resolved.end) if x)
        for s in _SITES.finditer(sentence):
            for site in re.split(r"[、和及]", s.group("sites")):
                site = re.sub(r"等[\u4e00-\u9fff]{0,8}$", "", site.strip())
                if 3 <= len(site) <= 30 and not _SITE_NOISE.match(site) and _SITE_NOUN.search(site) \
                        and site not in tour["sites"]:
                    tour["sites"].append(site)
        # (up to the delegation's end: the match may open on its leader, 某某率|某省党政代表团)
        for leader in _LEADER.finditer(text, max(0, m.start() - 40), m.end()):
            # (read back in the whole text: a minority's name of two parts may open before the window)
            name_ = name_before(text, leader.end("before"))
            if name_ and name_ not in tour["leaders"]:
                tour["leaders"].append(name_)
        for leader in _LEADER_AFTER.finditer(sentence):
            found = name_at(sentence, leader.start("name"))  # 团长赵明远率…: the name, not 赵明远率
            if found and found not in tour["leaders"]:
                tour["leaders"].append(found)
    spans = []
    for tour in tours.values():
        if not tour["destinations"]:
            continue
        dates = sorted(tour.pop("dates"))
        tour["start"], tour["end"] = (dates[0], dates[-1]) if dates else (None, None)
        spans.append(Span(tour["evidence"][0], tour["evidence"][1], "tour", tour))
    return _merge(spans)


def _merge(spans: list[Span]) -> list[Span]:
    """One tour per origin: 浙江省党政代表团 and 代表团 mentioned later are the same visit."""
    by_origin: dict[str | None, Span] = {}
    for span in spans:
        key = span.data["origin"]
        if key in by_origin and key is not None:
            kept = by_origin[key].data
            for field in ("destinations", "leaders", "sites"):
                kept[field] += [x for x in span.data[field] if x not in kept[field]]
            for field, pick in (("start", min), ("end", max)):
                values = [v for v in (kept[field], span.data[field]) if v]
                kept[field] = pick(values) if values else None
        else:
            by_origin[key] = span
    return list(by_origin.values())


def extract(doc: Doc, options=None) -> Doc:
    doc.spans[ASSIGNS] = find_tours(doc.text, doc.meta.get("published"), home_region(doc.meta.get("source")))
    return doc
