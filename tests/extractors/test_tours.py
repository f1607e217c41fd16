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
