"""Lexicons of the person/place recogniser (:mod:`neican.extractors.ner`), loaded once, validated.

Hand-written data: ``resources/surnames.tsv``, ``titles.tsv``, ``regions.tsv`` (through
:mod:`neican.resources.loader`), ``ner_places.tsv`` (world places, abbreviations) and
``ner_cues.tsv`` (words around names, name characters, organisation suffixes). Learned data:
``ner_model.tsv`` (written by ``scripts/train_ner.py``): place and organisation words,
transliteration characters, character-pair counts and name-character ratios from the training
text, candidate cells to skip, and the feature weights.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from itertools import repeat

from ..errors import ResourceError
from ..patterns import cached_compile
from ..resources.cache import cached, package_bytes
from ..resources.loader import regions, surnames

MODEL_FILE = "ner_model.tsv"
PLACE_KINDS = frozenset({"country", "country_former", "region", "water", "landform", "landmark",
                         "city", "abbr"})
CUE_KINDS = frozenset({"honorific", "verb", "org_after", "visit", "abbr_after", "not_in_name",
                       "translit", "given", "surname", "jp_surname", "org_suffix", "conj", "tibetan"})
_CJK = cached_compile(r"^[\u3400-\u9fff]+$")
SEPARATORS = "·•・．"  # between the parts of a transliterated name (卡尔·刘易斯)


def _resource_text(name: str) -> str:
    try:
        return resources.files("neican.resources").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"{name}: missing from the package") from exc


def _read(name: str) -> list[tuple[int, list[str]]]:
    """Rows of a packaged TSV after its header: (line number, fields)."""
    text = _resource_text(name)
    return [(number, line.split("\t")) for number, line in enumerate(text.splitlines()[1:], start=2)
            if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Learned:
    """What training adds to the hand-written lexicons (all empty: none), and the weights."""
    places: frozenset[str] = frozenset()  # place words seen in training
    orgs: frozenset[str] = frozenset()  # organisation names seen in training
    translit: frozenset[str] = frozenset()  # transliteration characters beyond ner_cues.tsv
    bigrams: dict[str, int] = field(default_factory=dict)  # char pair -> count outside names
    name_chars: dict[str, dict[str, float]] = field(  # "given"/"foreign" -> char -> log-ratio
        default_factory=lambda: {"given": {}, "foreign": {}})
    pruned: frozenset[str] = frozenset()  # candidate cells never worth scoring
    weights: dict[str, float] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)


_SECTIONS = ("w", "bigram", "given", "foreign", "place", "org", "translit", "prune", "meta")
_OTHER_LINE_BREAKS = cached_compile("[\r\v\f\x1c-\x1e\x85\u2028\u2029]")  # str.splitlines breaks there too


@cache
def learned() -> Learned:
    """The shipped model (``ner_model.tsv``): ``section<TAB>key<TAB>value`` rows, each checked;
    a bad row names its line.

    Every command that extracts needs its 90,000 rows at start-up: they are read once and kept
    in the disk cache (resources/cache.py: 0.013 s to load against 0.07 s to read)."""
    return cached("ner_model", package_bytes(f"resources/{MODEL_FILE}", "extractors/ner_lexicon.py"), _read_learned)


@cache
def weights() -> dict[str, float]:
    """The shipped model's feature weights: all the recogniser reads of the model once its lexicon
    is built (lexicon(), kept in the disk cache too), kept on their own in the disk cache, so that
    a start reads 28,000 weights rather than the whole model (its 54,000 character pairs)."""
    return cached("ner_weights", package_bytes(f"resources/{MODEL_FILE}", "extractors/ner_lexicon.py"),
                  lambda: learned().weights)


def _read_learned() -> Learned:
    """The rows are read in bulk (the text cut at tabs and line breaks by str.split, one
    conversion a section: 0.07 s, against 0.085 s for a regular expression over the rows and
    0.15 s row by row); where anything does not fit, the row-by-row reader says which line is
    wrong."""
    text = _resource_text(MODEL_FILE)
    sections = _sections(text[text.find("\n") + 1:])
    if sections is None:
        return _learned_checked()
    try:
        return Learned(
            frozenset(sections["place"][0]), frozenset(sections["org"][0]), frozenset(sections["translit"][0]),
            dict(zip(sections["bigram"][0], map(int, sections["bigram"][1]))),
            {kind: dict(zip(sections[kind][0], map(float, sections[kind][1]))) for kind in ("given", "foreign")},
            frozenset(sections["prune"][0]), dict(zip(sections["w"][0], map(float, sections["w"][1]))),
            dict(zip(*sections["meta"])))
    except ValueError:
        return _learned_checked()


def _sections(body: str) -> dict[str, tuple[list[str], list[str]]] | None:
    """Section -> (keys, values) of the rows in ``body``, in order; None unless every line is a
    row of three fields in a known section (a blank or comment line is left to the row-by-row
    reader)."""
    lines = body.removesuffix("\n").split("\n")
    if _OTHER_LINE_BREAKS.search(body) or list(map(str.count, lines, repeat("\t"))).count(2) != len(lines):
        return None
    fields = "\t".join(lines).split("\t")  # C speed: a row's three fields, row after row
    out: dict[str, tuple[list[str], list[str]]] = {name: ([], []) for name in _SECTIONS}
    for name, key, value in zip(fields[0::3], fields[1::3], fields[2::3]):
        if name not in out:
            return None
        out[name][0].append(key)
        out[name][1].append(value)
    return out


def _learned_checked() -> Learned:
    """``learned`` row by row, for the message that names the bad line."""
    places, orgs, translit, pruned, bigrams, weights, meta = set(), set(), set(), set(), {}, {}, {}
    name_chars: dict[str, dict[str, float]] = {"given": {}, "foreign": {}}
    sets = {"place": places, "org": orgs, "translit": translit, "prune": pruned}
    for number, fields in _read(MODEL_FILE):
        if len(fields) != 3:
            raise ResourceError(f"{MODEL_FILE}:{number}: expected 3 fields, got {len(fields)}")
        section, key, value = fields
        try:
            if section == "w":
                weights[key] = float(value)
            elif section in sets:
                sets[section].add(key)
            elif section == "bigram":
                bigrams[key] = int(value)
            elif section in name_chars:
                name_chars[section][key] = float(value)
            elif section == "meta":
                meta[key] = value
            else:
                raise ResourceError(f"{MODEL_FILE}:{number}: unknown section {section!r}")
        except ValueError as exc:
            kind = "weight" if section == "w" else "value"
            raise ResourceError(f"{MODEL_FILE}:{number}: bad {kind} {value!r}") from exc
    return Learned(frozenset(places), frozenset(orgs), frozenset(translit), bigrams, name_chars,
                   frozenset(pruned), weights, meta)


@cache
def titles() -> frozenset[str]:
    """Official posts from ``titles.tsv`` (column ``title``). Occupations (category ``profession``:
    老师, 医生) were added after the recogniser was trained and are left out of its features."""
    return frozenset(fields[0] for _, fields in _read("titles.tsv") if fields[0] and fields[1:2] != ["profession"])


@cache
def world_places() -> dict[str, str]:
    """``ner_places.tsv``: name -> kind (country, city, water, abbr, ...)."""
    name, out = "ner_places.tsv", {}
    for number, fields in _read(name):
        if len(fields) != 2 or fields[1] not in PLACE_KINDS or not fields[0]:
            raise ResourceError(f"{name}:{number}: expected name and a kind in {sorted(PLACE_KINDS)}")
        if fields[0] in out:
            raise ResourceError(f"{name}:{number}: duplicate {fields[0]!r}")
        out[fields[0]] = fields[1]
    return out


@cache
def cues() -> dict[str, frozenset[str]]:
    """``ner_cues.tsv``: kind -> cue words (a word may serve several kinds)."""
    name, out, seen = "ner_cues.tsv", {kind: set() for kind in CUE_KINDS}, set()
    for number, fields in _read(name):
        if len(fields) != 2 or fields[1] not in CUE_KINDS or not fields[0]:
            raise ResourceError(f"{name}:{number}: expected a cue and a kind in {sorted(CUE_KINDS)}")
        if tuple(fields) in seen:
            raise ResourceError(f"{name}:{number}: duplicate {fields[0]!r} {fields[1]!r}")
        if fields[1] in ("translit", "given", "surname") and len(fields[0]) != 1:
            raise ResourceError(f"{name}:{number}: {fields[1]} cues are single characters")
        seen.add(tuple(fields))
        out[fields[1]].add(fields[0])
    return {kind: frozenset(words) for kind, words in out.items()}


@cache
def surname_bands() -> dict[str, str]:
    """Surname -> frequency band (a: top 10, b: top 30, c: top 100, d: top 300, e: rarer or
    unranked, f: compound), from the ``frequency_rank`` column of ``surnames.tsv``."""
    bands = {}
    for _, fields in _read("surnames.tsv"):
        name, rank = fields[0], fields[1] if len(fields) > 1 else ""
        if len(name) == 2:
            bands[name] = "f"
            continue
        r = int(rank) if rank.isdigit() else 10_000
        bands[name] = ("a" if r <= 10 else "b" if r <= 30 else "c" if r <= 100
                       else "d" if r <= 300 else "e")
    return bands


@dataclass(frozen=True)
class Lexicon:
    """Everything candidate generation looks up, built once from the files above."""
    surnames: frozenset[str]  # one character
    surname_bands: dict[str, str]  # surname -> frequency band
    compound_surnames: frozenset[str]  # two characters (欧阳, 司马)
    surname_re: re.Pattern  # a character that starts a surname
    place_tags: dict[str, tuple[str, ...]]  # place word (2+ chars) -> source tags
    abbreviations: frozenset[str]  # one-character place abbreviations (中, 美, 京)
    translit: frozenset[str]
    translit_re: re.Pattern  # a run of transliteration characters, parts joined by ·
    suffix_re: re.Pattern  # a place suffix (省, 市, 县 ...)
    automaton: object  # Aho-Corasick: word -> (kind, word); kind "place", "title", "jp" or "org"
    org_suffix_re: re.Pattern  # the end of an organisation's name (委员会, 出版社, 公司)
    cues: dict[str, frozenset[str]]
    cue_lengths: dict[str, tuple[int, ...]]  # kind -> word lengths, longest first
    cue_firsts: dict[str, frozenset[str]]  # kind -> first characters of its words
    # first character -> the cues that may follow a person candidate and start with it, before
    # and after a post in precedence: (letter of the frame, words of the kind, their lengths)
    frame_cues: dict[str, tuple[tuple[tuple[str, frozenset[str], tuple[int, ...]], ...], ...]]
    bigram_bands: dict[str, str]  # character bigram -> how common it is in ordinary text
    name_chars: dict[str, dict[str, float]]  # "given"/"foreign" -> char -> log-ratio ("" unseen)
    pruned: frozenset[str]  # candidate cells (?z features) to skip


# The cues whose start right after a person candidate makes its frame (ner_candidates._right_frame),
# as (kind, letter), in precedence; a post comes between the two groups.
_FRAME_CUES = ((("verb", "V"), ("honorific", "H")), (("conj", "C"), ("org_after", "O")))


def _frame_cues(cue_sets: dict[str, frozenset[str]]) -> dict:
    """First character -> the frame cues that start with it, so that the frame after a candidate
    costs one lookup where no cue starts (most places)."""
    lengths: dict[tuple[str, str], set[int]] = {}  # (first character, kind) -> word lengths
    for group in _FRAME_CUES:
        for kind, _ in group:
            for word in cue_sets[kind]:
                lengths.setdefault((word[0], kind), set()).add(len(word))
    return {first: tuple(tuple((letter, cue_sets[kind], tuple(sorted(lengths[first, kind], reverse=True)))
                               for kind, letter in group if (first, kind) in lengths)
                         for group in _FRAME_CUES)
            for first in {first for first, _ in lengths}}


PLACE_SUFFIXES = "省市县区镇乡村州盟旗岛山江河湖峰湾"


def _region_tags() -> dict[str, set[str]]:
    tags: dict[str, set[str]] = {}
    for region in regions():
        tags.setdefault(region.name, set()).add(f"rf_{region.level}")
        if len(region.short) >= 2:
            tags.setdefault(region.short, set()).add(f"rs_{region.level}")
        for alias in region.aliases:
            if len(alias) >= 2:
                tags.setdefault(alias, set()).add("ra")
    return tags


def bigram_band(count: int) -> str:
    return "4" if count >= 20 else "3" if count >= 5 else "2" if count >= 2 else "0"


def _place_words(extra: frozenset[str]) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Place words (2+ Han characters) with their source tags, and one-character abbreviations."""
    tags = _region_tags()
    abbreviations = set()
    for region in regions():
        if region.level == "province":
            abbreviations.update(a for a in region.aliases if len(a) == 1)
    for word, kind in world_places().items():
        if kind == "abbr":
            abbreviations.add(word)
        else:
            tags.setdefault(word, set()).add(kind)
    for word in extra:
        tags.setdefault(word, set()).add("learned")
    return ({w: tuple(sorted(t)) for w, t in tags.items() if len(w) >= 2 and _CJK.match(w)},
            frozenset(abbreviations))


def _automaton(place_tags: dict, orgs: frozenset[str], jp_surnames: frozenset[str]):
    """One Aho-Corasick pass finds places, posts, Japanese surnames and known organisations."""
    from ..lexmatch import Lexicon

    items = [(word, "place") for word in place_tags]
    items += [(word, "title") for word in titles() if len(word) >= 2 and word not in place_tags]
    items += [(word, "jp") for word in jp_surnames - place_tags.keys()]
    items += [(word, "org") for word in orgs - place_tags.keys() - jp_surnames if len(word) >= 2]
    return Lexicon(items)


def build_lexicon(extra: Learned = Learned()) -> Lexicon:
    """The lexicon, with what training learned (the training script passes its own)."""
    names, cue_sets = surnames(), cues()
    single = frozenset(s for s in names if len(s) == 1) | cue_sets["surname"]
    compound = frozenset(s for s in names if len(s) == 2)
    starts = "".join(sorted(single | {s[0] for s in compound}))
    place_tags, abbreviations = _place_words(extra.places)
    translit = frozenset(cue_sets["translit"] | extra.translit)
    chars = re.escape("".join(sorted(translit)))
    org_suffixes = "|".join(sorted(map(re.escape, cue_sets["org_suffix"]), key=len, reverse=True))
    return Lexicon(
        surnames=single, surname_bands=surname_bands(), compound_surnames=compound,
        surname_re=cached_compile(f"[{re.escape(starts)}]"),
        place_tags=place_tags, abbreviations=abbreviations, translit=translit,
        translit_re=cached_compile(f"[{chars}]+(?:[{SEPARATORS}][{chars}]+)*"),
        suffix_re=cached_compile(f"[{PLACE_SUFFIXES}]"),
        automaton=_automaton(place_tags, extra.orgs, cue_sets["jp_surname"]),
        org_suffix_re=cached_compile(org_suffixes), cues=cue_sets,
        cue_lengths={kind: tuple(sorted({len(w) for w in words}, reverse=True))
                     for kind, words in cue_sets.items()},
        cue_firsts={kind: frozenset(w[0] for w in words) for kind, words in cue_sets.items()},
        frame_cues=_frame_cues(cue_sets),
        bigram_bands={b: bigram_band(n) for b, n in extra.bigrams.items() if n >= 2},
        name_chars=extra.name_chars, pruned=extra.pruned)


# What the shipped lexicon is built from (data and code), for the disk cache (resources/cache.py)
_LEXICON_SOURCES = (f"resources/{MODEL_FILE}", "resources/ner_cues.tsv", "resources/ner_places.tsv",
                    "resources/surnames.tsv", "resources/titles.tsv", "resources/regions.tsv",
                    "extractors/ner_lexicon.py", "resources/loader.py", "lexmatch.py", "patterns.py")


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon: hand-written files plus what the shipped model learned, kept in the
    disk cache (0.06 s to build at every start, its bigram bands and place tags most of it)."""
    return cached("ner_lexicon", package_bytes(*_LEXICON_SOURCES), lambda: build_lexicon(learned()))
