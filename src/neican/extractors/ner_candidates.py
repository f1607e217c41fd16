"""Candidate spans and their features for the person/place recogniser.

The cheap pass: where a name or a place could be, and what surrounds it. A person candidate
starts at a surname (2-3 characters, 3-4 after a compound surname, 1 before a post or an
honorific: 江主席, 王先生), follows a post (市长王浩, also for surnames the table lacks), or is a
run of transliteration characters (克林顿, 卡尔·刘易斯). A place candidate is a word of the
place lexicons (regions, countries, cities, rivers ...), a stem before a place suffix (下叔村,
泥汊镇), or a one-character abbreviation in a context that allows one (中美关系, 访华).

Each candidate carries string features (its characters, the characters around it, cues such as
a post before it or 指出 after it); :mod:`neican.extractors.ner` weighs them. The training
script calls the same :func:`find_candidates`, so features match by construction.
"""
from __future__ import annotations

import string

from .ner_lexicon import SEPARATORS, Lexicon

PER, LOC = "PER", "LOC"
# Digits and Latin letters collapse to one class each: context, not identity, matters there.
_NORMALISE = str.maketrans({**{c: "0" for c in "0123456789０１２３４５６７８９"},
                            **{c: "a" for c in string.ascii_letters},
                            **{chr(0xFF21 + k): "a" for k in range(26)},
                            **{chr(0xFF41 + k): "a" for k in range(26)}})
_MAX_TRANSLIT = 12  # longest transliterated name considered (characters)
_MAX_STEM = 4  # longest stem before a place suffix


def _cjk(text: str, start: int, end: int, stop: frozenset[str]) -> bool:
    """Every character of text[start:end] is a Han character outside ``stop``."""
    if end > len(text):
        return False
    for c in text[start:end]:
        if not ("\u4e00" <= c <= "\u9fff") or c in stop:
            return False
    return True


def _starts(text: str, pos: int, words: frozenset[str], lengths: tuple[int, ...]) -> bool:
    for n in lengths:
        if text[pos:pos + n] in words:
            return True
    return False


class _Scan:
    """One text, normalised and padded, with its lexicon matches."""

    __slots__ = ("text", "pad", "lex", "places_at", "title_ends", "title_starts", "out")

    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex = text, lex
        self.pad = "^^" + text.translate(_NORMALISE) + "$$"  # pad[i + 2] is text[i]
        self.places_at: dict[int, list[int]] = {}
        self.title_ends: set[int] = set()
        self.title_starts: set[int] = set()
        for last, (is_title, word) in lex.automaton.iter(text):
            start = last + 1 - len(word)
            if is_title:
                self.title_ends.add(last + 1)
                self.title_starts.add(start)
            else:
                self.places_at.setdefault(start, []).append(last + 1)
        self.out: dict[tuple[int, int, str, str], list[str]] = {}

    def context(self, prefix: str, i: int, j: int, kind: str) -> list[str]:
        """Features of the characters around text[i:j]; ``kind`` is how the candidate was found."""
        p, bands = self.pad, self.lex.bigram_bands
        l1, r1 = p[i + 1], p[j + 2]
        # How word-like the pairs across each edge are (王浩指|出 cuts 指出).
        left = bands.get(l1 + p[i + 2], "0") if "\u4e00" <= l1 <= "\u9fff" else "p"
        right = bands.get(p[j + 1] + r1, "0") if "\u4e00" <= r1 <= "\u9fff" else "p"
        feats = [prefix + "L1=" + l1, prefix + "R1=" + r1, prefix + "k=" + kind,
                 prefix + "kL1=" + kind + l1, prefix + "kR1=" + kind + r1,
                 prefix + "bL" + kind + left, prefix + "bR" + kind + right]
        if i in self.title_ends:
            feats += [prefix + "T<", prefix + "T<" + kind]
        if j in self.title_starts:
            feats += [prefix + "T>", prefix + "T>" + kind]
        return feats

    def add(self, i: int, j: int, label: str, feats: list[str], reading: str = "") -> None:
        key = (i, j, label, reading)
        known = self.out.get(key)
        if known is None:
            self.out[key] = feats
        else:
            known.extend(f for f in feats if f not in known)


def _person_common(scan: _Scan, i: int, j: int, kind: str) -> list[str]:
    lex, text = scan.lex, scan.text
    feats = scan.context("P", i, j, kind)
    cues, lengths = lex.cues, lex.cue_lengths
    if _starts(text, j, cues["honorific"], lengths["honorific"]):
        feats += ["PH>", "PH>" + kind]
    if _starts(text, j, cues["verb"], lengths["verb"]):
        feats += ["PV>", "PV>" + kind]
    if _starts(text, j, cues["org_after"], lengths["org_after"]):
        feats.append("PO>")  # 摩托罗拉公司: a firm, not a person
    feats += _list_item(scan, i, j, kind)
    ends = scan.places_at.get(i)
    if ends:
        if j in ends:
            feats += ["PP=" + tag for tag in lex.place_tags[text[i:j]]]
        if max(ends) > j:
            feats.append("PP>")  # 张家 of 张家口
    for k in range(i + 1, j):
        ends = scan.places_at.get(k)
        if ends and max(ends) > j:
            feats.append("PPx")  # a place word starts inside and runs past the end
            break
    return feats


_ITEM_OPEN = set("、，,：:；;（(“\"《 ^")
_ITEM_CLOSE = set("、，,；;）)”\"》 。$")


def _list_item(scan: _Scan, i: int, j: int, kind: str) -> list[str]:
    """Whether text[i:j] is a whole item of a 、-list, and whether its neighbours look like names
    (王浩、李明、张伟出席: one name in a list of names makes the next likely)."""
    p = scan.pad
    l1, r1 = p[i + 1], p[j + 2]
    if not (l1 == "、" or r1 == "、") or l1 not in _ITEM_OPEN or r1 not in _ITEM_CLOSE:
        return []
    feats = ["Pit" + kind]
    names = scan.lex.surnames
    if l1 == "、":
        k = i - 1
        while k > 0 and i - 1 - k < 5 and scan.text[k - 1] not in _ITEM_OPEN:
            k -= 1
        if 2 <= i - 1 - k <= 3 and scan.text[k] in names:
            feats.append("PitN<")
    if r1 == "、":
        k = j + 1
        while k < len(scan.text) and k - j - 1 < 5 and scan.text[k] not in _ITEM_CLOSE:
            k += 1
        if 2 <= k - j - 1 <= 3 and scan.text[j + 1] in names:
            feats.append("PitN>")
    return feats


def _name_likeness(ratios: dict[str, float], chars: str) -> str:
    """Mean log-ratio of the characters' frequency in names to that in ordinary text, as a band."""
    unseen = ratios.get("", 0.0)
    mean = sum(ratios.get(c, unseen) for c in chars) / len(chars)
    return str(max(-3, min(4, int(mean // 1))))


def _chinese_person(scan: _Scan, i: int, j: int, kind: str, surname_len: int) -> None:
    text = scan.text
    sur, given = text[i:i + surname_len], text[i + surname_len:j]
    feats = _person_common(scan, i, j, kind)
    feats += ["Psn=" + sur, "Psb=" + scan.lex.surname_bands.get(sur, "x") + kind]
    bands = scan.lex.bigram_bands
    inner = "".join(bands.get(text[k:k + 2], "0") for k in range(i, j - 1))
    if inner:
        feats.append("Pbi" + kind + inner)  # 明确 is a word, 罗干 is not
    if given:
        feats.append("Pnl" + kind + _name_likeness(scan.lex.name_chars["given"], given))
        common = scan.lex.cues["given"]
        hits = sum(c in common for c in given)
        feats.append("PG%d%d" % (len(given), hits))  # how many given characters are common ones
        if given[-1] in common:
            feats.append("PGe")
        feats += ["Pg1=" + given[0], "Psg=" + sur + given[0], "Pe%d=" % len(given) + given[-1]]
        if len(given) == 2:
            feats.append("Pgg=" + given)
    scan.add(i, j, PER, feats)


def _people(scan: _Scan) -> None:
    lex, text = scan.lex, scan.text
    stop = lex.cues["not_in_name"]
    honorifics, lengths = lex.cues["honorific"], lex.cue_lengths["honorific"]
    for m in lex.surname_re.finditer(text):
        i = m.start()
        if text[i:i + 2] in lex.compound_surnames:
            for n in (3, 4):
                if _cjk(text, i + 2, i + n, stop):
                    _chinese_person(scan, i, i + n, "C%d" % n, 2)
        if text[i] in lex.surnames:
            for n in (2, 3):
                if _cjk(text, i + 1, i + n, stop):
                    _chinese_person(scan, i, i + n, "S%d" % n, 1)
            if (i + 1 in scan.title_starts or _starts(text, i + 1, honorifics, lengths)
                    or (i and text[i - 1] in "老小")):
                _chinese_person(scan, i, i + 1, "S1", 1)
    for i in scan.title_ends:  # 市长王浩, also where the surname table lacks the surname
        if i < len(text) and text[i] not in lex.surnames:
            for n in (2, 3):
                if _cjk(text, i, i + n, stop):
                    _chinese_person(scan, i, i + n, "X%d" % n, 1)


def _translit(scan: _Scan) -> None:
    lex, text = scan.lex, scan.text
    translit = lex.translit
    for m in lex.translit_re.finditer(text):
        s, e = m.span()
        if e - s < 2:
            continue
        for a in range(s, e - 1):
            if text[a] not in translit:
                continue
            for b in range(a + 2, min(e, a + _MAX_TRANSLIT) + 1):
                if text[b - 1] not in translit:
                    continue
                span = text[a:b]
                feats = _person_common(scan, a, b, "T")
                feats += ["Ptn=%d" % min(b - a, 8), "Ptf=" + span[0], "Ptl=" + span[-1],
                          "Pnl" + _name_likeness(lex.name_chars["foreign"], span)]
                feats += ["Ptc=" + c for c in set(span) if c in translit]
                if any(c in SEPARATORS for c in span):
                    feats.append("Ptd")
                if a > s:
                    feats.append("PtL")  # the run goes on to the left
                if b < e:
                    feats.append("PtR")
                scan.add(a, b, PER, feats, "T")


def _place_common(scan: _Scan, i: int, j: int, kind: str) -> list[str]:
    lex, p = scan.lex, scan.pad
    feats = scan.context("L", i, j, kind)
    feats += ["LL2=" + p[i:i + 2], "LR2=" + p[j + 2:j + 4], "LeR=" + p[j + 1:j + 3], "LLf=" + p[i + 1:i + 3]]
    feats += ["Ln=%d" % min(j - i, 6), "Lw=" + scan.text[i:j]]
    if _starts(scan.text, j, lex.cues["org_after"], lex.cue_lengths["org_after"]):
        feats.append("LO>")  # 北京 of 北京大学 belongs to the organisation
    return feats


def _places(scan: _Scan) -> None:
    lex, text = scan.lex, scan.text
    for i, ends in scan.places_at.items():
        for j in ends:
            feats = _place_common(scan, i, j, "w")
            feats += ["Ls=" + tag for tag in lex.place_tags[text[i:j]]]
            scan.add(i, j, LOC, feats)
    stop = lex.cues["not_in_name"] - set("省市县区镇乡")
    for m in lex.suffix_re.finditer(text):
        k = m.start()
        for i in range(k - 1, max(k - _MAX_STEM, 0) - 1, -1):
            if not _cjk(text, i, i + 1, stop):
                break
            feats = _place_common(scan, i, k + 1, "s")
            suffix = text[k]
            feats += ["Lsf=" + suffix, "Lsfn=%s%d" % (suffix, k - i), "Lst1=" + text[i]]
            scan.add(i, k + 1, LOC, feats)
    _abbreviations(scan)


def _abbreviations(scan: _Scan) -> None:
    """One-character places (中美, 访华, 俄总统), only where a neighbour makes one likely."""
    lex, pad = scan.lex, scan.pad
    abbr, visit, after = lex.abbreviations, lex.cues["visit"], lex.cues["abbr_after"]
    for i, c in enumerate(scan.text):
        if c not in abbr:
            continue
        l1, r1 = pad[i + 1], pad[i + 3]
        if not (l1 in abbr or l1 in visit or r1 in abbr or r1 in after or l1 == "、" or r1 == "、"):
            continue
        feats = _place_common(scan, i, i + 1, "a")
        feats += ["La=" + c, "LaL=" + c + l1, "LaR=" + c + r1]
        if l1 in abbr:
            feats.append("LaLA")
        if r1 in abbr:
            feats.append("LaRA")
        if l1 in visit:
            feats.append("LaV")
        scan.add(i, i + 1, LOC, feats)


def find_candidates(text: str, lex: Lexicon) -> dict[tuple[int, int, str, str], list[str]]:
    """Every candidate of ``text``: (start, end, label, reading) -> feature strings.

    A span may have two readings (马克思 as a Chinese name and as a transliteration); the model
    keeps the better-scoring one."""
    scan = _Scan(text, lex)
    _people(scan)
    _translit(scan)
    _places(scan)
    return scan.out
