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


def test_quantities_equal_the_plain_pattern_on_random_text():
    from neican.extractors.targets import _QUANTITY, _quantities

    from .randomtext import random_texts

    for text in random_texts("0123456789.三十万亿个余多约近超过达增长元%人级年，、（", seed=14, longest=24):
        assert [m.span() for m in _quantities(text)] == [m.span() for m in _QUANTITY.finditer(text)], text


def test_the_clause_before_a_quantity_starts_after_the_last_mark():
    from neican.extractors.targets import _LAST_CLAUSE_MARK

    from .randomtext import random_texts

    for text in random_texts("，。、\n（(ab", seed=15, longest=50):
        for end in range(len(text) + 1):
            marks = [i + 1 for i, c in enumerate(text[:end]) if c in "，。、\n（("]
            found = _LAST_CLAUSE_MARK.search(text, 0, end)
            assert (found.end() if found else None) == (marks[-1] if marks else None)


def test_number_runs_equal_the_run_pattern_on_random_text():
    from neican.extractors.targets import _NUMBER_RUN, _number_runs

    from .randomtext import random_texts

    for text in random_texts("0123456789.٣三十万亿个余多元%人级年，", seed=16, longest=24):
        assert _number_runs(text) == [m.span() for m in _NUMBER_RUN.finditer(text)], text


def test_the_words_after_a_quantity_bound_it_and_a_goal_list_makes_every_item_a_goal():
    text = "今年的主要预期目标是：地区生产总值增长5.5%左右，城镇新增就业50万人以上，城镇调查失业率控制在5.5%以内，粮食产量稳定在700亿斤以上。"
    found = [(s.data["text"], s.data["approx"], s.data["bound"], s.data["kind"]) for s in find_targets(text)]
    assert found == [("增长5.5%左右", True, None, "goal"), ("50万人以上", False, "min", "goal"),
                     ("5.5%以内", False, "max", "goal"), ("700亿斤以上", False, "min", "goal")]
    # a list of results, no goal named: facts
    assert items("去年地区生产总值增长5.2%，粮食产量达到700亿斤。") == [(5.2, "%", "fact"), (70000000000, "斤", "fact")]
