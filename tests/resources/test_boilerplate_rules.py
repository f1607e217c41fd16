"""The boilerplate rules' quick test must say yes whenever any single line rule would match."""
import re

import pytest

from neican.regexinfo import anchored_at_start as _anchored_at_start
from neican.resources.loader import boilerplate_rules

LINES = [
    "当前位置：首页 > 新闻 > 时政", "首页 > 要闻", "上一篇：某地召开会议", "分享到：", "字号：大 中 小",
    "打印 | 关闭", "微信 微博 QQ空间", "扫描二维码关注我们", "点击进入专题", "广告", "下载客户端，看更多新闻",
    "京ICP备12345678号", "违法和不良信息举报电话：12345", "Copyright © 2024 某某网 版权所有",
    "未经本网授权，不得转载", "12345", "评论(12)", "登录 | 注册", "返回顶部", "相关新闻",
    "新闻 | 视频 | 图片 | 专题", "首页新闻时政", "省委常委会召开会议，研究部署下一阶段工作。",
    "会议强调，要坚持以高质量发展为首要任务，版权保护工作取得新进展。",
]


@pytest.mark.parametrize("line", LINES)
def test_quick_test_agrees_with_the_rules_one_by_one(line):
    rules = boilerplate_rules()
    any_rule = any(p.search(line) for _, p in rules.line)
    assert rules.line_rule_may_match(line) == any_rule


def test_anchored_means_every_match_starts_at_zero():
    assert _anchored_at_start(re.compile("^(ab|c)$"))
    assert not _anchored_at_start(re.compile("^ab|c"))
    assert not _anchored_at_start(re.compile("(?m)^ab"))
    assert not _anchored_at_start(re.compile("ab"))


@pytest.mark.parametrize("line", ["Copyright 2024 某某网", "COPYRIGHT © 某某", "all rights reserved",
                                  "某某日报社版权所有", "© 2024"])
def test_copyright_lines_in_any_case(line):
    reasons = [reason for reason, p in boilerplate_rules().line if p.search(line)]
    assert "copyright" in reasons


@pytest.mark.parametrize("line", ["首页 > 新闻 > 时政要闻", "新闻>国内>时政", "新闻 | 视频 | 图片", "要闻    | 评论"])
def test_navigation_lines(line):
    reasons = [reason for reason, p in boilerplate_rules().line if p.search(line)]
    assert "navigation" in reasons
