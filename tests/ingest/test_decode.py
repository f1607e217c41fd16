"""decode_bytes: BOMs, UTF-8, declared charsets that lie, GB18030 against Big5, replacement."""
from __future__ import annotations

import random

import pytest

from neican.errors import InputError
from neican.ingest.decode import chinese_score, decode_bytes, frequent_hanzi, normalize_charset

SIMPLIFIED = "国务院总理李强主持召开国务院常务会议，研究部署进一步做好稳就业工作。"
TRADITIONAL = "國務院總理主持召開國務院常務會議，研究部署進一步做好穩就業工作。"


@pytest.mark.parametrize(
    "text, codec, expected_encoding",
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED, "gb18030", "gb18030"),
        (SIMPLIFIED, "gbk", "gb18030"),
        (SIMPLIFIED, "gb2312", "gb18030"),
        (TRADITIONAL, "big5", "big5hkscs"),
        (TRADITIONAL, "utf-8", "utf-8"),
        (SIMPLIFIED, "utf-8-sig", "utf-8-sig"),
        (SIMPLIFIED, "utf-16", "utf-16-le"),
        (SIMPLIFIED, "utf-32", "utf-32-le"),
    ],
)
def test_decodes_exactly(text, codec, expected_encoding):
    decoded, encoding, warnings = decode_bytes(text.encode(codec))
    assert decoded == text
    assert encoding == expected_encoding
    assert warnings == []


@pytest.mark.parametrize("codec", ["utf-16-be", "utf-32-be"])
def test_big_endian_boms(codec):
    assert decode_bytes(("\ufeff" + SIMPLIFIED).encode(codec))[:2] == (SIMPLIFIED, codec)


@pytest.mark.parametrize("text", ["中国", "新闻联播", "习近平", "人民日报社论"])
def test_short_gb_text(text):
    assert decode_bytes(text.encode("gb18030"))[0] == text


def test_gb18030_only_characters():
    text = "𠀀䶮镕"  # four-byte GB18030 and GBK-only characters
    assert decode_bytes(text.encode("gb18030"))[0] == text


def test_declared_gb2312_but_utf8_bytes():
    assert decode_bytes(SIMPLIFIED.encode("utf-8"), declared="gb2312")[:2] == (SIMPLIFIED, "utf-8")


def test_declared_gb2312_but_big5_bytes():
    assert decode_bytes(TRADITIONAL.encode("big5"), declared="gb2312")[0] == TRADITIONAL


def test_declared_gbk_decodes_as_gb18030():
    assert decode_bytes(SIMPLIFIED.encode("gbk"), declared="GBK")[1] == "gb18030"


def test_declared_latin1_does_not_overrule_gb_bytes():
    assert decode_bytes(SIMPLIFIED.encode("gb18030"), declared="iso-8859-1")[0] == SIMPLIFIED


def test_line_endings_and_bom_normalised():
    text, _, _ = decode_bytes("\ufeff第一行\r\n第二行\r第三行".encode("utf-8"))
    assert text == "第一行\n第二行\n第三行"


def test_ascii():
    assert decode_bytes(b"plain ascii") == ("plain ascii", "utf-8", [])


def test_few_bad_bytes_are_replaced_with_a_warning():
    data = SIMPLIFIED.encode("utf-8") + b"\xff" + SIMPLIFIED.encode("utf-8")
    text, encoding, warnings = decode_bytes(data)
    assert encoding == "utf-8"
    assert text == SIMPLIFIED + "\ufffd" + SIMPLIFIED
    assert warnings == ["encoding: 1 undecodable bytes replaced"]


def test_gb_text_with_a_broken_byte_stays_gb():
    data = SIMPLIFIED.encode("gb18030") * 3 + b"\xff" + SIMPLIFIED.encode("gb18030")
    text, encoding, warnings = decode_bytes(data, declared="gb2312")
    assert encoding == "gb18030"
    assert text.count("\ufffd") == 1 and SIMPLIFIED in text
    assert warnings and warnings[0].startswith("encoding:")


def test_garbage_is_refused():
    rng = random.Random(0)
    data = bytes(b for _ in range(200) for b in (rng.randrange(0x80, 0x100), rng.randrange(0x21, 0x40)))
    with pytest.raises(InputError) as raised:
        decode_bytes(data)
    assert raised.value.reason == "encoding"


def test_normalize_charset():
    assert normalize_charset("GB2312") == "gb18030"
    assert normalize_charset(" 'gbk' ") == "gb18030"
    assert normalize_charset("big5") == "big5hkscs"
    assert normalize_charset("UTF8") == "utf-8"
    assert normalize_charset("unset") is None
    assert normalize_charset(None) is None


def test_chinese_score_prefers_the_right_decoding():
    data = SIMPLIFIED.encode("gb18030")
    wrong = data.decode("big5hkscs", errors="replace")
    assert chinese_score(SIMPLIFIED) > 0.9 > chinese_score(wrong)
    assert "的" in frequent_hanzi() and "國" in frequent_hanzi()
