"""Guards for src/neican/resources/regions.tsv (GB/T 2260 divisions; see regions_SOURCES.md).

Format checks always run; the comparison with the National Bureau of Statistics table in the
sibling ``../shared/data/regions`` folder (2023-06-30) runs only where that folder exists.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

TSV = Path(__file__).resolve().parents[2] / "src" / "neican" / "resources" / "regions.tsv"
SHARED_REGIONS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "regions"
HEADER = ["code", "name", "level", "parent_code", "province_code", "short", "aliases"]
LEVELS = ("province", "prefecture", "county")
# Characters OpenCC's t2s rewrites although they are the standard simplified form in place names
# (乾县, 乾安县: 乾 is not simplified to 干 in proper names).
T2S_FALSE_POSITIVES = {"乾"}
# Placeholder rows of the NBS table that are not divisions in their own right.
NBS_PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


@cache
def _lines() -> tuple[str, ...]:
    return tuple(TSV.read_text(encoding="utf-8").split("\n"))


@cache
def _rows() -> tuple[dict[str, str], ...]:
    lines = [line for line in _lines()[1:] if line]
    return tuple(dict(zip(HEADER, line.split("\t"))) for line in lines)


def _by_code() -> dict[str, dict[str, str]]:
    return {r["code"]: r for r in _rows()}


def test_header_and_field_count():
    lines = _lines()
    assert lines[0].split("\t") == HEADER
    assert lines[-1] == "", "file ends with a newline"
    for number, line in enumerate(lines[1:-1], start=2):
        assert line.count("\t") == len(HEADER) - 1, f"line {number}: {line!r}"
        assert all(f == f.strip() for f in line.split("\t")), f"line {number}: stray whitespace"


def test_codes_are_unique_six_digits():
    codes = [r["code"] for r in _rows()]
    assert all(re.fullmatch(r"[1-9]\d{5}", c) for c in codes), [c for c in codes if not re.fullmatch(r"\d{6}", c)]
    duplicates = [c for c, n in Counter(codes).items() if n > 1]
    assert not duplicates
    assert codes == sorted(codes)


def test_levels_and_hierarchy():
    by_code = _by_code()
    for r in _rows():
        code, level = r["code"], r["level"]
        assert level in LEVELS, r
        assert r["name"], r
        province = by_code.get(r["province_code"])
        assert province is not None and province["level"] == "province", r
        assert r["province_code"] == code[:2] + "0000", r
        if level == "province":
            assert code.endswith("0000") and r["parent_code"] == "" and r["province_code"] == code, r
        elif level == "prefecture":
            assert code.endswith("00") and r["parent_code"] == r["province_code"], r
        else:
            assert not code.endswith("00"), r
            parent = by_code.get(r["parent_code"])
            assert parent is not None and parent["level"] in ("province", "prefecture"), r
            assert r["parent_code"] in (code[:4] + "00", r["province_code"]), r


def test_thirty_four_province_level_rows():
    provinces = {r["code"]: r["name"] for r in _rows() if r["level"] == "province"}
    assert len(provinces) == 34
    assert provinces["710000"] == "台湾省"
    assert provinces["810000"] == "香港特别行政区"
    assert provinces["820000"] == "澳门特别行政区"
    counts = Counter(r["level"] for r in _rows())
    assert counts["prefecture"] >= 330 and counts["county"] >= 2800, counts


def test_names_are_simplified():
    from neican.normalize import to_simplified_plain

    for r in _rows():
        for field in ("name", "short", "aliases"):
            value = r[field]
            converted = to_simplified_plain(value)
            if converted != value:
                changed = {a for a, b in zip(value, converted) if a != b}
                assert len(converted) == len(value) and changed <= T2S_FALSE_POSITIVES, (field, r)


def test_short_and_aliases_format():
    for r in _rows():
        short = r["short"]
        assert short == "" or (len(short) >= 2 and short != r["name"] and r["name"].startswith(short[0])), r
        aliases = r["aliases"].split("|") if r["aliases"] else []
        assert all(a and a == a.strip() for a in aliases), r
        assert len(set(aliases)) == len(aliases), r
        if r["level"] == "province":
            assert short and aliases and len(aliases[0]) == 1, r
    provinces = {r["name"]: r for r in _rows() if r["level"] == "province"}
    assert provinces["内蒙古自治区"]["short"] == "内蒙古"
    assert provinces["广西壮族自治区"]["short"] == "广西"
    assert provinces["新疆维吾尔自治区"]["short"] == "新疆"
    assert "龙江" in provinces["黑龙江省"]["aliases"].split("|")
    assert provinces["四川省"]["aliases"].split("|")[:2] == ["川", "蜀"]


@pytest.mark.parametrize("name,short,level", [
    ("辽宁省", "辽宁", "province"), ("内蒙古自治区", "内蒙古", "province"), ("宁夏回族自治区", "宁夏", "province"),
    ("香港特别行政区", "香港", "province"), ("沈阳市", "沈阳", "prefecture"), ("大连市", "大连", "prefecture"),
    ("呼和浩特市", "呼和浩特", "prefecture"), ("呼伦贝尔市", "呼伦贝尔", "prefecture"),
    ("锡林郭勒盟", "锡林郭勒", "prefecture"), ("延边朝鲜族自治州", "延边", "prefecture"),
    ("满洲里市", "满洲里", "county"), ("二连浩特市", "二连浩特", "county"), ("浦东新区", "浦东", "county"),
])
def test_known_divisions(name, short, level):
    matches = [r for r in _rows() if r["name"] == name]
    assert matches, name
    assert any(r["short"] == short and r["level"] == level for r in matches), matches


def test_generic_shorts_are_empty():
    shorts = {r["short"] for r in _rows()}
    for word in ("城区", "郊区", "市中", "新区", "开发区", "城关", "和平", "公安", "资源", "富裕"):
        assert word not in shorts, word


# --- comparison with the NBS table in ../shared/data/regions (only where it exists) ---

def _shared(name: str) -> list[dict[str, str]]:
    if not SHARED_REGIONS.is_dir():
        pytest.skip(f"{SHARED_REGIONS} is absent")
    with (SHARED_REGIONS / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _agreement(reference: dict[str, str], label: str) -> float:
    ours = {r["code"]: r["name"] for r in _rows()}
    same = [c for c, n in reference.items() if ours.get(c) == n]
    missing = [c for c in reference if c not in ours]
    renamed = [c for c in reference if c in ours and ours[c] != reference[c]]
    share = len(same) / len(reference)
    print(f"{label}: {len(same)}/{len(reference)} same code and name ({share:.1%}); "
          f"{len(missing)} absent, {len(renamed)} named differently")
    return share


def test_provinces_agree_with_nbs():
    reference = {r["code"] + "0000": r["name"] for r in _shared("provinces.csv")}
    assert _agreement(reference, "provinces") >= 0.95


def test_prefectures_agree_with_nbs():
    rows = _shared("cities.csv")
    reference = {r["code"] + "00": r["name"] for r in rows if r["name"] not in NBS_PLACEHOLDERS}
    print(f"prefectures: {len(rows) - len(reference)} NBS placeholder rows (市辖区/县/…直辖…) not compared")
    assert _agreement(reference, "prefectures") >= 0.95


def test_counties_agree_with_nbs():
    rows = _shared("areas.csv")
    # 5th digit 7: statistical-only units (development zones), not GB/T 2260 divisions
    reference = {r["code"]: r["name"] for r in rows if r["code"][4] != "7"}
    print(f"counties: {len(rows) - len(reference)} NBS statistical-only rows (xxxx7x) not compared")
    assert _agreement(reference, "counties") >= 0.90
