"""Metadata: title, original title, publication time, outlet, credited source, authors, editors,
and the articles a page holds.

Reads the classified lines of the cleaner (header lines it removed included) and what the
container (HTML meta, JSONL fields) said; container values win where present.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Callable

from ..clean import Line
from ..dates import DATETIME, parse_datetime
from ..normalize import to_simplified_plain
from ..patterns import LazyPattern, cached_compile
from ..resources.loader import region_words, surnames
from .names import plausible_name, rare_surname_word
from .scan import at_start_or_after

_CJK_NAME = r"[\u4e00-\u9fff·]{2,5}"
_LABELS = r"(?:责任编辑|值班编辑|责编|编辑|编审|审核|审校|初审|复审|终审|[一二三]审|校对|来源|作者|记者|通讯员|摄影|时间|发布|字号|浏览|阅读)"
_SENTENCE_END = "。！？!?；;…"
_DATELINE_START = LazyPattern(r"^(本报讯|本报|本台消息|新华社|中新社|央视网|人民网|新华网|[(（]|【[^】]{2,10}(报讯|电|消息)】|\d{1,2}月\d{1,2}日|(19|20)\d\d年)")
# A media tag before a headline: 【视频】, [图文].
_TITLE_TAG = cached_compile(r"^\s*[【\[](视频|图文|组图|图片|音频|直播|快讯|独家|专题|原创|聚焦|权威发布|现场|微视频|V观)[】\]]\s*")

_SOURCE_LABEL = LazyPattern(r"(?:来源|来源于|稿源|文章来源|信息来源|稿件来源|来源单位|发布机构|发布单位|供稿单位|出处|转自)\s*[:：]\s*(?:《)?([^\s:：|》)）]{2,20}?)(?:》)?"
                           rf"(?={_LABELS}|\s|\||$|\d{{4}}[-/年]|[)）])")  # （来源：某某日报）: in brackets too
_OUTLET_BYLINE = LazyPattern(r"(?![本我])([\u4e00-\u9fff]{1,8}?(?:通讯社|社|日报|晚报|报|电视台|广播电台|台|网))"
                            r"(?:特约)?记者")
_NEWS_AGENCY_DATELINE = cached_compile(r"^([\u4e00-\u9fff]{2,6}?(?:社|网|台))[\u4e00-\u9fff]{2,10}?\d{1,2}月\d{1,2}日(?:电|讯)")
_CREDITED = (
    cached_compile(r"据《([^》]{2,20})》(?:\d{1,2}月\d{1,2}日)?(?:消息|报道|讯)?"),
    cached_compile(r"据([\u4e00-\u9fff]{2,12}?(?:通讯社|社|日报|晚报|报|电视台|台|网|客户端))(?:\d{1,2}月\d{1,2}日)?(?:消息|报道)"),
    cached_compile(r"(?:转载自|转自|原载)\s*[:：]?\s*《?([\u4e00-\u9fff]{2,12}?)》?(?=[\s,，。;；)）]|$)"),
)
_CREDITED_CUES = ("据", "转", "原载")  # one of them opens every match of _CREDITED
_COPYRIGHT_HOLDER = (
    LazyPattern(r"凡本[站网]中?注明[“\"]?来源\s*[:：]\s*([^”\"（(）)]{2,16})[”\"]"),
    LazyPattern(r"(?:^|[:：\s,，。])([\u4e00-\u9fff]{2,12}?)(?:网站)?版权所有"),
    LazyPattern(r"^([\u4e00-\u9fff]{2,12}?)版权与"),
)
_NAME_SEGMENT = r"([\u4e00-\u9fff·][\u4e00-\u9fff·\s、，,]{1,40}?)"  # names, split by _names()
# …记者 X 报道, 本报记者X发自北京, （记者 X）: the name runs to the byline's own end
# or at the next label of a header line (记者 X Y 个人简介：)
_REPORTER = LazyPattern(rf"(?:记者|通讯员|实习生)\s*[:：|｜/／]?\s*{_NAME_SEGMENT}\s*(报道|发自|摄影?|整理|整合|[)）]|$|\s+(?=\d)|\s*[/|]"
                       rf"|\s+(?=[\u4e00-\u9fff]{{2,6}}[:：]))")
# Each of these two is (?:^|[(（\s])REST, kept as REST and [(（\s]REST (see scan.py).
# the writer's name ends at a bracket, the line's end, a slash, a photo credit or the next label
# of a header line (作者：X 来源：Y, 作者:X 分享：)
_WRITER_REST = (rf"(?:文\s*[/:：|｜]|文\s+|(?:本文|本期|特约)?(?:撰文|撰稿|作者|文字|采写|执笔人?)\s*(?:】|[/:：|｜])?|[文图]{{2}}\s*[:：|｜])"
                rf"\s*{_NAME_SEGMENT}\s*"
                rf"(?=[)）(（]|$|[/|]|\s图|\s+[\u4e00-\u9fff]{{1,4}}\s*[:：])")
_WRITER = (cached_compile(_WRITER_REST), cached_compile(rf"[(（\s【]{_WRITER_REST}"))  # 【作者】X: a bracketed label
_COMPILER_REST = r"([\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4})*)\s*(?:整理|编译)"  # X整理, X编译
_COMPILER = (LazyPattern(_COMPILER_REST), LazyPattern(rf"[(（\s]{_COMPILER_REST}"))
# The writer before a slash: 赵明远/文, 赵明远/某某日报 (each REST and [(（\s]REST, see scan.py)
_WRITERS = r"[\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4})*"
_OUTLET_AFTER_SLASH = r"[\u4e00-\u9fff]{1,10}?(?:日报|晚报|报|通讯社|社|网|电视台|台|客户端)"
_WRITER_FIRST_REST = rf"({_WRITERS})(?:\s*[/／]\s*(?:文|{_OUTLET_AFTER_SLASH})(?=[)）\s]|$)|\s+文$)"
_WRITER_FIRST = (LazyPattern(_WRITER_FIRST_REST), LazyPattern(rf"[(（\s]{_WRITER_FIRST_REST}"))
# a line that is only such a byline: the outlet it names is the report's
_WRITER_THEN_OUTLET = LazyPattern(rf"\s*{_WRITERS}\s*[/／]\s*({_OUTLET_AFTER_SLASH})\s*$")
# A photo credit, a person who is neither author nor editor (GUIDE, dev2 REVIEW): （赵明远摄）, 赵明远 摄,
# 赵明远/摄, 赵明远/图 at a caption's or a byline's end; 图/赵明远, 摄影：赵明远 before it
_PHOTO_REST = r"([\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4})*?)\s*(?:[/／]?\s*摄|[/／]\s*图)(?=[)）]|\s*$)"
_PHOTO = (LazyPattern(_PHOTO_REST), LazyPattern(rf"[(（\s▲]{_PHOTO_REST}"))
_PHOTO_LABEL_REST = (r"(?:图|图片|摄影|摄)\s*[/:：|｜]\s*([\u4e00-\u9fff·]{2,4}(?:[、，,\s]+[\u4e00-\u9fff·]{2,4})*?)"
                     r"\s*(?=[)）]|$|\s+[\u4e00-\u9fff]{1,4}\s*[:：/])")
_PHOTO_LABEL = (LazyPattern(_PHOTO_LABEL_REST), LazyPattern(rf"[(（\s]{_PHOTO_LABEL_REST}"))
_CAPTION_MAX = 30  # a short line ending in 摄 is a photo's credit line
_CAPTION_CREDIT = LazyPattern(r"▲[^▲。！？\n]{0,60}?摄(?![影像])")
_BRACKETED = cached_compile(r"[(（][^()（）]{2,40}[)）]")
_BRACKETED_CREDIT = cached_compile(r"记者|文|整理|作者|编辑|摄")
_BYLINE_LABEL = LazyPattern(r"记者\s|本报记者|通讯员|责任编辑|责编|编辑\s*[:：|｜]|作者\s*[:：|｜]|(?:^|\s)文\s*[|｜/]|校对\s*[:：|｜]|[初复终一二三]审\s*[:：|｜]")
# a byline line inside the text: 河南商报记者马俊峰/文, 本报记者 王某
# or a line that holds nothing but a writer's label and names (采写：某报记者 赵明远 钱立新, 南都记者 赵明远)
_OWN_BYLINE = cached_compile(r"记者\s*[\u4e00-\u9fff·]{2,4}\s*/\s*文|(?:本报|本台|本网)记者\s+[\u4e00-\u9fff·]{2,4}"
                             r"|^\s*(?:(?:采写|作者|撰文|撰稿|执笔)\s*[:：|｜/]\s*(?:[\u4e00-\u9fff]{0,6}记者\s*)?"
                             r"|[\u4e00-\u9fff]{0,6}记者(?:\s*[:：]\s*|\s+))"
                             r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,5}\s*$")
# a paragraph that opens with its reporter's dateline: 本报记者王某发自北京 23日下午，…
_DATELINE_BYLINE = LazyPattern(r"(?:本报|本台|本网)?记者\s*[\u4e00-\u9fff·]{2,4}\s*发自")
_BYLINE_DEPTH, _BYLINE_LINE = 12, 30
_BRACKET_ALONE = LazyPattern(r"^\s*[(（][\u4e00-\u9fff、\s]{2,20}[)）]\s*$")
_LABEL_ALONE = cached_compile(r"^\W*(?:责任编辑|责编|编辑|作者|撰文|记者|通讯员)\s*[:：|｜]?\s*$")
_NAME_ALONE = LazyPattern(r"^\s*[\u4e00-\u9fff·]{2,4}(?:[、\s]+[\u4e00-\u9fff·]{2,4})*\s*[)）\]】]?\s*$")
_WRITER_LABEL = LazyPattern(r"\W*(?:(?:本报|本刊|本网)?记者|作者|撰文|撰稿|采写|文字?)\s*[|｜/:：\s]")
_COMPILED_BY = cached_compile(r"\W*(?:整合|整理|编辑|综合)\s")
# …举行。（张小峰）, （周立言 上海报道）: the writer signs off after the last sentence
# （姚某 上海报道）, （张某、李某 北京报道）: the writers and where they filed from, after a sentence
_REPORTED_FROM = LazyPattern(r"[。！？”]\s*[(（]([\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})*?)\s+[\u4e00-\u9fff]{2,6}报道[)）]")
_SIGNED = cached_compile(r"(?:^|[。！？”])\s*[(（]([\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4})*?)"
                     r"(?:\s*[\u4e00-\u9fff]{2,6}报道)?\s*[)）][\s|｜]*$")
# 责任编辑：X, 编辑|X 责编|Y 校对|Z, （某某网编辑 X）: a label, then a colon, a bar or a space
# a government portal's review chain (初审：X 复审：Y 终审：Z, 一审 二审 三审) signs editors too
# (责任编辑：A B: names parted by spaces, up to the next label; 整理：X with its colon, as 整合 X记者 Y
# is the reporter's credit)
_EDITOR = cached_compile(rf"(责任编辑|值班编辑|编审|责编|编辑|视频编辑|文字编辑|图片编辑|审核|审校|初审|复审|终审|[一二三]审|校对|(?:整理|整合)(?=\s*[:：|｜]))(?:\s*[:：|｜/／]\s*|\s+)"
                     rf"([\u4e00-\u9fff·][\u4e00-\u9fff·、，,]{{1,30}}?"
                     rf"(?:[ \u3000]+(?!{_LABELS})[\u4e00-\u9fff·]{{2,4}}(?=[ \u3000]|$|[|)）】\]]))*)(?={_LABELS}|$|[\s|)）】\]])")
# 责编：Demi Xia: an editor signing in Latin letters, after a label and its colon, closing the line
# (a colon, so that 编辑 Email of a menu is no credit)
_LATIN_EDITOR = cached_compile(r"(责任编辑|责编|编辑)\s*[:：]\s*([A-Z][a-z]+(?:[ .·][A-Z][a-z]+){0,2})\s*$")
# A signed article: a name, then the author's post in brackets, alone on a line.
_SIGNATURE = cached_compile(r"^([\u4e00-\u9fff·]{2,4})\s*[(（]([^()（）]{2,40}(?:书记|长|主任|主席|委员|部长|院长|教授|研究员|代表|理事|专家))[)）]$")
_MIN_BODY_LINE = 30  # a heading starts an article only when a real paragraph follows
_NOT_NAME = set("的了在是等把被将从")  # never inside a personal name


@dataclass
class ArticleInfo:
    title: str | None
    start: int
    end: int
    authors: list[str] = field(default_factory=list)


@dataclass
class Meta:
    title: str | None = None
    original_title: str | None = None
    published: str | None = None
    source: str | None = None
    original_source: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    articles: list[ArticleInfo] = field(default_factory=list)
    credits: list[tuple[str, str | None]] = field(default_factory=list)  # (name, job word) of bylines


def extract_meta(lines: list[Line], text: str, hints: dict | None = None) -> Meta:
    """Metadata of a cleaned page. ``lines`` come from :func:`neican.clean.clean`; ``text`` is
    the cleaned text; ``hints`` what the container said (title, published, source, authors)."""
    hints = {k: v for k, v in (hints or {}).items() if v}
    meta = Meta()
    header = [ln for ln in lines if ln.kind == "metadata" and ln.reason == "header"]
    first = _leading_lines(lines)
    meta.title = _untagged(_without_site_name(_simplified(hints.get("title"))) or _find_title(lines))
    meta.original_title = _original_title(lines)
    if meta.title and meta.original_title and (stem := _CLIPPED.sub("", meta.title)) != meta.title \
            and len(stem) >= 6 and meta.original_title.startswith(stem):
        meta.title = meta.original_title  # a headline the CMS clipped (…无敌免...): the 原标题 line prints it whole
    meta.published = parse_datetime(hints.get("published")) or _find_published(header, first)
    byline_outlet = cache(lambda: _byline_outlet(lines))  # read at most once, for the source and the original
    hinted_source = _CHANNEL.sub("", _simplified(hints.get("source")) or "")  # 人民网-文化频道 原创稿 → 人民网
    meta.source = (next((n for n in [hinted_source] if n and _labelled_outlet(n)), None)
                   or _find_source(lines, header, byline_outlet)
                   or next((n for n in [_outlet_part(_simplified(hints.get("sitename")))] if _plausible_outlet(n)), None)
                   or _site_of_title(_simplified(hints.get("page_title")))
                   or _site_of_title(_simplified(hints.get("title"))))
    if meta.title and meta.source and meta.title.endswith(" " + meta.source):
        meta.title = meta.title[:-len(meta.source) - 1].rstrip()  # …开展调研工作 东区办事处
    opening = text[:2000]
    meta.original_source = _first_match(_CREDITED, opening) if any(c in opening for c in _CREDITED_CUES) else None
    if not meta.original_source and (outlet := byline_outlet()) and meta.source \
            and not _same_outlet(outlet, meta.source):
        meta.original_source = outlet  # 光明日报记者 X in a copy 光明网 printed: the paper the report is from
    meta.articles = _find_articles(lines, text, meta.title)
    authors, editors, meta.credits = _find_bylines(lines, header)
    # a page's author field (meta tags) that the page never prints is its uploader (a CMS
    # account), not a byline: authors are the writers the reader is shown; a record's own
    # authors field (JSON Lines) is the source's word and stands
    hinted, hinted_editors = _container_bylines(hints.get("authors") or [])
    for value in hints.get("printed_authors") or []:  # 作者：X under a page's headline, as printed
        hinted += [n for m in at_start_or_after(*_WRITER, _simplified(value) or "") for n in _names(m.group(1))]
    page_authors, page_editors = _container_bylines(hints.get("page_authors") or [])
    printed = "".join(ln.text for ln in lines) if page_authors else ""
    hinted += [a for a in page_authors if a in printed]
    hinted_editors += page_editors
    credited = {name for name, _ in meta.credits}
    for value in hints.get("editors") or []:  # 责编：萧某、张某 from the page's furniture, or bare names
        value = _simplified(value) or ""
        if labelled := _EDITOR.search(value):
            names = _names(labelled.group(2))
            meta.credits += [(n, labelled.group(1)) for n in names if n not in credited]
            credited.update(names)
        else:
            names = _names(value)
        hinted_editors += names
    # a name the page labels 编辑 is an editor, whatever the container's author field says
    meta.authors = _unique([a for a in hinted if a not in editors and a not in hinted_editors]
                           + [a for art in meta.articles for a in art.authors] + authors)
    meta.editors = _unique([e for e in hinted_editors + editors if e not in meta.authors])
    return meta


def _simplified(value) -> str | None:
    if not value:
        return None
    value = " ".join(str(value).split())
    return to_simplified_plain(value) or None


# a site's name after the separator holds no sentence punctuation nor quotes: …周记 | 稳中求进，“开门红”…
# is a headline's second half, not a site
_SITE_SUFFIX = cached_compile(r"\s*(?:[_|｜–]|\s-\s|-(?=[^-]{1,16}$))\s*[^_|｜–，。！？；“”]{1,16}$")


def _without_site_name(title: str | None) -> str | None:
    """A page <title> carries the site after a separator (…_新浪网, … - 搜狐财经), or before the
    headline with its channels (某某网--汽车--…): drop it."""
    while title and (m := _SITE_SUFFIX.search(title)) and m.start() >= 6:
        title = title[:m.start()]
    if title and (m := _SITE_PREFIX.match(title)) and len(title) - m.end() >= 6 \
            and _SITE_END.search(m.group(1)) and not _NOT_OUTLET.search(m.group(1)):
        title = title[m.end():]
    if title:
        title = _SPACE_IN_DATE.sub("", title.rstrip("_|｜–- "))  # …决议__2007年…; 2007 年末
    return title


# a site and its channels before the headline, each closed by a double dash or a run of dashes,
# underscores or bars (千龙网--汽车--…): a single hyphen joins a headline's own words
_SITE_PREFIX = cached_compile(r"([^\s_|｜–—-]{2,12}?)\s*(?:-{2,}|—+|_+|[|｜])\s*(?:[^\s_|｜–—-]{1,8}\s*(?:-{2,}|—+|_+|[|｜])\s*)*")
_SITE_END = cached_compile(r"(网|报|台|在线|客户端|\.com|\.cn|\.net)$", re.IGNORECASE)  # a site's name, not a meeting's (两会--…)
_SPACE_IN_DATE = cached_compile(r"(?<=\d)\s+(?=[年月日])")
_CLIPPED = LazyPattern(r"(?:\.{3,}|…+)$")


_TITLE_PART_BREAK = LazyPattern(r"\s*(?:[_|｜–—]+|-{1,2}|\s»\s)\s*")
_SITE_NAME = LazyPattern(r"(?:[A-Za-z]{2,10} ?)?[\u4e00-\u9fff]{3,8}")  # 某某网, EDN 电子技术设计: a brand's letters first


def _site_of_title(title: str | None) -> str | None:
    """The site a page <title> names after the headline (…_2007年第23号国务院公报_中国政府网 → 中国政府网,
    …_凤凰网资讯_凤凰网 → 凤凰网, …-某某财经, …|某某星空): the copy's outlet where the page
    credits none. The last part that reads as an outlet, else a last part of a few Han characters."""
    parts = [part for part in _TITLE_PART_BREAK.split(title or "") if part]
    if len(parts) < 2 or len(parts[0]) < 4:
        return None
    tail = parts[1:]
    for part in reversed(tail):
        if 2 <= len(part) <= 12 and (_OUTLET_END.search(part) or part.endswith("网站")) \
                and not _NOT_OUTLET.search(part) and not _DOMAIN.match(part):
            return part
    last = tail[-1]
    return last if _SITE_NAME.fullmatch(last) and not _NOT_OUTLET.search(last) else None


_CHANNEL = cached_compile(r"\s*(?:[-_－—]\s*[\u4e00-\u9fff]{2,8}频道|\s*原创稿?)+$")


def _untagged(title: str | None) -> str | None:
    return _TITLE_TAG.sub("", title) or None if title else None


def _unique(items) -> list[str]:
    seen, out = set(), []
    for item in items:
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def _leading_lines(lines: list[Line], n: int = 6) -> list[Line]:
    return [ln for ln in lines if ln.kind != "blank"][:n]


def _find_title(lines: list[Line]) -> str | None:
    """The first heading with a body, else a short first line that a header line or a paragraph follows."""
    headings = _article_headings([ln for ln in lines if ln.kept])
    if headings:
        return headings[0][1].rest()
    for ln in lines:
        if ln.kind == "heading":
            return ln.rest()
    kept = [ln for ln in lines if ln.kind != "blank" and not (ln.kind == "furniture")]
    if len(kept) < 2 or kept[0].kind != "content":
        return None
    candidate = _TITLE_TAG.sub("", kept[0].rest())
    if (not candidate or len(candidate) > 60 or candidate[-1] in _SENTENCE_END
            or _DATELINE_START.match(candidate) or _SIGNATURE.match(candidate)):
        return None
    nxt = kept[1]
    if nxt.kind == "metadata" or len(nxt.rest()) > len(candidate) or _SIGNATURE.match(nxt.rest()) \
            or _DATELINE_START.match(nxt.rest()):
        return candidate  # (a dateline opens the report under its headline, however short its line: 新华社北京…电 中共中央批准：)
    return None


def _original_title(lines: list[Line]) -> str | None:
    for ln in lines:
        if ln.kind == "metadata" and ln.reason == "original_title":
            value = re.sub(r"^(?:[-·•]\s*)?[(（]?\s*(?:本文)?原标题\s*[:：]\s*", "", ln.text).rstrip(")）")
            value = " ".join(value.split())
            if value.startswith("《") and "》" in value:
                value = value[1:value.index("》")]  # 本文原标题：《…》, the page's next words after it
            return value or None
    return None


def _find_published(header: list[Line], first: list[Line]) -> str | None:
    for ln in header + [ln for ln in first if ln.kind != "content" or len(ln.text) <= 80]:
        if DATETIME.search(ln.text):
            value = parse_datetime(ln.text)
            if value:
                return value
    return None


_OUTLET_END = LazyPattern(r"(报|社|网|台|刊|志|客户端|新闻|在线|频道|发布|之声|周刊|号|中心|政府|办公室|委员会|"
                         r"办|局|厅|部|院|会|App|APP|TV|\.com|\.cn)$")
_NOT_OUTLET = cached_compile(r"(本报|我们|[他她它]|发表于|转载|专栏|记者|作者|编辑|时间|日期|发布时|原创|^网络$|^本站|[。，！？])")
_DOMAIN = cached_compile(r"^[\w.-]+\.(com|cn|net|org|gov|edu)(\.cn)?$", re.I)
_LATIN_NAME = LazyPattern(r"^[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}$")
_NOT_LATIN_NAME = {"Name", "Email", "Com", "Net", "Www", "Admin", "Editor", "News", "Team", "Cn", "Inc"}
_ORG_WORD = LazyPattern(r"(集团|出版社|公司|网站|Team|Inc|www|Www|\.com|\.cn|\d{3,}|_)")


def _labelled_outlet(name: str) -> bool:
    """A name a 来源 label (or a source meta tag) gives: the label vouches for it, so any short
    name of Han characters, Latin letters and digits (21世纪某某报, ABCNEWS), not a fragment."""
    return _plausible_outlet(name) or (len(name) <= 12 and not _NOT_OUTLET.search(name) and not _DOMAIN.match(name)
                                       and bool(re.fullmatch(r"[\u4e00-\u9fff·A-Za-z0-9]+", name))
                                       and not name.isdigit())


_NAME_PARTS = LazyPattern(r"\s+[-—|｜]\s+")


def _outlet_part(name: str | None) -> str | None:
    """The part of a site's name in parts that names the outlet in Chinese (RFI - 法国国际广播电台 →
    法国国际广播电台); the name itself where it has one part or no such part."""
    if not name or not _NAME_PARTS.search(name):
        return name
    parts = _NAME_PARTS.split(name)
    return next((p for p in parts if re.search(r"[\u4e00-\u9fff]", p) and _OUTLET_END.search(p)), name)


def _plausible_outlet(name: str | None) -> bool:
    """An outlet's name, not a sentence fragment a loose 来源 label picked up, nor a bare domain."""
    return (bool(name) and not _NOT_OUTLET.search(name) and not _DOMAIN.match(name)
            and (len(name) <= 4 or bool(_OUTLET_END.search(name))))


def _container_bylines(values) -> tuple[list[str], list[str]]:
    """Authors from page metadata, which mixes in editors (责任编辑：X), sites, ids and UI words."""
    authors, editors = [], []
    for value in values:
        value = _simplified(value) or ""
        if m := _EDITOR.search(value):
            editors.extend(_names(m.group(2)))
        elif _LATIN_NAME.match(value) and not set(value.split()) & _NOT_LATIN_NAME:
            authors.append(value)
        elif _plausible_author(value):
            authors.extend(n for n in _names(value) if n[:1] in surnames() or n[:2] in surnames())
    return authors, editors


def _plausible_author(name: str | None) -> bool:
    """A person, not an organisation, a site or an account id that page metadata put as author."""
    return bool(name) and len(name) <= 30 and not _ORG_WORD.search(name) and not _plausible_outlet_org(name)


def _plausible_outlet_org(name: str) -> bool:
    return len(name) > 4 and bool(re.search(r"[\u4e00-\u9fff]", name)) and bool(_OUTLET_END.search(name))


def _writer_named(name: str) -> bool:
    """Whether a 来源 slot names a person (来源: 赵明远 signs the writer), not an outlet."""
    return plausible_name(name) and not _OUTLET_END.search(name)


def _find_source(lines: list[Line], header: list[Line], byline_outlet: Callable[[], str | None]) -> str | None:
    for ln in header + [ln for ln in lines[:6] if ln.kind != "metadata"]:  # 标题 来源于：东区办事处
        # a 来源： label names the source even where it is an office, not a paper
        if (m := _SOURCE_LABEL.search(ln.text)) and _labelled_outlet(m.group(1)) and not _writer_named(m.group(1)):
            return m.group(1)
    for ln in header:  # an outlet name printed right before the time (某某晚报2023-04-15 15:32), or after it alone
        m = DATETIME.search(ln.text)
        if m is None:
            continue
        for name in (ln.text[:m.start()] if 2 <= m.start() <= 16 else "", ln.text[m.end():]):
            name = name.strip(" |｜:：")
            if re.fullmatch(r"[\u4e00-\u9fffA-Za-z]{2,16}", name) and _plausible_outlet(name):
                return name
    if outlet := byline_outlet():  # the outlet of a dateline or byline (_byline_outlet)
        return outlet
    for ln in lines:  # the site's own name, from its copyright block
        if ln.kind == "furniture" and ln.reason in ("footer", "copyright", "icp"):
            if m := _first_match(_COPYRIGHT_HOLDER, ln.text):
                return m
    return None


def _same_outlet(a: str, b: str) -> bool:
    """Whether one name is the other's short form, its characters in order (中新网 ~ 中国新闻网,
    信报 ~ 北京某某信报; 光明网 is not 光明日报)."""
    short, long_ = sorted((a, b), key=len)
    rest = iter(long_)
    return all(c in rest for c in short)


# Outlets the credits name by a short form of their own: 总台记者 is China Media Group's reporter
# (中央广播电视总台, the broadcaster's own usage since its founding in 2018)
_OUTLET_SHORT_FORMS = {"总台": "中央广播电视总台"}


def _byline_outlet(lines: list[Line]) -> str | None:
    """The outlet a dateline (新华社北京1月2日电) or a byline (某某日报记者 X) names, in full."""
    outlet = _byline_outlet_as_printed(lines)
    return _OUTLET_SHORT_FORMS.get(outlet, outlet)


def _byline_outlet_as_printed(lines: list[Line]) -> str | None:
    for ln in lines:
        if not ln.kept:
            continue
        body = ln.rest()
        if (body.find("电", 0, 40) >= 0 or body.find("讯", 0, 40) >= 0) and (m := _NEWS_AGENCY_DATELINE.match(body)):
            return m.group(1)
        if ("/" in body or "／" in body) and (m := _WRITER_THEN_OUTLET.match(body)):
            return m.group(1)  # 赵明远/某某日报: a byline line of its own
        if "记者" not in body:
            continue
        for m in (_OUTLET_BYLINE.search(body[:80]), _OUTLET_BYLINE.search(body[-60:])):
            if m and not _NOT_OUTLET.search(m.group(1)):  # not 她还首度向|本报|记者
                return m.group(1)
    return None


def _first_match(patterns, text: str) -> str | None:
    for pattern in patterns:
        if m := pattern.search(text):
            return m.group(1)
    return None


_HANZI_NAME = cached_compile(r"[\u4e00-\u9fff·]+")
# Words that sit where a byline name would: sources, UI labels, anonymous credits.
_NOT_A_NAME = frozenset("网络整理 整理 整合 综合 查看更多 更多 关注 时间 日期 来源 网友 未知 佚名 匿名 本网 本站 原创 "
                        "转载 编辑 作者 供稿 通讯员 记者 图片 视频 摄影".split())
# a byline's place (河北某县报道) or outlet (云南网), not its writer; narrower than _OUTLET_END,
# whose 志, 会, 院 also end personal names (李明志)
_PLACE_OR_OUTLET_ENDS = ("县", "市", "区", "省", "州", "镇", "乡", "村", "网", "报", "台", "社")
_JOB_WORDS = ("记者", "通讯员", "实习生", "编辑", "摄影", "摄像")
_JOB_PREFIX = cached_compile(rf"^(本报|本台|本网|特约|见习|首席|实习)?({'|'.join(_JOB_WORDS)}|摄)")
_TOKEN_BREAK = cached_compile(r"[\s、，,]+")
_USER_ID = cached_compile(r"_[A-Za-z0-9]+$")  # 李小曼_NN2587: a CMS user id


def _names(segment: str) -> list[str]:
    """Personal names in a byline segment: job words and places (深圳报道) are not names."""
    names = []
    for token in _TOKEN_BREAK.split(segment):
        token = _JOB_PREFIX.sub("", _USER_ID.sub("", token))
        if not 2 <= len(token) <= (8 if "·" in token else 4) or set(token) & _NOT_NAME:
            continue
        if token in region_words() or _JOB_PREFIX.match(token) or token in _NOT_A_NAME \
                or not _HANZI_NAME.fullmatch(token) or token.endswith(_PLACE_OR_OUTLET_ENDS + _JOB_WORDS):  # 晨报记者: an outlet's job word
            continue
        if rare_surname_word(token):
            continue  # 注册记者|参与|报道: a word of ordinary text whose first character is a rare surname
        names.append(token)
    return names


def _surnamed(names: list[str]) -> list[str]:
    """The names that open with a surname: where the form alone (X/文, X摄) says a name stands."""
    return [n for n in names if n[:1] in surnames() or n[:2] in surnames()]


_JOB_WORD = LazyPattern("通讯员|记者|实习生")
# the kind of reporter printed before the job word belongs to the post as printed (全媒体图片记者,
# 首席记者); the outlet before it (本报, 某某日报) does not
_JOB_KIND = LazyPattern(r"(?:全媒体|融媒体|新媒体|图片|摄影|视频|首席|特约|见习|实习|资深|主任)+$")


def _job_kind(text: str, at: int) -> str:
    kind = _JOB_KIND.search(text, max(0, at - 8), at)
    return kind.group() if kind else ""


def _job_words(text: str, m: re.Match, names: list[str]) -> list[tuple[str, str]]:
    """Each reporter's own job word: the last one printed before the name (记者 赵明远 通讯员 钱立新)."""
    labels = [(j.start(), _job_kind(text, j.start()) + j.group()) for j in _JOB_WORD.finditer(text, m.start(), m.end())]
    out = []
    for name in names:
        at = text.find(name, m.start(), m.end())
        out.append((name, next((label for pos, label in reversed(labels) if pos < at), labels[0][1] if labels else "记者")))
    return out


def _bracketed(text: str) -> list[re.Match]:
    return list(_BRACKETED.finditer(text)) if "（" in text or "(" in text else []  # most lines: none


def _find_bylines(lines: list[Line], header: list[Line]):
    """Reporters and writers (authors); editors and compilers (editors); each name's job word."""
    authors, editors, credits = [], [], []
    kept = [ln for ln in lines if ln.kept]
    rests = [ln.rest() for ln in kept]  # each kept line's text without its cuts, read once
    # Bylines sit in header lines, at the start or end of the first and last paragraphs, or in
    # brackets anywhere; a match elsewhere in running text is not a byline.
    texts = [(ln.text, True) for ln in lines if ln.kind == "metadata"]
    # a byline the cleaner took for furniture (□ 本报记者 X after the text, 责任编辑：X in a footer)
    texts += [(ln.text, True) for ln in lines if ln.kind == "furniture" and len(ln.text) <= 60
              and _BYLINE_LABEL.search(ln.text)]
    # a short line of its own with a byline label, anywhere (河南商报记者马俊峰/文 under a photo)
    texts += [(rest, True) for rest in rests if len(rest) <= 40 and _OWN_BYLINE.search(rest)]
    texts += [(rest, False) for rest in rests[:3] + rests[-3:]]
    # a label alone on its line, the name on the next (责任编辑：⏎X): Word-exported and CMS pages break so
    printed = [ln for ln in lines if ln.kind != "blank"]
    texts += [(label.text.strip() + nxt.text.strip(), True) for label, nxt in zip(printed, printed[1:])
              if _LABEL_ALONE.match(label.text) and _NAME_ALONE.match(nxt.text)]
    # a writer's line of its own below a summary, a subtitle or a lead picture's caption (划重点 …
    # 作者 | X): web pages print such blocks above the byline
    texts += [(rest, True) for rest in rests[3:_BYLINE_DEPTH]
              if len(rest) <= _BYLINE_LINE and _WRITER_LABEL.match(rest)]
    middle = rests[3:-3]
    texts += [(rest, False) for rest in middle if "记者" in rest and _DATELINE_BYLINE.match(rest)]
    texts += [(m.group(0), True) for rest in rests for m in _bracketed(rest)
              if _BRACKETED_CREDIT.search(m.group(0))]
    # a photo's credit line under it, anywhere (赵明远 摄)
    texts += [(rest, True) for rest in middle
              if len(rest) <= _CAPTION_MAX and rest.rstrip(" ）)").endswith("摄")]
    # a caption marked ▲ glued into a paragraph, its credit at its end (▲某某日报记者赵明远、钱立新摄)
    texts += [(m.group(), True) for ln, rest in zip(kept, rests) if "▲" in ln.text for m in _CAPTION_CREDIT.finditer(rest)]
    for text, anywhere in _unique(texts):
        def at_edge(m) -> bool:
            return anywhere or m.start() < 80 or m.end() > len(text) - 80

        for m in filter(at_edge, _REPORTER.finditer(text) if "记者" in text or "通讯员" in text or "实习生" in text else ()):
            names = _names(m.group(1))
            if not m.group(2).startswith("摄"):  # 记者 X 摄: a photo's credit, neither author nor editor
                # 整合 新华日报记者 X: the reporter compiled it, an editor
                compiled = m.group(2) in ("整理", "整合") or _COMPILED_BY.match(text)
                (editors if compiled else authors).extend(names)
            credits.extend(_job_words(text, m, names))
        for m in filter(at_edge, at_start_or_after(*_WRITER, text) if "文" in text or "作者" in text or "采写" in text or "执笔" in text or "撰" in text else ()):
            names = _names(m.group(1))
            authors.extend(names)
            credits.extend((n, None) for n in names)
        for m in filter(at_edge, at_start_or_after(*_WRITER_FIRST, text) if "/" in text or "／" in text or text.endswith("文") else ()):
            names = _surnamed(_names(m.group(1)))  # 赵明远/文, 赵明远/某某日报
            authors.extend(names)
            credits.extend((n, None) for n in names)
        if "摄" in text or "图" in text:
            for m in filter(at_edge, at_start_or_after(*_PHOTO, text) + at_start_or_after(*_PHOTO_LABEL, text)):
                credits.extend((n, None) for n in _surnamed(_names(m.group(1))))  # a person, no byline
        for m in filter(at_edge, _EDITOR.finditer(text) if "编" in text or "审" in text or "校对" in text or "整" in text else ()):
            names = _names(m.group(2))
            editors.extend(names)
            credits.extend((n, m.group(1)) for n in names)
        if "编" in text and (m := _LATIN_EDITOR.search(text)):
            editors.append(m.group(2))
            credits.append((m.group(2), m.group(1)))
        for m in filter(at_edge, at_start_or_after(*_COMPILER, text) if "整理" in text or "编译" in text else ()):
            names = _names(m.group(1))
            editors.extend(names)
            credits.extend((n, None) for n in names)
    for rest in rests:  # （姚某 上海报道） after a paragraph: a byline form nothing else prints
        for m in _REPORTED_FROM.finditer(rest) if "报道" in rest else ():
            names = [n for n in _names(m.group(1)) if n[:1] in surnames() or n[:2] in surnames()]
            authors.extend(names)
            credits.extend((n, None) for n in names)
    # …举行。（张小峰）: the writer signs off, on the last line or on a line of its own right after it
    # that the cleaner took for the footer; or a few lines up, where a widget's lines the cleaner
    # kept close the text (已收藏! 您可通过…查看所有收藏过的文章)
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i] is kept[-1]), len(lines)) if kept else len(lines)
    after = [ln for ln in lines[last + 1:] if ln.kind != "blank"][:2]
    signed = rests[-_SIGN_OFF_LINES:]
    signed += [ln.text.strip() for ln in after if _BRACKET_ALONE.match(ln.text)][:1]
    if m := next(filter(None, (_SIGNED.search(t) for t in reversed(signed))), None):
        names = _names(m.group(1))
        if names and names[0][:1] in surnames() and names[0] not in editors:
            authors.extend(names)
            credits.extend((n, None) for n in names)
    for ln in lines:  # …。 来源: 赵明远 closing the text: the slot names the writer, not an outlet
        if "来源" in ln.text and (m := _SOURCE_NAMES_WRITER.search(ln.text[-30:])) and _writer_named(m.group(1)):
            authors.append(m.group(1))
            credits.append((m.group(1), None))
    return _unique(authors), _unique(editors), _unique(credits)


_SIGN_OFF_LINES = 5  # the last lines of the text where a writer's sign-off is looked for
_SOURCE_NAMES_WRITER = LazyPattern(r"(?:^|[\s。！？”])(?:文章|本文)?来源\s*[:：]\s*([\u4e00-\u9fff]{2,3})[\s|｜]*$")


def _article_headings(kept: list[Line]) -> list[tuple[int, Line, list[str]]]:
    """(index, heading line, signed authors) of each heading that opens a body of its own.

    A heading counts when a real paragraph follows before the next heading: a column heading
    directly above an article's headline (# 专栏 / ## 标题) does not. A short title line followed
    by a signature line (姓名（职务）) counts as a heading too.
    """
    found = []
    for i, ln in enumerate(kept):
        text = ln.rest()
        heading = ln.kind == "heading"
        if not heading and (len(text) > 40 or text[-1] in _SENTENCE_END):
            continue  # no title line, whatever follows it: the next line's signature is not read
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        signature = _SIGNATURE.match(nxt.rest()) if nxt is not None else None
        if not (heading or signature):
            continue
        body = []
        for follower in kept[i + 1:i + 5]:
            if follower.kind == "heading":
                break
            body.append(follower)
        if any(len(b.rest()) >= _MIN_BODY_LINE for b in body):
            found.append((i, ln, [signature.group(1)] if signature else []))
    return found


def _find_articles(lines: list[Line], text: str, title: str | None) -> list[ArticleInfo]:
    """Articles on the page: each heading (or title line with a signature) that has a body."""
    starts = [(ln.out_start, ln.rest(), authors) for _, ln, authors in _article_headings([ln for ln in lines if ln.kept])]
    if len(starts) <= 1:
        authors = starts[0][2] if starts else []
        return [ArticleInfo(title, 0, len(text), authors)]
    starts[0] = (0, starts[0][1], starts[0][2])
    return [ArticleInfo(t, s, starts[i + 1][0] if i + 1 < len(starts) else len(text), a)
            for i, (s, t, a) in enumerate(starts)]
