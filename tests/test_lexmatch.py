import pytest

from neican.lexmatch import Lexicon


def test_overlapping_reports_every_occurrence_by_end_then_longest():
    lex = Lexicon([("高质量", 1), ("高质量发展", 2), ("质量", 3), ("发展", 4)])
    assert lex.overlapping("推动高质量发展") == [
        (2, 5, "高质量", 1), (3, 5, "质量", 3), (2, 7, "高质量发展", 2), (5, 7, "发展", 4)]


def test_longest_is_leftmost_longest_without_overlap():
    lex = Lexicon([("高质量", 1), ("高质量发展", 2), ("发展", 4), ("展示", 5)])
    assert lex.longest("推动高质量发展示范 发展") == [(2, 7, "高质量发展", 2), (10, 12, "发展", 4)]


def test_offsets_are_characters_not_bytes():
    lex = Lexicon([("沈阳", "city")])
    text = "𠀀辽宁省沈阳市"  # a character outside the BMP first
    (start, end, word, value), = lex.longest(text)
    assert text[start:end] == "沈阳" and value == "city"


def test_a_word_added_twice_keeps_its_last_value():
    lex = Lexicon([("两山", "a"), ("两山", "b")])
    assert len(lex) == 1 and lex.get("两山") == "b" and "两山" in lex
    assert lex.overlapping("两山理念") == [(0, 2, "两山", "b")]


def test_empty_lexicon_and_empty_text():
    assert Lexicon([]).longest("文本") == [] and Lexicon([("a", 1)]).overlapping("") == []


def test_empty_word_is_refused():
    with pytest.raises(ValueError):
        Lexicon([("", 1)])
