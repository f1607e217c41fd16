"""Metadata from purpose-written page layouts (no seed article text)."""
import pytest

from neican.clean import clean
from neican.extractors.meta import extract_meta
from neican.normalize import normalize

PARA = "会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，推动经济社会高质量发展取得新成效。"


def meta_of(page: str, hints=None):
    text, _, _ = normalize(page)
    cleaned = clean(text)
    return extract_meta(cleaned.lines, cleaned.text, hints)


def test_header_line_with_outlet_time_and_editors():
    m = meta_of(f"全省经济工作会议在杭州召开\n2024-12-20 08:30:15来源:浙江日报编辑:张三责编:李四\n{PARA}")
    assert m.title == "全省经济工作会议在杭州召开"
    assert m.published == "2024-12-20T08:30:15"
    assert m.source == "浙江日报"
    assert m.editors == ["张三", "李四"]


@pytest.mark.issue(13)
@pytest.mark.parametrize("line, source", [("省政府网 2024-07-09", "省政府网"), ("2024年7月9日 某某日报", "某某日报")])
def test_a_line_of_an_outlet_and_a_date_alone_is_the_header(line, source):
    m = meta_of(f"我省与某集团签署战略合作协议\n{line}\n{PARA}")
    assert (m.title, m.published, m.source) == ("我省与某集团签署战略合作协议", "2024-07-09", source)


@pytest.mark.issue(13)
def test_a_dated_sentence_or_a_dated_line_of_other_words_is_no_header():
    m = meta_of(f"我省与某集团签署战略合作协议\n2024年7月9日 签约仪式在省城举行\n{PARA}")
    assert m.source is None


def test_counter_glued_to_seconds_does_not_corrupt_time():
    m = meta_of(f"全省经济工作会议召开\n南方日报2024-01-05 09:41:0712\n{PARA}")
    assert m.published == "2024-01-05T09:41:07"
    assert m.source == "南方日报"


def test_traditional_header_and_original_title():
    page = f"省委召開常委會會議\n2022年3月8日 10:20 來源：四川日報\n原標題：省委常委會召開會議 研究部署近期工作\n{PARA}"
    m = meta_of(page)
    assert m.title == "省委召开常委会会议"
    assert m.original_title == "省委常委会召开会议 研究部署近期工作"
    assert m.published == "2022-03-08T10:20:00"
    assert m.source == "四川日报"


def test_no_title_when_page_starts_with_content():
    m = meta_of(f"本报讯 记者王五 赵六报道 {PARA}\n{PARA}")
    assert m.title is None
    assert m.authors == ["王五", "赵六"]


def test_credited_source():
    m = meta_of(f"据《湖北日报》报道，{PARA}")
    assert m.original_source == "湖北日报"
    m = meta_of(f"据新华社消息，{PARA}")
    assert m.original_source == "新华社"


def test_news_agency_byline_names_the_outlet_and_compilers_are_editors():
    m = meta_of(f"{PARA}（新华社记者孙七、周八整理）")
    assert m.source == "新华社"
    assert m.editors == ["孙七", "周八"]
    assert m.authors == []
    m = meta_of(f"某某网10月4日讯（记者孙七 整合） {PARA}")
    assert (m.authors, m.editors) == ([], ["孙七"])  # 整合 makes an editor (GUIDE)


@pytest.mark.issue(13)
def test_a_byline_outlets_short_form_is_the_outlet_in_full():
    m = meta_of(f"{PARA}（总台记者 孙七）")  # 总台: 中央广播电视总台's own short form
    assert m.source == "中央广播电视总台"


@pytest.mark.issue(13)
def test_a_broadcast_reports_credit_names_each_editors_job():
    m = meta_of(f"{PARA}\n（视频编辑：孙七 文字编辑：周八）")  # the video's and the text's editor
    assert ("孙七", "视频编辑") in m.credits and ("周八", "文字编辑") in m.credits


def test_dateline_names_the_outlet():
    m = meta_of(f"新华社北京3月5日电 {PARA}")
    assert m.source == "新华社"


def test_writer_byline_in_brackets():
    m = meta_of(f"{PARA}（文 吴九 郑十）")
    assert m.authors == ["吴九", "郑十"]


def test_site_copyright_names_the_outlet_when_nothing_else_does():
    m = meta_of(f"本报讯 {PARA}\n版权声明：东方快讯网版权所有，未经书面授权，不得转载。")
    assert m.source == "东方快讯网"


def test_signed_articles_make_several_articles_with_authors():
    page = (f"## 奋力谱写高质量发展新篇章\n王一(某省委书记)\n\n{PARA}\n{PARA}\n"
            f"## 坚定不移推进改革开放\n陈二(某省省长)\n\n{PARA}\n")
    m = meta_of(page)
    assert [a.title for a in m.articles] == ["奋力谱写高质量发展新篇章", "坚定不移推进改革开放"]
    assert [a.authors for a in m.articles] == [["王一"], ["陈二"]]
    assert m.title == "奋力谱写高质量发展新篇章"


def test_container_hints_win():
    m = meta_of(f"{PARA}", {"title": "標題", "published": "2020-02-03 04:05:06", "source": "某台"})
    assert (m.title, m.published, m.source) == ("标题", "2020-02-03T04:05:06", "某台")


@pytest.mark.parametrize("value, expected", [
    ("2021-04-15 10:02:42", "2021-04-15T10:02:42"),
    ("2021年4月5日", "2021-04-05"),
    ("2021/4/5 9:07", "2021-04-05T09:07:00"),
    ("20210405", "2021-04-05"),
    ("2021-04-15T10:02:42+08:00", "2021-04-15T10:02:42"),
    ("not a date", None),
])
def test_parse_datetime(value, expected):
    from neican.dates import parse_datetime

    assert parse_datetime(value) == expected


@pytest.mark.issue(13)
def test_a_writer_signing_off_in_brackets_is_an_author():
    m = meta_of(f"山西品牌丝路行启动\n{PARA}\n南美站活动将先后在巴西、乌拉圭举行。（王立新）")
    assert m.authors == ["王立新"]


@pytest.mark.issue(13)
def test_a_compiling_reporter_is_an_editor():
    m = meta_of(f"各地新春第一会\n{PARA}\n整合 新华日报·交汇点记者 赵文明\n素材来源 江苏13个设区市党报")
    assert m.editors == ["赵文明"] and m.authors == []


@pytest.mark.issue(13)
def test_an_editor_signing_in_latin_letters_after_a_labels_colon():
    """责编：Amy Lin closing the text is an editor; 编辑 Email, a menu's words with no colon, is none."""
    assert meta_of(f"某公司发布新芯片\n{PARA}\n责编：Amy Lin").editors == ["Amy Lin"]
    assert meta_of(f"某公司发布新芯片\n{PARA}\n编辑 Email").editors == []


@pytest.mark.issue(13)
def test_a_name_the_page_labels_editor_is_not_the_containers_author():
    m = meta_of(f"军队装备试验鉴定规定发布\n{PARA}\n编辑:孙立华", {"authors": ["孙立华"]})
    assert m.editors == ["孙立华"] and m.authors == []
    m = meta_of(f"标题一则\n{PARA}", {"editors": ["钱小红"]})
    assert m.editors == ["钱小红"]


@pytest.mark.issue(13)
def test_titles_lose_site_and_source_suffixes_and_sources_their_channel():
    m = meta_of(f"正文标题\n{PARA}", {"title": "关于调整2007 年末国债余额限额的决议__2007年第23号国务院公报_中国政府网"})
    assert m.title == "关于调整2007年末国债余额限额的决议" and m.source == "中国政府网"
    m = meta_of(f"{PARA}", {"title": "女儿出嫁的故事", "source": "人民网-文化频道 原创稿"})
    assert m.source == "人民网"
    m = meta_of(f"街道一行到金融街开展调研 来源于：东区办事处\n{PARA}", {"title": "街道一行到金融街开展调研 东区办事处_中山网"})
    assert (m.title, m.source) == ("街道一行到金融街开展调研", "东区办事处")


@pytest.mark.issue(13)
@pytest.mark.parametrize("page_title, site", [
    ("某地推进改革取得新成效_某某网资讯_某某网", "某某网"),
    ("某地推进改革取得新成效-某某财经", "某某财经"),
    ("某地推进改革取得新成效|某某星空", "某某星空"),
    ("某地推进改革取得新成效--某某商报", "某某商报"),
    ("某地推进改革取得新成效_10%公司_某某新闻-The Paper", "某某新闻"),
    ("某地推进改革取得新成效-ABC 电子技术设计", "ABC 电子技术设计"),  # a brand's letters, then its name
    ("中华人民共和国某某法-纪检", None),  # two characters: a column, not a site
    ("某地推进改革取得新成效", None),
])
def test_with_no_source_printed_the_site_the_page_title_names_is_the_source(page_title, site):
    assert meta_of(f"{PARA}\n{PARA}", {"title": "某地推进改革取得新成效", "page_title": page_title}).source == site


@pytest.mark.issue(13)
def test_a_bylines_paper_is_the_credited_source_of_a_copy_another_outlet_prints():
    m = meta_of(f"标题\n{PARA}\n某某日报记者 赵明远 钱立新\n{PARA}", {"title": "标题", "source": "某某网"})
    assert (m.source, m.original_source) == ("某某网", "某某日报")
    m = meta_of(f"标题\n{PARA}\n某某信报记者 赵明远\n{PARA}", {"title": "标题", "source": "北京某某信报"})
    assert m.original_source is None  # the same paper's short name


@pytest.mark.issue(13)
def test_sign_offs_and_byline_lines_inside_the_text():
    assert meta_of(f"标题\n{PARA}\n到头来，一位自甘穷酸的外科医生。 （袁小源） | |").authors == ["袁小源"]
    assert meta_of(f"标题\n{PARA}\n这样的说法没有道理。（姚小峰 上海报道）").authors == ["姚小峰"]
    m = meta_of(f"标题\n{PARA}\n顶端新闻·河南商报记者马小峰/文受访者供图\n{PARA}\n{PARA}\n{PARA}")
    assert m.authors == ["马小峰"]
    assert meta_of(f"标题\n{PARA}\n新锐青年说 | “新”记者实践\n{PARA}\n{PARA}\n{PARA}").authors == []
    # a line that is nothing but a writer's label and names, in the middle of the page (a teaser or
    # a footer follows it)
    head, tail = "\n".join(f"{PARA}第{k}段" for k in range(4)), "\n".join(f"{PARA}第{k}段" for k in range(4, 8))
    assert meta_of(f"标题\n{head}\n采写：某都记者 赵明远 钱立新\n{tail}").authors == ["赵明远", "钱立新"]
    assert meta_of(f"标题\n{head}\n某都记者 赵明远 钱立新\n{tail}").authors == ["赵明远", "钱立新"]
    assert meta_of(f"标题\n{head}\n向一线记者致敬\n{tail}").authors == []


@pytest.mark.issue(13)
def test_a_bylines_place_or_outlet_and_a_word_starting_with_wen_are_no_writers():
    assert meta_of(f"标题\n{PARA}\n新京报记者 彭小冲 山东冠县报道").authors == ["彭小冲"]
    assert meta_of(f"首页 组织机构 文献资料\n标题\n{PARA}").authors == []
    assert meta_of(f"标题\n胡小蓉\n{PARA}", {"page_authors": ["云南网", "胡小蓉"]}).authors == ["胡小蓉"]


@pytest.mark.issue(13)
def test_bylines_in_more_printed_forms():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    # a sign-off with a space before its closing bracket
    assert meta_of("标题\n" + body * 3 + "全市上下将继续努力。（王明远 李秋 ）\n").authors == ["王明远", "李秋"]
    # a paragraph that opens with its reporter's dateline, deep in the page
    page = "标题\n" + body * 4 + "本报记者周立平发自北京 23日下午，会议在北京召开，与会者讨论了改革。\n" + body * 4
    assert meta_of(page).authors == ["周立平"]
    # an outlet's job word in a sign-off is no name
    assert meta_of("标题\n" + body * 3 + "全市上下将继续努力。（晨报记者 陈小雨）\n").authors == ["陈小雨"]


@pytest.mark.issue(13)
def test_a_writer_label_in_a_header_line_ends_at_the_next_label():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    page = "标题\n2015-11-05 阅读：8169 来源:转载 作者:赵文博 分享：\n" + body * 3
    assert meta_of(page).authors == ["赵文博"]


@pytest.mark.issue(13)
def test_reporters_in_a_header_row_end_at_the_next_label():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    page = "标题\n来源：某某网 某某网频道 记者 周立言 韩素梅 个人简介：\n" + body * 3
    assert meta_of(page).authors == ["周立言", "韩素梅"]


@pytest.mark.issue(13)
def test_the_drafters_of_a_signed_text_are_its_authors():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    page = "标题\n" + body * 3 + "执笔人：周立言 韩素梅 钱守拙\n编辑： 郑一帆\n"
    m = meta_of(page)
    assert m.authors == ["周立言", "韩素梅", "钱守拙"] and m.editors == ["郑一帆"]


@pytest.mark.issue(13)
def test_an_author_field_the_page_never_prints_is_no_byline():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    assert meta_of("标题\n" + body * 3, {"page_authors": ["周立言"]}).authors == []
    assert meta_of("标题\n记者 周立言\n" + body * 3, {"page_authors": ["周立言"]}).authors == ["周立言"]


@pytest.mark.issue(13)
def test_a_records_own_authors_field_stands_even_where_the_text_omits_it():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    assert meta_of("标题\n" + body * 3, {"authors": ["周立言"]}).authors == ["周立言"]


@pytest.mark.issue(13)
def test_editors_listed_in_the_pages_furniture_are_editors_and_people_with_their_label():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    m = meta_of("标题\n" + body * 3, {"editors": ["责编：周立言、韩素梅"]})
    assert m.editors == ["周立言", "韩素梅"]
    assert ("周立言", "责编") in m.credits and ("韩素梅", "责编") in m.credits


@pytest.mark.issue(13)
def test_a_labelled_source_may_hold_digits_and_latin_letters():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    assert meta_of("标题\n" + body * 3, {"source": "21世纪某某报"}).source == "21世纪某某报"
    assert meta_of("标题\n" + body * 3, {"source": "ABCNEWS"}).source == "ABCNEWS"
    assert meta_of("标题\n" + body * 3, {"source": "转载"}).source is None


@pytest.mark.issue(13)
@pytest.mark.parametrize("credits, editors", [
    ("编辑|周立言 责编|韩素梅 校对|钱守拙", ["周立言", "韩素梅", "钱守拙"]),
    ("（某某网编辑 周立言）", ["周立言"]),
    ("原创： 周立言编译", ["周立言"]),
])
def test_editor_credits_with_a_bar_a_space_or_as_compilers(credits, editors):
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    m = meta_of("标题\n" + body * 3 + credits + "\n")
    assert m.editors == editors and m.authors == []


@pytest.mark.issue(13)
def test_writers_and_where_they_filed_from_in_brackets_after_a_sentence():
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    m = meta_of("标题\n" + body * 2 + "该人士付之一笑：“这样的说法没有道理。”（周立言 上海报道） 最新评论 更多评论\n" + body)
    assert m.authors == ["周立言"]


@pytest.mark.parametrize("page,authors", [
    (f"全市召开推进会\n赵明远/文\n{PARA}\n{PARA}", ["赵明远"]),  # the writer before a slash
    (f"全市召开推进会\n赵明远/某某日报\n{PARA}\n{PARA}", ["赵明远"]),  # the writer and the paper
    (f"全市召开推进会\n{PARA}\n各地要认真贯彻落实会议精神。\n（赵明远）", ["赵明远"]),  # a bracketed signature alone on the last line
])
def test_writer_bylines_of_web_pages(page, authors):
    assert meta_of(page).authors == authors


def test_a_photo_credit_is_a_person_but_no_author():
    page = f"全市召开推进会\n记者 钱立新\n{PARA}\n{PARA}\n会场一角。\n赵明远 摄\n{PARA}\n{PARA}\n{PARA}\n图/孙海燕\n{PARA}"
    m = meta_of(page)
    assert m.authors == ["钱立新"]
    assert {"赵明远", "孙海燕"} <= {name for name, label in m.credits if label is None}


def test_each_reporter_keeps_the_job_word_printed_before_the_name():
    m = meta_of(f"全市召开推进会\n{PARA}（记者 赵明远 通讯员 钱立新）")
    assert ("赵明远", "记者") in m.credits and ("钱立新", "通讯员") in m.credits
    assert ("赵明远", "通讯员") not in m.credits


def test_a_headline_half_after_a_bar_is_no_site_name():
    hints = {"title": "工作周记 | 稳中求进，“开门红”提振信心"}
    assert meta_of(f"{PARA}\n{PARA}", hints).title == "工作周记 | 稳中求进，“开门红”提振信心"
    assert meta_of(f"{PARA}\n{PARA}", {"title": "全市召开推进会 | 某某日报"}).title == "全市召开推进会"


def test_a_portals_issuing_office_is_its_source_and_its_review_chain_its_editors():
    m = meta_of(f"全市召开推进会\n发布机构：某某市人民政府办公室 2024-03-05\n{PARA}\n{PARA}\n初审：孙海燕 复审：韩志刚 终审：周立言")
    assert m.source == "某某市人民政府办公室"
    assert m.editors == ["孙海燕", "韩志刚", "周立言"]


def test_a_writers_line_below_a_summary_even_where_the_cleaner_took_it_for_navigation():
    page = (f"全市召开推进会\n划重点\n1. 会议部署了三项工作。\n2. 各地要抓好落实。\n3. 明年将开展评估。\n作者 | 赵明远\n"
            f"{PARA}\n各地要认真贯彻落实会议精神，确保各项任务落到实处。")
    assert meta_of(page).authors == ["赵明远"]


def test_a_credit_label_alone_on_its_line_takes_the_name_on_the_next():
    page = f"全市召开推进会\n{PARA}\n各地要认真贯彻落实会议精神。\n责任编辑：\n孙海燕"
    assert meta_of(page).editors == ["孙海燕"]


@pytest.mark.parametrize("byline", ["文图：赵明远", "赵明远 文", "本文作者：赵明远"])
def test_more_writer_bylines(byline):
    page = f"全市召开推进会\n{byline}\n{PARA}\n各地要认真贯彻落实会议精神。"
    assert meta_of(page).authors == ["赵明远"]


def test_a_signature_on_a_line_the_cleaner_took_for_the_footer():
    assert meta_of(f"全市召开推进会\n{PARA}\n{PARA}\n（赵明远）").authors == ["赵明远"]
    assert meta_of(f"全市召开推进会\n{PARA}\n各地要落实。\n（完）\n网站首页").authors == []
    assert meta_of("").authors == []


@pytest.mark.issue(13)
def test_a_person_named_in_the_source_slot_after_the_text_is_its_writer():
    m = meta_of(f"标题\n{PARA}\n{PARA}。 来源: 钱立新 | |")
    assert m.authors == ["钱立新"] and m.source is None
    assert meta_of(f"标题\n{PARA}\n{PARA}。 来源: 某某日报").authors == []


@pytest.mark.issue(13)
def test_a_reporters_kind_is_part_of_the_post_and_a_caption_glued_into_a_paragraph_credits_its_photographers():
    m = meta_of(f"标题\n{PARA}\n{PARA}▲某某日报全媒体图片记者赵明远、钱立新摄\n{PARA}\n{PARA}\n{PARA}")
    assert ("赵明远", "全媒体图片记者") in m.credits and ("钱立新", "全媒体图片记者") in m.credits
    assert m.authors == []  # a photo credit is no byline
    m = meta_of(f"标题\n本报讯 （实习记者 赵明远 记者钱立新）{PARA}\n{PARA}")
    assert ("赵明远", "实习记者") in m.credits and ("钱立新", "记者") in m.credits


@pytest.mark.issue(13)
def test_a_clipped_headline_is_given_whole_from_the_original_title_line():
    page = f"某地邮轮母港即将开通！地铁直达+免税...\n{PARA}\n本文原标题：《某地邮轮母港即将开通！地铁直达+免税城......》下一篇\n{PARA}"
    m = meta_of(page)
    assert m.original_title == "某地邮轮母港即将开通！地铁直达+免税城......"
    assert m.title == "某地邮轮母港即将开通！地铁直达+免税城......"
    assert meta_of(f"标题\n{PARA}\n- 原标题：某地推进改革取得新成效\n- 责任编辑: 赵明远").original_title == "某地推进改革取得新成效"


@pytest.mark.issue(13)
def test_an_outlets_short_name_in_its_own_dateline_is_no_credited_source():
    m = meta_of(f"标题\n某新网某地6月3日电(记者 赵明远){PARA}\n{PARA}", {"title": "标题", "source": "某国新闻网"})
    assert m.original_source is None


@pytest.mark.issue(13)
def test_a_writers_sign_off_is_read_above_the_widget_lines_that_close_a_page():
    page = (PARA + "\n" + PARA + "\n多家电商平台同步开启预售，部分型号一小时送达。(赵明远)\n"
            "已收藏!\n您可通过首页顶部“我的收藏”查看所有收藏过的文章。\n知道了")
    assert meta_of(page).authors == ["赵明远"]


@pytest.mark.issue(13)
@pytest.mark.parametrize("page, authors, editors", [
    (f"标题\n记者｜赵明远\n{PARA}", ["赵明远"], []),  # a bar for the colon: a header line, not a menu
    (f"标题\n{PARA}\n撰稿：赵明远\n编辑：钱立新", ["赵明远"], ["钱立新"]),
    (f"标题\n{PARA}\n责任编辑：钱立新 孙海燕", [], ["钱立新", "孙海燕"]),  # names parted by a space
    (f"标题\n{PARA}\n编辑 钱立新 校对 孙海燕", [], ["钱立新", "孙海燕"]),
    (f"标题\n{PARA}\n记者：赵明远 实习生：钱立新", ["赵明远", "钱立新"], []),
    (f"标题\n{PARA}\n整理：钱立新", [], ["钱立新"]),  # GUIDE: 整理 makes an editor
    (f"标题\n{PARA}\n本报实习生 赵明远 孙海燕", ["赵明远", "孙海燕"], []),
    (f"标题\n{PARA}\n某某科供稿 摄影/孙海燕 编辑/钱立新", [], ["钱立新"]),  # the photographer is a person, no byline
])
def test_byline_forms(page, authors, editors):
    m = meta_of(page)
    assert (sorted(m.authors), sorted(m.editors)) == (sorted(authors), sorted(editors))


@pytest.mark.issue(13)
def test_the_outlet_named_in_chinese():
    from neican.extractors.meta import _outlet_part

    assert _outlet_part("ABC - 某某国际广播电台") == "某某国际广播电台"  # a site name in parts: the Chinese outlet
    assert _outlet_part("某某日报") == "某某日报"
    assert meta_of(f"标题\n{PARA}", {"sitename": "ABC - 某某国际广播电台"}).source == "某某国际广播电台"


@pytest.mark.parametrize("page", [
    "某某会议今天召开\n某某会议今天召开。会议强调，要加强工作，推动各项任务落实见效。（记者/王小明）",
    "某某会议今天召开\n某某会议今天召开。会议强调，要加强工作，推动各项任务落实见效。\n【作者】王小明",
])
def test_a_reporters_slash_and_a_bracketed_writers_label_credit_the_author(page):
    """（记者/王小明）, 【作者】王小明: a slash after 记者, as after 文, and a label in 【】 credit the writer."""
    assert meta_of(page).authors == ["王小明"]


@pytest.mark.parametrize("closing", ["（来源：某某日报）", "（转自：某某日报）", "来源：某某日报"])
def test_a_source_credited_after_the_text_in_brackets_or_as_a_repost(closing):
    """（来源：某某日报）, （转自：某某日报）: a source label closed by a bracket, and 转自 (reposted from)
    as a label of its own, name the outlet, as 来源： on a line of its own does."""
    page = f"某某会议今天召开\n{PARA}\n{closing}"
    assert meta_of(page).source == "某某日报"


@pytest.mark.issue(13)
def test_a_word_after_a_reporters_job_word_in_running_text_is_no_name():
    """3000多名注册记者|参与|报道: the words after 记者 read as a byline (记者 X 报道), but X is a word of
    ordinary text whose first character is a rare surname: no author, no credit."""
    body = "这是一段足够长的正文，讲述了当地推进改革的具体做法和取得的明显成效，群众普遍反映良好。\n"
    meta = meta_of("标题\n" + body * 3 + "来自各地的3000多名注册记者参与报道。\n")
    assert meta.authors == [] and meta.credits == []
    assert meta_of(f"标题\n{PARA}\n新京报记者 彭小冲 山东冠县报道").authors == ["彭小冲"]


@pytest.mark.issue(13)
def test_a_byline_line_of_writer_and_paper_names_the_outlet_not_a_reporter_quoted_later():
    m = meta_of(f"共享充电宝涨价\n赵明远/东方青年报\n{PARA}店员告诉东方青年报·东方青年网记者“五五分成”。{PARA}")
    assert m.source == "东方青年报" and m.authors == ["赵明远"]


@pytest.mark.issue(13)
def test_a_site_and_its_channels_before_the_headline_leave_the_title():
    m = meta_of(f"{PARA}", {"title": "某某网--汽车--某车企回应合资传闻 全面合作项目即将展开"})
    assert m.title == "某车企回应合资传闻 全面合作项目即将展开"
    m = meta_of(f"{PARA}", {"title": "全国两会--代表委员热议政府工作报告"})  # a meeting, not a site, before the dashes
    assert m.title == "全国两会--代表委员热议政府工作报告"


def test_a_photographer_signed_before_the_slash_is_a_person_but_no_author():
    m = meta_of(f"秋收时节\n周立平/文 韩志刚/图\n{PARA}\n{PARA}")
    assert m.authors == ["周立平"]
    assert ("韩志刚", None) in m.credits and "韩志刚" not in m.authors


def test_a_first_line_over_a_dateline_is_the_headline_however_short_the_datelines_line():
    page = "中共中央批准：赵明远同志任吉林省委委员、常委、书记\n新华社北京10月12日电 中共中央批准：\n赵明远同志任吉林省委委员、常委、书记。"
    assert meta_of(page).title == "中共中央批准：赵明远同志任吉林省委委员、常委、书记"
