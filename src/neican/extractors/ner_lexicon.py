"""Lexicons of the person/place recogniser (:mod:`neican.extractors.ner`), loaded once, validated.

Hand-written data: ``resources/surnames.tsv``, ``titles.tsv``, ``regions.tsv`` (through
:mod:`neican.resources.loader`), ``ner_places.tsv`` (world places, abbreviations) and
``ner_cues.tsv`` (words around names). Learned data: ``ner_model.tsv`` (written by
``scripts/train_ner.py``) adds place words and transliteration characters seen in training and
holds the feature weights.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import ResourceError
from ..resources.loader import regions, surnames

MODEL_FILE = "ner_model.tsv"
PLACE_KINDS = frozenset({"country", "country_former", "region", "water", "landform", "landmark",
                         "city", "abbr"})
CUE_KINDS = frozenset({"honorific", "verb", "org_after", "visit", "abbr_after", "not_in_name",
                       "translit", "given"})
_CJK = re.compile(r"^[\u3400-\u9fff]+$")
SEPARATORS = "·•・．"  # between the parts of a transliterated name (卡尔·刘易斯)


def _read(name: str) -> list[tuple[int, list[str]]]:
    """Rows of a packaged TSV after its header: (line number, fields)."""
    try:
        text = resources.files("neican.resources").joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(f"{name}: missing from the package") from exc
    return [(number, line.split("\t")) for number, line in enumerate(text.splitlines()[1:], start=2)
            if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class Learned:
    """What training adds to the hand-written lexicons, and the weights."""
    places: frozenset[str]
    translit: frozenset[str]
    bigrams: dict[str, int]  # character bigram -> count in training text outside names
    name_chars: dict[str, dict[str, float]]  # "given"/"foreign" -> char -> log-ratio vs text
    weights: dict[str, float]
    meta: dict[str, str]


@cache
def learned() -> Learned:
    """The shipped model (``ner_model.tsv``): ``section<TAB>key<TAB>value`` rows."""
    places, translit, bigrams, weights, meta = set(), set(), {}, {}, {}
    name_chars: dict[str, dict[str, float]] = {"given": {}, "foreign": {}}
    for number, fields in _read(MODEL_FILE):
        if len(fields) != 3:
            raise ResourceError(f"{MODEL_FILE}:{number}: expected 3 fields, got {len(fields)}")
        section, key, value = fields
        if section == "w":
            try:
                weights[key] = float(value)
            except ValueError as exc:
                raise ResourceError(f"{MODEL_FILE}:{number}: bad weight {value!r}") from exc
        elif section == "place":
            places.add(key)
        elif section == "translit":
            translit.add(key)
        elif section == "bigram":
            bigrams[key] = int(value)
        elif section in ("given", "foreign"):
            name_chars[section][key] = float(value)
        elif section == "meta":
            meta[key] = value
        else:
            raise ResourceError(f"{MODEL_FILE}:{number}: unknown section {section!r}")
    return Learned(frozenset(places), frozenset(translit), bigrams, name_chars, weights, meta)


@cache
def titles() -> frozenset[str]:
    """Official posts from ``titles.tsv`` (column ``title``)."""
    return frozenset(fields[0] for _, fields in _read("titles.tsv") if fields[0])


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
        if fields[1] in ("translit", "given") and len(fields[0]) != 1:
            raise ResourceError(f"{name}:{number}: translit and given cues are single characters")
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
        bands[name] = "a" if r <= 10 else "b" if r <= 30 else "c" if r <= 100 else "d" if r <= 300 else "e"
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
    automaton: object  # Aho-Corasick over places and titles: word -> (is_title, word)
    cues: dict[str, frozenset[str]]
    cue_lengths: dict[str, tuple[int, ...]]  # kind -> word lengths, longest first
    bigram_bands: dict[str, str]  # character bigram -> how common it is in ordinary text
    name_chars: dict[str, dict[str, float]]  # "given"/"foreign" -> char -> log-ratio ("" unseen)


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


def build_lexicon(extra_places: frozenset[str] = frozenset(),
                  extra_translit: frozenset[str] = frozenset(),
                  bigrams: dict[str, int] | None = None,
                  name_chars: dict[str, dict[str, float]] | None = None) -> Lexicon:
    """The lexicon with learned additions (the training script passes its own)."""
    import ahocorasick

    names = surnames()
    single = frozenset(s for s in names if len(s) == 1)
    compound = frozenset(s for s in names if len(s) == 2)
    starts = "".join(sorted(single | {s[0] for s in compound}))
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
    for word in extra_places:
        if len(word) >= 2:
            tags.setdefault(word, set()).add("learned")
    place_tags = {w: tuple(sorted(t)) for w, t in tags.items() if len(w) >= 2 and _CJK.match(w)}
    cue_sets = cues()
    translit = frozenset(cue_sets["translit"] | extra_translit)
    chars = re.escape("".join(sorted(translit)))
    automaton = ahocorasick.Automaton()
    for word in place_tags:
        automaton.add_word(word, (False, word))
    for word in titles():
        if len(word) >= 2 and word not in place_tags:
            automaton.add_word(word, (True, word))
    automaton.make_automaton()
    lengths = {kind: tuple(sorted({len(w) for w in words}, reverse=True)) for kind, words in cue_sets.items()}
    return Lexicon(
        surnames=single, surname_bands=surname_bands(), compound_surnames=compound, surname_re=re.compile(f"[{re.escape(starts)}]"),
        place_tags=place_tags, abbreviations=frozenset(abbreviations), translit=translit,
        translit_re=re.compile(f"[{chars}]+(?:[{SEPARATORS}][{chars}]+)*"),
        suffix_re=re.compile(f"[{PLACE_SUFFIXES}]"), automaton=automaton, cues=cue_sets,
        cue_lengths=lengths,
        bigram_bands={b: bigram_band(n) for b, n in (bigrams or {}).items() if n >= 2},
        name_chars=name_chars or {"given": {}, "foreign": {}})


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon: hand-written files plus what the shipped model learned."""
    model = learned()
    return build_lexicon(model.places, model.translit, model.bigrams, model.name_chars)
