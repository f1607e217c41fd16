import re

import pytest

from neican.regexinfo import anchored_at_start, required_literals, whole_line_width
from neican.resources.loader import boilerplate_rules


@pytest.mark.parametrize("pattern, expected", [
    ("版权所有", {"版权所有"}),
    ("(ICP备|公网安备)", {"ICP备", "公网安备"}),
    ("^.{0,30}(扫描|扫码).{0,12}二维码$", {"二维码"}),
    ("[【\\[]\\s*(打印|关闭)", {"打印", "关闭"}),
    ("[（(]x", {"x"}),                # of two equally short requirements, the one with fewer members
    ("[（(]", {"（", "("}),
    ("(a|)b?", None),                # an empty alternative, an optional part
    ("\\d+", None),                   # a category
    ("(?i:copyright)", None),         # letters in any case
    ("[^。]{2}", None),               # a negated class
])
def test_required_literals(pattern, expected):
    found = required_literals(re.compile(pattern))
    assert (found if found is None else set(found)) == expected


def test_every_boilerplate_match_contains_a_required_literal():
    """Soundness on lines built to match: a page without the literals is skipped safely."""
    lines = ["当前位置：首页 > 新闻", "首页 > 要闻", "扫描二维码关注我们", "京ICP备12345678号", "版权所有 某某网",
             "【打印】", "评论(12)", "分享到：", "下载客户端看新闻", "违法和不良信息举报电话", "© 2024",
             "未经本网授权不得转载", "新闻 | 视频 | 图片", "代表团(tuán)", "相关新闻", "返回顶部"]
    rules = boilerplate_rules()
    for reason, pattern in rules.line + rules.inline:
        needed = required_literals(pattern)
        for line in lines:
            if pattern.search(line) and needed is not None:
                assert any(word in line for word in needed), (pattern.pattern, line)


def test_rules_for_a_page_drop_what_cannot_match_there():
    rules = boilerplate_rules()
    plain = rules.for_text("会议强调，要坚持高质量发展。\n会议指出，要统筹发展和安全。")
    assert len(plain.line) < len(rules.line) and not plain.footer_strong
    assert plain.everything is rules
    footer = rules.for_text("正文。\n本网版权所有，未经授权不得转载")
    assert "版权所有" in footer.footer_strong and any(r == "copyright" for r, _ in footer.line)


def test_anchors_and_widths():
    assert anchored_at_start(re.compile("^(ab|c)$")) and not anchored_at_start(re.compile("^ab|c"))
    assert whole_line_width(re.compile("^.{0,6}点击$")) == 8
    assert whole_line_width(re.compile("^a+$")) is None and whole_line_width(re.compile("^ab")) is None
