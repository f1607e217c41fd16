"""Line classification: which lines of a page are content, headings, metadata or furniture.

Works on simplified text, so the rules in resources/boilerplate.toml need one script only.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise

from ..patterns import LazyPattern, cached_compile
from ..resources.loader import BoilerplateRules, boilerplate_rules

_STRIP = " \t\r\f\v\u3000\xa0\u200b\ufeff"
_HEADING = cached_compile(r"^(#{1,6})\s+")
# Header lines that carry metadata rather than content (removed from the text, read by meta).
# the labels of a byline or a credit line (作者：, 责任编辑：, 记者｜X as 记者：X)
_CREDIT_LABELS = "作者|撰稿|编辑|责编|责任编辑|值班编辑|编审|审核|审校|校对|记者|通讯员|实习生"
_LABEL_OPENING = r"^[(（【\[]?\s*"
_LABEL_MARK = r"\s*[:：|｜]"
_META_LABEL = cached_compile(
    rf"{_LABEL_OPENING}(来源|来源于|稿源|{_CREDIT_LABELS}|整理|"
    rf"发布时间|发布日期|发表时间|更新时间|时间|日期|供稿|摄影|出处|文章来源|信息来源){_LABEL_MARK}")
_ORIGINAL_TITLE = cached_compile(r"^(?:[-·•]\s*)?[(（]?\s*(?:本文)?原标题\s*[:：]")  # - 原标题：… in a list of credits
_DATETIME = cached_compile(r"(19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}")
_DATE = cached_compile(r"(19|20)\d\d\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")
_LABEL_ANYWHERE = LazyPattern(r"(来源|作者|编辑|责编|记者|发布)\s*[:：]")
# an outlet and its date, nothing else, on a line of its own under a headline (省政府网 2024-07-09,
# 2024年7月9日 某某日报): the kind of word an outlet's name ends in tells it from a dated sentence
_OUTLET_NAME = r"[\u4e00-\u9fffA-Za-z]{1,14}(?:报|网|社|台|客户端|新闻|在线|频道|政府|发布)"
_DATE_ONLY = _DATE.pattern + r"\s*日?"
_OUTLET_AND_DATE = LazyPattern(rf"^(?:{_OUTLET_NAME}[\s|｜]*{_DATE_ONLY}|{_DATE_ONLY}[\s|｜]*{_OUTLET_NAME})$")
_SENTENCE_END = "。！？!?；;…"
_CAPTION_TWICE = cached_compile(r"^(.{4,}?)[ \t\u3000\xa0]+\1$")
_CAPTION_SPACES = " \t\u3000\xa0"  # the spaces of _CAPTION_TWICE
_MIN_GLUED = 8


@dataclass(slots=True)  # a page has many lines: slots make them cheaper to build and read
class Line:
    """One line of the input: its stripped extent, kind, and the pieces cut out of it."""

    start: int
    end: int
    text: str
    kind: str = "content"  # content, heading, metadata, furniture, blank
    reason: str | None = None
    cuts: list[tuple[int, int, str]] = field(default_factory=list)  # absolute, with reason
    caption: bool = False
    out_start: int = -1  # extent in the cleaned text, once assembled
    out_end: int = -1

    @property
    def kept(self) -> bool:
        return self.kind in ("content", "heading")

    def rest(self) -> str:
        """The line's text without its cuts."""
        if not self.cuts:
            return self.text
        out, pos = [], self.start
        for a, b, _ in sorted(self.cuts):
            out.append(self.text[pos - self.start:a - self.start])
            pos = max(pos, b)
        out.append(self.text[pos - self.start:])
        return "".join(out).strip(_STRIP)


def split_lines(text: str) -> list[Line]:
    """Lines with their stripped extents; blank lines kept (they mark paragraph breaks)."""
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lead = len(body) - len(body.lstrip(_STRIP))
        stripped = body.strip(_STRIP)
        start = pos + lead
        lines.append(Line(start, start + len(stripped), stripped, "content" if stripped else "blank"))
        pos += len(raw)
    return lines


def classify(lines: list[Line], rules: BoilerplateRules | None = None) -> list[Line]:
    """Set each line's kind and cuts in place; returns the same list. ``rules`` may be the
    rules restricted to the page (``boilerplate_rules().for_text(page)``)."""
    rules = rules or boilerplate_rules()
    previous: Line | None = None
    for line in lines:
        if line.kind == "blank":
            continue
        _classify_line(line, rules)
        # the same line printed twice in a row (a caption under and over a photo) survives once
        if line.kept and previous is not None and previous.kept and line.rest() == previous.rest() \
                and len(line.text) <= 200:
            line.kind, line.reason = "furniture", "duplicate"
        previous = line
    mark_related_list(lines)
    mark_tail_furniture(lines, rules)
    mark_after_credits(lines)
    return lines


# The credits that close an article (采写：某报记者 某某, 责任编辑：某某): what a page prints after them
# is the site's, not the article's
_CREDIT = cached_compile(rf"{_LABEL_OPENING}(?:{_CREDIT_LABELS}|采写|策划|统筹|监制){_LABEL_MARK}")


def mark_after_credits(lines: list[Line]) -> None:
    """Lines after the article's closing credits: headlines and teasers of other stories, each no
    longer than a teaser, together under a third of the article above the credits."""
    last = next((k for k in range(len(lines) - 1, -1, -1) if lines[k].kind in ("metadata", "content")
                 and _CREDIT.match(lines[k].text)), None)
    if last is not None:
        _mark_teasers(lines[last + 1:], _kept_chars(lines[:last]) / 3, "after_credits")


def _kept_chars(lines: list[Line]) -> int:
    return sum(len(ln.text) for ln in lines if ln.kept)


def _mark_teasers(lines: list[Line], limit: float, reason: str) -> None:
    """The kept lines of ``lines`` become furniture where each is no longer than a headline and its
    teaser and together they hold fewer than ``limit`` characters (a share of the article's)."""
    kept = [ln for ln in lines if ln.kept]
    if kept and all(len(ln.rest()) <= _RELATED_ITEM_MAX for ln in kept) and _kept_chars(kept) < limit:
        for line in kept:
            line.kind, line.reason = "furniture", reason


# A heading that opens a list of other stories after the article (您可能感兴趣的文章, 相关阅读)
_RELATED_HEADING = cached_compile(r"^[【\[]?(?:相关新闻|相关阅读|相关文章|相关链接|推荐阅读|热点推荐|延伸阅读|猜你喜欢|热门推荐|"
                                  r"更多精彩|精彩推荐|相关推荐|热门文章|编辑推荐|相关报道|其他报道|更多报道|热门评论|最新评论|网友评论|您?可能感兴趣的(?:文章|新闻|内容)?|"
                                  r"你可能感兴趣的(?:文章|新闻|内容)?)[】\]]?\s*[:：]?$")
_RELATED_ITEM_MAX = 250  # a headline and its teaser; a longer line is an article's paragraph


def mark_related_list(lines: list[Line]) -> None:
    """The other stories (or readers' comments) a heading opens after the article: the lines after
    each such heading, up to the next one, where each is a headline or a teaser (none longer than
    a teaser) and they are shorter than the article above the first heading."""
    headings = [k for k, line in enumerate(lines) if line.kind == "furniture"
                and _RELATED_HEADING.match((line.rest() or line.text).strip(_STRIP + "|"))]
    if not headings:
        return
    article = _kept_chars(lines[:headings[0]])
    for heading, end in zip(headings, [*headings[1:], len(lines)]):
        _mark_teasers(lines[heading + 1:end], article, "related")


def _is_header(rest: str) -> bool:
    """A header line of metadata: a label first, or a time (or a date and a label) on a short line."""
    if _META_LABEL.match(rest) and len(rest) <= 120:
        return True
    if len(rest) > 100 or rest[-1] in _SENTENCE_END:
        return False
    if _DATETIME.search(rest):
        return True
    return bool(_DATE.search(rest) and (_LABEL_ANYWHERE.search(rest) or (len(rest) <= 32 and _OUTLET_AND_DATE.match(rest))))


def _doubled(text: str) -> str | None:
    """The caption of a line that prints it twice, apart (图为… 图为…) or glued (图为…图为…)."""
    # X, spaces, X: the spaces hold the middle character (so a test of one character, not a search)
    if len(text) >= 9 and text[len(text) // 2] in _CAPTION_SPACES and (m := _CAPTION_TWICE.match(text)):
        return m.group(1)
    half = len(text) // 2
    if len(text) % 2 == 0 and half >= _MIN_GLUED and text[:half] == text[half:]:
        return text[:half]
    return None


# A row of a layout table as the HTML extractor prints it (| cell | cell |): old portals set the
# whole page in tables, so the article shares its rows with menus, link lists and empty spacer cells.
_CELL_BAR = cached_compile(r"(?<!\\)\|")  # a bar the extractor escaped (\|) is the cell's own text
_TABLE_RULE = cached_compile(r"^\|[\s|:-]*\|$")  # |---|---|
_CELL_PROSE_MIN = 60  # a cell this long, or with a full stop, is text rather than a link
_CELL_BULLETS = " ·•■□◆◇●○▪|"
_CELL_ITEMS = cached_compile(r"[·•■◆●▪]")  # items of a link list set in one cell
_MENU_SEPARATOR = r" [-|>»] "  # 首页 - 新闻, 财经 > 国内
_CELL_MENU = cached_compile(_MENU_SEPARATOR)
_CELL_NAV = cached_compile(rf"{_MENU_SEPARATOR}|^[■□◆◇●○▪·•【]|^\[[^\]]*[\u4e00-\u9fff]")  # and ■ 相关链接, [精华区]
_FIGURE = cached_compile(r"^[\d.,，%％‰:：/~～\-+－年月日万亿元个度倍]+$")
_HANZI_CHAR = cached_compile(r"[\u4e00-\u9fff]")
_HEADLINE_HANZI = 6  # a cell with this many characters of Chinese reads as a headline, not a table's term


def _is_prose_cell(cell: str) -> bool:
    if "。" in cell:
        return True
    if len(_CELL_ITEMS.findall(cell)) >= 3 or len(_CELL_MENU.findall(cell)) >= 3:
        return False  # a link list or a menu in one cell
    return len(cell) >= _CELL_PROSE_MIN or ("，" in cell and len(cell) >= 30)


def _is_term_cell(cell: str) -> bool:
    """A short term (刘某某, 获奖, [1], 2nd): a data table's value, never a link's headline."""
    return len(cell) <= 8 and len(_HANZI_CHAR.findall(cell)) <= 4 and not _CELL_NAV.search(cell)


def _table_row_cuts(line: Line) -> bool:
    """Cut a layout-table row down to its text: the bars and empty cells always, and the link cells
    beside a cell of prose. A row with no prose cell is furniture where it reads as links (a menu,
    a list of other stories, a section label): most of its cells headlines, or a menu's marks.
    A row with a figure or a date in a cell, or of short terms, is a data table and stays whole.
    Returns True when the line was classified here."""
    text = line.text
    if _TABLE_RULE.match(text):
        line.kind, line.reason = "furniture", "table_rule"
        return True
    bars = [m.start() for m in _CELL_BAR.finditer(text)]
    spans = [(a + 1, b) for a, b in pairwise(bars)]
    cells = ((span, text[span[0]:span[1]].strip(_STRIP)) for span in spans)
    filled = [(span, cell) for span, cell in cells if cell.strip(_CELL_BULLETS)]
    if not filled:
        line.kind, line.reason = "furniture", "empty_cells"
        return True
    if any(_FIGURE.match(cell) for _, cell in filled):
        return False  # a data table: its cells are the article's figures and dates
    prose = [span for span, cell in filled if _is_prose_cell(cell)]
    if not prose and len(filled) >= 2:
        linked = sum(1 for _, cell in filled if _CELL_NAV.search(cell) or len(_HANZI_CHAR.findall(cell)) >= _HEADLINE_HANZI)
        if any(_is_term_cell(cell) for _, cell in filled) or 2 * linked <= len(filled):
            return False  # short terms side by side: a data table's row or its head
        line.kind, line.reason = "furniture", "link_table"
        return True
    if not prose:
        lone = filled[0][1]
        if _CELL_NAV.search(lone) or len(_HANZI_CHAR.findall(lone)) < 2 * _HEADLINE_HANZI:
            line.kind, line.reason = "furniture", "link_table"
            return True
        prose = [filled[0][0]]  # one headline-like cell: the title or a heading set in a table
    pos = 0
    for a, b in prose:
        if a > pos:
            line.cuts.append((line.start + pos, line.start + a, "table_cells"))
        pos = b
    line.cuts.append((line.start + pos, line.end, "table_cells"))
    return False


def _classify_line(line: Line, rules: BoilerplateRules) -> None:
    if line.text[0] == "|" and line.text[-1] == "|" and len(line.text) > 1 and _table_row_cuts(line):
        return
    if rules.inline_may_match(line.text):
        for reason, pattern in rules.inline:
            for m in pattern.finditer(line.text):
                line.cuts.append((line.start + m.start(), line.start + m.end(), reason))
    rest = line.rest()
    if line.cuts and rules.everything is not None:
        rules = rules.everything  # characters that met across a cut may make what the page lacked
    if not rest:
        line.kind, line.reason = "furniture", line.cuts[0][2]
        return
    if "原标题" in rest and _ORIGINAL_TITLE.match(rest):  # the test first: most lines have none
        line.kind, line.reason = "metadata", "original_title"
        return
    header = _is_header(rest)
    for reason, pattern in rules.line if rules.line_rule_may_match(rest) else ():
        # a header line set out with | or counters (2024-01-22 | 来源：X) is metadata, not a menu
        if pattern.search(rest) and not (header and reason in ("navigation", "widget", "counter")):
            line.kind, line.reason = "furniture", reason
            return
    if header:
        line.kind, line.reason = "metadata", "header"
    elif line.text.startswith("#") and (m := _HEADING.match(line.text)):
        line.kind, line.reason = "heading", None
        line.cuts.append((line.start, line.start + m.end(), "markup"))
    elif len(rest) <= 300 and not line.cuts and (half := _doubled(rest)):
        line.caption = True
        line.cuts.append((line.start + len(half), line.end, "duplicate_caption"))


def footer_score(text: str, rules: BoilerplateRules) -> int:
    """How much a line reads like site furniture (copyright, about-the-site, app promotion)."""
    return 2 * sum(1 for w in rules.footer_strong if w in text) + sum(1 for w in rules.footer_weak if w in text)


def _is_soft(text: str) -> bool:
    """Short and sentence-less: a link, a menu entry, a promo label, a related headline."""
    return len(text) <= 40 and "。" not in text and not _byline_like(text) and not _CLOSING.match(text)


_BYLINE = LazyPattern(r"(记者|整理|编辑|责编|通讯员|报道|供图|摄)")
_CLOSING = LazyPattern(r"^[(（]\s*(完|终|全文完)\s*[)）]$")  # an article's closing mark is content


def _byline_like(text: str) -> bool:
    return text[:1] in "(（" and bool(_BYLINE.search(text))


def _strong_score(text: str, rules: BoilerplateRules) -> int:
    return sum(1 for w in rules.footer_strong if w in text)


def mark_tail_furniture(lines: list[Line], rules: BoilerplateRules) -> None:
    """Remove the block of furniture that closes a page: copyright notes, site blurbs, link lists.

    Walking up from the end, a line belongs to the block when it scores as footer, or is a short
    sentence-less line. A sentence needs a strong footer word (本网, 版权所有 …) to count: an
    article about copyright is full of weak ones. The block is accepted when it holds a
    footer line, three short lines, or a short line beside known furniture; weak lines that open
    the block are given back unless they read as a site blurb (two footer words, short).
    """
    block: list[tuple[Line, str]] = []
    for line in reversed(lines):
        if line.kind == "blank":
            continue
        if line.kind == "metadata":  # 责任编辑 and the like close an article: above is content
            break
        if line.kind == "furniture":
            block.append((line, "known"))
            continue
        text = line.rest()
        line_rules = rules.everything if line.cuts and rules.everything is not None else rules
        score = footer_score(text, line_rules)
        if score >= rules.footer_threshold and ("。" not in text or _strong_score(text, line_rules)):
            block.append((line, "hard"))
        elif _is_soft(text) or (line.kind == "heading" and len(text) <= 40):
            block.append((line, "soft"))
        elif score:
            block.append((line, "weak" if score < rules.footer_threshold else "blurb"))
        else:
            break
    while block and block[-1][1] == "weak":
        block.pop()
    grades = [g for _, g in block]
    short_blurb = any(g == "blurb" and len(ln.text) <= 120 for ln, g in block)
    if not ("hard" in grades or grades.count("soft") >= 3 or ("known" in grades and ("soft" in grades or short_blurb))):
        return
    kept_chars = sum(len(ln.text) for ln in lines if ln.kept)
    if 2 * sum(len(ln.text) for ln, _ in block if ln.kept) > kept_chars:
        # A footer never outweighs the article: keep only the unmistakable part of the block.
        first_doubt = next((i for i, (_, g) in enumerate(block) if g in ("weak", "blurb")), len(block))
        block = block[:first_doubt]
    for line, _ in block:
        if line.kept:
            line.kind, line.reason = "furniture", "footer"
