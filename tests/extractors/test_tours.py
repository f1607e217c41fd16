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
