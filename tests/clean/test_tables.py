"""Rows of a layout table as the HTML extractor prints them (| cell | cell |): the article's text
stays, the bars, spacer cells, menus and link lists around it go, and data tables stay whole."""
from neican.clean import clean

ARTICLE = ("某市召开全市经济工作会议，部署明年重点任务。会议强调，要坚持稳中求进工作总基调，"
           "推动高质量发展取得新成效。")


def kept(text: str) -> str:
    return clean(text).text


def reasons(text: str) -> set[str]:
    return {r for _, _, r in clean(text).removed}


def test_article_cell_keeps_its_text_without_bars_or_neighbouring_links():
    out = kept(f"| | 查看评论 | {ARTICLE} | |")
    assert out == ARTICLE
    assert "table_cells" in reasons(f"| | 查看评论 | {ARTICLE} | |")


def test_rows_of_headlines_menus_and_spacers_are_furniture():
    page = "\n".join([
        "| | | |",
        "|---|---|",
        "| 首页 - 新闻 - 体育 - 财经 - 汽车 |",
        "| 理财：某地白领的月薪是多少 | 也说加薪成功之经验 | 说死也不去大城市的理由 |",
        f"| {ARTICLE} |",
        "| · | 医疗关注前列腺新发现 | · | 皮肤顽疾康复圣地在这里 |",
    ])
    assert kept(page) == ARTICLE
    assert {"table_rule", "link_table"} <= reasons(page)
    assert "empty_cells" in reasons(f"| · | ■ |\n{ARTICLE}")


def test_a_lone_headline_cell_stays_and_a_short_label_goes():
    page = f"| 某市民营经济发展大会隆重召开 |\n| ■ 相关链接 |\n{ARTICLE}"
    assert kept(page) == "某市民营经济发展大会隆重召开\n" + ARTICLE


def test_a_data_table_stays_whole():
    rows = ["| 年份 | 地区 | 增速 |", "| 2023年 | 某省 | 5.2% |", "| 2024 | 第一届全省运动会 | 获奖 |"]
    out = kept(ARTICLE + "\n" + "\n".join(rows) + "\n" + ARTICLE)
    for row in rows:
        assert row in out


def test_a_row_of_short_terms_is_data_and_stays():
    row = "| 某某某 | 教授 | 某大学某学院某研究所所长 |"
    assert row in kept(ARTICLE + "\n" + row + "\n" + ARTICLE)


def test_prose_with_dashes_is_not_a_menu():
    cell = "他说 - 这是第一点 - 这是第二点 - 这是第三点。" + ARTICLE
    assert kept(f"| | {cell} |") == cell


def test_table_cells_are_never_joined_as_a_paragraph_cut_by_a_page_break():
    first = "某市召开全市经济工作会议部署明年重点任务并听取各区县工作汇报情况的"
    out = kept(f"| {first} |\n| 第二个单元格里另一条完全无关的新闻标题在此 |")
    assert "\n" in out
