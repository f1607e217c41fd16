"""Region profiles and comparisons; regions given by full name, short name or code."""
from __future__ import annotations

import dataclasses
import json

import pytest

from neican.corpus.profiles import compare_regions, region_profile
from neican.corpus.regionref import UnknownRegion, resolve_region


@pytest.mark.parametrize("given", ["辽宁省", "辽宁", "210000", 210000])
def test_resolve_region_forms(given):
    ref = resolve_region(None, given)
    assert (ref.name, ref.code, ref.level, ref.code_range) == ("辽宁省", "210000", "province", ("210000", "219999"))


def test_resolve_region_levels():
    assert resolve_region(None, "沈阳").code_range == ("210100", "210199")
    assert resolve_region(None, "沈阳市").contains("210102")
    assert not resolve_region(None, "沈阳市").contains("210200")


def test_unknown_region():
    with pytest.raises(UnknownRegion):
        resolve_region(None, "不存在省")


def test_region_profile(corpus):
    profile = region_profile(corpus, "浙江")
    assert (profile.name, profile.code, profile.level, profile.stories) == ("浙江省", "330000", "province", 2)
    [leader] = profile.leaders
    assert (leader.name, leader.titles, leader.first_seen, leader.last_seen, leader.stories) == (
        "林慕白", ["副省长"], "2024-03-01", "2024-04-06", 2)
    assert [(t.text, t.stories) for t in profile.formulations] == [("新质生产力", 2), ("共同富裕", 1)]
    [target] = profile.targets  # the reprint's copy of the goal is not repeated
    assert (target.text, target.subject, target.document) == ("1000亿元", "浙江省全年数字经济投资", "f1")
    assert [m.name for m in profile.meetings] == ["民营企业座谈会", "全省经济工作会议"]  # newest first
    assert [(e.destination, e.count) for e in profile.tours_out] == [("四川省", 2), ("重庆市", 1)]
    assert profile.tours_in == []
    assert region_profile(corpus, "330000") == profile


def test_region_profile_without_dedupe(corpus):
    profile = region_profile(corpus, "浙江", dedupe=False)
    assert profile.stories == 3
    assert profile.formulations[0].stories == 3


def test_region_profile_destination(corpus):
    profile = region_profile(corpus, "四川省")
    assert [leader.name for leader in profile.leaders] == ["赵一鸣"]
    assert [(e.origin, e.count) for e in profile.tours_in] == [("浙江省", 2)]
    assert profile.tours_out == []
    assert [t.text for t in profile.formulations] == ["中国特色社会主义", "新质生产力"]


def test_compare_regions(corpus):
    comparison = compare_regions(corpus, "浙江", "510000")
    assert (comparison.a.name, comparison.b.name) == ("浙江省", "四川省")
    assert comparison.shared_formulations == [{"text": "新质生产力", "a": 2, "b": 1}]
    assert comparison.only_a == ["共同富裕"]
    assert comparison.only_b == ["中国特色社会主义"]
    assert (comparison.tours_a_to_b, comparison.tours_b_to_a) == (2, 0)
    assert comparison.shared_leaders == []
    json.dumps(dataclasses.asdict(comparison), ensure_ascii=False)


def test_profile_of_a_region_the_corpus_never_names(corpus):
    profile = region_profile(corpus, "辽宁")
    assert (profile.stories, profile.leaders, profile.formulations, profile.meetings) == (0, [], [], [])
