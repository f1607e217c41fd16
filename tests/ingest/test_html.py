"""HTML to text: fast fragment walk, trafilatura pages with lxml fallback, meta tags."""
from __future__ import annotations

import pytest

from neican.errors import InputError
from neican.ingest.html import (
    fragment_text,
    html_to_text,
    is_fragment,
    looks_like_html,
    parse_html,
)
from neican.ingest.htmlmeta import read_meta_tags, split_authors

PARAGRAPHS = ["国务院总理李强主持召开国务院常务会议。", "会议指出，要进一步做好稳就业工作，", "加大对重点群体的帮扶力度。"]

PAGE = """<!DOCTYPE html>
<html><head>
<meta charset="utf-8">
<title>国务院常务会议 - 新闻</title>
<meta name="PubDate" content="2024-03-01 18:30">
<meta name="ContentSource" content="来源：新华社">
<meta name="author" content="张三、李四">
<script>var x = "不要这个";</script>
<style>p {{ color: red }}</style>
</head><body>
<nav><a href="/">首页</a> <a href="/news">新闻</a></nav>
<article><h1>国务院常务会议</h1>
{body}
</article>
<footer>版权所有</footer>
</body></html>"""


def test_fragment_one_block_a_line():
    html = "<p>    中国网络电视台消息：本台消息。</P>\r\n<p>    (视频编辑：张贝龙)</P>"
    assert fragment_text(html) == "中国网络电视台消息：本台消息。\n(视频编辑：张贝龙)"


def test_fragment_br_lists_tables_and_skipped_elements():
    html = "开头<script>x()</script><div>甲<b>乙</b>丙<br>丁</div>尾<!-- 注释 --><ul><li>一<li>二</ul><table><tr><td>左<td>右</table>"
    assert fragment_text(html).split("\n") == ["开头", "甲乙丙", "丁", "尾", "一", "二", "左", "右"]


def test_fragment_entities_and_whitespace():
    assert fragment_text("<p>&nbsp;&nbsp;新闻&amp;评论\n  第二句</p><p> </p>") == "新闻&评论 第二句"


def test_fragment_unclosed_tags():
    assert fragment_text("<p>未闭合 <b>粗体<p>下一段") == "未闭合 粗体\n下一段"


def test_is_fragment():
    assert is_fragment("<p>一</p><p>二</p>")
    assert not is_fragment("<!doctype html><p>一</p>")
    assert not is_fragment("<HTML><BODY>一</BODY></HTML>")


def test_looks_like_html():
    assert looks_like_html("<p>一段</p>")
    assert looks_like_html("第一行<br/>第二行")
    assert not looks_like_html("a < b 且 c > d")


def test_html_to_text_fragment_has_no_meta():
    result = html_to_text("".join(f"<p>{p}</p>" for p in PARAGRAPHS))
    assert result.text == "\n".join(PARAGRAPHS)
    assert result.meta == {}


def test_page_main_text_and_meta():
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    result = html_to_text(PAGE.format(body=body))
    lines = result.text.split("\n")
    assert all(p in lines for p in PARAGRAPHS)
    assert "不要这个" not in result.text and "p { color" not in result.text
    assert result.meta["published"].startswith("2024-03-01")
    assert result.meta["source"] == "新华社"
    assert result.meta["page_authors"] == ["张三", "李四"]  # the page's author field, kept apart from a record's own
    assert "国务院常务会议" in result.meta["title"]


def test_page_meta_time_keeps_the_hour():
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    assert html_to_text(PAGE.format(body=body)).meta["published"] == "2024-03-01 18:30"


def test_a_time_printed_under_the_headline_beats_a_stale_meta_tag_of_another_day():
    body = "<p>发布时间：2024-06-18 16:20 来源：新华社 浏览次数：1234</p>\n" + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    assert html_to_text(PAGE.format(body=body)).meta["published"].startswith("2024-06-18T16:20")
    # the same day printed: the tag keeps its own time; a date far below the headline is no override
    body = "<p>2024-03-01 18:00</p>\n" + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    assert html_to_text(PAGE.format(body=body)).meta["published"] == "2024-03-01 18:30"
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS * 12) + "<p>相关新闻 2019-05-05 10:00</p>"
    assert html_to_text(PAGE.format(body=body)).meta["published"] == "2024-03-01 18:30"


def test_malformed_page_still_yields_text():
    html = "<html><body><div><p>第一段没有闭合<p>第二段也没有<div><span>还有一段" + "".join(PARAGRAPHS)
    text = html_to_text(html).text
    assert "第一段没有闭合" in text and "第二段也没有" in text


def test_markup_without_text_is_empty():
    with pytest.raises(InputError) as raised:
        html_to_text("<p></P>")
    assert raised.value.reason == "empty"
    with pytest.raises(InputError) as raised:
        html_to_text("<html><body><script>only()</script></body></html>")
    assert raised.value.reason == "empty"


def test_xml_declaration_is_accepted():
    assert "正文" in html_to_text('<?xml version="1.0" encoding="gb2312"?><html><body><p>正文</p></body></html>').text


def test_read_meta_tags_chinese_names():
    root = parse_html(
        '<html><head><meta name="og:time " content="2019-11-25 16:04:30">'
        '<meta name="mediaid" content="参考消息"><meta property="og:site_name" content="新浪网">'
        "<title> 标题 </title></head><body></body></html>"
    )
    assert read_meta_tags(root) == {
        "published": "2019-11-25 16:04:30",
        "source": "参考消息",
        "sitename": "新浪网",
        "page_title": "标题",
    }


@pytest.mark.parametrize(
    "value, expected",
    [
        ("张三、李四", ["张三", "李四"]),
        ("张三 李四", ["张三", "李四"]),
        ("王\u3000芳", ["王\u3000芳"]),
        ("John Smith, Jane Doe", ["John Smith", "Jane Doe"]),
        ("作者：张三；李四；张三", ["张三", "李四"]),
    ],
)
def test_split_authors(value, expected):
    assert split_authors(value) == expected


def test_real_pages_extract_readable_text(shared_dir):
    page = shared_dir / "data" / "html" / "gne" / "tests" / "people" / "1.html"
    if not page.exists():
        pytest.skip("gne sample page missing")
    result = html_to_text(page.read_bytes().decode("utf-8"))
    assert "陆游" in result.text
    assert result.meta["published"] == "2019-06-15"


def test_pre_keeps_its_lines():
    assert fragment_text("<pre>第一行\n第二行</pre>") == "第一行\n第二行"


def test_pages_go_through_trafilatura():
    pytest.importorskip("trafilatura", reason="trafilatura (needs lxml_html_clean) is not importable", exc_type=ImportError)
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    assert html_to_text(PAGE.format(body=body)).warnings == []


def test_plain_extractor_option_skips_trafilatura():
    body = "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    result = html_to_text(PAGE.format(body=body), extractor="lxml")
    assert result.text.split("\n") == ["国务院常务会议", *PARAGRAPHS]  # nav and footer dropped
    assert result.warnings == []


@pytest.mark.issue(13)
def test_the_editor_label_in_page_furniture_reaches_the_hints():
    from neican.ingest.html import page_text

    body = "<p>" + "会议强调，要坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效。" * 4 + "</p>"
    page = (f"<html><head><title>标题</title></head><body><article><h1>标题</h1>{body}</article>"
            "<div class='foot'><span class='ep-editor'>责任编辑：李小曼_NN2587</span></div></body></html>")
    assert page_text(page).meta["editors"] == ["责任编辑：李小曼"]  # label and names as printed


@pytest.mark.issue(13)
def test_a_site_name_read_as_the_title_gives_way_to_the_pages_own_headline():
    from neican.ingest.html import merge_meta

    tags = {"title": "山西品牌丝路行<div>正式启动</div>", "page_title": "山西品牌丝路行正式启动 - 山西省人民政府门户网站"}
    assert merge_meta({"title": "山西省人民政府网站"}, tags)["title"] == "山西品牌丝路行正式启动"
    assert merge_meta({"title": "省里召开会议 部署工作"}, tags)["title"] == "省里召开会议 部署工作"
    assert merge_meta({}, {"page_title": "标题_新浪网"})["title"] == "标题_新浪网"


@pytest.mark.issue(13)
def test_a_page_with_two_html_elements_keeps_the_article_of_the_second():
    from neican.ingest.html import page_text

    article = "第十届全国人民代表大会常务委员会第二十八次会议，听取了国务院的说明，并对议案进行了审议。" * 3
    page = ("<html><head><title>决议_中国政府网</title></head><body><div>首页 | 简 | 繁 | EN</div></body></html>\n"
            f"<html><body><div class='content'><p>{article}</p></div></body></html>")
    out = page_text(page)
    assert "听取了国务院的说明" in out.text


@pytest.mark.issue(13)
def test_a_traditional_editor_label_reaches_the_hints_too():
    from neican.ingest.html import page_text

    body = "<p>" + "會議強調，要堅持穩中求進工作總基調，推動經濟社會高質量發展取得新成效。" * 4 + "</p>"
    page = f"<html><head><title>標題</title></head><body><article>{body}</article><div>責任編輯：李小曼</div></body></html>"
    assert page_text(page).meta["editors"] == ["責任編輯：李小曼"]


@pytest.mark.issue(13)
def test_a_first_of_january_guessed_from_a_bare_year_is_no_publication_date():
    from neican.ingest.html import _new_year_guess

    page = "<html><body><p>——《北京之春》1996年3月号</p><p>© 1996 某网站</p></body></html>"
    assert _new_year_guess("1996-01-01", page)
    assert not _new_year_guess("1996-01-01", page + "<p>发布时间：1996年1月1日</p>")
    assert not _new_year_guess("1996-01-01", page + "<p>1996-01-01 08:00</p>")
    assert not _new_year_guess("1996-03-01", page) and not _new_year_guess(None, page)


@pytest.mark.issue(13)
def test_a_founder_cms_property_comment_gives_the_date_and_author():
    from neican.ingest.html import page_text

    body = "<p>" + "会议强调，要坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效。" * 4 + "</p>"
    page = ("<html><head><title>标题</title></head><body><!--enpproperty <date>2022-02-13 00:00:00:0</date>"
            "<author>周立言</author><title>标题</title>/enpproperty-->"
            f"<article><h1>标题</h1>{body}</article></body></html>")
    meta = page_text(page).meta
    assert meta["published"] == "2022-02-13"  # an issue date, stored at midnight: no hour
    assert meta["page_authors"] == ["周立言"]


@pytest.mark.issue(13)
def test_an_e_papers_imprint_names_the_paper_where_nothing_else_does():
    from neican.ingest.html import page_text

    body = "<p>" + "会议强调，要坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效。" * 4 + "</p>"
    page = (f"<html><head><title>标题</title></head><body><article><h1>标题</h1>{body}</article>"
            "<div class='foot'>某某日报社出版<span>|</span>国内统一刊号：CN00—0000</div></body></html>")
    assert page_text(page).meta["sitename"] == "某某日报"


@pytest.mark.issue(13)
@pytest.mark.parametrize("header, source", [
    ("2020-01-02 10:20:30 来源: 某某报 举报 12 分享到：", "某某报"),
    ("2020-03-04 09:08:07 字号：A- A A+ 来源：ABCNEWS", "ABCNEWS"),
    ("2006年05月06日 08:09 《某某周刊》", "某某周刊"),
    ("2022-02-13 09:57 某某网<br>分享到 微信", "某某网"),  # unlabelled, alone after the time
    ("2019年09月09日 20:52 某某财经-自媒体综合<br>原创： 赵明远编译 某某交易与研究", "某某交易与研究"),
    ("<span>原创</span> <span>某某都市报</span> <span>2019-09-09 16:01:46</span>", "某某都市报"),  # alone before the time
])
def test_the_outlet_printed_under_the_headline_is_the_source(header, source):
    from neican.ingest.html import page_text

    body = "<p>" + "会议强调，要坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效。" * 4 + "</p>"
    page = (f"<html><head><title>某地推进改革取得新成效</title></head><body><div class='nav'>首页 新闻</div>"
            f"<h1>某地推进改革取得新成效</h1><div class='info'>{header}</div><article>{body}</article></body></html>")
    assert page_text(page).meta["source"] == source


@pytest.mark.issue(13)
def test_a_logo_read_as_the_headline_gives_way_to_the_title_before_the_site_name():
    from neican.ingest.html import merge_meta

    assert merge_meta({"title": "某某江网"}, {"page_title": "土豆不土 土豆无土 某某江网"})["title"] == "土豆不土 土豆无土"
    assert merge_meta({"title": "省里召开会议"}, {"page_title": "省里召开会议"})["title"] == "省里召开会议"


def test_a_two_part_headline_after_a_bar_is_kept_whole_but_a_site_name_is_not():
    from neican.ingest.html import merge_meta

    whole = "工作周记 | 稳中求进，“开门红”提振信心"
    assert merge_meta({"title": "工作周记"}, {"page_title": whole})["title"] == whole
    assert merge_meta({"title": "全市召开推进会"}, {"page_title": "全市召开推进会 | 某某日报"})["title"] == "全市召开推进会"


def test_a_self_media_posts_account_is_its_source():
    from neican.ingest.html import platform_account

    wechat = '<div class="profile_inner"><a href="javascript:void(0);" id="js_name">\n  某某发布  </a></div>'
    assert platform_account(wechat) == "某某发布"
    crumbs = '<div class="news_path"><a href="c_1">澎湃号</a> &gt; <a href="g_2">某某市发布</a></div>'
    assert platform_account(crumbs) == "某某市发布"
    assert platform_account("<p>某某日报</p>") is None
    bjh = ('<div class="author-txt"><p class="author-name">某某必读</p><div class="article-source '
           'article-source-bjh"><span class="date">发布时间：10-08</span></div></div>')
    assert platform_account(bjh) == "某某必读"
    assert platform_account('<p class="author-name">赵明远</p>') is None  # no platform mark
    toutiao = "mediaInfo: {\n  uid: '12345',\n  name: '某某人文',\n  avatar: '//p1.example/a.jpg',"
    assert platform_account(toutiao) == "某某人文"


@pytest.mark.issue(13)
def test_the_printed_source_beats_a_stale_meta_tag_and_a_closing_source_stands_in_for_a_missing_one():
    from neican.ingest.html import page_text

    body = "<p>" + "会议强调，要坚持稳中求进工作总基调，推动经济社会高质量发展取得新成效。" * 4 + "</p>"
    head = "<html><head><title>某地推进改革取得新成效</title>{tag}</head><body><h1>某地推进改革取得新成效</h1>"
    stale = (head.format(tag='<meta name="source" content="某某网">')
             + f"<div>2020-01-02 10:20:30 来源：某某晚报</div><article>{body}</article></body></html>")
    assert page_text(stale).meta["source"] == "某某晚报"
    closing = (head.format(tag="") + f"<div>2020-01-02 10:20:30</div><article>{body}</article>"
               "<div>图片来源：某某图库</div><div>版权声明 来源：某某商报 时间：2020-01-02 10:20:30</div></body></html>")
    assert page_text(closing).meta["source"] == "某某商报"
    signed = head.format(tag="") + f"<div>2020-01-02 10:20:30</div><article>{body}<p>来源: 钱立新</p></article></body></html>"
    assert "source" not in page_text(signed).meta  # a person in the 来源 slot is no outlet


@pytest.mark.issue(13)
def test_an_empty_editor_credit_does_not_take_the_next_items_heading():
    from neican.ingest.html import printed_editors

    assert printed_editors("责任编辑：\n某某警方：示威行动未发生致命事件") == []
    assert printed_editors("责任编辑：赵明远、钱立新\n正文") == ["责任编辑：赵明远、钱立新"]
    assert printed_editors("（责任编辑：赵明远 来源：某某报）") == ["责任编辑：赵明远"]


@pytest.mark.issue(13)
def test_a_headline_that_is_a_sidebar_link_gives_way_to_the_pages_title():
    from neican.ingest.html import _linked_headline, parse_html

    page = ("<html><head><title>某地推进改革取得新成效</title></head><body><div class='side'><h3>"
            "<a href='/other'>另一篇文章的标题在这里</a></h3></div><p>正文</p></body></html>")
    root = parse_html(page)
    assert _linked_headline(root, "另一篇文章的标题在这里", "某地推进改革取得新成效") == "某地推进改革取得新成效"
    assert _linked_headline(root, "某地推进改革取得新成效", "某地推进改革取得新成效_某某网") is None
    assert _linked_headline(root, "不是链接的标题文字", "某地推进改革取得新成效") is None


@pytest.mark.issue(13)
def test_the_writer_in_the_info_line_under_the_headline_reaches_the_hints():
    from neican.ingest.html import page_text, printed_writers

    body = "<p>" + "之前有同学问到毕业后该如何选择行业和职位，现在空闲之余谈谈我的经验和理解。" * 4 + "</p>"
    page = ("<html><head><title>写给毕业生的求职建议</title></head><body><div class='nav'>首页 | 留学</div>"
            "<div class='article'><h1>写给毕业生的求职建议</h1><div class='desc'><span>2015-11-05</span>"
            "<span>阅读：8169</span><span>来源:转载</span><span>作者:林慕白</span></div>"
            f"<div class='content'>{body}</div></div></body></html>")
    assert page_text(page).meta["printed_authors"] == ["作者:林慕白"]  # label and name as printed
    assert printed_writers("首页\n作者：林慕白\n正文", None) == []  # no headline found: not the page's top
    assert printed_writers("标题甲乙丙丁\n文/赵明远 摄影/钱立新\n正文", "标题甲乙丙丁") == ["文/赵明远"]


@pytest.mark.issue(13)
def test_a_writer_printed_under_the_headline_is_the_records_author(tmp_path):
    from neican.api import extract

    body = "<p>" + "之前有同学问到毕业后该如何选择行业和职位，现在空闲之余谈谈我的经验和理解。" * 4 + "</p>"
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>写给毕业生的求职建议</title></head><body><div class='article'>"
                    "<h1>写给毕业生的求职建议</h1><div class='desc'><span>2015-11-05 10:20</span>"
                    f"<span>作者:林慕白</span></div><div class='content'>{body}</div></div></body></html>",
                    encoding="utf-8")
    [record] = list(extract([str(page)]))
    assert record["authors"] == ["林慕白"]


@pytest.mark.issue(13)
def test_the_pages_h1_that_opens_its_title_beats_a_column_name_or_a_headline_cut_at_a_quote():
    from neican.ingest.html import _printed_headline, parse_html

    root = parse_html("<html><body><div>某某电台</div><h1>某国总统星期一与某国总理会面</h1><p>正文</p></body></html>")
    page_title = "某国总统星期一与某国总理会面 - 报纸摘要"
    assert _printed_headline(root, "报纸摘要", page_title) == "某国总统星期一与某国总理会面"
    assert _printed_headline(root, "报纸摘要 - 某国总统星期一与某国总理会面", page_title) == "某国总统星期一与某国总理会面"
    quoted = parse_html('<html><body><h1>男孩写"救命"纸团抛出</h1></body></html>')
    assert _printed_headline(quoted, "男孩写", '男孩写"救命"纸团抛出_某某新闻') == '男孩写"救命"纸团抛出'
    assert _printed_headline(root, "另一个标题在这里", page_title) is None  # not a part of the <title>
    logo = parse_html("<html><body><h1>某某网</h1></body></html>")
    assert _printed_headline(logo, "某地召开会议", "某地召开会议_某某网") is None  # the h1 does not open it


@pytest.mark.issue(13)
def test_a_proofreaders_credit_is_an_editors():
    from neican.ingest.html import printed_editors

    assert printed_editors("责任编辑：赵明远\n校对：钱立新") == ["责任编辑：赵明远", "校对：钱立新"]


@pytest.mark.issue(13)
def test_a_reprints_credit_after_the_text_names_the_source_where_the_slot_under_the_headline_does_not():
    from neican.ingest.html import closing_source, printed_source

    page = "某地发现新物种\n2005-01-06 08:13 来源：转载文章\n正文内容在这里。\n转自《某某科技报》 [图片说明]"
    assert printed_source(page, "某地发现新物种") is None  # 转载文章 names no outlet
    assert closing_source(page, "某地发现新物种") == "某某科技报"
    assert closing_source("某地发现新物种\n正文。摘自《某某文选》", "某地发现新物种") is None  # a book's excerpt


@pytest.mark.issue(13)
def test_a_page_saved_in_a_caches_wrapper_is_read_as_a_page():
    """<text id=URL title=…> around a page's body markup, with no <html> of its own (how web
    content-extraction corpora store pages): the page's headline and article, not a fragment's
    every line of menu."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 3)
    wrapped = ('<text id="http://news.example.cn/2024/0301/1.html" title="国务院常务会议_某某新闻网" encoding="utf-8">'
               '<div id="nav"><a href="/">首页</a> | <a href="/a">新闻</a> | <a href="/b">体育</a> | <a href="/c">财经</a></div>'
               f'<div class="title"><h1>国务院常务会议</h1></div><div class="content">{body}</div></text>')
    found = html_to_text(wrapped)
    assert found.meta.get("page_title") == "国务院常务会议_某某新闻网"
    assert found.meta.get("title") == "国务院常务会议"
    assert PARAGRAPHS[0] in found.text and "体育" not in found.text
    assert html_to_text("<text>只有一句话。</text>").text == "只有一句话。"  # no page markup: a fragment still
