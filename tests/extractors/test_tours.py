import pytest

from neican.extractors.tours import find_tours


def tours(text, published=None):
    return [s.data for s in find_tours(text, published)]


def test_delegation_origin_destinations_dates_and_sites():
    text = ("5月20日至22日，湖南省党政代表团赴广东、福建学习考察。21日，代表团在深圳考察前海深港现代服务业合作区展示中心、"
            "腾讯滨海大厦。")
    (t,) = tours(text, "2024-05-23")
    assert t["origin"] == "湖南省"
    assert t["destinations"] == ["广东省", "福建省"]
    assert t["start"] == "2024-05-20" and t["end"] == "2024-05-22"
    assert "前海深港现代服务业合作区展示中心" in t["sites"]


def test_single_character_destination_in_travel_context():
    (t,) = tours("贵州省党政代表团来川考察，双方举行座谈会。")
    assert (t["origin"], t["destinations"]) == ("贵州省", ["四川省"])


def test_no_destination_no_tour():
    assert tours("省人大代表团听取汇报。") == []


@pytest.mark.issue(12)
def test_a_delegation_travelling_to_a_city_visits_its_province_but_passing_through_is_no_visit():
    text = "全国政协主席赵明远20日率中央代表团部分成员赴那曲市，看望慰问各族干部群众。"
    (tour,) = find_tours(text, "2021-08-21")
    assert tour.data["delegation"] == "中央代表团"
    assert tour.data["destinations"] == ["西藏自治区"]
    assert find_tours("某国女足代表团今天上午抵达北京首都机场，经北京转机飞往韩国。", "2015-07-30") == []


def test_a_delegation_attending_a_regions_occasion_went_there():
    from neican.extractors.tours import find_tours
    text = "9日下午，全国政协主席、中央代表团团长赵明远率中央代表团出席向广西壮族自治区赠送纪念品仪式。"
    (t,) = [s.data for s in find_tours(text, "2018-12-10T19:00:00")]
    assert (t["delegation"], t["origin"], t["destinations"]) == ("中央代表团", None, ["广西壮族自治区"])
    assert t["leaders"] == ["赵明远"]


def test_a_delegation_that_flies_to_a_city_visits_its_province_not_a_character_of_it():
    from neican.extractors.tours import find_tours
    text = "以全国政协主席赵明远为团长的中央代表团19日上午飞抵银川，出席自治区成立60周年庆祝活动。"
    (t,) = [s.data for s in find_tours(text, "2018-09-20T19:00:00")]
    assert t["delegation"] == "中央代表团" and t["destinations"] == ["宁夏回族自治区"]
    (t,) = [s.data for s in find_tours("浙江省党政代表团赴川渝学习考察。", None)]
    assert t["destinations"] == ["四川省", "重庆市"]


@pytest.mark.issue(12)
def test_a_delegation_visiting_people_in_a_city_stops_in_its_province():
    """率中央代表团一分团，在某市看望慰问…: visiting, condoling, inspecting in a place are a tour's
    stops as studying and inspecting are."""
    (t,) = tours("中央代表团团长赵明远9日率中央代表团二分团，在柳州市看望慰问各族各界干部群众。", "2018-12-13")
    assert (t["delegation"], t["destinations"], t["start"]) == ("中央代表团", ["广西壮族自治区"], "2018-12-09")


def test_the_leader_printed_before_the_delegation_leads_it():
    (t,) = tours("4月12日至13日，湖南省委书记赵明远率湖南省党政代表团赴江西学习考察。", "2023-04-15")
    assert t["leaders"] == ["赵明远"] and t["destinations"] == ["江西省"]


@pytest.mark.issue(12)
def test_a_modifier_of_the_delegation_is_no_part_of_its_name():
    text = "11日至13日，出席广西壮族自治区成立70周年庆祝活动的中央代表团赴防城港、钦州看望慰问各族干部群众。"
    assert [t["delegation"] for t in tours(text, "2031-12-14")] == ["中央代表团"]


def test_a_leaders_name_of_two_parts_is_read_whole():
    text = "9月25日，某某委员会副委员长买买提·艾力率领中央代表团赴阿克苏看望慰问各族干部群众。"
    (t,) = tours(text, "2031-09-28")
    assert t["leaders"] == ["买买提·艾力"]
