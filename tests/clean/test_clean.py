"""Cleaning rules, one purpose-written case each, positives and negatives."""
import pytest

from neican.clean import clean

BODY = "省委书记主持会议并讲话，强调要坚持高质量发展，推动各项工作落地见效，确保完成全年目标任务。"


def kept(text: str) -> str:
    return clean(text).text


def reasons(text: str) -> set[str]:
    return {r for _, _, r in clean(text).removed}


@pytest.mark.parametrize("furniture, reason", [
    ("首页 > 新闻中心 > 要闻", "navigation"),
    ("当前位置：首页 > 时政", "navigation"),
    ("登录注册", "login"),
    ("评论列表", "counter"),
    ("共(12)条", "counter"),
    ("阅读：3521", "counter"),
    ("【打印本页】【关闭窗口】", "widget"),
    ("分享到：微信 微博", "widget"),
    ("扫描二维码关注我们的公众号", "qr_code"),
    ("京ICP备12345678号-1", "icp"),
    ("京公网安备 11010502000001号", "icp"),
    ("下载本报客户端，阅读更多", "advertisement"),
])
def test_furniture_line_is_removed_with_reason(furniture, reason):
    text = f"{BODY}\n{furniture}\n{BODY}"
    assert furniture not in kept(text)
    assert reason in reasons(text)
    assert kept(text).count("高质量发展") == 2


def test_copyright_block_at_end_is_removed():
    footer = ("本网版权与免责声明：\n一、凡本网注明来源的作品，版权均属本网所有，转载须注明出处。\n"
              "二、如因作品内容、版权问题需要同本网联系的，请在30日内进行。\n"
              "Copyright © 2001-2024 某某新闻网 All Rights Reserved")
    out = kept(f"{BODY}\n{footer}")
    assert out == BODY


def test_last_short_line_of_an_article_is_kept():
    assert kept(f"{BODY}\n（完）") == f"{BODY}\n（完）"


def test_trailing_link_list_is_removed():
    links = "\n".join(["相关专题", "热门视频", "图片新闻", "更多"])
    assert kept(f"{BODY}\n{links}") == BODY


def test_widgets_glued_to_the_end_of_text():
    text = f"{BODY}\n【 纠 错 】 【加入收藏】【打印本页】【关闭窗口】"
    assert kept(text) == BODY


def test_caption_printed_twice_is_kept_once_and_marked():
    caption = "5月11日，代表团在沈阳考察（新华社记者 摄）"
    result = clean(f"{BODY}\n{caption} {caption}\n{BODY}")
    assert result.text.count(caption) == 1
    assert any(line.caption for line in result.lines)
    assert "duplicate_caption" in {r for _, _, r in result.removed}


def test_caption_glued_to_itself_is_kept_once():
    caption = "5月11日，代表团在沈阳考察"
    result = clean(f"{BODY}\n{caption}{caption}\n{BODY}")
    assert result.text.count(caption) == 1 and any(line.caption for line in result.lines)
    assert clean(f"{BODY}\n好好学习好好学习\n").text.count("好好学习") == 2  # too short to be a caption


def test_repeated_line_is_kept_once():
    line = "图为会议现场。"
    assert kept(f"{BODY}\n{line}\n{line}\n{BODY}").count(line) == 1


def test_paragraph_cut_by_page_break_is_joined():
    text = "今年以来，全省经济运行企稳回升向好，固定资产投资、规上工业增加值等主要经济指标\n\n增幅达到近年历史同期最好水平。"
    assert "主要经济指标增幅达到" in kept(text)


def test_a_short_line_cut_at_a_comma_is_joined_but_not_a_short_label():
    text = f"{BODY}\n赵明远指出，要坚持以文塑旅、以旅彰文，\n推进文化和旅游深度融合发展。"
    assert "以旅彰文，推进文化" in kept(text)
    text = f"{BODY}\n主要任务：\n推进文化和旅游深度融合发展。"  # a label ends with a colon, not a comma
    assert "主要任务：\n推进" in kept(text)


def test_complete_paragraphs_are_not_joined():
    other = "会议要求，各地各部门要认真贯彻落实，切实把思想和行动统一到中央决策部署上来。"
    assert kept(f"{BODY}\n\n{other}") == f"{BODY}\n{other}"


def test_list_item_after_open_line_is_not_joined():
    text = "会议要求，各地各部门要着力抓好以下几个方面的重点工作任务\n一、坚持稳中求进工作总基调。"
    assert "\n一、" in kept(text)


def test_pinyin_annotation_is_removed():
    out = kept("辽宁省党政代表团(tuán)在沈阳举行总结交流会，分享心得体会，相互启发借鉴。")
    assert "代表团在沈阳" in out
    assert "pinyin" in reasons("辽宁省党政代表团(tuán)在沈阳举行总结交流会。")


def test_english_in_brackets_is_not_pinyin():
    assert "(WTO)" in kept("中国加入世界贸易组织(WTO)以来，对外开放不断扩大。")


def test_markdown_heading_marks_are_removed():
    out = kept(f"## 以全面振兴新突破建设新辽宁\n\n{BODY}")
    assert out.startswith("以全面振兴新突破建设新辽宁\n")


def test_offsets_point_back_into_the_input():
    text = f"登录注册\n581\n{BODY}\n0000"
    result = clean(text)
    i = result.text.index("高质量")
    a, b = result.offsets.span(i, i + 3)
    assert text[a:b] == "高质量"


def test_footer_words_in_the_last_paragraphs_do_not_remove_the_article():
    body = ("省版权局表示，将加强对网站转载新闻作品的版权监管，对未经授权转载的网站依法查处，维护著作权人合法权益。\n"
            "下一步，省版权局将建立重点网站版权监管名单，对未经授权转载、传播盗版作品的网站依法予以查处。")
    footer = "某某日报社版权所有，未经书面授权不得转载\n京ICP备05012345号-1"
    out = kept(f"省版权局部署打击网络侵权盗版\n{body}\n{footer}")
    assert "建立重点网站版权监管名单" in out and "加强对网站转载" in out
    assert "版权所有" not in out


def test_site_blurb_above_a_copyright_notice_is_removed():
    blurb = "某某新闻：某省重点新闻网站（客户端），某某报业集团旗下一类资质网站（客户端）。"
    out = kept(f"{BODY}\n{blurb}\n某某新闻版权与免责声明：\n版权声明：某某新闻版权所有，未经书面授权，不得转载。")
    assert out == BODY


@pytest.mark.issue(13)
def test_a_page_is_never_emptied_by_a_footer_block_that_swallows_it():
    # a story whose one long line says 关于我们 (a footer word) inside the footer block of a short page
    prose = "| " + "我们沿着江边慢慢走着，谈起关于我们这些年各自经历的事情。" * 12 + " |"
    text = ("| 您现在的位置：读书 -> 连载 -> 正文 |\n| 1 |\n| 02日14:25 作者： 某某 |\n"
            f"{prose}\n| 本版编辑:Giki |\n| 相关链接 | | |\n| | 交友乐园 |\n| | |\n| 京ICP证000009号 |")
    cleaned = clean(text)
    assert "谈起关于我们这些年" in cleaned.text
    assert "京ICP证" not in cleaned.text


@pytest.mark.issue(13)
@pytest.mark.parametrize("line", [
    "本文为政务等机构在某某号上传并发布，仅代表该机构观点，不代表某某新闻的观点或立场。",
    "网友评论仅供其表达个人看法，并不表明某某网立场。",
    "1、回复【公租房】查看最新消息",
    "安装某某财经客户端第一时间接收最全面的市场资讯→【下载地址】",
    "相关报道：",
    "| ·某某公告称5高管被批捕 ·官员称国资流失严重 ·权威部门解读价格走势 |",
    "延伸阅读：某地骗子演绎惊天骗局",
    "| 点击阅读更多精彩财经新闻 |",
])
def test_disclaimers_reply_menus_app_promotions_and_related_link_headings_are_furniture(line):
    body = "会议强调，要坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效，群众普遍反映良好。"
    assert line not in clean(f"{body}\n{line}\n{body}").text


@pytest.mark.issue(13)
def test_a_list_heading_with_its_items_on_its_line_and_an_inserted_share_price_are_furniture():
    page = ("正文第一段讲的是事情的经过，内容很长很长很长，足够成为正文。\n"
            "小编最近文章 某某标题一2015-09-22“某某标题二”靠谱吗？2015-08-11\n"
            "| 图片精选 | | 其他报道 ·某某狂扫货(图) (28) ·某某被判3年？(28)\n"
            "包括某某银行(115.395, 2.79, 2.47%)等公司。\n"
            "相关报道显示，今年经济增长较快，2015-09-22发布。")
    text = clean(page).text
    assert "小编最近文章" not in text and "其他报道" not in text and "115.395" not in text
    assert "包括某某银行等公司。" in text and "相关报道显示，今年经济增长较快" in text


@pytest.mark.issue(13)
def test_a_sentence_of_the_text_after_a_related_reading_label_or_with_bullets_stays():
    body = "会议强调，要坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效，群众普遍反映良好。"
    for line in ("相关报道：今年经济增长较快，群众普遍反映良好。", "·第一，坚持稳中求进。·第二，推动改革。"):
        assert line in clean(f"{body}\n{line}\n{body}").text


@pytest.mark.issue(13)
def test_a_menu_laid_out_as_a_table_row_of_bar_cells_is_navigation_but_a_data_table_is_not():
    text = kept("| 企业服务首页 | \\| | 产业资讯 | \\| | 企业短信 |\n" + BODY + "\n| 地区 | 产量 | 增长 |")
    assert "企业服务首页" not in text and "| 地区 | 产量 | 增长 |" in text


def test_the_stories_a_related_list_heading_opens_after_the_article_go():
    body = "会议强调，要坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效。" * 3
    page = (f"某地推进改革取得新成效\n{body}\n{body}\n您可能感兴趣的文章\n某地召开座谈会\n"
            "21日，某地召开座谈会，研究部署有关工作。\n某市举行推进会\n")
    text = kept(page)
    assert body in text and "某地召开座谈会" not in text and "某市举行推进会" not in text
    # a long paragraph after the heading is the article's: nothing after it goes
    longer = kept(f"某地推进改革取得新成效\n{body}\n相关阅读\n{body * 3}\n")
    assert longer.count(body) == 4


@pytest.mark.issue(12)
def test_a_space_beside_a_lists_mark_goes_and_offsets_still_point_back():
    """某甲 、某乙 and 某甲、 某乙: one list (a space there would end it for every reader of lists);
    a space between words elsewhere stays (记者 赵明远 钱立新)."""
    text = "副主席赵明远、钱立新 、孙海燕、 周立平出席会议。\n记者 赵明远 钱立新"
    out = clean(text)
    assert out.text == "副主席赵明远、钱立新、孙海燕、周立平出席会议。\n记者 赵明远 钱立新"
    start, end = out.offsets.span(at := out.text.index("孙海燕"), at + 3)
    assert text[start:end] == "孙海燕"



@pytest.mark.issue(12)
def test_a_space_inside_a_number_in_prose_goes_but_not_between_two_numbers():
    """某某1 8日在北京会见, 转发11 000次: a typesetting slip inside one number, which would hide an
    event's day; 第21 22集 and 03 04星 are two numbers in a row; 记者 2023 年 is not in prose."""
    text = "副总理赵明远1 8日在北京会见了外宾。该微博被转发11 000次。\n今晚播出第21 22集。发射某某一号03 04星。\n记者 2023 年"
    out = clean(text)
    assert out.text == "副总理赵明远18日在北京会见了外宾。该微博被转发11000次。\n今晚播出第21 22集。发射某某一号03 04星。\n记者 2023 年"
    start, end = out.offsets.span(at := out.text.index("18日"), at + 3)
    assert text[start:end] == "1 8日"

ARTICLE_LONG = "".join(f"第{n}项任务是{task}，要明确责任分工，细化工作举措，按时保质完成。"
                       for n, task in enumerate(["稳就业", "稳外贸", "稳投资", "保民生", "保市场主体", "保粮食安全"], 1))


def test_each_list_of_other_stories_goes_up_to_the_next_heading():
    comment = "我想说几句，" + "这篇报道写得很好，把基层干部的辛苦讲清楚了，" * 14
    page = "\n".join([ARTICLE_LONG, "相关阅读", "某地举行春季运动会", "某市开展植树活动", "| 热门评论 |", comment])
    out = kept(page)
    assert "某地举行春季运动会" not in out and "某市开展植树活动" not in out
    assert comment in out  # a comment longer than a teaser is not taken for one
    assert "related" in reasons("\n".join([ARTICLE_LONG, "| 热门评论 |", "写得很好，支持。"]))


def test_a_long_paragraph_after_a_related_heading_is_the_article():
    paragraph = "会议指出，" + "要坚持稳中求进工作总基调，推动经济实现质的有效提升和量的合理增长，" * 8
    page = "\n".join([ARTICLE_LONG, "相关阅读", paragraph])
    assert paragraph in kept(page)


def test_teasers_after_the_closing_credits_go_the_credits_stay():
    page = "\n".join([ARTICLE_LONG, "采写：某报记者 某甲 某乙", "某地警方通报一起交通事故",
                      "某市地铁新线今日开通运营，市民可持卡乘车。", ",某某都市报"])
    out = kept(page)
    assert out == ARTICLE_LONG + "\n采写：某报记者 某甲 某乙"
    assert "after_credits" in reasons(page)


def test_a_credit_line_high_on_the_page_takes_nothing_after_it():
    page = "\n".join(["作者：某某", ARTICLE_LONG, "某地警方通报一起交通事故"])
    assert "after_credits" not in reasons(page)


@pytest.mark.issue(13)
def test_a_breadcrumb_that_shares_a_table_cell_with_the_article_goes_alone():
    """当前位置：首页->栏目 and the article in one layout-table cell (old portals): the trail goes,
    the headline and the article stay; a trail on a line of its own still goes whole."""
    body = "飞行归因于作用在飞机上的几个力。第一个是飞机的重量，即将飞机拉向地面的重力。"
    text = kept(f"| | 当前位置：首页->军事技术 飞行物理学常识 {body} |\n{BODY}")
    assert "当前位置" not in text and "军事技术" not in text and f"飞行物理学常识 {body}" in text
    text = kept(f"当前位置：首页 > 新闻 > 国内 某地推进改革\n{BODY}")
    assert "当前位置" not in text and "某地推进改革" not in text
