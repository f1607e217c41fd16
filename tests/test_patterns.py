"""LazyPattern: compiled at first use, the same results as re.Pattern; cached_compile: what re
compiles, kept on disk between runs."""
import os
import pickle
import re
import subprocess
import sys

from neican.patterns import LazyPattern, _CompiledPatterns, cached_compile


def test_a_lazy_pattern_compiles_at_first_use_and_matches_as_re_does():
    source, text = r"(?P<year>\d{4})年(\d{1,2})月", "2023年5月与2024年12月"
    lazy, eager = LazyPattern(source), re.compile(source)
    assert lazy._compiled is None and lazy.pattern == source
    assert lazy.search(text).group("year") == eager.search(text).group("year") == "2023"
    assert lazy._compiled == eager  # the same code, from the pattern cache
    assert lazy.search(text, 5).span() == eager.search(text, 5).span()
    assert lazy.match(text, 0, 4) is None and lazy.fullmatch("2024年1月").group(2) == "1"
    assert [m.span() for m in lazy.finditer(text, 1)] == [m.span() for m in eager.finditer(text, 1)]
    assert lazy.findall(text) == eager.findall(text)
    assert lazy.sub("X", text, 1) == eager.sub("X", text, 1) == "X与2024年12月"
    assert lazy.subn(lambda m: m.group(1), text) == eager.subn(lambda m: m.group(1), text)
    assert lazy.split(text) == eager.split(text)


def test_flags_are_kept():
    assert LazyPattern("abc", re.IGNORECASE).search("xABC").start() == 1


SOURCES = [r"(?P<name>[\u4e00-\u9fff]{2,4})(?=同志|出席)", r"(\d+)年(?:(\d{1,2})月)?", r"[^，。；]{0,30}?并(?!且)",
           r"^\s*责任编辑[:：]\s*(\S+)$", r"\bMr\.? [A-Z][a-z]+"]


def test_cached_compile_gives_what_re_compile_gives():
    for source in SOURCES:
        for flags in (0, re.MULTILINE, re.IGNORECASE | re.DOTALL):
            ours, theirs = cached_compile(source, flags), re.compile(source, flags)
            assert ours == theirs  # same pattern, flags and code
            assert (ours.groups, ours.groupindex, ours.flags) == (theirs.groups, theirs.groupindex, theirs.flags)
    assert cached_compile(b"a+b").search(b"xaab").span() == (1, 4)  # bytes: re's own way
    assert cached_compile("a", re.IGNORECASE).match("A") and cached_compile("a", re.I) == re.compile("a", re.I)


def test_a_bad_pattern_raises_re_error():
    try:
        cached_compile("(unclosed")
    except re.error as error:
        assert "missing )" in str(error)
    else:
        raise AssertionError("no error")


def test_the_cache_is_written_at_exit_and_read_by_the_next_run(tmp_path):
    program = ("import re, sys; from neican.patterns import _CACHE, cached_compile; "
               "p = cached_compile(sys.argv[1]); assert p == re.compile(sys.argv[1]); "
               "print(_CACHE.added)")
    env = {**os.environ, "NEICAN_CACHE_DIR": str(tmp_path)}
    run = [sys.executable, "-c", program, r"(?P<who>[\u4e00-\u9fff]{2,3})主持召开"]
    assert subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout.strip() != "0"
    [stored] = tmp_path.glob("patterns-*.pickle")
    assert (r"(?P<who>[\u4e00-\u9fff]{2,3})主持召开", 0) in pickle.loads(stored.read_bytes())
    # the next run compiles nothing of its own (neither this pattern nor those its imports compile)
    assert subprocess.run(run, env=env, capture_output=True, text=True, check=True).stdout.strip() == "0"


def test_an_unreadable_cache_is_passed_over_and_replaced(tmp_path, monkeypatch):
    monkeypatch.setenv("NEICAN_CACHE_DIR", str(tmp_path))
    cache = _CompiledPatterns()
    assert cache.compile("a+", 0) == re.compile("a+")
    cache.path.write_bytes(b"not a pickle")
    fresh = _CompiledPatterns()
    assert fresh.compile("b+", 0) == re.compile("b+") and fresh.added == 1
    fresh.save()
    assert set(pickle.loads(fresh.path.read_bytes())) == {("b+", 0)}


def test_no_cache_folder_means_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("NEICAN_CACHE_DIR", "")
    cache = _CompiledPatterns()
    assert cache.compile("c+", 0) == re.compile("c+") and cache.path is None
    cache.save()
    assert not list(tmp_path.iterdir())
