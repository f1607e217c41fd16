"""Loads packaged data files once, lazily, and validates them (errors name file and line)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from ..errors import ResourceError


def _read_text(name: str) -> str:
    return resources.files("neican.resources").joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class BoilerplateRules:
    """The page-furniture rules of boilerplate.toml, compiled, with quick tests.

    Cleaning tests ~40 patterns and ~45 footer words on every line, which cost more than the
    rest of cleaning, while content lines (nearly all) match none. So: the ^-anchored patterns
    run as one alternation tried at the line's start only (without the ^…$ ones too short for a
    long line), the others one by one (an alternation of them loses re's literal-prefix scan);
    and :meth:`for_text` drops, for one page, every pattern and footer word whose required
    literals (regexinfo.required_literals) are nowhere on it — one Aho-Corasick pass.
    """

    line: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern) for whole lines
    inline: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern) removed inside lines
    footer_strong: tuple[str, ...]
    footer_weak: tuple[str, ...]
    footer_threshold: int
    inline_any: re.Pattern  # the inline patterns as one alternation: a quick "any cut at all?"
    line_anchored_any: re.Pattern
    line_anchored_unbounded: re.Pattern
    line_bounded_width: int  # no ^…$ pattern of bounded width matches a longer line
    line_floating: tuple[re.Pattern, ...]
    # What for_text needs: each pattern's required literals (None: always kept), one lexicon of
    # them all and the footer words, and the rules of every page (for lines with cuts).
    requirements: dict = field(default_factory=dict, compare=False, hash=False)
    literals: object = field(default=None, compare=False, hash=False)
    everything: "BoilerplateRules | None" = field(default=None, compare=False, hash=False)
    restrictions: dict = field(default_factory=dict, compare=False, hash=False)  # cache of for_text

    def line_rule_may_match(self, text: str) -> bool:
        anchored = self.line_anchored_any if len(text) <= self.line_bounded_width else self.line_anchored_unbounded
        return bool(anchored.match(text)) or any(p.search(text) for p in self.line_floating)

    def for_text(self, text: str) -> "BoilerplateRules":
        """The rules that can match somewhere in ``text`` (so in any stripped line of it).

        A line with cuts has lost characters and literals can meet across a cut: the cleaner
        tests such a line with ``everything``."""
        if self.literals is None:
            return self
        present = frozenset(word for _, _, word, _ in self.literals.overlapping(text))
        patterns = tuple(i for i, (_, p) in enumerate(self.line + self.inline)
                         if (needed := self.requirements.get(p)) is None or not needed.isdisjoint(present))
        compiled = self.restrictions.get(patterns)
        if compiled is None:  # few combinations occur: compile each once
            if len(self.restrictions) >= 1024:
                self.restrictions.clear()  # a bound, should some corpus have many
            compiled = self.restrictions[patterns] = _build_rules(
                tuple(r for i, r in enumerate(self.line) if i in patterns),
                tuple(r for i, r in enumerate(self.inline, len(self.line)) if i in patterns),
                (), (), self.footer_threshold)
        return replace(compiled, footer_strong=tuple(w for w in self.footer_strong if w in present),
                       footer_weak=tuple(w for w in self.footer_weak if w in present), everything=self)


def _compile(name: str, section: str, reason: str, pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ResourceError(f"{name}: [{section}] {reason}: bad pattern {pattern!r}: {exc}") from exc


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
    rules = _build_rules(sections["line"], sections["inline"], tuple(footer.get("strong", ())),
                         tuple(footer.get("weak", ())), int(footer.get("threshold", 2)))
    return _with_requirements(rules)


def _build_rules(line, inline, strong, weak, threshold) -> BoilerplateRules:
    from ..regexinfo import anchored_at_start, whole_line_width

    def any_of(rules) -> re.Pattern:
        return re.compile("|".join(f"(?:{p.pattern})" for _, p in rules) or "(?!)")

    def match_any(patterns) -> re.Pattern:  # match() at the start stands for the stripped ^
        return re.compile("|".join(f"(?:{p.pattern[1:]})" for p in patterns) or "(?!)")

    anchored = [p for _, p in line if anchored_at_start(p)]
    widths = {p: whole_line_width(p) for p in anchored}
    bounded_width = max((w for w in widths.values() if w is not None), default=0)
    return BoilerplateRules(line, inline, strong, weak, threshold, any_of(inline), match_any(anchored),
                            match_any(p for p in anchored if widths[p] is None), bounded_width,
                            tuple(p for _, p in line if p not in widths))


def _with_requirements(rules: BoilerplateRules) -> BoilerplateRules:
    from ..lexmatch import Lexicon
    from ..regexinfo import required_literals

    requirements = {p: required_literals(p) for _, p in rules.line + rules.inline}
    words = {w for needed in requirements.values() if needed for w in needed}
    words |= set(rules.footer_strong) | set(rules.footer_weak)
    return replace(rules, requirements=requirements, literals=Lexicon((w, None) for w in sorted(words)))


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
