"""Bytes to text for Chinese inputs: BOM, UTF-8, declared charset, then GB18030 or Big5 chosen by the bytes.

Declarations lie (pages that say gb2312 and are UTF-8), and general-purpose detectors misjudge
short Chinese texts, so every strictly decoding candidate is scored by how much it reads like
Chinese (share of frequent hanzi and CJK punctuation) and the best one wins.
"""
from __future__ import annotations

import codecs
import functools
import unicodedata

from neican.errors import InputError
from neican.ingest.sniff import bom_encoding

# Declared names that we widen to a superset: GB2312 and GBK pages routinely use GBK/GB18030-only
# characters, and cp950/big5hkscs add characters that plain Big5 lacks.
_WIDER = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "iso8859-1": "cp1252"}
_CHINESE_CANDIDATES = ("gb18030", "big5hkscs", "cp950")
_BOM_LENGTH = {"utf-8": 3, "utf-16": 2, "utf-32": 4}
_DECLARED_BONUS = 0.05  # a declaration breaks near-ties, no more
_UTF8_BONUS = 0.5  # valid multi-byte UTF-8 is strong evidence: GB text seldom forms it by chance
_PRIOR_BONUS = 0.02  # mainland news is GB far more often than Big5: GB wins a tie
SHORT_NON_ASCII = 24  # valid UTF-8 with fewer multi-byte extras than this may be a GBK coincidence
GARBAGE_SHARE = 0.3  # more replacement characters than this share of the text: refuse it
SCORE_SAMPLE = 20_000  # non-ASCII characters scored per candidate; enough to decide, cheap on big pages


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """Decode ``data`` to text; return (text, encoding used, warnings).

    Line endings become ``\\n`` and a BOM is dropped. A few undecodable bytes are replaced and
    reported in the warnings; :class:`InputError` (reason ``encoding``) is raised only when more
    than ``GARBAGE_SHARE`` of the text would be replacement characters.

    Example: ``decode_bytes("新闻".encode("gb18030"))`` -> ``("新闻", "gb18030", [])``
    """
    text, encoding, warnings = _decode(data, declared)
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text, encoding, warnings


def _decode(data: bytes, declared: str | None) -> tuple[str, str, list[str]]:
    bom = bom_encoding(data)
    if bom:
        return _decode_bom(data, bom)
    if data.isascii():
        return data.decode("ascii"), "utf-8", []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if len(data) - len(text) >= SHORT_NON_ASCII:  # bytes beyond one a character
            return text, "utf-8", []
        # Short inputs: a few GBK bytes can form valid UTF-8 by chance, so let the scores decide.
        return _best_strict(data, declared, first=("utf-8", text))
    strict = _best_strict(data, declared, first=None)
    if strict[1]:
        return strict
    return _decode_other(data, declared)


def _decode_bom(data: bytes, bom: str) -> tuple[str, str, list[str]]:
    codec = "utf-8" if bom == "utf-8-sig" else bom
    body = data[_BOM_LENGTH[codec[:6]] :]
    try:
        return body.decode(codec), bom, []
    except UnicodeDecodeError:
        text = body.decode(codec, errors="replace")
        return text, bom, [_replaced_warning(text.count("\ufffd"))]


def _best_strict(
    data: bytes, declared: str | None, first: tuple[str, str] | None
) -> tuple[str, str, list[str]]:
    """Score every candidate that decodes strictly; empty encoding when none does."""
    wanted = normalize_charset(declared)
    decoded: dict[str, str] = dict([first]) if first else {}
    for name in ([wanted] if wanted else []) + list(_CHINESE_CANDIDATES):
        if name in decoded or name in ("utf-8", "utf-16", "utf-32"):
            continue
        try:
            decoded[name] = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
    if not decoded:
        return "", "", []
    scores = {name: chinese_score(text) for name, text in decoded.items()}
    for name, bonus in ((wanted, _DECLARED_BONUS), ("utf-8", _UTF8_BONUS), ("gb18030", _PRIOR_BONUS)):
        if name in scores:
            scores[name] += bonus
    ordered = sorted(scores, key=scores.__getitem__, reverse=True)
    best = ordered[0]
    return decoded[best], best, []


def _decode_other(data: bytes, declared: str | None) -> tuple[str, str, list[str]]:
    """No Chinese codec decodes strictly: a non-Chinese codec, or Chinese with a few bad bytes.

    charset-normalizer is asked only here: on short Chinese texts its guesses are no better
    than a coin, and it is slow. Its guess must read at least as well as the repaired text.
    """
    ranked = _ranked_guess(data)
    ranked_text = None
    if ranked:
        try:
            ranked_text = data.decode(ranked)
        except (UnicodeDecodeError, LookupError):
            ranked = None
    try:
        replaced = _decode_replacing(data, declared)
    except InputError:
        if ranked and ranked_text is not None:
            return ranked_text, ranked, []
        raise
    if ranked and ranked_text is not None and chinese_score(ranked_text) >= chinese_score(replaced[0]):
        return ranked_text, ranked, []
    return replaced


def _decode_replacing(data: bytes, declared: str | None) -> tuple[str, str, list[str]]:
    """Nothing decodes strictly: keep the decoding that loses fewest bytes, and say so."""
    names = ["utf-8", "gb18030"]
    wanted = normalize_charset(declared)
    if wanted and wanted not in names:
        names.append(wanted)
    best_text, best_name, best_bad = "", "utf-8", -1
    for name in names:
        try:
            text = data.decode(name, errors="replace")
        except LookupError:
            continue
        bad = text.count("\ufffd")
        if best_bad < 0 or bad < best_bad:
            best_text, best_name, best_bad = text, name, bad
    visible = sum(1 for ch in best_text if not ch.isspace())
    if best_bad > GARBAGE_SHARE * max(visible, 1):
        raise InputError(
            "", "encoding", f"undecodable: {best_bad} of {visible} characters lost even as {best_name}"
        )
    return best_text, best_name, [_replaced_warning(best_bad)]


def _replaced_warning(count: int) -> str:
    return f"encoding: {count} undecodable bytes replaced"


def normalize_charset(name: str | None) -> str | None:
    """Map a declared charset to the Python codec we decode it with; None if unknown.

    GB2312 and GBK declarations become gb18030, Big5 becomes big5hkscs (supersets).
    """
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip().strip("\"'").lower()).name
    except LookupError:
        return None
    return _WIDER.get(codec, codec)


@functools.cache
def frequent_hanzi() -> frozenset[str]:
    """GB2312 level-1 hanzi (3,755 simplified) and Big5's frequent set (5,401 traditional).

    Built from the codecs' own tables, so no data file is needed: both standards order their
    first block by frequency of use.
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 rows 16-55: level 1
        for trail in range(0xA1, 0xFF):
            _add_decoded(chars, bytes((lead, trail)), "gb2312")
    for lead in range(0xA4, 0xC7):  # Big5 A440-C67E: 常用字
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            if lead == 0xC6 and trail > 0x7E:
                break
            _add_decoded(chars, bytes((lead, trail)), "big5")
    return frozenset(chars)


def _add_decoded(chars: set[str], pair: bytes, codec: str) -> None:
    try:
        chars.add(pair.decode(codec))
    except UnicodeDecodeError:
        pass  # an unassigned slot


def chinese_score(text: str) -> float:
    """How much ``text`` reads like Chinese, from -1 to 1, judged on its non-ASCII characters.

    Frequent hanzi and CJK punctuation count for, rare or private-use characters, kana, box
    drawing and control characters (what a wrong GB/Big5 guess produces) count against.
    ASCII-only text scores 0.
    """
    common = frequent_hanzi()
    total = 0
    score = 0.0
    for ch in text:
        if ch < "\x80":
            continue
        total += 1
        if total > SCORE_SAMPLE:
            break
        score += _char_weight(ch, common)
    return score / total if total else 0.0


def _char_weight(ch: str, common: frozenset[str]) -> float:
    if ch in common:
        return 1.0
    code = ord(ch)
    if 0x4E00 <= code <= 0x9FFF:
        return 0.25  # a real but rarer hanzi (names, place names)
    if 0x3000 <= code <= 0x303F or 0xFF01 <= code <= 0xFF5E or 0x2010 <= code <= 0x205E or code == 0xB7:
        return 1.0  # CJK and general punctuation, fullwidth forms
    if 0xA0 <= code <= 0xBF or code in (0xD7, 0xF7):
        return 0.6  # nbsp, ©, °, ×: common on Chinese pages too
    if 0x3400 <= code <= 0x4DBF or code >= 0x20000 or 0xE000 <= code <= 0xF8FF:
        return -1.0  # extension hanzi and private use: what misdecoded bytes land on
    if 0x3040 <= code <= 0x30FF or 0xFF61 <= code <= 0xFF9F or 0x2500 <= code <= 0x259F or 0xAC00 <= code <= 0xD7AF:
        return -1.0  # kana, box drawing, hangul: GB symbol rows hit by Big5 bytes and vice versa
    if code == 0xFFFD:
        return -1.0
    category = unicodedata.category(ch)
    if category in ("Cc", "Cn", "Co", "Cs"):
        return -1.0
    return 0.0


def _ranked_guess(data: bytes) -> str | None:
    """charset-normalizer's best guess as a codec name, for inputs no Chinese codec decodes."""
    from charset_normalizer import from_bytes

    match = from_bytes(data[: SCORE_SAMPLE * 3]).best()
    name = normalize_charset(match.encoding) if match else None
    if name and name.startswith(("utf-16", "utf-32")):
        return None  # without a BOM that is a guess about noise: real UTF-16 text has NUL bytes or a BOM
    return name
