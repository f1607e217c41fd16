from neican.extractors.targets import find_targets


def items(text):
    return [(s.data["value"], s.data["unit"], s.data["kind"]) for s in find_targets(text)]


def test_percent_money_and_people():
    assert items("地区生产总值增长5.2%。") == [(5.2, "%", "fact")]
    assert items("力争到2025年突破1000亿元。") == [(100000000000, "元", "goal")]
    assert items("召开全省四万余人参加的大会。") == [(40000, "人", "fact")]


def test_counting_words_and_dates_are_not_targets():
    assert items("以三个“一号工程”为抓手，2023年4月13日召开。") == []


def test_counted_thing_follows_a_classifier():
    (span,) = find_targets("做强做大22个重点产业集群。")
    assert span.data["subject"] == "重点产业集群"
