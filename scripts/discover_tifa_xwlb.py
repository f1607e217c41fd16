#!/usr/bin/env python3
"""Candidate formulations (提法) from the CCTV 新闻联播 corpus, ranked by spread, with evidence.

The corpus has no extracted store, so this reads it directly (one gzip'd JSON line an item:
``published``, ``title``, ``html``) and collects two kinds of phrase per item:

* quoted phrases “…” of 2–24 characters without sentence punctuation (as the formulations
  extractor keeps them);
* verb-led clauses: the object of 实施/推进/坚持/构建/打好/扩大/促进/巩固/维护/秉持/… up to the
  next punctuation, 4–14 characters without 的 or Latin letters or digits (深入实施乡村振兴战略， →
  乡村振兴战略);
* the items of coordinated 、-lists of three or more, 3–10 characters each (稳就业、稳金融、稳外贸).

With ``--repeats`` the phrases are found without cue words: the maximal repeated substrings of
the corpus (see ``repeated_candidates``): 4–20 characters inside one clause (、 may stand inside),
kept where their boundaries are where the corpus's repeats end (branching entropy on both sides;
no one-character extension holding most of their items), where they hold together (each split's
rarer part mostly occurs inside the phrase), where party-state discourse does something with them
(a policy verb right before them, or a quotation mark, in a fifth of their items or more), and where
they are not names of people (seen beside a title), places, pairs of countries, dates, numbers,
bodies, documents, events, statistics, the day's routine news or ordinary prose (function words at
an end, reporting verbs, pronouns, verb + object forms, a lexicon term's fragment or affix). Two
passes over the corpus, deterministic; about four minutes for xwlb. Its raw output is mostly
general vocabulary of the news (see tifa_SOURCES.md, "Formulations found as repeats"): read it.

Every phrase in at least ``--min-documents`` items that the lexicon does not already hold (as a
term or variant) becomes a candidate. Candidates are ranked by neican.corpus.discover's spread
score over distinct years, months and provinces co-mentioned in the items (xwlb has one
outlet), never by raw count, and written as lexicon rows to curate (CANDIDATE_COLUMNS): since =
year of first dated use, source = "xwlb discover <date>", then documents, first_seen, years,
months, outlets, provinces, score. Nothing is added to the lexicon: entries are chosen by hand
(see src/neican/resources/tifa_SOURCES.md).

usage: python scripts/discover_tifa_xwlb.py OUT.tsv [--corpus xwlb.jsonl.gz] [--min-documents 4] [--min-years 1]
       [--policy-terms | --repeats] [--top N]
"""
from __future__ import annotations

import argparse
import datetime
import gzip
import json
import math
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

from count_tifa_xwlb import html_to_text

from neican.corpus.discover import CANDIDATE_COLUMNS, Candidate, candidate_rows, known_forms, rank, spread_score
from neican.resources.loader import regions

DEFAULT_CORPUS = os.environ.get("NEICAN_XWLB_CORPUS", "/work/shared/data/xwlb/xwlb.jsonl.gz")

_QUOTED = re.compile(r"“([^“”\n]{2,24})”")
_SENTENCE = re.compile(r"[，,。！？!?；;：:]")
_CLAUSE_BREAK = re.compile(r"[，。；：！？、（）()\n“”《》「」,;:!?·\s]")
_VERBS = ("深入实施|全面实施|大力实施|加快实施|实施|深入推进|全面推进|扎实推进|加快推进|持续推进|推进|推动|"
          "始终坚持|坚持|贯彻落实|深入贯彻|贯彻|落实|坚决打好|打好|打赢|深入开展|开展|全面深化|深化|加强|"
          "加快建设|建设|加快构建|构建|大力弘扬|弘扬|践行|牢固树立|树立|增强|做到|牢记|坚定|完善|健全|巩固|"
          "筑牢|推行|全面推行|走好|扩大|促进|巩固|维护|实现|保持|提升|提高|强化|优化|打造|培育|秉持|秉承|倡导|"
          "恪守|遵循|尊重|支持|守住|防范|统筹|坚守|把握|发扬|落细|守牢|夯实|拓展|拓宽|深化拓展|共建|共同推动")
_VERB_LED = re.compile(rf"^(?:要|必须|积极|继续|进一步|着力|不断|更好|大力|持续|深入|扎实|切实|努力|坚决|加快|并|和)*"
                       rf"(?:{_VERBS})(.+)$")
_NOT_OBJECT = re.compile(r"的|[A-Za-z0-9%]")


_LIST_BREAK = re.compile(r"[，。；：！？（）()\n“”《》「」,;:!?·\s]")
_LIST_TAIL = re.compile(r"(?:等|和|及|以及|与).*$")


def list_items(text: str) -> set[str]:
    """The items of coordinated 、-lists of three or more (稳就业、稳金融、稳外贸…): 3–10 characters
    each; the first item loses a leading policy verb, the last a tail after 等/和/及."""
    found = set()
    for segment in _LIST_BREAK.split(text):
        items = segment.split("、")
        if len(items) < 3:
            continue
        m = _VERB_LED.match(items[0])
        items[0] = m.group(1) if m else items[0]
        items[-1] = _LIST_TAIL.sub("", items[-1])
        found |= {item for item in items if 3 <= len(item) <= 10 and not _NOT_OBJECT.search(item)}
    return found


def phrases(text: str) -> set[str]:
    """The quoted phrases, verb-led objects and 、-list items of one item's text."""
    found = {m.group(1).strip() for m in _QUOTED.finditer(text) if not _SENTENCE.search(m.group(1))}
    for clause in _CLAUSE_BREAK.split(text):
        m = _VERB_LED.match(clause)
        if m and 4 <= len(m.group(1)) <= 14 and not _NOT_OBJECT.search(m.group(1)):
            found.add(m.group(1))
    return found | list_items(text)


# --policy-terms: short policy nouns and objectives (知识产权, 民营企业, 城镇化建设) rather than
# quoted slogans: a policy verb's object (as above) and its parts coordinated by 和/与/及/以及
# (加强知识产权保护和运用 → 知识产权保护和运用, 知识产权保护), each 3–10 characters, and the
# items of 、-lists (see tifa_SOURCES.md, "Policy terms, batch 9")
_MORE_VERBS = re.compile(r"^(?:加快|完善|健全|优化|打造|建设|坚持|构建|推进|推动|深化|实施|促进|加强|维护|扩大)")
_COORDINATE = re.compile(r"以及|和|与|及")


def policy_terms(text: str) -> set[str]:
    """Verb objects (3–10 characters), their coordinated parts, and 、-list items."""
    found = set()
    for clause in _CLAUSE_BREAK.split(text):
        m = _VERB_LED.match(clause)
        if not m:
            continue
        obj = m.group(1)
        for part in {obj, *_COORDINATE.split(obj)}:
            part = _MORE_VERBS.sub("", part) if len(part) > 5 and _MORE_VERBS.match(part) else part
            if 3 <= len(part) <= 10 and not _NOT_OBJECT.search(part):
                found.add(part)
    return found | list_items(text)


def province_names() -> dict[str, str]:
    """Name and short form of each province-level region -> its code."""
    names = {}
    for region in regions():
        if region.level == "province":
            for name in (region.name, region.short, *region.aliases):
                if len(name) >= 2:
                    names[name] = region.code
    return names


class Spread:
    """How far each key (a phrase, a term) spreads over the corpus items it is added for: the
    items, the distinct years and months, the provinces the items name, the first date."""

    def __init__(self):
        self.documents: dict = defaultdict(int)
        self.years, self.months, self.places = defaultdict(set), defaultdict(set), defaultdict(set)
        self.first: dict = {}
        provinces = province_names()
        self._codes = provinces
        self._province = re.compile("|".join(sorted(map(re.escape, provinces), key=len, reverse=True)))

    def provinces_named(self, text: str) -> set[str]:
        """The codes of the province-level regions ``text`` names."""
        return {self._codes[m.group(0)] for m in self._province.finditer(text)}

    def add(self, key, published: str, codes: set[str]) -> None:
        """One item holding ``key``, published on ``published`` (YYYY-MM-DD or ''), naming ``codes``."""
        self.documents[key] += 1
        self.years[key].add(published[:4])
        self.months[key].add(published[:7])
        self.places[key] |= codes
        if published and (key not in self.first or published < self.first[key]):
            self.first[key] = published

    def score(self, key) -> float:
        return spread_score(len(self.years[key]), len(self.months[key]), 1, len(self.places[key]))


def items(corpus: Path):
    """(published date, title + text) of each corpus item, in file order."""
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"warning: {corpus}:{lineno}: bad JSON ({exc}); skipped", file=sys.stderr)
                continue
            yield str(item.get("published") or "")[:10], (item.get("title") or "") + "\n" + html_to_text(item.get("html") or "")


def collect(corpus: Path, min_documents: int, min_years: int = 1, extract=phrases) -> list[Candidate]:
    """Phrases of the corpus (``extract``: text -> phrases) not in the lexicon, in at least
    ``min_documents`` items and ``min_years`` distinct years, with their spread, ranked."""
    spread = Spread()
    for published, text in items(corpus):
        codes = spread.provinces_named(text)
        for phrase in extract(text):
            spread.add(phrase, published, codes)
    known = known_forms()
    years = spread.years
    return rank([Candidate(p, "xwlb", n, n, 1, len(spread.places[p]), len(spread.months[p]), spread.first.get(p), None,
                           spread.score(p), len(years[p]))
                 for p, n in sorted(spread.documents.items())  # ties in rank() fall in text order, run after run
                 if n >= min_documents and len(years[p]) >= min_years and p not in known])


# --repeats: formulations found by no cue word, as the corpus's maximal repeated substrings.
# Long fixed formulae with a coordination or a fixed modifier, four-character slogans and named
# policy objects are printed without quotation marks or a policy verb before them; what marks them
# is that the same characters come back, in many items, years and provinces, as a unit: a repeat
# whose boundaries are where the corpus's repeats end (diverse characters on both sides: branching
# entropy) and whose parts hold together.
_HAN_RUN = re.compile(r"[\u4e00-\u9fff](?:[\u4e00-\u9fff、]*[\u4e00-\u9fff])?")  # a clause's Han run, 、 inside
_HAN = re.compile(r"[\u4e00-\u9fff]")
REPEAT_SHORTEST, REPEAT_LONGEST = 4, 20
CLOSED_SHARE = 0.6  # a repeat one of whose one-character extensions holds this share of its items is not maximal
MIN_BINDING = 0.25  # at every split, the phrase's items over the rarer part's items
MIN_ENTROPY = 1.0   # branching entropy (nats) on each side, a boundary counting as a new character each time
MIN_GOVERNED = 0.2  # share of its items in which a policy verb governs the phrase or it is quoted
_GOVERNING = frozenset(_VERBS.split("|")) | frozenset(
    "保障 保护 倡导 营造 实行 抓好 做好 推广 执行 建立 部署 落地 守护 捍卫 服务 聚焦 围绕 助力 推出 出台 开展 实施 "
    "贯彻 坚守 遵守 贯穿 体现 彰显 加大 形成 打造 创建 创新 开创 引领 服务于 对接 融入 参与".split())
# Ordinary prose and what is not a formulation, by its ends and its words (no list of phrases):
_START_STOP = set("的了在是和与及或等也都就将把被对向从着过之而但又这那其此该各每我你他她它们要会能可已正还再更最很"
                  "让使给于由至即如若则因所并且年月日号业届")
_END_STOP = set("的了在是和与及或等也都就将把被对向从以着过之而但又这那其此该各每们要会能可已正还再更很让使给为于由"
                "至即如若则因所并且地得一中上下里后前时")
_PROSE = re.compile(r"[我你他她它咱吗呢吧啊]|这|那|表示|指出|强调|认为|介绍|报道|记者|据悉|获悉|今天|昨天|明天|今年|去年|"
                    r"明年|上午|下午|晚上|目前|日前|近日|近期|近年|当天|当日|当地|本台|央视|总台|新闻|联播|节目|观众|"
                    r"主持|采访|出席|会见|会谈|举行|召开|开幕|闭幕|致辞|讲话|贺信|贺电|发表|宣布|签署|审议|说|称|"
                    r"大会|会议|论坛|峰会|博览|展览|仪式|典礼|座谈|晚会|运动会|奥运|亚运|比赛|赛事|活动|节日|纪念日|"
                    r"一些|一个|这个|这些|各位|大家|同志|先生|女士|朋友|以来|之际|期间|方面|情况|问题|工作|"
                    # statistics and the day's routine news (weather, disasters, the farming season)
                    r"同比|增加值|利润|总额|顺差|逆差|流量|交货值|用电量|抢险|救援|救灾|受灾|灾后|灾害|降雨|降雪|气温|"
                    r"天气|汛|春耕|夏收|夏种|秋收|秋种|育秧|田管|播种|收割")
_NUMBERS = re.compile(r"[零〇一二三四五六七八九十百千万亿两几数多余]+[年月日号时点分个名位家次件项条届批期倍万亿元吨岁户人所座]|"
                      r"第[零〇一二三四五六七八九十百千两]|百分|[零〇二三四五六七八九十百千]{2}")
_NAME_ENDINGS = ("部", "委", "局", "厅", "办", "院", "署", "社", "台", "馆", "司", "处", "所", "站", "队", "团", "组", "校",
                 "厂", "省", "市", "县", "乡", "镇", "村", "街道", "大学", "集团", "公司", "协会", "学会", "组织", "联盟",
                 "法", "条例", "办法", "规定", "通知", "意见", "公报", "白皮书", "决议", "纲要", "报告", "声明", "宣言",
                 "节", "日", "周", "年", "号", "片", "剧", "书", "期")
_LEADING_VERBS = re.compile(rf"^(?:{_VERBS}|进一步|取得|进行|发挥|做好|抓好|加大|提供|作出|形成|成为|全面|深入|积极|不断|"
                            r"继续|切实|努力|着力|大力|持续|坚决|加快|更加|充分|有效|认真|共同|广泛|高度|始终|扎实|稳步|"
                            r"全力|依法|严格|严肃|主动|自觉|重点|一起|相互|彼此|各国|各方|双方|我们|广大|各地|各级|各类|有关|相关)")


_PAIR_RELATION = re.compile(r"^[^、]{2}(?:关系|友好)(?:发展)?$")
_COUNTRY_SHORT = frozenset("中美俄日韩朝英法德意乌印巴越泰老柬缅菲澳加土伊以埃沙欧非蒙哈吉塔黎叙")


def repeat_counts(texts, min_documents: int, longest: int = REPEAT_LONGEST) -> dict[str, int]:
    """Document frequency of every substring of 2..``longest`` characters inside one Han run
    (、 may stand inside) that at least ``min_documents`` items hold, grown a length at a time:
    a substring can only be that frequent where both its shorter parts are (as in Apriori)."""
    runs = [[r for r in _HAN_RUN.findall(text) if len(r) >= 2] for text in texts]
    counts: dict[str, int] = {}
    n, starts = 2, [[range(len(r) - 1) for r in item] for item in runs]
    while n <= longest and runs:
        df: dict[str, int] = defaultdict(int)
        for item, item_starts in zip(runs, starts):
            for gram in {r[i:i + n] for r, rs in zip(item, item_starts) for i in rs}:
                df[gram] += 1
        frequent = {g: k for g, k in df.items() if k >= min_documents}
        if not frequent:
            break
        counts.update(frequent)
        # where a substring one longer can start: both its parts of length n are frequent
        starts = [[[i for i in rs if r[i:i + n] in frequent and i + 1 in kept and r[i + 1:i + 1 + n] in frequent]
                   for r, rs in zip(item, item_starts) for kept in [set(rs)]]
                  for item, item_starts in zip(runs, starts)]
        n += 1
    return counts


def maximal_repeats(counts: dict[str, int], longest: int = REPEAT_LONGEST) -> list[str]:
    """Repeats of REPEAT_SHORTEST..longest-1 characters that are units: no one-character extension
    holds CLOSED_SHARE of their items (the phrase does not end inside a longer repeat), 、 at neither
    end, and at every split into two parts of two characters or more the rarer part's items are
    mostly the phrase's (MIN_BINDING: 尊医|重卫 binds, 一个|重要 does not)."""
    extension: dict[str, int] = defaultdict(int)
    for gram, k in counts.items():
        if len(gram) > REPEAT_SHORTEST:
            for part in (gram[1:], gram[:-1]):
                extension[part] = max(extension[part], k)
    kept = []
    for gram, k in counts.items():
        if not REPEAT_SHORTEST <= len(gram) < longest or gram[0] == "、" or gram[-1] == "、":
            continue
        if extension.get(gram, 0) >= CLOSED_SHARE * k:
            continue
        if all(k >= MIN_BINDING * min(counts[gram[:i]], counts[gram[i:]]) for i in range(2, len(gram) - 1)):
            kept.append(gram)
    return sorted(kept)


def _place_words() -> frozenset[str]:
    from neican.resources.loader import _read_text, region_words

    world = {line.split("\t")[0] for line in _read_text("ner_places.tsv").splitlines()[1:]
             if line.split("\t")[-1] in ("country", "country_former", "city", "region", "landmark", "abbr")}
    return frozenset(w for w in region_words() | world if len(w) >= 2 and w not in ("中国", "中华", "中华人民共和国"))


def plausible_formula(phrase: str, known, fragments: frozenset[str], places) -> bool:
    """Not ordinary prose, a place, a date or number, a body's, document's or event's name, a verb +
    object form, nor a lexicon term's fragment or a term with an affix of one or two characters."""
    if phrase[0] in _START_STOP or phrase[-1] in _END_STOP or phrase.endswith(_NAME_ENDINGS) and not phrase.endswith("社会"):
        return False
    if _PROSE.search(phrase) or _NUMBERS.search(phrase) or _LEADING_VERBS.match(phrase):
        return False
    if phrase[0] in _COUNTRY_SHORT and phrase[1] in _COUNTRY_SHORT or _PAIR_RELATION.match(phrase):
        return False  # 中俄关系, 黎以停火, 拉中关系发展: a pair of countries, not a formulation
    if "、" in phrase and any(len(member) < 2 for member in phrase.split("、")):
        return False
    if places.longest(phrase) or phrase in fragments:
        return False
    return not any(len(phrase) - (end - start) <= 2 for start, end, _, _ in known.overlapping(phrase))


class RepeatFinder:
    """The repeats of a pool found in an item's text (an ``extract`` for ``collect``), noting the
    characters before and after each occurrence, and the names printed beside a title."""

    def __init__(self, pool):
        from neican.extractors.names import plausible_name
        from neican.lexmatch import Lexicon

        self.pool = Lexicon((p, None) for p in pool)
        self.titles = Lexicon((t, None) for t in _titles())
        self.plausible_name = plausible_name
        self.left: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.right: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.names: dict[str, int] = defaultdict(int)
        self.governed: dict[str, int] = defaultdict(int)
        self.in_list: dict[str, int] = defaultdict(int)

    def __call__(self, text: str) -> set[str]:
        found, governed = set(), set()
        for start, end, phrase, _ in self.pool.overlapping(text):
            found.add(phrase)
            if text[start - 1:start] == "“" or any(text[max(0, start - k):start] in _GOVERNING for k in (2, 3, 4)):
                governed.add(phrase)
            before, after = text[start - 1:start], text[end:end + 1]
            if "、" in (before, after):
                self.in_list[phrase] += 1
            self.left[phrase][before if _HAN.match(before) else ""] += 1
            self.right[phrase][after if _HAN.match(after) else ""] += 1
        for start, end, _, _ in self.titles.overlapping(text):
            for name in {text[max(0, start - 3):start], text[max(0, start - 2):start], text[end:end + 2], text[end:end + 3]}:
                if len(name) >= 2 and self.plausible_name(name):
                    self.names[name] += 1
        for phrase in governed:
            self.governed[phrase] += 1
        return found

    def entropy(self, phrase: str) -> float:
        """The lesser branching entropy of the two sides; a boundary (punctuation, 、, a text's
        end) counts as a character never seen before each time."""
        def side(counts):
            total = sum(counts.values())
            return -sum(k / total * math.log(k / total) for c, k in counts.items() if c) \
                + counts.get("", 0) / total * math.log(total)
        return min(side(self.left[phrase]), side(self.right[phrase]))

    def person_names(self, least: int = 3) -> list[str]:
        return [name for name, k in self.names.items() if k >= least]


def repeated_candidates(corpus: Path, min_documents: int, min_years: int = 1,
                        min_governed: float = MIN_GOVERNED) -> list[Candidate]:
    """Maximal repeated substrings that read as formulations (see the module docstring), ranked by
    spread; two passes over the corpus."""
    from neican.lexmatch import Lexicon

    counts = repeat_counts((text for _, text in items(corpus)), min_documents)
    forms = known_forms()
    known = Lexicon((form, None) for form in forms)
    fragments = frozenset(f[i:j] for f in forms for i in range(len(f)) for j in range(i + 1, len(f) + 1))
    places = Lexicon((w, None) for w in _place_words())
    pool = [g for g in maximal_repeats(counts) if plausible_formula(g, known, fragments, places)]
    print(f"{len(counts)} repeated substrings, {len(pool)} maximal and plausible", file=sys.stderr)
    finder = RepeatFinder(pool)
    candidates = collect(corpus, min_documents, min_years, finder)
    names = Lexicon((n, None) for n in finder.person_names())
    titles = Lexicon((t, None) for t in _titles())
    return [c for c in candidates if finder.entropy(c.text) >= MIN_ENTROPY and not names.longest(c.text)
            and not titles.longest(c.text) and finder.governed[c.text] >= min_governed * c.documents
            and not ("、" in c.text and finder.in_list[c.text] >= 0.3 * sum(finder.left[c.text].values()))]


def _titles() -> list[str]:
    from neican.resources.loader import titles

    return [t for t, e in titles().items() if len(t) >= 2 and e.category != "profession"]

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="TSV file to write the candidate rows to")
    ap.add_argument("--corpus", type=Path, default=Path(DEFAULT_CORPUS))
    ap.add_argument("--min-documents", type=int, default=4)
    ap.add_argument("--min-years", type=int, default=1, help="distinct years a phrase must be seen in")
    ap.add_argument("--policy-terms", action="store_true",
                    help="policy nouns and objectives (verb objects and their parts, list items), not slogans")
    ap.add_argument("--repeats", action="store_true",
                    help="maximal repeated substrings with diverse contexts on both sides (no cue words), filtered")
    ap.add_argument("--min-governed", type=float, default=MIN_GOVERNED,
                    help="--repeats: share of items in which a policy verb or a quotation mark precedes the phrase")
    ap.add_argument("--top", type=int, default=0, help="keep only the N widest-spread (default: all)")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"error: corpus file not found: {args.corpus} (pass --corpus or set NEICAN_XWLB_CORPUS)",
              file=sys.stderr)
        return 2
    if args.repeats:
        candidates = repeated_candidates(args.corpus, args.min_documents, args.min_years, args.min_governed)
    else:
        candidates = collect(args.corpus, args.min_documents, args.min_years,
                             policy_terms if args.policy_terms else phrases)
    if args.top:
        candidates = candidates[:args.top]
    source = f"xwlb discover {datetime.date.today().isoformat()}"
    rows = [CANDIDATE_COLUMNS, *candidate_rows(candidates, source)]
    args.out.write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"{len(candidates)} candidates written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
