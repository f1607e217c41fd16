"""Page metadata from ``<meta>`` tags, including the names Chinese news sites use (PubDate, ContentSource…).

trafilatura reads the generic ones; these tables fill what it misses, and keep the exact
publication time where trafilatura only keeps the day.
"""
from __future__ import annotations

import re
from typing import Any

from lxml import etree

from ..patterns import LazyPattern

# meta key -> tag names (lower-case, in order of trust). Names come from the gne and cwce pages.
META_TAGS: dict[str, tuple[str, ...]] = {
    "published": (
        "article:published_time",
        "publishdate",
        "pubdate",
        "publish_time",
        "publishtime",
        "firstpublishedtime",
        "og:release_date",
        "og:time",
        "apub:time",
        "datepublished",
        "dc.date",
        "prism.publicationdate",
        "citation_date",
    ),
    "source": ("source", "contentsource", "mediaid", "dc.source", "citation_publisher", "dc.publisher"),
    "authors": ("author", "article:author", "og:article:author", "citation_authors", "dc.creator"),
    "sitename": ("og:site_name", "sitename", "site_name"),
    "title": ("og:title", "articletitle"),
}

# "来源：人民网" -> "人民网": sites often repeat the label inside the value.
_LABEL = LazyPattern(
    r"^\s*(?:来源|來源|信息来源|作者|发布时间|發佈時間|发布日期|时间|source|author)\s*[:：]\s*", re.IGNORECASE
)
_AUTHOR_SEPARATORS = LazyPattern(r"\s*[,，;；、/|｜]\s*|\s+(?:and|和|与)\s+")
_CJK_NAME = LazyPattern(r"^[\u3400-\u9fff·•]+$")


def read_meta_tags(root: etree._Element) -> dict[str, Any]:
    """Collect ``published``, ``source``, ``authors``, ``sitename`` and ``title`` from meta tags.

    Example: ``<meta name="PubDate" content="2016-11-22 09:53">`` -> ``{"published": "2016-11-22 09:53"}``
    """
    found: dict[str, str] = {}
    for tag in root.iter("meta"):
        name = tag.get("name") or tag.get("property") or tag.get("itemprop") or ""
        content = (tag.get("content") or "").strip()
        if name and content:
            found.setdefault(name.strip().lower(), content)  # "og:time " has a stray space on ifeng
    meta: dict[str, Any] = {}
    for key, names in META_TAGS.items():
        value = next((found[n] for n in names if n in found), None)
        if value is None:
            continue
        value = strip_label(value)
        if not value:
            continue
        meta[key] = split_authors(value) if key == "authors" else value
    title = root.findtext(".//title")
    if title and title.strip():
        meta["page_title"] = " ".join(title.split())  # the <title>, site name and all
    return meta


# Founder (方正) publishing systems, behind many party papers' e-paper and government sites, print
# an article's properties in a comment: <!--enpproperty <date>2022-02-13 00:00:00:0</date>
# <author>X</author><title>…</title>…/enpproperty-->
_ENP_PROPERTIES = LazyPattern(r"<!--\s*enpproperty(.*?)/?enpproperty\s*-->", re.S)
_ENP_FIELD = LazyPattern(r"<(date|author)>([^<]*)</\1>")
_MIDNIGHT = LazyPattern(r"[ T]00:00:00(?:[.:]\d+)?$")
_SECOND_FRACTION = LazyPattern(r"(\d{2}:\d{2}:\d{2})[.:]\d+$")  # 16:26:07.0, 00:00:00:0


def read_cms_properties(html: str) -> dict[str, Any]:
    """``published`` and ``authors`` from a Founder CMS property comment, where the page has one."""
    found = _ENP_PROPERTIES.search(html) if "enpproperty" in html else None
    meta: dict[str, Any] = {}
    for key, value in _ENP_FIELD.findall(found.group(1)) if found else ():
        value = value.strip()
        if key == "date" and value:
            # an issue date is stored at midnight: the day is known, the hour is not
            meta["published"] = _MIDNIGHT.sub("", _SECOND_FRACTION.sub(r"\1", value))
        elif key == "author" and value:
            meta["authors"] = split_authors(value)
    return meta


def strip_label(value: str) -> str:
    """Drop a leading label such as ``来源：`` that a site put inside the value."""
    return _LABEL.sub("", value).strip()


def split_authors(value: str) -> list[str]:
    """Split an author string on the separators Chinese sites use: ``张三、李四`` -> ``["张三", "李四"]``.

    Spaces separate only Chinese names of two or more characters each, so ``John Smith`` and
    ``王　芳`` (a two-character name padded to align with three-character ones) stay one author.
    """
    names: list[str] = []
    for part in _AUTHOR_SEPARATORS.split(strip_label(value)):
        part = part.strip()
        if not part:
            continue
        words = part.split()
        if len(words) > 1 and all(len(w) > 1 and _CJK_NAME.match(w) for w in words):
            names.extend(words)
        else:
            names.append(part)
    return list(dict.fromkeys(names))
