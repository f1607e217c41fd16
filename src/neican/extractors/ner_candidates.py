"""Candidate spans and their features for the person/place recogniser.

The cheap pass: where a name, a place or an organisation could be, and what surrounds it.

* person: a surname and 1-2 characters (3-4 after a compound surname; the surname alone before
  a post or an honorific: 江主席, 王先生), a Japanese surname and 0-3 characters (桥本龙太郎),
  2-3 characters after a post (市长林慕白, also for surnames the table lacks), or part of a run
  of transliteration characters (克林顿, 卡尔·刘易斯);
* place: a word of the place lexicons (regions, countries, cities, rivers ...), a stem before a
  place suffix (下叔村, 泥汊镇), or a one-character abbreviation in a context that allows one
  (中美关系, 访华);
* organisation: a known name, or a stem before a suffix (上海古籍出版社); mostly there so that
  the places inside organisations are not taken for places of their own.

Each candidate carries string features (its characters, the characters around it, cues such as
a post before it or 指出 after it); :mod:`neican.extractors.ner` weighs them. A candidate whose
cell (``?z`` feature: kind and coarse statistics) was almost never right in training is dropped
before its features are built, which is most of the speed. The training script calls the same
:func:`find_candidates`, so features match by construction. A person candidate's features are
written as templates and values (:mod:`neican.extractors.ner_features`): find_entities has them
give their weights, the same floats in the same order as the names looked up one by one.
"""
from __future__ import annotations

import re
import string
import zlib
from functools import lru_cache

from ..patterns import cached_compile
from .ner_features import MAX_TRANSLIT, NAMED, KindFeatures, PersonFeatures
from .ner_lexicon import SEPARATORS, Lexicon

PER, LOC, ORG = "PER", "LOC", "ORG"
# Digits and Latin letters collapse to one class each: context, not identity, matters there.
_NORMALISE = str.maketrans({**{c: "0" for c in "0123456789０１２３４５６７８９"},
                            **{c: "a" for c in string.ascii_letters},
                            **{chr(0xFF21 + k): "a" for k in range(26)},
                            **{chr(0xFF41 + k): "a" for k in range(26)}})
# Where none of them occurs (most windows), the text needs no translation, which costs a
# dictionary lookup a character.
_TO_NORMALISE = cached_compile("[" + re.escape("".join(map(chr, sorted(_NORMALISE)))) + "]")
_MAX_STEM = 4  # longest stem before a place suffix


def _cjk(text: str, start: int, end: int, stop: frozenset[str]) -> bool:
    """Every character of text[start:end] is a Han character outside ``stop``."""
    if end > len(text):
        return False
    for c in text[start:end]:
        if not ("\u4e00" <= c <= "\u9fff") or c in stop:
            return False
    return True


def _starts(lex: Lexicon, kind: str, text: str, pos: int) -> bool:
    """Whether a cue of ``kind`` (ner_cues.tsv) starts at text[pos]."""
    if text[pos:pos + 1] not in lex.cue_firsts[kind]:
        return False
    words = lex.cues[kind]
    for n in lex.cue_lengths[kind]:
        if text[pos:pos + n] in words:
            return True
    return False


# The names of the context features for places (L) and organisations (O), in the order
# context() lists them: joined once here rather than for every candidate.
_CONTEXT_LABELS = {prefix: tuple(prefix + label for label in ("L1=", "R1=", "k=", "kL1=", "kR1=", "bL", "bR"))
                   for prefix in "LO"}
class _Scan:
    """One text, normalised and padded, with its lexicon matches."""

    __slots__ = ("text", "pad", "lex", "features", "places_at", "orgs_at", "title_ends", "title_starts",
                 "japanese", "right_frames", "out", "merged", "lines")

    def __init__(self, text: str, lex: Lexicon, features: PersonFeatures = NAMED):
        self.text, self.lex, self.features = text, lex, features
        normal = text.translate(_NORMALISE) if _TO_NORMALISE.search(text) else text
        self.pad = "^^" + normal + "$$"  # pad[i + 2] is text[i]
        self.places_at: dict[int, list[int]] = {}
        self.title_ends: set[int] = set()
        self.title_starts: set[int] = set()
        self.japanese: list[tuple[int, int]] = []  # Japanese surnames (桥本): start, end
        self.orgs_at: dict[int, list[int]] = {}
        kinds = lex.automaton.values
        for index, start, end in lex.automaton.overlapping_indexes(text):
            kind = kinds[index]
            if kind == "place":
                self.places_at.setdefault(start, []).append(end)
            elif kind == "title":
                self.title_ends.add(end)
                self.title_starts.add(start)
            elif kind == "jp":
                self.japanese.append((start, end))
            else:
                self.orgs_at.setdefault(start, []).append(end)
        # (start, end, label, reading) -> the candidate's features: their names, or for a person
        # candidate of a scan with weighed features, their weights
        self.out: dict[tuple[int, int, str, str], list] = {}
        self.merged = False  # whether two weighed person candidates had the same key
        self.right_frames: dict[int, tuple[str, str]] = {}  # the band and frame right of j, cached
        # (start, end) of the lines places and organisations are looked for on: all of the text
        # unless other_candidates is told fewer
        self.lines: list[tuple[int, int]] = [(0, len(text))]

    def on_lines(self, at: dict[int, list[int]]):
        """The items of ``at`` (start -> ends) whose start lies on one of the lines."""
        if len(self.lines) == 1 and self.lines[0] == (0, len(self.text)):
            return at.items()
        return [(i, ends) for i, ends in at.items() if any(a <= i < b for a, b in self.lines)]

    def finditer(self, pattern: re.Pattern):
        """The matches of ``pattern`` on the lines (none crosses a line break)."""
        return (m for a, b in self.lines for m in pattern.finditer(self.text, a, b))

    def context(self, prefix: str, i: int, j: int, kind: str) -> list[str]:
        """Features of the characters around text[i:j] for a place or an organisation (``prefix``
        L or O; a person's are _person_common's); ``kind`` is how the candidate was found."""
        p, bands = self.pad, self.lex.bigram_bands
        l1, r1 = p[i + 1], p[j + 2]
        # How word-like the pairs across each edge are (林慕白指|出 cuts 指出).
        left = bands.get(l1 + p[i + 2], "0") if "\u4e00" <= l1 <= "\u9fff" else "p"
        right = bands.get(p[j + 1] + r1, "0") if "\u4e00" <= r1 <= "\u9fff" else "p"
        at_l1, at_r1, at_k, at_kl1, at_kr1, at_bl, at_br = _CONTEXT_LABELS[prefix]
        feats = [at_l1 + l1, at_r1 + r1, at_k + kind, at_kl1 + kind + l1, at_kr1 + kind + r1,
                 at_bl + kind + left, at_br + kind + right]
        if i in self.title_ends:
            feats += [prefix + "T<", prefix + "T<" + kind]
        if j in self.title_starts:
            feats += [prefix + "T>", prefix + "T>" + kind]
        return feats

    def add(self, i: int, j: int, label: str, feats: list, reading: str = "") -> None:
        """Record a candidate; one with the key of another takes the features that one lacks."""
        key = (i, j, label, reading)
        known = self.out.setdefault(key, feats)
        if known is feats:
            return
        if label == PER and self.features.weighed:
            self.merged = True  # weights cannot be told apart as names can: the caller reads names
        else:
            known.extend(f for f in feats if f not in known)


def _person_common(scan: _Scan, i: int, j: int, at: KindFeatures, feats: list) -> list:
    """``feats`` with the features of the characters around a person candidate text[i:j] (those
    context() lists for places, in the same order) and of the frame they make appended;
    ``at``: the templates of its kind."""
    p, f = scan.pad, scan.features
    l1, r1 = p[i + 1], p[j + 2]
    # How word-like the pairs across each edge are (林慕白指|出 cuts 指出), and the frame around
    # the candidate: what is on its left and on its right, together.
    if "\u4e00" <= l1 <= "\u9fff":
        left_band, left = scan.lex.bigram_bands.get(l1 + p[i + 2], "0"), "O"
    else:
        left_band, left = "p", "I" if l1 == "、" else "P"
    if i in scan.title_ends:
        left = "T"
    right_band, right = scan.right_frames.get(j) or _right_frame(scan, j, r1)
    frame = left + right
    feats += (f.left1[l1], f.right1[r1], at.k, at.kl1[l1], at.kr1[r1], at.bl[left_band],
              at.br[right_band], f.frame[frame], at.c[frame])
    if l1 == "、" or r1 == "、":
        feats += _list_item(scan, i, j, at.item)
    places_at = scan.places_at
    if places_at:  # most windows hold no place word
        ends = places_at.get(i)
        if ends:
            if j in ends:
                feats += [f.place[tag] for tag in scan.lex.place_tags[scan.text[i:j]]]
            if max(ends) > j:
                feats.append(f.place_longer)  # 张家 of 张家口
        for k in range(i + 1, j):
            ends = places_at.get(k)
            if ends and max(ends) > j:
                feats.append(f.place_inside)  # a place word starts inside and runs past the end
                break
    return feats


def _right_frame(scan: _Scan, j: int, r1: str) -> tuple[str, str]:
    """How word-like the pair across the end of a candidate that ends at ``j`` is, and what
    follows it (verb, post, ...) as one letter; cached, as candidates share their ends."""
    lex, text = scan.lex, scan.text
    band = lex.bigram_bands.get(scan.pad[j + 1] + r1, "0") if "\u4e00" <= r1 <= "\u9fff" else "p"
    before_title, after_title = lex.frame_cues.get(text[j:j + 1], _NO_CUES)
    if before_title and (right := _cue_after(text, j, before_title)):
        pass
    elif j in scan.title_starts:
        right = "T"
    elif after_title and (right := _cue_after(text, j, after_title)):
        pass
    elif not "\u4e00" <= r1 <= "\u9fff":
        right = "P"
    else:
        right = "N" if r1 in lex.surnames else "-"  # N: another name may follow (名单)
    scan.right_frames[j] = band, right
    return band, right


_NO_CUES: tuple = ((), ())


def _cue_after(text: str, j: int, cues: tuple[tuple[str, frozenset[str], tuple[int, ...]], ...]) -> str:
    """The letter of the first of ``cues`` (letter, words, their lengths) that starts at text[j]."""
    for letter, words, lengths in cues:
        for n in lengths:
            if text[j:j + n] in words:
                return letter
    return ""


_ITEM_OPEN = set("、，,：:；;（(“\"《 ^")
_ITEM_CLOSE = set("、，,；;）)”\"》 。$")


def _list_item(scan: _Scan, i: int, j: int, label) -> list:
    """Whether text[i:j], next to a 、, is a whole item of a 、-list (feature ``label``), and
    whether its neighbours look like names (林慕白、李明、张维出席: one name in a list of names
    makes the next likely)."""
    p = scan.pad
    l1, r1 = p[i + 1], p[j + 2]
    if l1 not in _ITEM_OPEN or r1 not in _ITEM_CLOSE:
        return []
    feats = [label]
    names, f = scan.lex.surnames, scan.features
    if l1 == "、":
        k = i - 1
        while k > 0 and i - 1 - k < 5 and scan.text[k - 1] not in _ITEM_OPEN:
            k -= 1
        if 2 <= i - 1 - k <= 3 and scan.text[k] in names:
            feats.append(f.item_before)
    if r1 == "、":
        k = j + 1
        while k < len(scan.text) and k - j - 1 < 5 and scan.text[k] not in _ITEM_CLOSE:
            k += 1
        if 2 <= k - j - 1 <= 3 and scan.text[j + 1] in names:
            feats.append(f.item_after)
    return feats


_BANDS = {k: str(k) for k in range(-3, 5)}


@lru_cache(maxsize=1 << 14)  # pure; the same character pairs come back in every text (16,384: see names._name_opening)
def _hashed(chars: str) -> str:
    return "%x" % (zlib.crc32(chars.encode("utf-8")) & 0xFFFFFF)


def _name_likeness(ratios: dict[str, float], chars: str) -> str:
    """Mean log-ratio of the characters' frequency in names to that in ordinary text, as a band."""
    unseen = ratios.get("", 0.0)
    if len(chars) == 1:
        mean = ratios.get(chars, unseen)
    else:
        mean = sum([ratios.get(c, unseen) for c in chars]) / len(chars)
    return _BANDS[max(-3, min(4, int(mean // 1)))]


def _chinese_person(scan: _Scan, i: int, j: int, kind: str, surname_len: int) -> None:
    f = scan.features
    at = f.kinds[kind]
    if f.weighed:
        # the candidate's own features (its characters', not its context's) weigh the same
        # wherever the same characters come back: summed once, kept (ner_features.PersonFeatures.own).
        # They come first, so that the sum of the rest added to theirs is, bit for bit, the sum of
        # the names' weights in order (ner._scored)
        key = (kind, surname_len, scan.text[i:j])
        own = f.own.get(key, _UNSEEN)
        if own is _UNSEEN:
            weights = _own_features(scan, i, j, at, surname_len)
            own = f.keep_own(key, None if weights is None else sum(weights))
        if own is None:
            return
        feats = [own]
    else:
        feats = _own_features(scan, i, j, at, surname_len)
        if feats is None:
            return
    _person_common(scan, i, j, at, feats)
    if scan.out.setdefault((i, j, PER, ""), feats) is not feats:
        scan.add(i, j, PER, feats)  # a candidate with the same key came first: add() merges the two


_UNSEEN = object()


def _own_features(scan: _Scan, i: int, j: int, at: KindFeatures, surname_len: int) -> list | None:
    """The features of a Chinese-name candidate's own characters (surname, given name, the bands
    of its pairs), or None where its cell is pruned."""
    lex, text, f = scan.lex, scan.text, scan.features
    inner = "".join([lex.bigram_bands.get(text[k:k + 2], "0") for k in range(i, j - 1)])
    given_start = i + surname_len
    likeness = _name_likeness(lex.name_chars["given"], text[given_start:j]) if given_start < j else ""
    cell = at.cell + inner + "|" + likeness
    if cell in lex.pruned:  # 方面, 高度: word-like pairs, unlike names; never a name in training
        return None
    sur = text[i:given_start]
    band = lex.surname_bands.get(sur, "x")
    feats = [f.surname[sur], at.surname_band[band], f.whole[cell]]
    if inner:
        feats.append(at.inner[inner])  # 明确 is a word, 罗干 is not
    if given_start < j:
        given = text[given_start:j]
        hits = sum(map(lex.cues["given"].__contains__, given))  # given characters that are common ones
        feats += [at.likeness[likeness], at.hits[hits],
                  # the priors together: each alone is weak evidence, all together strong
                  at.prior[f"{band}|{inner}|{hits}|{likeness}"],
                  f.given_first[given[0]], f.given_last[len(given)][given[-1]],
                  # character pairs of names, hashed: the model file holds no names
                  f.surname_given[_hashed(sur + given[0])]]
        if len(given) == 2:
            feats.append(f.given_pair[_hashed(given)])
    return feats


def _people(scan: _Scan, starts: frozenset[int] | None = None) -> None:
    lex, text = scan.lex, scan.text
    stop = lex.cues["not_in_name"]
    surnames, compound_surnames = lex.surnames, lex.compound_surnames
    title_starts, places_at, honorific_firsts = scan.title_starts, scan.places_at, lex.cue_firsts["honorific"]
    for m in lex.surname_re.finditer(text):
        i = m.start()
        if starts is not None and i not in starts:
            continue
        if text[i:i + 2] in compound_surnames:
            for n in (3, 4):
                if _cjk(text, i + 2, i + n, stop):
                    _chinese_person(scan, i, i + n, "C%d" % n, 2)
        if text[i] not in surnames:
            continue
        second = text[i + 1:i + 2]  # "" at the end: no Han character
        if "\u4e00" <= second <= "\u9fff" and second not in stop:
            # the bands and likeness of the readings' characters are read only where the
            # own-feature cache lacks the reading (most readings come back: _chinese_person)
            _chinese_person(scan, i, i + 2, "S2", 1)
            third = text[i + 2:i + 3]
            if "\u4e00" <= third <= "\u9fff" and third not in stop:
                _chinese_person(scan, i, i + 3, "S3", 1)
        if (i + 1 in title_starts or (second in honorific_firsts and _starts(lex, "honorific", text, i + 1))
                or (i and text[i - 1] in "老小")) and i not in places_at:
            _chinese_person(scan, i, i + 1, "S1", 1)
    for i, k in scan.japanese:  # 桥本, 桥本龙太郎
        if starts is not None and i not in starts:
            continue
        for n in range(0, 4):
            if _cjk(text, k, k + n, stop):
                _chinese_person(scan, i, k + n, "J%d" % n, k - i)
    for i in scan.title_ends:  # 市长林慕白, also where the surname table lacks the surname
        if i < len(text) and text[i] not in lex.surnames and (starts is None or i in starts):
            for n in (2, 3):
                if _cjk(text, i, i + n, stop):
                    _chinese_person(scan, i, i + n, "X%d" % n, 1)


# A transliteration reading's cell by (length up to 8, likeness band, whether the run goes on
# to the left, to the right): formatted once, not for every reading
_TRANSLIT_CELLS = {(n, band, left, right): "PzT|%d|%s|%d%d" % (n, band, left, right)
                   for n in range(9) for band in _BANDS.values() for left in (False, True) for right in (False, True)}


def _translit(scan: _Scan, starts: frozenset[int] | None = None) -> None:
    lex, text, f = scan.lex, scan.text, scan.features
    translit = lex.translit
    ratios = lex.name_chars["foreign"]
    unseen = ratios.get("", 0.0)
    kind = f.kinds["T"]
    for m in lex.translit_re.finditer(text):
        s, e = m.span()
        if e - s < 2:
            continue
        for a in range(s, e - 1):
            if text[a] not in translit or (starts is not None and a not in starts):
                continue
            first = f.translit_first[text[a]]
            # What text[a:b] holds, kept as b grows: the sum of _name_likeness (the same additions
            # in the same order as sum() over the span makes, so the same mean), the features of
            # its transliteration characters in order of first occurrence, whether a separator
            summed, summed_to, letters, separated = 0, a, {}, False
            for b in range(a + 2, min(e, a + MAX_TRANSLIT) + 1):
                if text[b - 1] not in translit:
                    continue
                while summed_to < b:
                    c = text[summed_to]
                    summed += ratios.get(c, unseen)
                    if c in translit and c not in letters:
                        letters[c] = f.translit_char[c]
                    if c in SEPARATORS:
                        separated = True
                    summed_to += 1
                likeness = _BANDS[max(-3, min(4, int(summed / (b - a) // 1)))]
                cell = _TRANSLIT_CELLS[min(b - a, 8), likeness, a > s, b < e]
                if cell in lex.pruned:
                    continue
                feats = _person_common(scan, a, b, kind, [])
                feats += [f.translit_length[b - a], first, f.translit_last[text[b - 1]],
                          f.translit_likeness[likeness], f.whole[cell]]
                feats += letters.values()
                if separated:
                    feats.append(f.separated)
                if a > s:
                    feats.append(f.run_left)  # the run goes on to the left
                if b < e:
                    feats.append(f.run_right)
                scan.add(a, b, PER, feats, "T")


def _place_common(scan: _Scan, i: int, j: int, kind: str) -> list[str]:
    lex, p = scan.lex, scan.pad
    feats = scan.context("L", i, j, kind)
    feats += ["LL2=" + p[i:i + 2], "LR2=" + p[j + 2:j + 4], "LeR=" + p[j + 1:j + 3],
              "LLf=" + p[i + 1:i + 3]]
    word = scan.text[i:j]
    # Lexicon words as they are; other spans (a stem before 山 may be a name) hashed.
    feats += ["Ln=%d" % min(j - i, 6), "Lw=" + word if kind != "s" else "Lwh" + _hashed(word)]
    if _starts(lex, "org_after", scan.text, j):
        feats.append("LO>")  # 北京 of 北京大学 belongs to the organisation
    return feats


def _places(scan: _Scan) -> None:
    lex, text = scan.lex, scan.text
    for i, ends in scan.on_lines(scan.places_at):
        for j in ends:
            feats = _place_common(scan, i, j, "w")
            feats += ["Ls=" + tag for tag in lex.place_tags[text[i:j]]]
            scan.add(i, j, LOC, feats)
    stop = lex.cues["not_in_name"] - set("省市县区镇乡")
    for m in scan.finditer(lex.suffix_re):
        k = m.start()
        if k in scan.title_ends:  # 书记江: the stem would be part of a post
            continue
        joint = lex.bigram_bands.get(text[k - 1:k + 1], "0")
        for i in range(k - 1, max(k - _MAX_STEM, 0) - 1, -1):
            if not _cjk(text, i, i + 1, stop):
                break
            if i + 1 in scan.title_ends and i + 1 < k:
                break
            suffix = text[k]
            cell = "Lzs|%s|%d|%s" % (suffix, k - i, joint)  # 城市, 地区: the suffix ends a word
            if cell in lex.pruned:
                continue
            feats = _place_common(scan, i, k + 1, "s")
            feats += ["Lsf=" + suffix, "Lsfn=%s%d" % (suffix, k - i), "Lst1=" + text[i], cell]
            scan.add(i, k + 1, LOC, feats)
    _abbreviations(scan)


def _side(c: str, abbr: frozenset[str], cue: frozenset[str]) -> str:
    """A neighbour of an abbreviation, as a class: A another abbreviation, C a cue, P other."""
    return "A" if c in abbr else "C" if c in cue else "P" if c == "、" else "O"


@lru_cache(maxsize=4)
def _any_of(chars: frozenset[str]) -> re.Pattern:
    """One of ``chars``: re finds them at C speed where a loop over every character would not."""
    return cached_compile("[" + re.escape("".join(sorted(chars))) + "]")


def _abbreviations(scan: _Scan) -> None:
    """One-character places (中美, 访华, 俄总统), only where a neighbour makes one likely."""
    lex, pad = scan.lex, scan.pad
    abbr, visit, after = lex.abbreviations, lex.cues["visit"], lex.cues["abbr_after"]
    for found in scan.finditer(_any_of(abbr)):
        i, c = found.start(), found.group()
        l1, r1 = pad[i + 1], pad[i + 3]
        if not (l1 in abbr or l1 in visit or r1 in abbr or r1 in after or l1 == "、" or r1 == "、"):
            continue
        cell = "Lza|%s|%s|%s" % (c, _side(l1, abbr, visit), _side(r1, abbr, after))
        if cell in lex.pruned:
            continue
        feats = _place_common(scan, i, i + 1, "a")
        feats += ["La=" + c, "LaL=" + c + l1, "LaR=" + c + r1, cell]
        if l1 in abbr:
            feats.append("LaLA")
        if r1 in abbr:
            feats.append("LaRA")
        if l1 in visit:
            feats.append("LaV")
        scan.add(i, i + 1, LOC, feats)


_MAX_ORG = 16  # longest organisation name considered (characters)
# Where an organisation's name may start: after punctuation or one of these words.
_ORG_OPENERS = set("的在和与同由向对是为被经据从将把及并等了、，。；：（“《 ")


def _org_starts(scan: _Scan, end: int, first: int) -> list[tuple[int, str]]:
    """Possible starts of an organisation whose suffix begins at ``first`` and ends at ``end``:
    a place word, a known organisation, or the position after an opener (的, 与, punctuation)."""
    text, out = scan.text, []
    for i in range(first - 1, max(end - _MAX_ORG, 0) - 1, -1):
        c = text[i]
        if not ("\u4e00" <= c <= "\u9fff" or c.isalnum()):
            break
        if i in scan.places_at:
            out.append((i, "p"))
        elif i in scan.orgs_at:
            out.append((i, "o"))
        elif i == 0 or text[i - 1] in _ORG_OPENERS:
            out.append((i, "b"))
    return out


def _organisations(scan: _Scan) -> None:
    """Organisations (中国作家协会, 上海古籍出版社, 新华社): known names and stems before a suffix.
    They matter most as places' rivals: 上海 of 上海古籍出版社 is no place of its own."""
    text, pad = scan.text, scan.pad
    for i, ends in scan.on_lines(scan.orgs_at):
        for j in ends:
            scan.add(i, j, ORG, scan.context("O", i, j, "w") + ["Ow=" + text[i:j]])
    for m in scan.finditer(scan.lex.org_suffix_re):
        first, end = m.span()
        suffix = m.group()
        for i, start in _org_starts(scan, end, first):
            cell = "Ozs|%s|%s|%d" % (suffix, start, min(end - i, 8))
            if cell in scan.lex.pruned:
                continue
            feats = scan.context("O", i, end, "s")
            feats += ["Osf=" + suffix, "Ost=" + start, "On=%d" % min(end - i, 12),
                      "Of=" + pad[i + 2], cell]
            if end - i <= 6:
                feats.append("Owh" + _hashed(text[i:end]))
            ends = scan.places_at.get(i)
            if ends:
                feats += ["Opl=" + tag for tag in scan.lex.place_tags[text[i:max(ends)]]]
            scan.add(i, end, ORG, feats)


def find_candidates(text: str, lex: Lexicon) -> dict[tuple[int, int, str, str], list[str]]:
    """Every candidate of ``text``: (start, end, label, reading) -> feature strings.

    A span may have two readings (马克思 as a Chinese name and as a transliteration); the model
    keeps the better-scoring one."""
    scan = person_candidates(text, lex)
    other_candidates(scan)
    return scan.out


def person_candidates(text: str, lex: Lexicon, features: PersonFeatures = NAMED,
                      starts: frozenset[int] | None = None) -> _Scan:
    """The scan of ``text`` with its person candidates (``scan.out``), as find_candidates finds
    them; :func:`other_candidates` adds the places and organisations after them.

    With ``features`` that weigh (ner_features.weighed), each candidate carries the weights of
    its features in order rather than their names, unless two candidates had one key
    (``scan.merged``): names merge, weights do not, and the caller reads the text by name.
    ``starts``: only the names that start at one of these positions (a caller that wants no
    other), their rivals the places and organisations."""
    scan = _Scan(text, lex, features)
    _people(scan, starts)
    _translit(scan, starts)
    return scan


def other_candidates(scan: _Scan, lines: list[tuple[int, int]] | None = None) -> None:
    """Add the places and organisations of the scan's text, or of ``lines`` only: (start, end) of
    whole lines, in order. No candidate crosses a line break, so a line's are those of the text."""
    if lines is not None:
        scan.lines = lines
    _places(scan)
    _organisations(scan)
