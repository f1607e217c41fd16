"""The features of person candidates, as names or as weights.

Training reads a candidate's features by name (``PL1=市``: the character before it is 市); the
recogniser needs only their weights, summed in order. Building some twenty names a candidate
and looking each up in the weights was most of the recogniser's time, so
:mod:`neican.extractors.ner_candidates` writes each feature once, as a template and a value,
and a template either names the feature (:class:`Named`: prefix + value + suffix) or gives its
weight from a table keyed by the value (:class:`Weighed`). A candidate's list is then either the
names or their weights, in the same order, and the weights add up to the same float as the
names looked up one by one.
"""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

# The kinds of person candidates (S2: surname and 2 characters; C3 compound surname; J1 Japanese
# surname; X2 after a post; T transliterated).
PERSON_KINDS = ("S1", "S2", "S3", "C3", "C4", "J0", "J1", "J2", "J3", "X2", "X3", "T")
MAX_TRANSLIT = 12  # longest transliterated name considered (characters)
# values a Weighed table (and the own-feature cache) keeps before it starts afresh: memory stays
# bounded. 16,384: at 65,536 a worker held some 25 MB more on the full xwlb corpus, for no speed
# measured (CPU chars/s on 20,000 items after 20,000, three alternating pairs: equal within noise)
_MAX_KEPT = 1 << 14


class Named:
    """A template that names its features: ``named[value]`` is prefix + value + suffix."""

    __slots__ = ("prefix", "suffix")

    def __init__(self, prefix: str, suffix: str = ""):
        self.prefix, self.suffix = prefix, suffix

    def __getitem__(self, value: str) -> str:
        return self.prefix + value + self.suffix


class Weighed(dict):
    """A template that weighs its features: ``weighed[value]`` is the weight of the feature
    prefix + value + suffix (0.0 where the model has none), looked up the first time a value
    comes and then kept, so that most lookups build no string."""

    __slots__ = ("weights", "prefix", "suffix")

    def __init__(self, weights: dict[str, float], prefix: str, suffix: str = ""):
        super().__init__()
        self.weights, self.prefix, self.suffix = weights, prefix, suffix

    def __missing__(self, value: str) -> float:
        if len(self) >= _MAX_KEPT:
            self.clear()
        weight = self[value] = self.weights.get(self.prefix + value + self.suffix, 0.0)
        return weight


Template = Callable[..., "Named | Weighed"]  # (prefix, suffix="") -> a template


class KindFeatures:
    """The templates of one kind of person candidate (its features hold the kind), and the
    features that are constant for the kind (a name or a weight)."""

    __slots__ = ("k", "kl1", "kr1", "bl", "br", "c", "item", "cell", "inner", "likeness", "hits",
                 "surname_band", "prior")

    def __init__(self, kind: str, template: Template):
        self.k, self.kl1, self.kr1 = template("Pk=" + kind)[""], template("PkL1=" + kind), template("PkR1=" + kind)
        self.bl, self.br, self.c = template("PbL" + kind), template("PbR" + kind), template("Pc" + kind)
        self.item = template("Pit" + kind)[""]
        self.cell = "Pz" + kind + "|"  # the start of the candidate's cell, which is also a feature
        self.inner, self.likeness = template("Pbi" + kind), template("Pnl" + kind)
        self.hits = tuple(template("PG%s%d" % (kind, hits))[""] for hits in range(4))  # common given characters
        self.surname_band, self.prior = template("Psb=", kind), template("Pj" + kind + "|")


class PersonFeatures:
    """Every template of person candidates; ``weighed``: whether they give weights, not names.
    ``own``: for weighing templates, the summed weight of a Chinese-name candidate's own features
    by (kind, surname length, characters), None where its cell is pruned (ner_candidates)."""

    def __init__(self, template: Template, weighed: bool):
        self.weighed = weighed
        self.own: dict[tuple[str, int, str], float | None] = {}
        self.whole = template("")  # features whose name is built anyway (the cells)
        self.left1, self.right1, self.frame = template("PL1="), template("PR1="), template("Pc")
        self.item_before, self.item_after = template("PitN<")[""], template("PitN>")[""]
        self.place = template("PP=")
        self.place_longer, self.place_inside = template("PP>")[""], template("PPx")[""]
        self.surname, self.given_first = template("Psn="), template("Pg1=")
        self.given_last = tuple(template("Pe%d=" % n) for n in range(4))  # by the given name's length
        self.surname_given, self.given_pair = template("Psg"), template("Pgg")  # hashed pairs
        self.translit_length = tuple(template("Ptn=%d" % min(n, 8))[""] for n in range(MAX_TRANSLIT + 1))
        self.translit_first, self.translit_last = template("Ptf="), template("Ptl=")
        self.translit_char, self.translit_likeness = template("Ptc="), template("Pnl")
        self.separated, self.run_left, self.run_right = template("Ptd")[""], template("PtL")[""], template("PtR")[""]
        self.kinds = {kind: KindFeatures(kind, template) for kind in PERSON_KINDS}

    def keep_own(self, key: tuple[str, int, str], weight: float | None) -> float | None:
        if len(self.own) >= _MAX_KEPT:
            self.own.clear()
        self.own[key] = weight
        return weight


NAMED = PersonFeatures(Named, weighed=False)


def weighed(weights: dict[str, float]) -> PersonFeatures:
    """The templates that give the weights of ``weights`` (the tables fill as values come)."""
    return PersonFeatures(partial(Weighed, weights), weighed=True)
