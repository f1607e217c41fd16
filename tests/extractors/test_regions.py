"""Regions: names to GB/T 2260, abbreviations only in context, organisations are not places."""
import pytest

from neican.extractors.regions import find_regions, home_region, lookup


def provinces(text, home=None):
    return {s.data["name"] for s in find_regions(text, home) if s.data["level"] == "province"}


def test_full_and_short_names():
    spans = {s.data["name"]: s.data for s in find_regions("辽宁省党政代表团赴吉林、黑龙江和内蒙古学习考察，在沈阳举行会议。")}
    assert {"辽宁省", "吉林省", "黑龙江省", "内蒙古自治区", "沈阳市"} <= set(spans)
    assert spans["辽宁省"]["code"] == "210000" and spans["沈阳市"]["province"] == "辽宁省"
    assert spans["沈阳市"]["level"] == "prefecture"


@pytest.mark.parametrize("text, expected", [
    ("代表团来川考察。", {"四川省"}),
    ("省委书记赴浙学习。", {"浙江省"}),
    ("苏浙两省签署协议。", {"江苏省", "浙江省"}),
    ("湘省各地积极行动。", {"湖南省"}),
])
def test_abbreviations_in_context(text, expected):
    assert provinces(text) == expected


@pytest.mark.parametrize("text", ["坚持新发展理念，推动高质量发展。", "贯彻新时代党的建设总要求。",
                                  "推动京津冀协同发展。", "深化川黔合作。", "领导湘赣边界秋收起义。"])  # GUIDE: 京津冀 and the like
def test_single_characters_elsewhere_are_not_provinces(text):
    assert provinces(text) == set()


def test_organisation_named_after_a_place_is_not_the_place():
    assert provinces("加快建设中国—上海合作组织示范区。") == set()


def test_ordinary_words_that_are_county_names_are_not_taken():
    assert find_regions("大兴调查研究之风，浦江两岸焕发生机。") == []


def test_city_short_name_needs_its_province_or_a_full_name():
    assert {s.data["name"] for s in find_regions("沈阳市召开会议。")} == {"沈阳市"}


def test_home_province_resolves_our_province():
    home = home_region("浙江日报")
    assert home.name == "浙江省"
    assert provinces("我省经济稳中向好。", home) == {"浙江省"}


def test_traditional_names_after_normalisation_and_lookup():
    assert lookup("内蒙古").code == "150000"
    assert lookup("龙江").name == "黑龙江省"


@pytest.mark.issue(11)
def test_home_province_comes_from_the_longest_place_in_the_outlet_name():
    assert home_region("巴彦淖尔日报").name == "内蒙古自治区"  # not 巴彦(县) of 黑龙江省


@pytest.mark.issue(11)
def test_a_dateline_place_alone_is_not_a_region():
    assert find_regions("央广网北京2月13日消息 据报道，会议在上海市召开。")[0].data["name"] == "上海市"
    assert len(find_regions("央广网北京2月13日消息 据报道，会议在上海市召开。")) == 1
    assert {s.data["name"] for s in find_regions("新华社北京电（记者王明）北京市委召开会议。")} == {"北京市"}
    assert {s.data["name"] for s in find_regions("北京电力供应平稳。")} == {"北京市"}  # 电 of 电力, no dateline


@pytest.mark.issue(11)
def test_an_abbreviation_before_de_is_an_adjective_not_a_region():
    assert provinces("在新的起点上，要开拓进取。") == set()
    assert provinces("代表团来川考察。") == {"四川省"}


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, provinces", [
    ("湖南卫视正在邀请他担任主持人。", []), ("北京大学教授出席。", []), ("上海交通大学发布报告。", []),
    ("会议在北京召开。", ["北京市"]), ("北京市委书记出席。", ["北京市"]),
])
def test_a_place_name_opening_a_university_or_tv_stations_name_is_no_mention(text, provinces):
    assert [s.data["province"] for s in find_regions(text)] == provinces


def test_a_place_opening_a_station_name_is_no_mention():
    from neican.api import extract_text

    def regions_of(text):
        return [r["name"] for r in extract_text(text, id="t", published="2024-07-18")["regions"]]

    assert regions_of("主持人加盟北京台未定，确定入主湖南台少儿节目。") == []
    assert regions_of("浙江台州召开会议。") == ["浙江省", "台州市"]
    assert "衡阳县" in regions_of("湖南衡阳县台源镇的稻草")
    assert regions_of("福建台办主任出席。") == ["福建省"]


def test_a_district_named_by_a_direction_needs_its_province():
    from neican.api import extract_text
    from neican.extractors.regions import home_region

    def regions_of(text):
        return [r["name"] for r in extract_text(text, id="t", published="2024-07-18")["regions"]]

    assert regions_of("搜寻区域分为东西两个区。东区由多国舰船负责。") == []
    assert "东区" in regions_of("四川攀枝花市东区召开会议。")
    assert home_region("东区办事处") is None
    # a two-character county's full name where it may be a word's tail (形成县, 示范县, 千叶县)
    assert regions_of("形成县、乡、村三级联动的服务共同体。开展示范县创建。日本千叶县发生地震。") == []
    assert "涉县" in regions_of("铁路止于邯郸市涉县。") and "成县" in regions_of("甘肃省成县召开会议。")
    # an old town's district (老城区改造), as any city has one
    assert regions_of("2012年9月，老城区改造，他的店铺被拆了。") == []
    assert "老城区" in regions_of("河南省洛阳市老城区召开会议。")


@pytest.mark.issue(11)
@pytest.mark.parametrize("text", [
    "北京时间9月11日凌晨，某公司发布新品。",  # a clock
    "京沪高速往北京方向车多拥堵。",  # a direction of travel
    "进入燃气市场的河北某奥燃气公司表示。",  # a firm named after its place
    "全国版 | 安徽省 | 北京市 | 重庆市 | 福建省",  # a site's menu
])
def test_names_that_stand_for_a_clock_a_direction_a_firm_or_a_menu_item_are_no_mentions(text):
    assert [s.data["name"] for s in find_regions(text) if s.data["level"] == "province"] == []


@pytest.mark.issue(11)
def test_a_place_printed_with_its_level_word_before_a_firm_and_a_trip_to_a_place_are_mentions():
    assert [s.data["name"] for s in find_regions("浙江省电力公司总经理出席。")] == ["浙江省"]
    assert [s.data["name"] for s in find_regions("他前往北京参加会议。")] == ["北京市"]


def test_abbreviation_starts_hold_every_abbreviation_match():
    import re

    from neican.extractors.regions import (
        _abbreviation_pattern,
        _abbreviation_start,
        tables,
    )
    from neican.extractors.scan import finditer_at

    from .randomtext import random_texts

    every_abbreviation = re.compile(f"[{''.join(sorted(tables().abbreviations))}]")
    def found(starts, text):
        return [(m.span(), m.groups()) for m in finditer_at(_abbreviation_pattern(), starts, text)]

    for text in random_texts("来赴在京沪苏浙新川省委两地合作，考察。", seed=17, longest=20):
        assert found(_abbreviation_start(), text) == found(every_abbreviation, text), text


def test_firm_words_equal_the_plain_pattern():
    import re

    from neican.extractors.lexicon import char_positions
    from neican.extractors.regions import _FIRM_WORDS

    from .randomtext import random_texts

    for text in random_texts("公司集团银行电厂", seed=18, longest=20):
        assert char_positions(text, _FIRM_WORDS) == [m.start() for m in re.finditer("公司|集团|银行|电厂", text)]


@pytest.mark.issue(11)
def test_a_garrisons_one_character_abbreviation_is_its_region():
    from neican.api import extract_text

    assert [r["name"] for r in extract_text("中央军委举行慰问驻京部队老干部文艺演出。")["regions"]] == ["北京市"]


def test_a_province_abbreviation_where_a_meeting_is_held_or_chaired():
    from neican.api import extract_text

    def names(text):
        return [r["name"] for r in extract_text(text)["regions"]]

    assert names("主席李明远近日在京主持召开座谈会。") == ["北京市"]
    assert names("会议在沪开幕。") == ["上海市"]
    assert names("他在新举行的会议上说。") == []  # 新: "newly", not 新疆


def test_the_production_and_construction_corps_is_an_organisation_not_a_region_mention():
    """各省、自治区、直辖市和新疆生产建设兵团负责同志: the corps is named, not the region."""
    text = "各省、自治区、直辖市和新疆生产建设兵团党政主要负责同志参加会议。"
    assert [s.data["name"] for s in find_regions(text)] == []


def test_a_hospital_a_school_or_a_warship_named_after_a_place_is_no_mention_of_it():
    """到北京协和医院考察, 在日喀则市上海实验学校, 海军安徽舰: institutions and a ship that carry a place's name."""
    names = {s.data["name"] for s in find_regions("总理到北京协和医院考察。在某市上海实验学校，海军安徽舰官兵参加。")}
    assert names.isdisjoint({"北京市", "上海市", "安徽省"})


def test_a_citys_short_name_in_a_venues_slot_is_the_city():
    def names(text):
        return [(s.data["name"], s.data["level"]) for s in find_regions(text)]
    assert names("全省春耕生产现场会在周口召开。") == [("周口市", "prefecture")]
    assert names("代表团赴杭州考察。") == [("杭州市", "prefecture")]
    # out of the slot, or a county's short name (a word as often), it is no region without its province
    assert names("周口是农业大市。") == [] and names("在中方举行会谈。") == []


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, expected", [
    ("两国隆重庆祝建交20周年。", set()),  # 隆重|庆祝
    ("在贺兰山东麓种植葡萄。", set()),  # the mountain's east foot
    ("商船在红海南部国际水域遇袭。", set()),
    ("大堤沿黄河南岸延伸。", set()),
    ("驻湖北部队领导干部参加会议。", {"湖北省"}),  # a garrison: a verb before it, 部队 after
    ("江西部分地区有大雨。", {"江西省"}),
    ("黄河山东段封河。", {"山东省"}),
    ("重庆庆祝解放七十周年。", {"重庆市"}),
])
def test_a_name_read_across_two_words_is_no_place(text, expected):
    assert provinces(text) == expected
