import re

import pytest

from neican.extractors.scan import at_start_or_after

REST = r"([\u4e00-\u9fff]{2,4}?)(?=指出|强调)"


@pytest.mark.parametrize("text", ["郝鹏指出，要。王浩强调", "\n李乐成指出", "会议指出。张三强调。李四指出", "没有", "。。王五指出"])
def test_same_matches_as_the_start_or_mark_pattern(text):
    combined = re.compile(rf"(?:^|[\n。]){REST}")
    split = at_start_or_after(re.compile(REST), re.compile(rf"[\n。]{REST}"), text)
    assert [(m.span(), m.group(1)) for m in split] == [(m.span(), m.group(1)) for m in combined.finditer(text)]


@pytest.mark.parametrize("text", ["增长5%，达到1000亿元，约三万人", "来川考察，赴浙学习，苏浙两省", "", "一二三四五个"])
def test_finditer_at_equals_finditer(text):
    from neican.extractors.regions import _abbreviation_pattern, _abbreviation_start
    from neican.extractors.scan import finditer_at
    from neican.extractors.targets import _QUANTITY, _QUANTITY_START

    for pattern, starts in ((_QUANTITY, _QUANTITY_START), (_abbreviation_pattern(), _abbreviation_start())):
        assert [m.span() for m in finditer_at(pattern, starts, text)] == [m.span() for m in pattern.finditer(text)]
