"""Format guards for the packaged lexicons titles.tsv and surnames.tsv (see titles_SOURCES.md)."""
from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

import opencc
import pytest

TITLES_HEADER = ["title", "category", "level", "rank", "post", "note"]
SURNAMES_HEADER = ["surname", "frequency_rank", "note"]
CATEGORIES = {"party", "government", "congress", "cppcc", "court", "procuratorate", "discipline", "united_front",
              "mass_org", "military", "state_firm", "university", "media", "national", "profession"}
LEVELS = {"national", "province", "prefecture", "county", "township", "unit"}
CJK = re.compile(r"^[\u4e00-\u9fff]+$")
WHITESPACE = re.compile(r"\s")
# Region names must not lead a title: the extractor matches the region separately.
PROVINCES = ("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建",
             "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海",
             "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门")


@cache
def _t2s():
    return opencc.OpenCC("t2s")


def _raw(name: str) -> str:
    return files("neican.resources").joinpath(name).read_text(encoding="utf-8")


@cache
def _table(name: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    lines = _raw(name).split("\n")
    assert lines[-1] == "", f"{name} must end with a newline"
    header, body = lines[0].split("\t"), lines[1:-1]
    return header, [(n, line.split("\t")) for n, line in enumerate(body, start=2)]


def _titles():
    return _table("titles.tsv")[1]


def _surnames():
    return _table("surnames.tsv")[1]


@pytest.mark.parametrize("name", ["titles.tsv", "surnames.tsv"])
def test_file_is_plain_utf8_without_bom_or_cr(name):
    raw = files("neican.resources").joinpath(name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r" not in raw
    raw.decode("utf-8")


def test_headers_are_exact():
    assert _table("titles.tsv")[0] == TITLES_HEADER
    assert _table("surnames.tsv")[0] == SURNAMES_HEADER


@pytest.mark.parametrize("name,width", [("titles.tsv", 6), ("surnames.tsv", 3)])
def test_every_row_has_all_columns_and_no_blank_lines(name, width):
    for n, fields in _table(name)[1]:
        assert len(fields) == width, f"{name}:{n}: {len(fields)} fields"


def test_titles_are_nonempty_unique_cjk():
    seen = {}
    for n, (title, *_rest) in _titles():
        assert title, f"titles.tsv:{n}: empty title"
        assert CJK.match(title), f"titles.tsv:{n}: {title!r} is not all CJK"
        assert title not in seen, f"titles.tsv:{n}: {title} repeats line {seen.get(title)}"
        seen[title] = n


def test_titles_have_no_region_name_in_front():
    for n, (title, *_rest) in _titles():
        assert not title.startswith(PROVINCES), f"titles.tsv:{n}: {title} starts with a region name"


def test_categories_levels_and_ranks_are_valid():
    for n, (title, category, level, rank, _post, _note) in _titles():
        assert category in CATEGORIES, f"titles.tsv:{n}: {title}: category {category!r}"
        assert level in LEVELS, f"titles.tsv:{n}: {title}: level {level!r}"
        assert rank == "" or (rank.isdigit() and int(rank) >= 1), f"titles.tsv:{n}: {title}: rank {rank!r}"


def test_a_post_is_another_title_of_the_file_in_its_full_form():
    rows = {fields[0]: fields for _n, fields in _titles()}
    for n, (title, _category, _level, _rank, post, _note) in _titles():
        if post:
            assert post != title and post in rows, f"titles.tsv:{n}: {title}: post {post!r}"
            assert rows[post][4] == "", f"titles.tsv:{n}: {title}: post {post!r} has a post of its own"


def test_no_whitespace_inside_key_fields_and_notes_are_trimmed():
    for name, rows in (("titles.tsv", _titles()), ("surnames.tsv", _surnames())):
        for n, fields in rows:
            *keys, note = fields
            for field in keys:
                assert not WHITESPACE.search(field), f"{name}:{n}: whitespace in {field!r}"
            assert note == note.strip() and "  " not in note, f"{name}:{n}: stray spaces in note {note!r}"
            assert "\t" not in note


@pytest.mark.parametrize("name", ["titles.tsv", "surnames.tsv"])
def test_everything_is_simplified_script(name):
    t2s = _t2s()
    for n, fields in _table(name)[1]:
        for field in fields:
            assert t2s.convert(field) == field, f"{name}:{n}: {field!r} is not simplified ({t2s.convert(field)!r})"


def test_surnames_are_one_or_two_characters_and_unique():
    seen = set()
    for n, (surname, _rank, _note) in _surnames():
        assert CJK.match(surname) and 1 <= len(surname) <= 2, f"surnames.tsv:{n}: {surname!r}"
        assert surname not in seen, f"surnames.tsv:{n}: {surname} repeats"
        seen.add(surname)


def test_surname_ranks_count_up_for_singles_and_are_empty_for_compounds():
    expected = 1
    for n, (surname, rank, _note) in _surnames():
        if len(surname) == 1:
            assert rank == str(expected), f"surnames.tsv:{n}: {surname} rank {rank!r}, expected {expected}"
            expected += 1
        else:
            assert rank == "", f"surnames.tsv:{n}: compound {surname} has rank {rank!r}"


def test_sizes():
    assert len(_titles()) >= 500
    singles = [s for _n, (s, _r, _note) in _surnames() if len(s) == 1]
    assert len(singles) >= 400
    assert len(_surnames()) - len(singles) >= 16


def test_most_common_surnames_come_first():
    order = [s for _n, (s, _r, _note) in _surnames()]
    assert order[:10] == list("王李张刘陈杨黄赵吴周")
    for compound in ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
                     "令狐", "夏侯", "端木", "轩辕"):
        assert compound in order


@pytest.mark.parametrize("title,category,level", [
    ("省委书记", "party", "province"), ("省长", "government", "province"), ("常务副省长", "government", "province"),
    ("省人大常委会主任", "congress", "province"), ("省政协主席", "cppcc", "province"),
    ("省纪委书记", "discipline", "province"), ("省监委主任", "discipline", "province"),
    ("省委统战部部长", "united_front", "province"), ("省高级人民法院院长", "court", "province"),
    ("省人民检察院检察长", "procuratorate", "province"), ("省军区司令员", "military", "province"),
    ("自治区主席", "government", "province"), ("自治区党委书记", "party", "province"),
    ("市委书记", "party", "prefecture"), ("代市长", "government", "prefecture"), ("盟长", "government", "prefecture"),
    ("县长", "government", "county"), ("旗委书记", "party", "county"), ("镇长", "government", "township"),
    ("村党支部书记", "party", "township"),
    ("总书记", "party", "national"), ("国家主席", "national", "national"), ("国务院总理", "government", "national"),
    ("全国人大常委会委员长", "congress", "national"), ("全国政协主席", "cppcc", "national"),
    ("中央军委主席", "military", "national"), ("外交部部长", "government", "national"),
    ("国家发展改革委主任", "government", "national"), ("民革中央主席", "united_front", "national"),
    ("共青团中央第一书记", "mass_org", "national"),
    ("厅长", "government", "unit"), ("董事长", "state_firm", "unit"), ("校长", "university", "unit"),
    ("记者", "media", "unit"), ("责任编辑", "media", "unit"), ("通讯员", "media", "unit"),
])
def test_core_posts_are_present_and_classified(title, category, level):
    rows = {fields[0]: fields for _n, fields in _titles()}
    assert title in rows, f"{title} is missing"
    assert (rows[title][1], rows[title][2]) == (category, level)


def test_top_leaders_rank_first_in_their_region():
    rows = {fields[0]: fields for _n, fields in _titles()}
    for title in ("省委书记", "市委书记", "县委书记", "自治区党委书记", "总书记"):
        assert rows[title][3] == "1", title
    for title in ("省长", "市长", "县长", "自治区主席", "国务院总理"):
        assert rows[title][3] == "2", title
