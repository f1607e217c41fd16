"""Loads packaged data files once, lazily, and validates them (errors name file and line)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import ResourceError


def _read_text(name: str) -> str:
    return resources.files("neican.resources").joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class BoilerplateRules:
    line: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern) for whole lines
    inline: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern) removed inside lines
    footer_strong: tuple[str, ...]
    footer_weak: tuple[str, ...]
    footer_threshold: int
    inline_any: re.Pattern  # the inline patterns as one alternation: a quick "any cut at all?"
    # A quick "could any line rule match?", since ~35 searches a line cost more than the rest of
    # cleaning and content lines (nearly all) match none: the ^-anchored patterns as one
    # alternation tried at the line's start only (without the whole-line ones too short for a
    # long line), the others one by one (an alternation of them loses re's literal-prefix scan).
    line_anchored_any: re.Pattern = re.compile("(?!)")
    line_anchored_unbounded: re.Pattern = re.compile("(?!)")
    line_bounded_width: int = 0  # no ^…$ pattern of bounded width matches a longer line
    line_floating: tuple[re.Pattern, ...] = ()

    def line_rule_may_match(self, text: str) -> bool:
        anchored = self.line_anchored_any if len(text) <= self.line_bounded_width else self.line_anchored_unbounded
        return bool(anchored.match(text)) or any(p.search(text) for p in self.line_floating)


def _compile(name: str, section: str, reason: str, pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ResourceError(f"{name}: [{section}] {reason}: bad pattern {pattern!r}: {exc}") from exc


def _anchored_at_start(pattern: re.Pattern) -> bool:
    """True when every match must start at the string's start: a leading ^ that no top-level |
    undoes (^a|b is not anchored), and no MULTILINE."""
    from re import _constants, _parser  # the parser re itself uses; public API has no such test

    if not pattern.pattern.startswith("^") or pattern.flags & re.MULTILINE:
        return False
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return bool(parsed.data) and parsed.data[0] == (_constants.AT, _constants.AT_BEGINNING)


def _whole_line_width(pattern: re.Pattern) -> int | None:
    """The longest text a ^…$ pattern can match, or None when it is unbounded or not ^…$."""
    from re import _constants, _parser

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    if not parsed.data or parsed.data[-1] != (_constants.AT, _constants.AT_END):
        return None
    widest = parsed.getwidth()[1]
    return widest if widest < _constants.MAXREPEAT else None


@cache
def boilerplate_rules() -> BoilerplateRules:
    name = "boilerplate.toml"
    try:
        data = tomllib.loads(_read_text(name))
    except tomllib.TOMLDecodeError as exc:
        raise ResourceError(f"{name}: {exc}") from exc
    sections = {}
    for section in ("line", "inline"):
        sections[section] = tuple(
            (rule["reason"], _compile(name, section, rule["reason"], p))
            for rule in data.get(section, []) for p in rule["patterns"])
    footer = data.get("footer", {})
    def any_of(rules) -> re.Pattern:
        return re.compile("|".join(f"(?:{p.pattern})" for _, p in rules) or "(?!)")

    anchored = [p for _, p in sections["line"] if _anchored_at_start(p)]
    widths = {p: _whole_line_width(p) for p in anchored}
    bounded_width = max((w for w in widths.values() if w is not None), default=0)

    def match_any(patterns) -> re.Pattern:  # match() at the start stands for the stripped ^
        return re.compile("|".join(f"(?:{p.pattern[1:]})" for p in patterns) or "(?!)")

    return BoilerplateRules(sections["line"], sections["inline"], tuple(footer.get("strong", ())),
                            tuple(footer.get("weak", ())), int(footer.get("threshold", 2)),
                            any_of(sections["inline"]), match_any(anchored),
                            match_any(p for p in anchored if widths[p] is None), bounded_width,
                            tuple(p for _, p in sections["line"] if p not in widths))


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    level: str  # province, prefecture, county
    parent_code: str
    province_code: str
    short: str
    aliases: tuple[str, ...]


@cache
def regions() -> tuple[Region, ...]:
    """The GB/T 2260 table (regions.tsv), validated: six-digit codes, known levels, no duplicates."""
    name = "regions.tsv"
    rows, seen = [], set()
    lines = _read_text(name).splitlines()
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 7:
            raise ResourceError(f"{name}:{number}: expected 7 fields, got {len(fields)}")
        code, full, level, parent, province, short, aliases = fields
        if not (len(code) == 6 and code.isdigit()) or level not in ("province", "prefecture", "county"):
            raise ResourceError(f"{name}:{number}: bad code or level: {code!r} {level!r}")
        if code in seen:
            raise ResourceError(f"{name}:{number}: duplicate code {code}")
        seen.add(code)
        rows.append(Region(code, full, level, parent, province, short, tuple(a for a in aliases.split("|") if a)))
    return tuple(rows)


@cache
def region_words() -> frozenset[str]:
    """Every full and short region name of two or more characters (to tell places from names)."""
    words = set()
    for region in regions():
        words.add(region.name)
        if len(region.short) >= 2:
            words.add(region.short)
        words.update(a for a in region.aliases if len(a) >= 2)
    return frozenset(words)


@cache
def surnames() -> frozenset[str]:
    """Chinese surnames, single and compound (surnames.tsv)."""
    lines = _read_text("surnames.tsv").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines[1:] if line.strip())


@dataclass(frozen=True)
class Tifa:
    term: str
    category: str
    since: str
    variants: tuple[str, ...]
    source: str
    corpus_count: int


@cache
def tifa() -> tuple[Tifa, ...]:
    """The formulation lexicon (tifa.tsv), validated: no term twice, no variant that is a term."""
    name = "tifa.tsv"
    rows, seen = [], {}
    lines = _read_text(name).splitlines()
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 6 or not fields[0]:
            raise ResourceError(f"{name}:{number}: expected 6 fields with a term, got {len(fields)}")
        term, category, since, variants, source, count = fields
        for form in (term, *filter(None, variants.split("|"))):
            if form in seen:
                raise ResourceError(f"{name}:{number}: {form!r} already on line {seen[form]}")
            seen[form] = number
        rows.append(Tifa(term, category, since, tuple(filter(None, variants.split("|"))), source,
                         int(count or 0)))
    return tuple(rows)


@cache
def tifa_lexicon():
    """Every term and variant, each with its entry: form -> Tifa."""
    from ..lexmatch import Lexicon

    return Lexicon((form, entry) for entry in tifa() for form in (entry.term, *entry.variants))


@dataclass(frozen=True)
class Title:
    title: str
    category: str
    level: str  # national, province, prefecture, county, township, unit
    rank: int | None


@cache
def titles() -> dict[str, Title]:
    """Official posts (titles.tsv) by title."""
    name = "titles.tsv"
    out: dict[str, Title] = {}
    for number, line in enumerate(_read_text(name).splitlines()[1:], start=2):
        fields = line.split("\t")
        if len(fields) < 4 or not fields[0]:
            raise ResourceError(f"{name}:{number}: expected title, category, level, rank")
        if fields[0] in out:
            raise ResourceError(f"{name}:{number}: duplicate title {fields[0]!r}")
        out[fields[0]] = Title(fields[0], fields[1], fields[2], int(fields[3]) if fields[3].isdigit() else None)
    return out
