import re

import pytest

from neican.extractors.scan import at_start_or_after

from .randomtext import random_texts

REST = r"([\u4e00-\u9fff]{2,4}?)(?=指出|强调)"


@pytest.mark.parametrize("text", ["林慕白指出，要。周立平强调", "\n王立新指出", "会议指出。张三强调。李四指出", "没有", "。。王五指出"])
def test_same_matches_as_the_start_or_mark_pattern(text):
    combined = re.compile(rf"(?:^|[\n。]){REST}")
    split = at_start_or_after(re.compile(REST), re.compile(rf"[\n。]{REST}"), text)
    assert [(m.span(), m.group(1)) for m in split] == [(m.span(), m.group(1)) for m in combined.finditer(text)]


@pytest.mark.parametrize("text", ["增长5%，达到1000亿元，约三万人", "来川考察，赴浙学习，苏浙两省", "", "一二三四五个"])
def test_finditer_at_equals_finditer(text):
    from neican.extractors.regions import _abbreviation_pattern, _abbreviation_start
    from neican.extractors.scan import finditer_at
    from neican.extractors.targets import _LEADS, _QUANTITY, _quantities

    quantity_start = re.compile(rf"[{''.join(w[0] for w in _LEADS)}\d一二两三四五六七八九十百千万亿零〇]")
    assert [m.span() for m in _quantities(text)] == [m.span() for m in _QUANTITY.finditer(text)]
    for pattern, starts in ((_QUANTITY, quantity_start), (_abbreviation_pattern(), _abbreviation_start())):
        assert [m.span() for m in finditer_at(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]


def test_quantities_equal_the_single_pattern_on_random_text():
    from neican.extractors.targets import _QUANTITY, _quantities

    for text in random_texts("0123456789.一二两三四五六七八九十百千万亿零约近超过逾达到增长下降余多元个人%米瓦吨级的，。和", seed=7):
        assert [m.span() for m in _quantities(text)] == [m.span() for m in _QUANTITY.finditer(text)], text
