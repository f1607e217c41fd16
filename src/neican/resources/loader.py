"""Loads packaged data files once, lazily, and validates them (errors name file and line)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..errors import ResourceError
from ..patterns import cached_compile


def _read_text(name: str) -> str:
    return resources.files("neican.resources").joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class BoilerplateRules:
    """The page-furniture rules of boilerplate.toml, compiled, with quick tests.

    Cleaning tests ~40 patterns and ~45 footer words on every line, which cost more than the
    rest of cleaning, while content lines (nearly all) match none. So: a ^-anchored pattern is
    tried at the line's start only and a ^…$ one not at all on a longer line than it can match;
    and :meth:`for_text` keeps, for one page, only the patterns and footer words whose required
    literals (regexinfo.required_literals) occur on it — found in one Aho-Corasick pass.
    """

    line: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern) for whole lines
    inline: tuple[tuple[str, re.Pattern], ...]  # (reason, pattern) removed inside lines
    footer_strong: tuple[str, ...]
    footer_weak: tuple[str, ...]
    footer_threshold: int
    anchored: tuple[tuple[re.Pattern, int | None], ...] = ()  # ^ line patterns, widest ^…$ match
    floating: tuple[re.Pattern, ...] = ()  # the other line patterns
    # For for_text: the literal lexicon (literals and footer words), and for each literal the
    # bit mask of the patterns (line + inline, in order) that need it; patterns needing nothing.
    literals: object = field(default=None, compare=False)
    needed_by: dict = field(default_factory=dict, compare=False)
    always: int = 0
    everything: "BoilerplateRules | None" = field(default=None, compare=False)  # for lines with cuts
    restrictions: dict = field(default_factory=dict, compare=False)  # for_text's cache
    # For a line: each pattern's required literals (those of needed_by), by the pattern's id. A page holds
    # them somewhere, but most of its lines do not, and an ``in`` test for each is several times
    # cheaper than a failed search (about 0.5 us on a line of 80 characters).
    gates: dict = field(default_factory=dict, compare=False)
    # (pattern, its literals or None) for the line tests, made once per set of rules
    _anchored_tests: tuple = field(default=(), init=False, compare=False, repr=False)
    _floating_tests: tuple = field(default=(), init=False, compare=False, repr=False)
    _inline_tests: tuple = field(default=(), init=False, compare=False, repr=False)

    def __post_init__(self):
        gates = self.gates
        object.__setattr__(self, "_anchored_tests", tuple((p, w, gates.get(id(p))) for p, w in self.anchored))
        object.__setattr__(self, "_floating_tests", tuple((p, gates.get(id(p))) for p in self.floating))
        object.__setattr__(self, "_inline_tests", tuple((p, gates.get(id(p))) for _, p in self.inline))

    def line_rule_may_match(self, text: str) -> bool:
        size = len(text)
        for p, widest, literals in self._anchored_tests:
            if (widest is None or size <= widest) and _may_occur(literals, text) and p.match(text):
                return True
        for p, literals in self._floating_tests:
            if _may_occur(literals, text) and p.search(text):
                return True
        return False

    def inline_may_match(self, text: str) -> bool:
        for p, literals in self._inline_tests:
            if _may_occur(literals, text) and p.search(text):
                return True
        return False

    def for_text(self, text: str) -> "BoilerplateRules":
        """The rules that can match somewhere in ``text`` (so in any stripped line of it).

        A line with cuts has lost characters, and literals can meet across a cut: the cleaner
        tests such a line with ``everything``."""
        if self.literals is None:
            return self
        words = self.literals.words
        present = {words[index] for index, _, _ in self.literals.overlapping_indexes(text)}
        mask = self.always
        for word in present:
            mask |= self.needed_by.get(word, 0)
        strong = tuple(sorted(present.intersection(self.footer_strong)))
        weak = tuple(sorted(present.intersection(self.footer_weak)))
        key = (mask, strong, weak)
        rules = self.restrictions.get(key)
        if rules is None:
            if len(self.restrictions) >= 4096:
                self.restrictions.clear()  # a bound, should some corpus need many
            count = len(self.line)
            line = tuple(r for i, r in enumerate(self.line) if mask >> i & 1)
            kept = {p for _, p in line}
            rules = self.restrictions[key] = BoilerplateRules(
                line, tuple(r for i, r in enumerate(self.inline, count) if mask >> i & 1), strong, weak,
                self.footer_threshold, tuple(a for a in self.anchored if a[0] in kept),
                tuple(p for p in self.floating if p in kept), everything=self, gates=self.gates)
        return rules


def _may_occur(literals: tuple[str, ...] | None, text: str) -> bool:
    """Whether one of a pattern's required literals is in ``text`` (None: nothing known, so True)."""
    if literals is None:
        return True
    for literal in literals:
        if literal in text:
            return True
    return False


def _compile(name: str, section: str, reason: str, pattern: str) -> re.Pattern:
    try:
        return cached_compile(pattern)
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
    return _build_rules(sections["line"], sections["inline"], tuple(footer.get("strong", ())),
                        tuple(footer.get("weak", ())), int(footer.get("threshold", 2)))


def _pattern_facts(patterns: tuple[re.Pattern, ...]) -> list[tuple[bool, int | None, frozenset[str] | None]]:
    """Per pattern: anchored at the start, widest whole-line match, required literals
    (regexinfo, which parses each pattern in Python: 0.02 s a start, so kept in the disk cache)."""
    from ..regexinfo import anchored_at_start, required_literals, whole_line_width
    from .cache import cached, package_bytes

    listed = "\n".join(f"{p.flags}\t{p.pattern}" for p in patterns).encode("utf-8")
    return cached("pattern_facts", [listed, *package_bytes("regexinfo.py")],
                  lambda: [(anchored_at_start(p), whole_line_width(p), required_literals(p)) for p in patterns])


def _build_rules(line, inline, strong, weak, threshold) -> BoilerplateRules:
    from ..lexmatch import Lexicon

    facts = _pattern_facts(tuple(p for _, p in line + inline))
    anchored = tuple((p, width) for (_, p), (at_start, width, _) in zip(line, facts) if at_start)
    starts = {p for p, _ in anchored}
    needed_by: dict[str, int] = {}
    gates: dict[int, tuple[str, ...]] = {}  # by id: a Pattern's hash reads all its code
    always = 0
    for i, ((_, pattern), (_, _, needed)) in enumerate(zip(line + inline, facts)):
        if needed is None:
            always |= 1 << i
        else:
            gates[id(pattern)] = tuple(sorted(needed))
        for word in needed or ():
            needed_by[word] = needed_by.get(word, 0) | 1 << i
    words = sorted(set(needed_by) | set(strong) | set(weak))
    return BoilerplateRules(line, inline, strong, weak, threshold, anchored,
                            tuple(p for _, p in line if p not in starts),
                            Lexicon((w, None) for w in words), needed_by, always, gates=gates)


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
    """The GB/T 2260 table (regions.tsv), validated: six-digit codes, known levels, no duplicates;
    kept in the disk cache (resources/cache.py: some 3,000 rows, 0.02 s to read at every start)."""
    from .cache import cached, package_bytes

    return cached("regions", package_bytes("resources/regions.tsv", "resources/loader.py"), _read_regions)


def _read_regions() -> tuple[Region, ...]:
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


@cache
def common_surnames() -> frozenset[str]:
    """The hundred most frequent single-character surnames (surnames.tsv's frequency_rank)."""
    rows = (line.split("\t") for line in _read_text("surnames.tsv").splitlines()[1:] if line.strip())
    return frozenset(row[0] for row in rows if len(row[0]) == 1 and row[1].isdigit() and int(row[1]) <= 100)


@dataclass(frozen=True)
class Tifa:
    term: str
    category: str
    since: str
    variants: tuple[str, ...]
    source: str
    corpus_count: int  # xwlb items containing the term or a variant
    corpus_first: str = ""  # earliest published date (YYYY-MM-DD) of such an item; "" if none


TIFA_COLUMNS = ("term", "category", "since", "variants", "source", "xwlb_count", "xwlb_first")
_ISO_DATE = cached_compile(r"\d{4}-\d{2}-\d{2}")


@cache
def tifa() -> tuple[Tifa, ...]:
    """The formulation lexicon (tifa.tsv), validated (see parse_tifa)."""
    return parse_tifa(_read_text("tifa.tsv"))


def parse_tifa(text: str, name: str = "tifa.tsv") -> tuple[Tifa, ...]:
    """Rows of a tifa.tsv text. No term twice, no variant that is a term; the evidence columns
    well formed: a count, and a first date (YYYY-MM-DD) exactly where the count is not zero."""
    rows, seen = [], {}
    lines = text.splitlines()
    if not lines or tuple(lines[0].split("\t")) != TIFA_COLUMNS:
        raise ResourceError(f"{name}:1: header must be {chr(9).join(TIFA_COLUMNS)}")
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != len(TIFA_COLUMNS) or not fields[0]:
            raise ResourceError(f"{name}:{number}: expected {len(TIFA_COLUMNS)} fields with a term, got {len(fields)}")
        term, category, since, variants, source, count, first = fields
        if not count.isdigit() or (first and not _ISO_DATE.fullmatch(first)) or (int(count) > 0) != bool(first):
            raise ResourceError(f"{name}:{number}: bad evidence: xwlb_count {count!r}, xwlb_first {first!r}")
        for form in (term, *filter(None, variants.split("|"))):
            if form in seen:
                raise ResourceError(f"{name}:{number}: {form!r} already on line {seen[form]}")
            seen[form] = number
        rows.append(Tifa(term, category, since, tuple(filter(None, variants.split("|"))), source,
                         int(count), first))
    return tuple(rows)


@cache
def tifa_blockers() -> tuple[tuple[str, str], ...]:
    """(word, term) pairs of tifa_blockers.tsv: ordinary words inside which a short term is not
    the term (平稳增长 holds 稳增长). Each word contains its term, and each term is in tifa.tsv."""
    name = "tifa_blockers.tsv"
    forms = {form for entry in tifa() for form in (entry.term, *entry.variants)}
    pairs = []
    for number, line in enumerate(_read_text(name).splitlines()[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 3 or fields[1] not in fields[0] or fields[1] not in forms:
            raise ResourceError(f"{name}:{number}: expected word, term (a tifa.tsv form inside the word), why")
        pairs.append((fields[0], fields[1]))
    return tuple(pairs)


@cache
def tifa_heads() -> frozenset[str]:
    """The generic heads of tifa_heads.tsv that extend a term into a longer formulation
    (西部大开发 + 战略): two-character words, each with the counts that chose it
    (scripts/tifa_heads_xwlb.py)."""
    return _two_character_words("tifa_heads.tsv", 1, "head (two characters, once), three counts")


@cache
def tifa_verbs() -> frozenset[str]:
    """The governing verbs of tifa_verbs.tsv that print before a term (推动 + 高质量发展): two-character
    words, each with the evidence that chose it (scripts/tifa_verbs_xwlb.py, tifa_SOURCES.md)."""
    return _two_character_words("tifa_verbs.tsv", 2, "verb (two characters, once), part of speech, two counts")


def _two_character_words(name: str, counts_from: int, expected: str) -> frozenset[str]:
    """The first column of a four-column table of two-character words with their evidence, whose
    columns from ``counts_from`` on are counts."""
    words = set()
    for number, line in enumerate(_read_text(name).splitlines()[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 4 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", fields[0]) \
                or not all(f.isdigit() for f in fields[counts_from:]) or fields[0] in words:
            raise ResourceError(f"{name}:{number}: expected {expected}")
        words.add(fields[0])
    return frozenset(words)


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
    post: str = ""  # the post's normalised form where this is a short or variant one (外长 → 外交部部长)


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
        out[fields[0]] = Title(fields[0], fields[1], fields[2], int(fields[3]) if fields[3].isdigit() else None,
                               fields[4] if len(fields) > 5 else "")
    for entry in out.values():
        if entry.post and entry.post not in out:
            raise ResourceError(f"{name}: the post of {entry.title!r}, {entry.post!r}, is no title of the file")
    return out
