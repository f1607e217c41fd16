"""HTML to plain text, one paragraph a line: trafilatura for whole pages, a fast lxml walk for fragments.

Corpus items carry their body as a small HTML fragment (``<p>…</p><p>…</p>``); trafilatura is
too slow for tens of thousands of those and drops short texts as boilerplate, so fragments
never go through it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from neican.errors import InputError
from neican.ingest.htmlmeta import read_cms_properties, read_meta_tags, split_authors

from ..dates import DATETIME, parse_datetime
from ..patterns import LazyPattern, cached_compile
from ..resources.loader import surnames

# Elements whose boundaries end a line of text.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd td th tr table tbody thead tfoot caption blockquote pre "
    "section article main aside header footer nav figure figcaption center form fieldset legend address "
    "hr br body html option".split()
)
# Elements whose text is never content.
SKIP_TAGS = frozenset("script style noscript template head title iframe object embed svg math select button".split())
# Page chrome dropped by the lxml fallback (trafilatura has its own rules).
CHROME_TAGS = SKIP_TAGS | frozenset("nav header footer aside form".split())

_PAGE_MARKERS = cached_compile(r"<(?:!doctype|html|head|body)\b", re.IGNORECASE)
_ANY_TAG = LazyPattern(
    r"</?(?:p|div|br|span|a|img|h[1-6]|ul|ol|li|table|tr|td|strong|b|em|i|font|section|article|html|body)\b[^<>]*>",
    re.IGNORECASE,
)
_XML_DECLARATION = cached_compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_SPACES = cached_compile(r"\s+")


@dataclass
class HtmlText:
    """Text extracted from HTML (one paragraph a line), what the page said about itself, and warnings."""

    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def is_fragment(html: str) -> bool:
    """True for a piece of HTML (``<p>a</p><p>b</p>``) rather than a page with ``<html>``/``<body>``."""
    return _PAGE_MARKERS.search(html) is None


# A saved page in a cache's wrapper: <text id="URL" title="HEADLINE_SITE" encoding="gb2312"> and the
# page's body markup (nav, divs, tables) with no <html>, <head> or <body> of its own, as web-content
# extraction corpora store pages (shared/data/html/cwce). sniff.py reads its encoding.
_CACHED_PAGE = LazyPattern(r"\A\s*<text\b([^<>]*)>", re.IGNORECASE)
_WRAPPER_ATTRIBUTE = LazyPattern(r"""\b(id|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE)
_BLOCK_MARKUP = LazyPattern(r"<(?:div|table|p|td|h[1-6])\b", re.IGNORECASE)


def unwrapped_page(html: str) -> str | None:
    """The page a cache's wrapper stands for, as HTML of its own: the wrapper's title attribute as
    the page's <title> and its id, where a URL, as the page's address; None for anything else.

    A wrapped page is a whole page that lost its <head>: read as a fragment, it would keep every
    menu and give no title, time or outlet; read as a page, it gets trafilatura and the <title>.

    Example: ``unwrapped_page('<text id="http://a.cn/1.html" title="标题_某网"><div>正文</div></text>')``
    -> ``'<html><head><title>标题_某网</title><link rel="canonical" href="http://a.cn/1.html"></head><body><div>正文</div></body></html>'``
    """
    wrapper = _CACHED_PAGE.match(html)
    if wrapper is None or _PAGE_MARKERS.search(html) is not None or _BLOCK_MARKUP.search(html, wrapper.end()) is None:
        return None
    attributes = {m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
                  for m in _WRAPPER_ATTRIBUTE.finditer(wrapper.group(1))}
    head = ""
    if title := (attributes.get("title") or "").strip():
        head += f"<title>{_escape(title)}</title>"
    if (address := (attributes.get("id") or "").strip()).startswith(("http://", "https://")):
        head += f'<link rel="canonical" href="{_escape(address)}">'
    body = html[wrapper.end():]
    body = body[:body.lower().rfind("</text>")] if "</text>" in body.lower() else body
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _escape(value: str) -> str:
    # an attribute's value is markup already (its &amp; stays): only what would end the element
    return value.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def looks_like_html(text: str) -> bool:
    """True when ``text`` contains HTML markup (a ``content`` field may hold either)."""
    return _ANY_TAG.search(text, 0, 10_000) is not None


def html_to_text(html: str, fragment: bool | None = None, extractor: str = "trafilatura") -> HtmlText:
    """Extract the text of a page or fragment; raises :class:`InputError` (``empty``, ``bad_html``) when none.

    ``fragment`` None means: decide with :func:`is_fragment`. ``extractor`` is
    ``Options.html_extractor``: "trafilatura", or anything else for plain block text of pages.

    Example: ``html_to_text("<p>第一段</p><p>第二段</p>").text`` -> ``"第一段\\n第二段"``
    """
    if fragment is None and (page := unwrapped_page(html)) is not None:
        html, fragment = page, False
    if fragment is None:
        fragment = is_fragment(html)
    result = HtmlText(fragment_text(html)) if fragment else page_text(html, extractor)
    if result.text:
        return result
    root = None if fragment else parse_html(html)
    if fragment or root is None or not block_text(root, SKIP_TAGS):
        raise InputError("", "empty", "the HTML holds no text")
    raise InputError("", "bad_html", "no text could be extracted")


def fragment_text(html: str) -> str:
    """Text of each block element of an HTML fragment, one a line, whitespace collapsed."""
    root = parse_html(html)
    return block_text(root, SKIP_TAGS) if root is not None else ""


def page_text(html: str, extractor: str = "trafilatura") -> HtmlText:
    """Main text and metadata of a whole page: trafilatura first, then block text of the page minus its chrome."""
    root = parse_html(html)
    tag_meta = {**read_cms_properties(html), **(read_meta_tags(root) if root is not None else {})}
    warnings: list[str] = []
    text, meta = "", {}
    if extractor == "trafilatura":
        try:
            text, meta = _trafilatura_text(html)
        except Exception as exc:  # noqa: BLE001 - a third-party extractor must not stop the batch
            warnings.append(f"html: trafilatura failed ({type(exc).__name__}: {exc}); used plain block text")
    if not text and root is not None:
        text = block_text(root, CHROME_TAGS)
        if text and not warnings and extractor == "trafilatura":
            warnings.append("html: no main content found; kept all block text")
    elif root is not None and len(_HANZI.findall(text)) < _SHORT_MAIN:
        # the extractor kept a menu and lost the article (one page in dev2): the page's own block
        # text, far longer in prose, is the better reading; cleaning removes its furniture
        blocks = block_text(root, CHROME_TAGS)
        if len(_HANZI.findall(blocks)) >= 3 * max(1, len(_HANZI.findall(text))) + _SHORT_MAIN:
            text = blocks
            warnings.append("html: main content too short; kept all block text")
    merged = merge_meta(meta, tag_meta)
    if root is not None and (headline := _linked_headline(root, merged.get("title"), tag_meta.get("page_title"))):
        merged["title"] = headline
    elif root is not None and (headline := _printed_headline(root, merged.get("title"), tag_meta.get("page_title"))):
        merged["title"] = headline
    # the source under the headline is read on every page (a meta tag may be stale), so the page's
    # block text is always walked
    page = block_text(root, SKIP_TAGS) if root is not None else ""
    if page:
        # A time printed under the headline beats trafilatura's date, which is often a guess
        # from the URL or the copyright year (2005-01-01), and a meta tag's of another day: portal
        # templates leave it stale (PubDate 2021-03-02 over 发布时间：2024-06-18), as they do the source
        tagged = tag_meta.get("published")
        printed = printed_datetime(page, merged.get("title"), under_headline=bool(tagged))
        if printed and (not tagged or printed[:10] != (parse_datetime(tagged) or "")[:10]):
            merged["published"] = printed
    if page and (source := printed_source(page, merged.get("title"))):
        # 2020-01-02 10:20:30 来源：某某报 under the headline: what the reader is shown beats a
        # template's meta tag, which portals leave stale or fill with a platform label
        merged["source"] = source
    elif page and "source" not in merged and (source := closing_source(page, merged.get("title"))):
        merged["source"] = source  # 来源：某某报 in the block after the text, where nothing above names one
    if page and (editors := printed_editors(page)):
        merged["editors"] = editors  # 责任编辑：X in the page's furniture, which the text leaves out
    if page and (writers := printed_writers(page, merged.get("title"))):
        merged["printed_authors"] = writers  # 作者：X in the info line, which extractors drop with the line
    if page_title := tag_meta.get("page_title"):
        merged["page_title"] = page_title  # the <title>, whose last part names the site
    if (account := platform_account(html)) is not None:
        merged["source"] = account  # a WeChat or 澎湃号 account's post: the account is the outlet, not the platform
    if not merged.get("sitename") and "社出版" in html and (imprint := _IMPRINT.search(html)):
        merged["sitename"] = imprint.group(1)  # an e-paper's imprint: 某某日报社出版 | 国内统一刊号
    if "authors" in merged:
        # the page's author field, as opposed to a record's own: an author only where printed
        merged["page_authors"] = merged.pop("authors")
    return HtmlText(text, merged, warnings)


# Self-media platforms print the account a post comes from in their own markup: WeChat's account
# name (id="js_name"), a platform channel's breadcrumb (澎湃号 > 某某发布)
_ACCOUNT = (
    LazyPattern(r'id="js_name"[^>]*>\s*([^<>\s][^<>]{0,29}?)\s*<'),
    # a 百家号 post: the account's name above the time (class="author-name"), the page marked bjh
    LazyPattern(r'class="author-name"[^>]*>\s*([^<>\s][^<>]{0,29}?)\s*<(?=[\s\S]{0,600}?article-source-bjh)'),
    # a 头条号 post: the account in the page's state (mediaInfo: {…, name: '某某'})
    LazyPattern(r"mediaInfo:\s*\{[^{}]{0,200}?\bname:\s*'([^'\n]{2,30})'"),
    LazyPattern(r"(?:澎湃号|百家号|头条号|企鹅号|网易号|搜狐号|大风号|一点号)\s*</a>\s*(?:&gt;|>|›)\s*<a[^>]*>\s*([^<>]{2,20}?)\s*</a>"),
)


def _linked_headline(root: etree._Element, title: str | None, page_title: str | None) -> str | None:
    """The page's <title> where the extractor's headline is the text of a link (a sidebar's list
    of recent articles, <h3><a>Other story</a></h3>) and the <title> names another story: a
    page's own headline is not a link away from it."""
    if not title or not page_title or page_title.startswith(title[:8]):
        return None
    for link in root.iter("a"):
        if " ".join("".join(link.itertext()).split()) == title:
            return page_title
    return None


_TITLE_PARTS = LazyPattern(r"\s+[-—|｜]\s+|\s*[_|｜]\s*")


def _printed_headline(root: etree._Element, title: str | None, page_title: str | None) -> str | None:
    """The page's <h1> where it is the headline its <title> opens with and the extractor took
    something else: another part of the <title> (a column's name: 法国报纸摘要 of 某某会面 - 法国报纸
    摘要, or og:title with the parts the other way round) or the headline cut short (a meta tag's
    content ends at the headline's own ASCII quote)."""
    if not title or not page_title:
        return None
    h1 = next((" ".join("".join(e.itertext()).split()) for e in root.iter("h1")), "")
    opening, *others = _TITLE_PARTS.split(page_title.strip())
    if len(h1) < 4 or h1 == title or h1 != opening:
        return None
    if h1.startswith(title) or title in others or h1 in _TITLE_PARTS.split(title)[1:]:
        return h1  # cut short; the <title>'s other part; og:title's parts in the other order
    return None


def platform_account(html: str) -> str | None:
    """The account a self-media post comes from, where the platform's markup names it."""
    if "js_name" not in html and "号</a>" not in html and "article-source-bjh" not in html and "mediaInfo" not in html:
        return None
    for pattern in _ACCOUNT:
        if m := pattern.search(html):
            return m.group(1).strip()
    return None


# A newspaper's imprint in its e-paper's footer names the paper: X报社出版
_IMPRINT = LazyPattern(r"([\u4e00-\u9fff]{2,10}?(?:日报|晚报|报))社出版")
_EDITOR_LABELS = ("责任编辑", "責任編輯", "责编", "責編", "校对", "校對")
# the names end where the credit does: not before a colon (责任编辑：⏎某某警方：… is an empty credit
# above the next item's heading)
_EDITOR_LABEL = LazyPattern(rf"(?:{'|'.join(_EDITOR_LABELS)})\s*[:：]\s*[\u4e00-\u9fff·]{{2,8}}(?:[、，,]\s*[\u4e00-\u9fff·]{{2,8}})*"
                           r"(?![\u4e00-\u9fff·]|\s*[:：])")


def printed_editors(page: str) -> list[str]:
    """Credits 责任编辑：X / (责编：X、Y) anywhere on the page, label and names as printed: the label
    says what they are."""
    return list(dict.fromkeys(m.group() for m in _EDITOR_LABEL.finditer(page)))


# The writer printed in the line under a headline, label and name: 作者：X, 作者:X, 文/X (the
# name ends at a space, the line's end or a bar; 作者：X 来源：Y, 2015-11-05 阅读：8169 作者:X)
_PRINTED_WRITER = LazyPattern(r"(?:作者|撰文|(?<![\u4e00-\u9fff])文)\s*[:：/|｜]\s*[\u4e00-\u9fff·]{2,8}(?=[ \t\u3000]|$|[|｜])", re.M)


def printed_writers(page: str, title: str | None) -> list[str]:
    """Writer credits (作者：X) in the few lines under the headline, label and name as printed:
    the byline a page's info line prints, which extractors leave out with the line."""
    start = _headline_found(page, title)
    if start < 0:
        return []  # no headline found: the window would be the page's top, its navigation
    return list(dict.fromkeys(m.group() for m in _PRINTED_WRITER.finditer(page, start, start + 300)))


# The outlet printed in the line under a headline: 来源：X, or 《X》 right after the time
_PRINTED_SOURCE = LazyPattern(r"(?<!图片)(?<!资料)(?<!数据)(?<!视频)(?:来源|稿源|文章来源|來源)\s*[:：]\s*[《\[]?\s*([^\s:：|《》\[\]<>]{2,20}?)\s*[》\]]?(?=\s|$|[|｜])")
_OUTLET_AFTER_TIME = LazyPattern(r"\d{1,2}:\d{2}(?::\d{2})?\s*《([^《》\s]{2,16})》")
# an outlet alone after the time of the info line (2022-02-13 09:57 某某网), up to the line's end
# or the page's buttons: unlabelled, so it must read as an outlet's name
_BARE_OUTLET_AFTER_TIME = LazyPattern(r"\d{1,2}:\d{2}(?::\d{2})?[ \t]+([\u4e00-\u9fffA-Za-z0-9·—-]{2,16})"
                                     r"(?=[ \t]*(?:\n|$|举报|分享|字号|收藏|我有话说|评论|打印))")
# an outlet alone before the time of the info line (原创 某某都市报 2019-09-09 16:01:46): it must
# read as an outlet's name too
_BARE_OUTLET_BEFORE_TIME = LazyPattern(r"(?:^|(?<=[ \t]))([\u4e00-\u9fffA-Za-z0-9·]{2,16})[ \t]+"
                                      r"(?=\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t]+\d{1,2}:\d{2})", re.M)
_OUTLET_NAME = LazyPattern(r"(?:日报|晚报|报|通讯社|社|网|台|刊|客户端|新闻|消息|在线|之声|发布|杂志|讯)$")  # 讯: 商讯, 快讯
# a reprinted WeChat post's header line: 原创： 作者 公众号 (the account published the copy)
_ACCOUNT_LINE = LazyPattern(r"^原创\s*[:：]?\s*(\S{2,12})\s+(\S{2,16})\s*$", re.M)
# a 来源 slot that says the copy is reprinted or gathered without naming from where (来源：转载文章):
# the outlet, if any, is named elsewhere (转自《某某报》 after the text)
_UNNAMED_SOURCE = LazyPattern(r"(?:转载|转帖|網絡|网络|互联网|综合|整理)(?:文章|稿件)?$")
# a self-media platform's label in the source slot names the platform, not the account that posted
_PLATFORM_LABEL = LazyPattern(r"自媒体|澎湃号|百家号|头条号|企鹅号|网易号|搜狐号|大风号|一点号|公众号|公众平台")


def printed_source(page: str, title: str | None) -> str | None:
    """The outlet a page prints in the few lines under its headline (来源：某某报, 《某某周刊》 or
    某某网 alone right after the time, a reprinted post's account): the copy's source. The one
    nearest the headline wins; a self-media platform's label is passed over for the account."""
    start = _headline_at(page, title)
    window = page[start:start + 300]
    found = [m for m in _PRINTED_SOURCE.finditer(window)] + [m for m in _OUTLET_AFTER_TIME.finditer(window)]
    found += [m for pattern in (_BARE_OUTLET_AFTER_TIME, _BARE_OUTLET_BEFORE_TIME)
              for m in pattern.finditer(window) if _OUTLET_NAME.search(m.group(1))]
    found += [m for m in _ACCOUNT_LINE.finditer(window, 0, 200) if not _PLATFORM_LABEL.search(m.group(2))]
    for m in sorted(found, key=lambda m: m.start()):
        name = m.group(m.lastindex)
        if not _PLATFORM_LABEL.search(name) and not person_like(name) and not _UNNAMED_SOURCE.match(name):
            return name
    return None


def person_like(name: str) -> bool:
    """Whether a name in a 来源 slot reads as a person's (来源：赵明远 signs the writer), not an outlet's."""
    return (2 <= len(name) <= 3 and all("\u4e00" <= c <= "\u9fff" for c in name)
            and (name[0] in surnames() or name[:2] in surnames()) and not _OUTLET_NAME.search(name))


# 来源：X after the article (版权声明 来源：某某报 时间：…, 本文来源：某某网): a label opening a line
# or following a space or 本文/文章; not 图片来源, 资料来源, 数据来源 (a picture's or a figure's)
_CLOSING_SOURCE = LazyPattern(r"(?:^|[ \t]|本文|文章|稿件|新闻)(?:来源|來源)\s*[:：]\s*([\u4e00-\u9fffA-Za-z0-9]{2,16}?)"
                             r"(?=[ \t]|$|[|｜)）]|(?:时间|作者|编辑|责任编辑)[:：])"
                             # a reprint's credit after the text: 转自《某某报》
                             r"|(?:转自|转载自|轉自)\s*《([^《》\s]{2,16})》", re.M)


def closing_source(page: str, title: str | None) -> str | None:
    """The outlet a 来源 label (or a reprint's 转自《…》) names after the text, where none is printed under the headline:
    the first after the headline that reads as an outlet (not a person: 来源：赵明远 signs the
    writer)."""
    start = _headline_at(page, title)
    for m in _CLOSING_SOURCE.finditer(page, start):
        name = m.group(m.lastindex)
        if _OUTLET_NAME.search(name) and not _PLATFORM_LABEL.search(name):
            return name
    return None


_UNDER_HEADLINE = 200  # characters: the headline, a deck and the info line (时间, 来源, 作者, 浏览次数)


def _headline_at(page: str, title: str | None) -> int:
    """Where the headline stands on the page (0 where it cannot be found)."""
    return max(0, _headline_found(page, title))


def _headline_found(page: str, title: str | None) -> int:
    """Where the headline stands on the page, -1 where it cannot be found."""
    head = (title or "").strip()[:10]
    return page.find(head) if len(head) >= 4 else -1


def printed_datetime(page: str, title: str | None, under_headline: bool = False) -> str | None:
    """The publication time printed on the page: the first date-time with a clock time after the
    headline (within a few lines), else the first one on the page; ``under_headline``: only one
    in the lines under a headline found on the page (what a reader takes for the article's own)."""
    start = _headline_found(page, title)
    if under_headline:
        windows = [page[start:start + _UNDER_HEADLINE]] if start >= 0 else []
    else:
        start = max(0, start)
        windows = [page[start:start + 800], page]
    for window in windows:
        for m in DATETIME.finditer(window):
            if m.group(4) is not None:
                return parse_datetime(m.group(0))
    return None


def _trafilatura_text(html: str) -> tuple[str, dict[str, Any]]:
    from trafilatura import bare_extraction  # imported late: it takes a second to load

    document = bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_recall=True,
        output_format="python",
    )
    if document is None:
        return "", {}
    text = _tidy_lines((document.text or "").split("\n"))
    meta: dict[str, Any] = {}
    for key, value in (
        ("title", document.title),
        ("published", None if _new_year_guess(document.date, html) else document.date),
        ("sitename", document.sitename),
        ("url", document.url),
    ):
        if value:
            meta[key] = value.strip()
    if document.author:
        meta["authors"] = split_authors(document.author)
    return text, meta


def _new_year_guess(date: str | None, html: str) -> bool:
    """Whether trafilatura's date is 1 January of a year the page prints nowhere as that day: its
    guess from a bare year (a copyright line, 《北京之春》1996年3月号), not a publication date."""
    if not date or not date.endswith("-01-01"):
        return False
    year = date[:4]
    return not re.search(rf"{year}\s*(?:[-/.]\s*0?1\s*[-/.]\s*0?1|年\s*0?1\s*月\s*0?1\s*日)", html)


_HANZI = LazyPattern(r"[\u4e00-\u9fff]")
_SHORT_MAIN = 100  # characters of prose below which an extracted main text is suspect
_SITE_LIKE = LazyPattern(r"(?:网站|门户网站|首页|主页)$")
_TAG = LazyPattern(r"<[^>]{0,200}>")
_HEADLINE_REST = LazyPattern(r"\s*[|｜]\s*[^_|｜]*[，！？“”][^_|｜]*$")


def merge_meta(extracted: dict[str, Any], from_tags: dict[str, Any]) -> dict[str, Any]:
    """trafilatura's metadata, completed from meta tags.

    A meta-tag time that starts with trafilatura's bare date is kept instead: it has the hour.
    """
    merged = dict(extracted)
    from_tags = dict(from_tags)
    page_title = from_tags.pop("page_title", None)
    tag_title = _TAG.sub("", from_tags.pop("title", "") or "").strip()  # ArticleTitle may hold markup
    title = merged.get("title")
    if title and page_title and page_title.endswith(title) and len(page_title) >= len(title) + 4:
        # the logo was the page's <h1> (某某江网): the <title> holds the headline, then the site name
        merged["title"] = page_title[:-len(title)].strip(" _-|｜—")
    elif title and page_title and page_title.startswith(title) and _HEADLINE_REST.match(page_title, len(title)):
        # trafilatura kept the column of a two-part headline (工作周记 | 稳中求进，“开门红”…): the part
        # after the bar holds a sentence's punctuation, which no site name does
        merged["title"] = page_title
    elif not merged.get("title") or _SITE_LIKE.search(merged["title"]):
        # trafilatura read the site's name (山西省人民政府网站): og:title or ArticleTitle, else <title>
        if tag_title or page_title:
            merged["title"] = tag_title or page_title
    for key, value in from_tags.items():
        current = merged.get(key)
        if not current:
            merged[key] = value
        elif key == "published" and isinstance(value, str) and len(value) > len(current) and value.startswith(current):
            merged[key] = value
    return merged


def parse_html(html: str) -> etree._Element | None:
    """Parse HTML leniently (unclosed tags, stray ``</P>``); None when there is nothing to parse."""
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    if not html.strip():
        return None
    parser = etree.HTMLParser(huge_tree=True, remove_comments=True, remove_pis=True, no_network=True)
    try:
        root = etree.fromstring(html, parser)
    except (etree.ParserError, ValueError):
        return None
    if root is not None and (later := list(root.itersiblings())):
        # a second <html> after the first (a template pasted twice): its body is part of the page
        for element in later:
            root.append(element)
    return root


def block_text(root: etree._Element, skip: frozenset[str]) -> str:
    """Walk the tree once: block boundaries and ``<br>`` break lines; ``skip`` subtrees are dropped.

    A newline inside a text node is only whitespace in HTML, so it joins the line, except in ``<pre>``.
    """
    pieces: list[str] = []
    in_pre = 0
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction left in
            if event == "end" and element.tail:
                pieces.append(element.tail if in_pre else element.tail.replace("\n", " "))
            continue
        tag = tag.lower()
        if event == "start":
            if tag in skip:
                walker.skip_subtree()
                continue
            in_pre += tag == "pre"
            if tag in BLOCK_TAGS:
                pieces.append("\n")
            if element.text:
                pieces.append(element.text if in_pre else element.text.replace("\n", " "))
        else:
            in_pre -= tag == "pre"
            if tag in BLOCK_TAGS:
                pieces.append("\n")
            if element.tail and element is not root:
                pieces.append(element.tail if in_pre else element.tail.replace("\n", " "))
    return _tidy_lines("".join(pieces).split("\n"))


def _tidy_lines(lines: list[str]) -> str:
    """Collapse whitespace inside each line and drop empty lines."""
    out = []
    for line in lines:
        line = _SPACES.sub(" ", line).strip()
        if line:
            out.append(line)
    return "\n".join(out)
