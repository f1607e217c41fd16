"""LazyPattern: compiled at first use, the same results as re.Pattern."""
import re

from neican.patterns import LazyPattern


def test_a_lazy_pattern_compiles_at_first_use_and_matches_as_re_does():
    source, text = r"(?P<year>\d{4})年(\d{1,2})月", "2023年5月与2024年12月"
    lazy, eager = LazyPattern(source), re.compile(source)
    assert lazy._compiled is None and lazy.pattern == source
    assert lazy.search(text).group("year") == eager.search(text).group("year") == "2023"
    assert lazy._compiled is eager  # re's own cache hands back the same compiled pattern
    assert lazy.search(text, 5).span() == eager.search(text, 5).span()
    assert lazy.match(text, 0, 4) is None and lazy.fullmatch("2024年1月").group(2) == "1"
    assert [m.span() for m in lazy.finditer(text, 1)] == [m.span() for m in eager.finditer(text, 1)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("X", text, 1) == eager.sub("X", text, 1) == "X与2024年12月"
    assert lazy.subn(lambda m: m.group(1), text) == eager.subn(lambda m: m.group(1), text)
    assert lazy.split(text) == eager.split(text)


def test_flags_are_kept():
    assert LazyPattern("abc", re.IGNORECASE).search("xABC").start() == 1
