"""Meetings on purpose-written reports (invented names)."""
import pytest

from neican.doc import Doc
from neican.extractors import people, regions
from neican.extractors.events import find_events


def events(text, published=None, title=None):
    """Through the people and regions stages as the pipeline runs them (recogniser included)."""
    doc = Doc(id="t", path="t", original=text)
    doc.text, doc.meta = text, {"published": published}
    for stage in (regions, people):
        stage.extract(doc)
    return [s.data for s in find_events(text, doc.spans["people"], published, title)]


def test_meeting_with_place_date_and_roles():
    text = ("3月8日上午，全省优化营商环境工作推进会在长沙召开。省委书记刘振国主持会议并讲话，省委副书记、省长何建平讲话，"
            "孙海燕、韩志刚出席。")
    (e,) = events(text, "2024-03-09T07:00:00")
    assert e["name"] == "全省优化营商环境工作推进会"
    assert (e["date"], e["time_of_day"], e["place"]) == ("2024-03-08", "上午", "长沙")
    assert e["hosts"] == ["刘振国"]
    assert e["speakers"] == ["刘振国", "何建平"]
    assert set(e["participants"]) == {"刘振国", "何建平", "孙海燕", "韩志刚"}


def test_relative_day_and_place_after_at():
    (e,) = events("12日晚，代表团在返程途中召开总结交流会，团长马文涛主持。", "2024-05-14T10:00:00")
    assert (e["date"], e["time_of_day"], e["place"]) == ("2024-05-12", "晚", "返程途中")


def test_no_year_anywhere_gives_month_day():
    (e,) = events("11月5日，全市安全生产工作会议在郑州召开。市委书记王立平讲话。")
    assert e["date"] == "--11-05"


def test_format_and_two_chairs():
    text = ("6日，全省春耕生产工作会议召开。孙海燕、韩志刚分别主持上、下午的全体会议，省委书记刘振国作重要讲话。"
            "会议以电视电话会议形式召开。")
    (e,) = events(text, "2024-03-07")
    assert e["format"] == "电视电话会议"
    assert e["hosts"] == ["孙海燕", "韩志刚"]
    assert e["speakers"] == ["刘振国"]


def test_a_meeting_mentioned_in_passing_is_not_an_event():
    assert events("去年，我们召开全省优化营商环境建设大会，引导各级干部解决问题。") == []


# Issue 12: roles from the verb that governs a name, meetings as noun phrases (invented names).


def test_reception_with_time_and_place_between_host_and_verb():
    text = "国务院总理张明远当地时间5日在万象会见来访的芬兰总统韦斯特林和挪威首相索尔贝格。\n张明远表示，愿加强合作。"
    (e,) = events(text, "2012-11-05T19:00:00")
    assert e["hosts"] == [] and e["speakers"] == []
    assert set(e["participants"]) == {"张明远", "韦斯特林", "索尔贝格"}
    assert (e["date"], e["place"]) == ("2012-11-05", "万象")


def test_reception_before_a_meeting_does_not_take_the_meetings_roles():
    text = ("纪念建校100周年座谈会26日在北京人民大会堂举行。全国人大常委会委员长王立平出席并讲话。\n"
            "会前，王立平会见了校友代表。\n赵海峰主持座谈会。孙海燕等出席座谈会。")
    meeting, reception = events(text, "2016-04-26")
    assert meeting["hosts"] == ["赵海峰"] and meeting["speakers"] == ["王立平"]
    assert set(meeting["participants"]) == {"王立平", "赵海峰", "孙海燕"}
    assert reception["participants"] == ["王立平"]


def test_holder_with_date_before_the_holding_verb():
    (e,) = events("中共中央政治局3月6日召开会议，分析研究经济工作。中共中央总书记李振华主持会议。", "2019-03-06")
    assert e["name"] == "中共中央政治局会议" and e["hosts"] == ["李振华"] and e["date"] == "2019-03-06"


@pytest.mark.parametrize("days, date", [("19日—21日", "2023-09-19"), ("19日-21日", "2023-09-19"),
                                        ("8月30日至9月1日", "2023-08-30")])
def test_a_span_of_days_printed_with_a_dash_or_across_months_dates_the_meeting(days, date):
    (e,) = events(f"第九次全省对口支援工作会议{days}在某市召开，省委书记刘建国出席并讲话。赵海峰主持会议。", "2023-09-21")
    assert (e["name"], e["date"], e["place"], e["hosts"]) == ("第九次全省对口支援工作会议", date, "某市", ["赵海峰"])


def test_longest_meeting_noun_and_host_before_it():
    (e,) = events("国务院总理刘建国2月25日主持召开国务院常务会议，部署重点工作。", "2015-02-25")
    assert e["name"] == "国务院常务会议" and e["hosts"] == ["刘建国"]


def test_meeting_as_object_of_a_role_verb_and_a_list_with_unnamed_others():
    text = ("25日中午，中央代表团团长马文涛率团出席向某某自治区赠送纪念品仪式。副团长赵立新在致辞中指出，要团结奋斗。"
            "副团长孙海燕、韩志刚以及代表团其他成员出席仪式。")
    (e,) = events(text, "2015-09-25")
    assert e["name"].endswith("赠送纪念品仪式")
    assert e["speakers"] == ["赵立新"]
    assert {"马文涛", "赵立新", "孙海燕", "韩志刚"} <= set(e["participants"])


def test_statement_in_the_meetings_paragraph_or_opening_the_next_makes_a_speaker_but_not_later():
    text = ("2月7日，南京市委召开全市作风建设推进会。市委书记李振华指出，作风就是战斗力。\n"
            "市长王建平强调，要抓好落实。市政协主席赵明远表示，要凝聚共识。\n"
            "市委副书记孙立新要求，压实责任。")
    (e,) = events(text, "2022-02-08")
    assert e["speakers"] == ["李振华", "王建平"]


@pytest.mark.issue(12)
def test_a_round_up_meeting_reported_by_its_noun_takes_the_day_before_and_its_citys_name():
    text = ("2月7日，苏州召开作风建设大会。苏州市委书记陈立强强调，要提振精气神。\n"
            "也是在同一日，徐州市营商环境建设大会召开。\n徐州市委书记周文华说，要优化环境。")
    first, second = events(text, "2022-02-13")
    assert (second["date"], second["place"], second["speakers"]) == ("2022-02-07", "徐州", ["周文华"])
    assert first["place"] == "苏州"


@pytest.mark.issue(12)
def test_meetings_to_come_or_recalled_are_mentions_not_events():
    text = ("中共中央政治局12月6日召开会议，总书记张宏伟主持会议。\n"
            "此前，张宏伟主持召开中央政治局常委会会议。\n"
            "会议同意明年1月13日至15日召开中央纪律检查委员会第四次全体会议。")
    assert [e["name"] for e in events(text, "2019-12-06")] == ["中共中央政治局会议"]


@pytest.mark.issue(12)
def test_an_organ_holding_a_named_meeting_is_not_itself_the_meeting():
    text = "闭幕会后，全国人大常委会举行第三十讲专题讲座，周立新委员长主持。"
    (e,) = events(text, "2022-09-02")
    assert e["name"] == "第三十讲专题讲座" and e["hosts"] == ["周立新"]


@pytest.mark.issue(12)
def test_receiving_in_a_while_clause_and_a_ceremony_attended_by_the_sentences_subject():
    (e,) = events("特使王丽华在巴黎参访。在会见总干事科瓦列夫时，王丽华介绍了进展。", "2024-05-07")
    assert e["participants"] == ["王丽华", "科瓦列夫"]
    text = "全国政协主席李明远还视察了种树进展情况，出席高速公路那曲段通车仪式并宣布公路通车。"
    (e,) = events(text, "2021-08-21")
    assert e["participants"] == ["李明远"] and e["speakers"] == ["李明远"]


def test_a_setting_opening_the_sentence_is_the_place():
    (e,) = events("6月22日至24日，刘建国在辽宁调研。在朝阳市，刘建国主持召开基层党建工作座谈会。", "2017-06-24")
    assert e["place"] == "朝阳市" and e["hosts"] == ["刘建国"]


@pytest.mark.issue(12)
def test_a_sentence_set_at_the_meeting_places_its_people_there_but_not_a_modifier():
    text = ("25日中午，全国政协主席赵明远出席赠送纪念品仪式。\n"
            "在赠送纪念品仪式上，赵明远和自治区党委书记孙立华，一同为张宏伟总书记题词贺匾揭幕。")
    (e,) = events(text, "2015-09-25")
    assert e["participants"] == ["赵明远", "孙立华"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("captured, place", [
    ("人民大会堂隆重", "人民大会堂"), ("京主持", "北京"), ("北京以视频方式", "北京"), ("柏林与德国总理默克尔共同", "柏林"),
    ("19日", None), ("这里", None), ("第一批活动中", None), ("今天中宣部等六部委", None), ("南京开幕", None),
    ("返程的火车上", "返程的火车上"), ("返程途中", "返程途中"), ("我县", None), ("本市", None),
])
def test_a_captured_place_is_the_place_itself(captured, place):
    from neican.extractors.events.common import _clean_place

    assert _clean_place(captured) == place


@pytest.mark.issue(12)
def test_the_zai_that_ends_a_word_opens_no_setting_but_zhengzai_does():
    # 现在 is no preposition: the clause after it is no place; 正在 sets the place as 在 does
    (e,) = events("个体户赵明远现在是个名人了，在今年全市诚信经营表彰大会上，他获得了唯一的贡献奖。")
    assert e["place"] is None
    (e,) = events("正在洛阳召开的全国牡丹产业发展论坛，14日发布了产业发展报告。", "2024-04-15T19:00:00")
    assert e["place"] == "洛阳"


@pytest.mark.issue(12)
def test_meeting_names_lose_a_leading_preposition_and_descriptions_are_no_names():
    from neican.extractors.events.common import _clean_name

    assert _clean_name("在中国共产党第十八次全国代表大会") == "中国共产党第十八次全国代表大会"
    assert _clean_name("一次十分重要的大会") is None


@pytest.mark.issue(12)
def test_during_a_reception_is_no_new_reception_and_adverbs_leave_names():
    from neican.extractors.events.common import _clean_name, _clean_place

    text = "国务院总理张明远在人民大会堂会见来访的芬兰总统韦斯特林。外交部长王立新参加会见时在座。"
    assert len([e for e in events(text, "2024-05-01") if e["name"].startswith("会见")]) == 1
    assert _clean_name("隆重的欢迎仪式") == "欢迎仪式" and _clean_place("外地") is None


@pytest.mark.issue(12)
def test_receptions_banquets_and_ceremonies_reported_with_a_comma_or_a_broadcast_date():
    text = ("全国对外友协9日在人民大会堂举行庆祝建交70周年招待会。全国人大常委会委员长赵明远，"
            "俄罗斯驻华大使杰尼索夫出席并致辞。")
    (e,) = events(text, "2019-10-09")
    assert e["participants"] == ["赵明远", "杰尼索夫"] and e["date"] == "2019-10-09"
    (e,) = events("13号，月球车模型捐赠仪式，在联合国维也纳国际中心举行。", "2014-06-14")
    assert (e["name"], e["date"], e["place"]) == ("月球车模型捐赠仪式", "2014-06-13", "联合国维也纳国际中心")


@pytest.mark.issue(12)
def test_a_speechs_spirit_is_no_speech_and_a_modifier_is_in_passing():
    text = ("16日，国务院总理李建华主持召开领导小组会议。会议指出，要认真贯彻张宏伟总书记重要讲话精神。\n"
            "有关负责人介绍了张宏伟主席应邀出席冬季奥林匹克运动会开幕式的有关情况。")
    (e,) = events(text, "2020-04-16")
    assert e["speakers"] == [] and e["name"] == "领导小组会议"


@pytest.mark.issue(12)
def test_a_paragraph_without_a_date_goes_on_in_the_last_day_named_unless_that_was_a_span():
    text = ("全国政协主席赵明远20日率中央代表团赴那曲市。\n"
            "在那曲期间，赵明远会见了那曲市领导班子成员及各族各界代表。")
    (e,) = events(text, "2021-08-21")
    assert e["date"] == "2021-08-20"
    text = ("6月22日至24日，中央政治局常委刘建国在辽宁调研。\n"
            "在朝阳市，刘建国主持召开基层党建工作座谈会。")
    (e,) = events(text, "2017-06-24")
    assert e["date"] is None


@pytest.mark.issue(12)
def test_whose_instructions_are_conveyed_is_not_who_was_there():
    text = ("7日晚，省长孙立新主持召开灾后重建工作会议。\n"
            "在灾后重建工作会议上，孙立新传达了张宏伟总书记等中央领导的指示要求。")
    (e,) = events(text, "2013-07-08")
    assert "张宏伟" not in e["participants"]


@pytest.mark.issue(12)
def test_a_reception_during_a_visit_takes_the_visits_place():
    text = "当地时间5月6日，特使王丽华在巴黎应邀参访教科文组织总部。\n在会见总干事科瓦列夫时，王丽华介绍了进展。"
    (e,) = events(text, "2024-05-07")
    assert (e["place"], e["date"]) == ("巴黎", "2024-05-06")


@pytest.mark.issue(12)
def test_talks_with_a_partner_named_inside_the_verb_phrase():
    (e,) = events("国家主席张宏伟18日下午同南非总统祖马举行了会谈。张宏伟表示，愿加强合作。", "2012-08-19")
    assert e["participants"] == ["张宏伟", "祖马"] and e["date"] == "2012-08-18"


@pytest.mark.issue(12)
def test_a_setting_a_mode_or_a_bracketed_day_between_the_host_and_the_talks():
    (e,) = events("全国人大常委会委员长赵明远13日下午在人民大会堂同津巴布韦众议长穆登达举行会谈。", "2024-05-14")
    assert (e["participants"], e["place"]) == (["赵明远", "穆登达"], "人民大会堂")
    (e,) = events("国家副主席王立新今天（22日）在中南海会见了由副总书记希拉勒·希拉勒率领的代表团。", "2018-05-22")
    assert e["participants"] == ["王立新", "希拉勒·希拉勒"] and e["place"] == "中南海"


@pytest.mark.issue(12)
def test_attending_a_meeting_named_with_where_it_was_held():
    (e,) = events("国家主席张宏伟10日出席在越南岘港举行的领导人对话会。张宏伟在讲话中指出，要合作。", "2017-11-10")
    assert (e["name"], e["place"], e["speakers"]) == ("领导人对话会", "越南岘港", ["张宏伟"])


@pytest.mark.issue(12)
def test_talks_with_an_untitled_partner_and_a_host_before_a_setting():
    (e,) = events("欢迎仪式后，李建华同阮晋勇举行会谈，就发展关系交换意见。", "2014-10-14")
    assert e["participants"] == ["李建华", "阮晋勇"]
    (e,) = events("欢迎仪式后，国务院总理李建华同印度尼西亚总统佐科会谈。", "2023-09-07")
    assert e["participants"] == ["李建华", "佐科"]
    (e,) = events("当晚，李建华在文莱王宫会见王室主要成员。", "2013-10-10")
    assert e["participants"] == ["李建华"] and e["place"] == "文莱王宫"


@pytest.mark.issue(12)
def test_held_in_jing_and_a_leaders_summit_are_meetings():
    text = "全国青年就业工作视频会议4月2日在京举行。国务院副总理丁立新出席会议并讲话。"
    (e,) = events(text, "2023-04-02")
    assert (e["place"], e["speakers"], e["date"]) == ("北京", ["丁立新"], "2023-04-02")
    text = "金砖国家领导人会晤当地时间28日在大阪举行。国家主席张宏伟、俄罗斯总统普京出席。"
    assert [e["place"] for e in events(text, "2019-06-29") if e["name"] == "金砖国家领导人会晤"] == ["大阪"]


@pytest.mark.issue(12)
def test_speeches_given_at_a_meeting_and_speeches_after_a_comma():
    (e,) = events("国务院总理李建华11月13日下午在东盟商务与投资峰会上发表视频致辞。李建华表示，要合作。", "2020-11-14")
    assert (e["name"], e["speakers"], e["date"]) == ("东盟商务与投资峰会", ["李建华"], "2020-11-13")
    text = "11月6日，国家副主席王立新应邀出席在新加坡举行的创新经济论坛开幕式，并发表题为“顺应潮流，改革创新”的致辞。"
    (e,) = events(text, "2018-11-07")
    assert (e["place"], e["speakers"]) == ("新加坡", ["王立新"])
    (e,) = events("当地时间21日晚，国务院总理李建华在巴黎出席中法工商界晚餐会并致辞。", "2023-06-22")
    assert e["speakers"] == ["李建华"]


@pytest.mark.issue(12)
def test_a_sentence_opening_at_a_meeting_names_it_and_a_lecture_makes_a_speaker():
    text = "在常州的全市产业发展大会上，常州市委书记陈立虎指出，要重振产业雄风。"
    (e,) = events(text, "2022-02-13")
    assert e["name"] == "常州的全市产业发展大会" or e["name"].endswith("全市产业发展大会")
    assert e["speakers"] == ["陈立虎"]
    text = "闭幕会后，全国人大常委会举行专题讲座，周立新委员长主持。中国政法大学教授朱立勇作了题为《中华法系》的讲座。"
    (e,) = events(text, "2022-09-02")
    assert e["speakers"] == ["朱立勇"] and e["hosts"] == ["周立新"]


@pytest.mark.issue(12)
def test_a_meeting_name_in_object_position_is_the_whole_noun_phrase():
    (e,) = events("委员长刘振国27日在京主持召开全国人大常委会种子法执法检查组第一次全体会议。", "2024-07-28")
    assert e["name"] == "全国人大常委会种子法执法检查组第一次全体会议" and e["hosts"] == ["刘振国"]
    (e,) = events("省委书记刘振国27日在长沙主持召开省委常委会会议，研究部署有关工作。", "2024-07-28")
    assert e["name"] == "省委常委会会议"
    (e,) = events("省委书记刘振国27日主持召开省委常委会并讲话。", "2024-07-28")
    assert e["name"] == "省委常委会"  # 并讲话 starts another predicate, not more of the name


@pytest.mark.issue(12)
def test_a_reception_reported_by_its_time_clause_names_a_guest_without_a_post():
    text = "国务院副总理刘振国8日在北京会见外宾。会见科瓦列夫时，刘振国说，双方合作前景广阔。"
    assert any(set(e["participants"]) == {"刘振国", "科瓦列夫"} for e in events(text, "2024-05-09"))


@pytest.mark.issue(12)
def test_a_speech_after_the_verb_that_brought_the_speaker_in_its_printed_forms():
    text = "国家主席刘振国17日在达沃斯出席世界经济论坛年会开幕式，并发表了题为《共担时代责任》的主旨演讲。"
    (e,) = events(text, "2017-01-18")
    assert e["speakers"] == ["刘振国"] and e["name"] == "世界经济论坛年会开幕式"


@pytest.mark.issue(12)
def test_each_delegation_deliberation_is_a_meeting_with_its_own_speaker():
    text = ("国务委员赵明远在参加山东代表团审议时说，完全赞同政府工作报告。\n"
            "最高人民法院院长钱立新参加河南代表团审议时表示，要推进公正司法。\n"
            "中共中央政治局常委孙海燕在云南代表团参加审议。他表示，要坚持以人民为中心。")
    found = events(text, "2022-03-07T19:00:00")
    assert [(e["name"], e["speakers"], e["participants"], e["place"]) for e in found] == [
        ("山东代表团审议", ["赵明远"], ["赵明远"], None),
        ("河南代表团审议", ["钱立新"], ["钱立新"], None),
        ("云南代表团审议", ["孙海燕"], ["孙海燕"], None)]


@pytest.mark.issue(12)
def test_a_pronoun_statement_speaks_for_the_person_named_before_it_at_the_meeting():
    text = "24日，全市经济工作会议在郑州召开。市委书记王立平出席会议。他强调，要稳中求进。"
    (e,) = events(text, "2024-05-25T08:00:00")
    assert e["speakers"] == ["王立平"] and e["participants"] == ["王立平"]
    # a pronoun after someone who is not at the meeting says nothing about it
    text = "24日，全市经济工作会议在郑州召开。韩志刚出席会议。此前，市长王立平赴基层调研。他强调，要稳中求进。"
    (e,) = events(text, "2024-05-25T08:00:00")
    assert e["speakers"] == []


@pytest.mark.issue(12)
def test_a_vice_chair_named_before_the_post_chairs_the_joint_group_meeting():
    text = ("全国人大常委会第五次会议24日在京举行联组会议，开展专题询问。赵明远委员长出席。\n"
            "钱立新副委员长主持会议并讲话。")
    (e,) = events(text, "2024-12-24T19:00:00")
    assert e["name"] == "全国人大常委会第五次会议联组会议"  # the session holding it, as printed
    assert e["hosts"] == ["钱立新"] and e["speakers"] == ["钱立新"]
    assert set(e["participants"]) == {"赵明远", "钱立新"}


@pytest.mark.issue(12)
def test_receiving_two_guests_in_turn_is_two_receptions():
    text = "全国人大常委会委员长赵明远10日在北京分别会见新西兰总理阿里卡、智利总统维克拉马。"
    found = events(text, "2019-05-10T19:00:00")
    assert [e["participants"] for e in found] == [["赵明远", "阿里卡"], ["赵明远", "维克拉马"]]
    assert {e["place"] for e in found} == {"北京"}


@pytest.mark.issue(12)
def test_a_meeting_recalled_in_someones_statement_is_not_reported():
    text = ("国家主席钱立新10日在北京会见新西兰总理阿里卡。钱立新表示，去年，我同总理先生举行会谈，"
            "双方在二十国集团领导人峰会期间举行会晤。")
    found = events(text, "2024-03-26T19:00:00")
    assert [e["participants"] for e in found] == [["钱立新", "阿里卡"]]


@pytest.mark.issue(12)
def test_every_name_of_a_list_with_long_post_chains_between_takes_the_verb():
    text = ("5月15日上午，赵明远主持召开中央外事工作领导小组第三次会议。中共中央政治局常委、国务院总理、中央外事工作领导小组副组长"
            "钱立新，中共中央政治局常委、中央书记处书记、中央外事工作领导小组成员孙海燕，中共中央政治局常委、国务院副总理、"
            "中央外事工作领导小组成员韩志刚出席会议。")
    (e,) = events(text, "2019-05-15T19:00:00")
    assert e["participants"] == ["赵明远", "钱立新", "孙海燕", "韩志刚"]


@pytest.mark.issue(12)
def test_a_standing_committee_sessions_group_deliberation_and_a_headcount_after_a_list():
    text = ("十三届全国人大常委会第五次会议今天上午分组审议某某法修正草案。赵明远委员长参加审议。")
    (e,) = events(text, "2018-08-28T19:00:00")
    assert (e["name"], e["date"], e["participants"]) == ("十三届全国人大常委会第五次会议分组审议", "2018-08-28", ["赵明远"])
    text = ("推介代表团10号在日内瓦举行推介交流会。国务委员钱立新出席并作陈述。"
            "部长孙海燕，市长韩志刚等其他5位代表团成员也分别作了陈述。")
    (e,) = events(text, "2016-04-10T19:00:00")
    assert e["speakers"] == ["钱立新", "孙海燕", "韩志刚"]


@pytest.mark.issue(12)
def test_a_talk_during_a_visit_and_a_deliberation_named_with_its_session():
    text = ("5月8日，国务院总理钱立新在天津市调研。他来到企业，听取情况汇报。座谈交流时，钱立新对天津市的举措予以充分肯定。"
            "他指出，要坚持创新。")
    (e,) = events(text, "2023-05-09T19:00:00")
    assert (e["name"], e["date"], e["place"], e["speakers"]) == ("座谈交流", "2023-05-08", "天津市", ["钱立新"])
    text = ("中共中央总书记赵明远8日上午参加十三届全国人大一次会议江西代表团的审议。刘远航、韩素梅等代表发言。"
            "赵明远指出，要坚持稳中求进。")
    (e,) = events(text, "2018-03-08T19:00:00")
    assert e["name"] == "十三届全国人大一次会议江西代表团审议"
    assert e["speakers"] == ["赵明远", "刘远航", "韩素梅"]


@pytest.mark.issue(12)
def test_guests_received_jointly_then_each_in_turn_are_separate_receptions():
    text = ("国务院总理赵明远当地时间5日在雅加达会见荷兰首相阿里卡和波兰总统维克拉马。\n"
            "在会见阿里卡时，赵明远表示，双方要加强合作。\n在会见维克拉马时，赵明远表示，中方愿扩大合作。")
    found = events(text, "2012-11-05T19:00:00")
    assert [(e["participants"], e["place"], e["date"]) for e in found] == [
        (["赵明远", "阿里卡"], "雅加达", "2012-11-05"), (["赵明远", "维克拉马"], "雅加达", "2012-11-05")]


@pytest.mark.issue(12)
def test_an_adverb_before_the_verb_and_a_settings_verb_after_its_place():
    text = "7日晚，全省灾后重建工作会议召开。在会议上，省委书记赵明远首先传达了中央的指示要求。"
    (e,) = events(text, "2013-07-08T19:00:00")
    assert e["speakers"] == ["赵明远"]
    text = "当地时间5月16日下午，推介活动在智利圣地亚哥正式启动，并举办经贸投资推介会。副总领事钱立新在致辞中说，欢迎合作。"
    (e,) = events(text, "2019-05-18T10:00:00")
    assert e["place"] == "智利圣地亚哥"


@pytest.mark.issue(12)
def test_a_holding_verb_after_a_comma_takes_the_sentences_subject_but_a_count_is_no_meeting():
    text = "当地时间5月16日下午，推介活动在智利圣地亚哥正式启动，并举办经贸投资推介会。副总领事钱立新在致辞中说，欢迎合作。"
    (e,) = events(text, "2019-05-18T10:00:00")
    assert (e["name"], e["date"], e["speakers"]) == ("经贸投资推介会", "2019-05-16", ["钱立新"])
    assert events("5年来，领导小组召开14次会议，研究22项重大议题。", "2017-02-28T10:00:00") == []


@pytest.mark.issue(12)
def test_a_reception_is_named_for_whom_it_received():
    (e,) = events("国家主席赵明远5日在人民大会堂会见了柬埔寨首相阿里卡一行。", "2016-07-05T19:00:00")
    assert e["name"] == "会见柬埔寨首相阿里卡"


@pytest.mark.issue(12)
def test_rostrum_seating_reporting_to_the_session_and_a_participants_later_statement():
    text = ("十四届全国人大二次会议9日下午在人民大会堂举行第二次全体会议。\n"
            "赵明远、钱立新、孙海燕等在主席台就座。受常委会委托，钱立新委员长向大会报告工作。")
    (e,) = events(text, "2024-03-09T19:00:00")
    assert set(e["participants"]) == {"赵明远", "钱立新", "孙海燕"} and e["speakers"] == ["钱立新"]
    text = ("常委会第七次会议27日上午在北京人民大会堂举行联组会议。钱立新委员长参加审议和询问。\n"
            "副委员长韩志刚主持会议。部分委员提出询问。\n钱立新指出，要把执法检查发现的问题改好。")
    (e,) = events(text, "2019-06-27T19:00:00")
    assert e["hosts"] == ["韩志刚"] and e["speakers"] == ["钱立新"]


@pytest.mark.issue(12)
def test_people_who_join_the_above_activities_join_every_event_before():
    text = ("国家主席赵明远2日在人民大会堂会见马来西亚总理阿里卡。\n当晚，赵明远出席欢迎宴会。\n"
            "外交部长钱立新、孙海燕等参加上述活动。")
    found = events(text, "2022-11-02T19:00:00")
    assert all({"钱立新", "孙海燕"} <= set(e["participants"]) for e in found) and len(found) == 2


@pytest.mark.issue(12)
def test_names_listed_after_the_rostrum_seats_are_participants():
    text = "全省经济工作会议24日在郑州召开。在主席台就座的有省委书记赵明远，省长钱立新，副省长孙海燕。"
    (e,) = events(text, "2024-05-25T08:00:00")
    assert set(e["participants"]) == {"赵明远", "钱立新", "孙海燕"}


@pytest.mark.issue(12)
def test_a_name_heading_the_relatives_received_is_not_at_the_reception():
    """会见某某同志亲属, 会见某某的家属: the relatives are the guests; the name says whose they are."""
    (e,) = events("张明远会见了荣志仁同志亲属。", "2016-04-26T19:00:00")
    assert e["participants"] == ["张明远"] and e["name"] == "会见荣志仁同志亲属"


@pytest.mark.issue(12)
def test_a_conjunction_inside_a_list_after_de_you_joins_two_of_its_items():
    """参加座谈会的党外人士还有A、B和C、D、E等: 和 joins two items as 、 does; the list goes on past it."""
    text = ("中共中央7月29日在中南海召开党外人士座谈会。参加座谈会的党外人士还有陈晓明、郑建新、邵志鸿和蒋作林、"
            "李钺东、张伯平等。")
    (e,) = events(text, "2019-07-30T08:00:00")
    assert {"陈晓明", "邵志鸿", "蒋作林", "李钺东", "张伯平"} <= set(e["participants"])


@pytest.mark.issue(12)
def test_the_guests_side_listed_after_taking_part_in_talks_is_at_them():
    """越南方面参加会谈的有：委员、国会副主席阮氏金银，…部长陈海，副总理兼外长范明: a list announced
    after 参加会谈的有 joins the talks, each item a post and a name (兼 joins two posts); its first
    name, with no post-and-name item before it, is vouched for by the announcement (阮氏金银: no
    surname-and-given-name reading reads it)."""
    text = ("11月5日，国家主席赵明远在某国首都同某国国家主席张晋海举行会谈。钱立新、孙海燕等参加会谈。"
            "越南方面参加会谈的有：越共中央政治局委员、国会副主席阮氏金银，越共中央政治局委员、公安部部长陈海峰，"
            "副总理兼外长范明远。")
    (e,) = events(text, "2015-11-05T19:00:00")
    assert set(e["participants"]) == {"赵明远", "张晋海", "钱立新", "孙海燕", "阮氏金银", "陈海峰", "范明远"}


@pytest.mark.issue(12)
def test_talks_held_with_a_group_during_a_visit():
    text = ("6月3日至4日，中共中央政治局常委钱立新在福建调研。钱立新走进港口，调研运行管理情况，与企业座谈，"
            "听取意见建议。钱立新指出，发展前景广阔。")
    (e,) = events(text, "2024-06-05T19:00:00")
    assert (e["name"], e["participants"], e["speakers"]) == ("与企业座谈", ["钱立新"], ["钱立新"])


def test_meeting_named_as_topic_with_its_verb_after_an_adjunct():
    # the name opens the sentence, the holding verb ends it after 在…后，
    text = ("某省第九次党代会在圆满完成各项议程，选举产生新一届省委委员后，13日上午在省人民会堂胜利闭幕。\n"
            "闭幕会由大会主席团常务委员会召集人、省委书记赵明远主持。")
    (e,) = events(text, "2023-01-14T08:00:00")
    assert e["name"] == "某省第九次党代会"
    assert (e["date"], e["place"]) == ("2023-01-13", "省人民会堂")
    assert e["hosts"] == ["赵明远"]


def test_lists_introduced_after_the_verb():
    text = ("全省经济工作会议10日在杭州开幕。\n"
            "在主席台前排就座的省领导和大会主席团成员有省委书记赵明远、省长钱立新。\n"
            "会议执行主席在主席台就座。他们是：孙海燕、韩志刚。\n"
            "在主席台就座的还有：副省长周立言。")
    (e,) = events(text, "2024-12-10T20:00:00")
    assert set(e["participants"]) == {"赵明远", "钱立新", "孙海燕", "韩志刚", "周立言"}


def test_list_kind_after_deng_before_its_verb():
    text = "全市城市工作会议5日召开。市委书记赵明远、市长钱立新等市领导出席会议。"
    (e,) = events(text, "2024-06-05T20:00:00")
    assert set(e["participants"]) == {"赵明远", "钱立新"}


def test_speech_made_on_behalf_of_an_organ_to_the_congress():
    text = ("全省第十次党代会9日上午开幕。\n"
            "省委书记赵明远代表第九届省委员会向大会作了题为《团结奋斗 再创佳绩》的报告。")
    (e,) = events(text, "2024-05-09T20:00:00")
    assert e["speakers"] == ["赵明远"]


def test_short_form_of_a_meeting_name_is_the_same_meeting():
    text = ("庆祝某某自治州成立60周年大会1日上午在州府隆重举行。\n"
            "庆祝大会由州长钱立新主持。州委书记赵明远出席庆祝大会并讲话。")
    (e,) = events(text, "2024-10-01T20:00:00")
    assert e["hosts"] == ["钱立新"] and e["speakers"] == ["赵明远"]


def test_work_report_heard_from_a_region_is_a_meeting():
    text = ("中共中央政治局常委、国务院副总理赵明远近日在甘肃调研。\n"
            "5月6日至9日，赵明远先后来到兰州、张掖等地。\n"
            "调研期间，赵明远听取了甘肃省委、省政府的工作汇报。")
    (e,) = events(text, "2024-05-10T20:00:00")
    assert e["name"] == "听取甘肃省委、省政府工作汇报"
    assert e["participants"] == ["赵明远"] and e["date"] is None


def test_person_holding_a_generic_meeting_names_it_by_its_business():
    text = "中共中央政治局常委赵明远近日在浙江考察。\n4月1日上午，赵明远主持召开会议，听取了浙江省委和省政府工作汇报。"
    (e,) = events(text, "2020-04-02T20:00:00")
    assert e["name"] == "听取浙江省委和省政府工作汇报" and e["hosts"] == ["赵明远"]


def test_an_adverb_before_holding_is_no_part_of_a_generic_meetings_name():
    text = "国务院总理赵明远赶赴灾区。下午，赵明远再次主持召开会议，对救灾工作提出要求。"
    (e,) = events(text, "2020-04-02T20:00:00")
    assert e["name"] == "会议" and e["hosts"] == ["赵明远"]
    (e,) = events("2日，省委常委会随后召开会议，研究部署工作。", "2020-04-02T20:00:00")
    assert e["name"] == "省委常委会会议"


def test_a_setting_ends_before_the_verb_of_welcoming():
    text = "赵明远总统在机场贵宾厅前迎接钱立新，并为钱立新举行了隆重的欢迎仪式。"
    (e,) = events(text, "2020-04-02T20:00:00")
    assert e["place"] == "机场贵宾厅前"


def test_a_meeting_a_meeting_decides_to_convene_is_one_to_come():
    text = ("中共中央政治局7月26日召开会议，决定今年10月在北京召开中国共产党第十八届中央委员会第六次全体会议。"
            "会议分析研究当前经济形势。中共中央总书记赵明远主持会议。")
    (e,) = events(text, "2016-07-26T20:00:00")
    assert e["name"] == "中共中央政治局会议" and e["hosts"] == ["赵明远"]


def test_who_holds_a_meeting_together_with_another_is_a_host_too():
    text = "某某论坛高级别会议5日在北京举行。全国政协主席赵明远出席并与某国总统钱立新共同主持会议。"
    (e,) = events(text, "2024-09-05T20:00:00")
    assert e["name"] == "某某论坛高级别会议" and set(e["hosts"]) == {"赵明远", "钱立新"}
    (e,) = events("某某论坛5日在北京举行。国务院总理赵明远与某国总理钱立新共同主持论坛。", "2024-09-05T20:00:00")
    assert set(e["hosts"]) == {"赵明远", "钱立新"}


def test_a_speech_in_a_later_clause_with_no_subject_is_the_attendees():
    text = "中共中央总书记赵明远7日上午参加某某代表团审议，直面发展中的问题，发表重要讲话。"
    (e,) = events(text, "2017-03-08T20:00:00")
    assert e["speakers"] == ["赵明远"]


def test_meeting_held_today_with_a_bracketed_date():
    (e,) = events("全省文化工作座谈会今天（5月6日）上午在济南召开。省委书记赵明远出席并讲话。", "2024-05-06T20:00:00")
    assert (e["date"], e["place"]) == ("2024-05-06", "济南") and e["speakers"] == ["赵明远"]


def test_a_meeting_recalled_from_years_before_is_not_reported():
    text = ("纪念某某同志诞辰100周年座谈会今天在北京召开。中共中央政治局委员赵明远出席座谈会。\n"
            "1983年6月，在某某会议第一次会议上，某某同志当选为检察长。\n"
            "最高人民检察院检察长钱立新主持座谈会。")
    (e,) = events(text, "2014-03-28T20:00:00")
    assert e["hosts"] == ["钱立新"] and "赵明远" in e["participants"]


def test_host_after_a_participant_verb():
    text = "全国某某工作表彰大会29日在京举行。赵明远出席并主持大会，钱立新、孙海燕出席。"
    (e,) = events(text, "2021-03-29T20:00:00")
    assert e["hosts"] == ["赵明远"] and set(e["participants"]) == {"赵明远", "钱立新", "孙海燕"}


def test_words_sent_in_a_letter_are_no_speech_at_the_meeting():
    text = "第五届某某论坛3日上午在浙江乌镇开幕。国家主席赵明远发来贺信。\n赵明远在贺信中指出，要深化合作。"
    (e,) = events(text, "2017-12-03T20:00:00")
    assert e["speakers"] == [] and e["participants"] == []


@pytest.mark.issue(12)
def test_a_meeting_named_in_a_storys_headline_is_dated_by_its_body_not_the_story_before():
    text = ("央视网消息（新闻联播）：\n教材管理办法印发\n教育部今天印发办法，鼓励出版单位免费提供配套材料。\n"
            "第22届中国（某某）国际蔬菜科技博览会开幕\n20日，第22届中国（某某）国际蔬菜科技博览会开幕。本次展出新品种300余个。")
    (e,) = events(text, "2021-04-21T19:30:00")
    assert e["date"] == "2021-04-20"


@pytest.mark.issue(12)
def test_a_meeting_of_one_story_in_a_bulletin_takes_no_roles_from_the_next():
    # 联播快讯: stories under their own headlines; a statement two stories on is no speech at the meeting
    text = ("央视网消息（新闻联播）：\n"
            "第七届某某商品交易会举行\n第七届某某商品交易会昨天在武汉举行。当天，首个采用新方式的出口订单顺利通关。\n"
            "某国议会通过对新政府信任投票\n15日，某国议会以绝对优势通过对新一届政府的信任投票，投票顺利完成。\n"
            "全球最大雄性大熊猫离世\n全世界年龄最大的雄性大熊猫昨天离世，它31岁，相当于人类百岁高龄。\n"
            "某国强调两国方案重要性\n28日，某国外长卡伦迪斯在讲话中数次强调两国方案对于解决问题的重要性。")
    (e,) = events(text, "2016-12-29T20:00:00")
    assert e["speakers"] == [] and e["participants"] == []
    # one report with fewer subheadings stays one scope
    text = ("全省某某工作会议召开\n全省某某工作会议昨天在长沙召开，会议部署了今年的工作任务。\n"
            "着力推动高质量发展\n省委书记赵明远在讲话中强调，要推动高质量发展，扎实做好各项工作。")
    (e,) = events(text, "2024-03-09T20:00:00")
    assert e["speakers"] == ["赵明远"]


@pytest.mark.issue(12)
def test_the_meeting_a_received_guest_came_to_attend_is_no_event_of_the_report():
    # 会见来华出席X并进行国事访问的某总统: X says why the guest came; the report is the reception
    text = ("国务院总理赵明远17日在京会见来华出席第三届某某国际合作高峰论坛并进行国事访问的某国总统卡伦迪斯。"
            "赵明远表示，两国是好伙伴。")
    (e,) = events(text, "2023-10-17T20:00:00")
    assert e["participants"] == ["赵明远", "卡伦迪斯"] and e["speakers"] == []


@pytest.mark.issue(12)
def test_what_is_said_while_attending_a_meeting_is_said_there():
    # 在出席…时强调: a speech at the meeting; the name runs on past 会议 through a 和 inside it
    text = ("国家主席赵明远7日下午在出席十四届全国人大三次会议解放军和武警部队代表团全体会议时强调，要实现规划圆满收官。"
            "钱立新主持会议，孙海燕参加会议。")
    (e,) = events(text, "2025-03-07T20:00:00")
    assert e["name"] == "十四届全国人大三次会议解放军和武警部队代表团全体会议"
    assert e["speakers"] == ["赵明远"] and e["hosts"] == ["钱立新"]
    # what one says while attending another delegation's meeting is not said at this one
    text = ("副总理赵明远参加海南代表团审议时说，要抓好落实。\n"
            "国务委员钱立新参加西藏代表团审议时说，完全赞同报告。")
    found = {e["name"]: e for e in events(text, "2019-03-09T20:00:00")}
    assert found["海南代表团审议"]["speakers"] == ["赵明远"]
    assert "钱立新" not in found["海南代表团审议"]["speakers"]


@pytest.mark.issue(12)
def test_one_sitting_named_short_and_in_full_is_one_meeting():
    # 市政协五届一次会议 in the deck, 政协某某市第五届委员会第一次会议 in the body: one sitting
    text = ("——热烈祝贺市政协五届一次会议开幕\n"
            "今天，政协某某市第五届委员会第一次会议隆重开幕，我们对大会的召开表示热烈祝贺！")
    (e,) = events(text, "2022-02-11T09:00:00")
    assert e["name"] == "政协某某市第五届委员会第一次会议"
    # two committees' first sittings, or a people's congress's and a political consultative
    # conference's, are two meetings
    found = events("5日，二十届中央财经委员会第一次会议在北京召开。\n6日，二十届中央审计委员会第一次会议在北京召开。",
                   "2023-05-06T20:00:00")
    assert len(found) == 2


@pytest.mark.issue(12)
def test_a_report_heard_on_long_titled_documents_makes_its_author_a_speaker():
    # the object of 作的…汇报 holds two treaties' titles: each 《…》 is one word of it
    text = ("十四届全国人大常委会第六十六次委员长会议29日上午在北京人民大会堂举行。赵明远委员长主持。\n"
            "会议听取了全国人大外事委员会主任委员钱立新作的关于《中华人民共和国和某某共和国关于刑事司法协助的条约》"
            "《中华人民共和国和某某共和国、某某共和国、某某共和国永久睦邻友好合作条约》审议情况的汇报。")
    (e,) = events(text, "2026-04-29T20:00:00")
    assert e["speakers"] == ["钱立新"] and e["hosts"] == ["赵明远"]


@pytest.mark.issue(12)
def test_coming_to_the_meeting_to_answer_makes_speakers():
    # 到会回答询问: the purpose follows the coming with no 并
    text = "全国人大常委会第三十六次会议1日下午举行联组会议。钱立新主持联组会议。赵明远、孙海燕到会回答询问。"
    (e,) = events(text, "2022-09-02T20:00:00")
    assert set(e["speakers"]) == {"赵明远", "孙海燕"} and e["hosts"] == ["钱立新"]
    (e,) = events(text.replace("到会回答询问", "到会"), "2022-09-02T20:00:00")
    assert e["speakers"] == []


@pytest.mark.issue(12)
def test_meeting_the_press_to_answer_questions_makes_speakers():
    # 会见记者并回答提问 is a press conference: those answering take the floor (a reception is not)
    text = "国务院总理赵明远在海牙同某国首相卡伦迪斯共同会见记者并回答提问。两国总理分别介绍了会谈成果。"
    (e,) = events(text, "2018-10-15T20:00:00")
    assert e["speakers"] == ["赵明远", "卡伦迪斯"]
    (e,) = events("赵明远会见某国总统卡伦迪斯并回答了有关提问。", "2018-10-15T20:00:00")
    assert e["speakers"] == []


@pytest.mark.issue(12)
def test_words_said_to_a_reporter_are_no_speech_at_the_meeting():
    text = ("某省省委书记赵明远日前在接受本台记者采访时表示，某省出台了促进民营经济发展20条。\n"
            "11月20日，某省召开民营经济健康发展大会，表彰100名优秀民营企业家。\n"
            "赵明远表示，现在某省的民营企业已覆盖电子信息等各个领域。")
    (e,) = events(text, "2018-11-21T20:00:00")
    assert e["speakers"] == [] and e["participants"] == []
    # a verb that puts the interviewee there still does
    (e,) = events(text.replace("表彰100名", "赵明远出席并讲话，表彰100名"), "2018-11-21T20:00:00")
    assert e["speakers"] == ["赵明远"]


def test_collective_study_session_with_chair_and_lecturer():
    text = ("中共中央政治局1月31日下午就推动某某工作进行第十二次集体学习。中共中央总书记赵明远在主持学习时强调，要抓落实。\n"
            "中国工程院院士钱立新就这个问题进行讲解。")
    (e,) = events(text, "2024-02-01T20:00:00")
    assert e["name"] == "中共中央政治局第十二次集体学习" and e["date"] == "2024-01-31"
    assert e["hosts"] == ["赵明远"] and e["speakers"] == ["赵明远", "钱立新"]


def test_the_chair_who_says_something_in_the_chair_speaks():
    """大会由某甲主持。某甲在主持大会时说，…: what the chair says in the chair is said at the meeting,
    说 as 强调 or 指出 (not 说明)."""
    text = "9月27日，某某表彰大会在北京隆重举行。大会由赵明远主持。赵明远在主持大会时说，讲话很重要。"
    (e,) = events(text, "2019-09-27T20:00:00")
    assert e["hosts"] == ["赵明远"] and e["speakers"] == ["赵明远"]


def test_a_report_made_to_the_meeting_on_a_bodys_behalf_makes_a_speaker():
    """某甲向会议作了某委员会关于…的报告: whose report it is comes between 作了 and 关于."""
    text = ("3月9日，某某大会主席团在人民大会堂举行第二次会议。赵明远主持会议。某某委员会主任委员钱立新向会议"
            "作了某某委员会关于2012年计划执行情况的审查结果报告。")
    (e,) = events(text, "2013-03-09T20:00:00")
    assert e["hosts"] == ["赵明远"] and e["speakers"] == ["钱立新"]


def test_a_comma_list_of_posts_and_names_runs_on_past_a_described_representative():
    """…院长赵某，…主任钱某，参加过某某战争的老战士代表孙某，青年学生代表李某先后发言: a representative
    (named where one is printed) described at length with 的 is an item of the list, and every item
    speaks."""
    text = ("9月3日，某某纪念座谈会在人民大会堂举行。座谈会上，某某研究院院长赵明远，某某部主任钱立新，"
            "参加过某某战争的老战士代表孙海山，青年学生代表李晓梅先后发言。")
    (e,) = events(text, "2020-09-03T20:00:00")
    assert e["speakers"] == ["赵明远", "钱立新", "孙海山", "李晓梅"]


def test_briefing_the_meeting_on_the_situation_is_taking_the_floor():
    """某某通报了上半年经济工作有关情况: briefing the meeting is a speech there, as 介绍…情况 is."""
    text = ("7月29日，中共中央召开党外人士座谈会。赵明远主持座谈会并发表重要讲话。钱立新、孙海燕出席座谈会。"
            "钱立新通报了上半年经济工作有关情况。")
    (e,) = events(text, "2019-07-29T20:00:00")
    assert e["speakers"] == ["赵明远", "钱立新"]


def test_a_meeting_held_by_video_and_a_study_group_session_without_an_ordinal():
    """某某大会以视频方式举行 (以…形式, 通过视频连线 likewise): how it was held stands between the
    name and the verb; 省委理论学习中心组举行集体学习: a studying body's session needs no 第N次."""
    (e,) = events("4月12日，某某合作大会以视频方式举行。赵明远在北京主会场出席并讲话。", "2023-04-14T20:00:00")
    assert e["name"] == "某某合作大会" and e["speakers"] == ["赵明远"]
    (e,) = events("4月12日，省委理论学习中心组举行集体学习。省委书记赵明远主持学习并讲话，李晓梅作专题辅导。",
                  "2023-04-14T20:00:00")
    assert e["hosts"] == ["赵明远"] and e["speakers"] == ["赵明远", "李晓梅"]
    assert events("4月12日，全校师生举行集体学习活动。", "2023-04-14T20:00:00") == []


def test_this_years_or_this_sessions_meeting_is_named_without_the_demonstrative():
    (e,) = events("4月12日，本届年会以视频方式举行。赵明远出席并讲话。", "2023-04-14T20:00:00")
    assert e["name"] == "年会"


def test_a_gathering_closes_after_a_clause_on_what_it_did():
    text = "今天（9月20日）上午，某某联合会第八次全国代表大会圆满完成各项议程，在北京闭幕。\n主席赵明远主持闭幕会。"
    (e,) = events(text, "2023-09-20T20:00:00")
    assert (e["date"], e["place"], e["hosts"]) == ("2023-09-20", "北京", ["赵明远"])


def test_a_meeting_inside_a_modifier_or_a_recalled_story_is_not_reported():
    text = ("消息：2014年10月15日，中共中央总书记赵明远主持召开某某工作座谈会，两年来各地认真落实。\n"
            "与会各方感谢中方为举办本次会议所做的出色工作。")
    assert events(text, "2016-10-15T20:00:00") == []


def test_progressive_zai_is_no_place():
    text = "当天，正在外地考察的总统韩志刚专门举行特别仪式。"
    assert all(e["place"] is None or "考察" not in e["place"] for e in events(text, "2021-03-21T20:00:00"))


def test_talks_recalled_in_a_statement_paragraph_are_not_reported():
    text = ("国务院总理赵明远12日在北京会见某国总统韩志刚。\n"
            "赵明远表示，两国关系发展良好。昨天，钱立新主席同总统先生举行了富有成果的会谈，为两国关系注入新动力。")
    (e,) = events(text, "2018-09-12T20:00:00")
    assert set(e["participants"]) == {"赵明远", "韩志刚"}


def test_a_meeting_the_guest_came_for_is_no_event_of_the_report():
    text = "国务院副总理赵明远19日在浙江乌镇会见来华出席2024年世界某某大会乌镇峰会的某国副总统韩志刚。"
    (e,) = events(text, "2024-11-19T20:00:00")
    assert e["name"].startswith("会见") and set(e["participants"]) == {"赵明远", "韩志刚"}


def test_talks_held_with_a_partner_are_named_by_the_verb_phrase():
    text = "9月10日，全国人大常委会委员长赵明远与某国领导人韩志刚再次举行会见，双方就两国关系交换意见。"
    (e,) = events(text, "2018-09-11T20:00:00")
    assert e["name"] == "与某国领导人韩志刚再次举行会见" and set(e["participants"]) == {"赵明远", "韩志刚"}


def test_statements_after_the_reporting_sentence_count_though_later_mentions_merged():
    text = ("国务院总理赵明远10月8日下午主持召开专家座谈会。座谈会上，钱立新、孙海燕先后发言。"
            "在认真听取发言后，赵明远说，要抓好落实。韩志刚参加座谈会。")
    (e,) = events(text, "2024-10-08T20:00:00")
    assert e["speakers"] == ["钱立新", "孙海燕", "赵明远"] or set(e["speakers"]) == {"钱立新", "孙海燕", "赵明远"}


def test_a_name_joined_by_an_unnamed_group_before_their_verb():
    text = ("全国人大常委会第十一次会议28日上午在北京人民大会堂举行联组会议。副委员长赵明远主持会议。\n"
            "国务委员钱立新，工业和信息化部、财政部等有关部门负责人到会应询。\n"
            "钱立新表示，要推进落实。")
    (e,) = events(text, "2019-06-28T20:00:00")
    assert "钱立新" in e["participants"] and "钱立新" in e["speakers"]


def test_praise_and_years_ago_are_no_reports():
    text = ("今天，某某市政协第五届委员会第一次会议隆重开幕。本次大会是在关键时刻召开的一次重要会议。\n"
            "主席赵明远在会上讲话。他说，35年前，某某党十一届三中全会胜利召开。")
    (e,) = events(text, "2022-02-11T20:00:00")
    assert e["name"] == "某某市政协第五届委员会第一次会议" and e["date"] == "2022-02-11"


def test_a_quote_before_its_speaker_in_the_paragraph_after_the_meeting():
    text = ("2月8日下午，某某市教育推进大会召开。\n"
            "“一定要把学校办成群众满意的样子。”市委书记赵明远说，要抓好落实。")
    (e,) = events(text, "2022-02-09T20:00:00")
    assert e["speakers"] == ["赵明远"]


def test_the_chair_of_a_trigger_that_names_nobody_is_the_sentence_subject():
    text = ("中共中央政治局常委赵明远近日在某省调研。23日至25日，赵明远深入农村、牧区了解情况，"
            "并主持召开座谈会，听取有关方面意见建议。")
    (e,) = events(text, "2022-05-26T20:00:00")
    assert e["hosts"] == ["赵明远"] and e["date"] == "2022-05-23"


def test_a_list_runs_on_over_items_nobody_recognised_to_its_verb():
    text = ("随后，国家主席赵明远同学校师生代表进行了座谈。座谈会上，校党委书记钱立新、化学学院院长孙海燕、"
            "教育学部辅导员某甲、历史学院学生某乙先后发言。")
    (e,) = events(text, "2014-09-09T20:00:00")
    assert {"钱立新", "孙海燕"} <= set(e["speakers"])


def test_a_list_runs_on_over_an_item_named_by_its_body_alone():
    """，委员A、B: 委员 names no post, but the list goes on to the verb after its last item."""
    text = ("全国政协3月4日在京召开双周协商座谈会。全国政协主席赵明远主持会议并讲话。"
            "全国政协副主席钱立新、孙海燕，委员韩志刚、刘振国在会上发言。")
    (e,) = events(text, "2024-03-05T08:00:00")
    assert set(e["speakers"]) == {"赵明远", "钱立新", "孙海燕", "韩志刚", "刘振国"}


def test_a_meeting_a_rule_says_shall_be_held_is_no_event():
    assert events("立案后，机关主要负责人应当主持召开专题会议，研究确定调查方案。", "2024-03-05T08:00:00") == []
    (e,) = events("省委书记赵明远3月4日主持召开专题会议，研究确定调查方案。", "2024-03-05T08:00:00")
    assert e["hosts"] == ["赵明远"]


def test_a_headcount_closed_by_a_comma_still_reaches_the_verb_past_a_long_topic():
    text = ("全国政协主席赵明远6日下午参加联组会。\n联组会上，钱立新、孙海燕、韩志刚、刘振国等4位委员，分别就实施健康优先"
            "发展战略、提升基层医疗服务水平、加强材料技术攻关、推进创新药研发、做好高原病防治、发展公益慈善事业等作了发言。")
    (e,) = events(text, "2024-03-07T08:00:00")
    assert e["speakers"] == ["钱立新", "孙海燕", "韩志刚", "刘振国"]


def test_a_call_set_as_the_time_of_what_its_subject_then_says():
    text = ("赵明远在某省调研。\n在看望某省政协、统战部机关干部及各民主党派、工商联负责人时，赵明远强调，"
            "要关心支持统一战线工作。")
    (e,) = events(text, "2024-03-07T08:00:00")
    assert e["name"] == "看望某省政协、统战部机关干部及各民主党派、工商联负责人"
    assert e["participants"] == ["赵明远"]


def test_a_generic_meeting_takes_the_name_of_the_office_or_group_holding_it():
    (e,) = events("今天下午，某某工作领导小组办公室在北京召开会议，研究部署今年工作。", "2016-03-25T20:00:00")
    assert (e["name"], e["place"]) == ("某某工作领导小组办公室会议", "北京")


def test_who_speaks_at_a_meeting_and_chairs_it_in_one_clause():
    text = ("某某表彰座谈会27日在京召开。中共中央政治局常委赵明远出席并讲话。\n"
            "中共中央政治局委员、中宣部部长钱立新在会上传达了重要指示并主持会议。")
    (e,) = events(text, "2017-09-27T20:00:00")
    assert e["hosts"] == ["钱立新"] and e["speakers"] == ["赵明远", "钱立新"]


def test_a_briefings_speakers_present_the_situation_and_answer_questions():
    text = ("今天上午，国务院新闻办公室举行新闻发布会，邀请某某自治区主席赵明远，某某市委书记钱立新介绍某某发展的有关情况。\n"
            "发布会上，赵明远、钱立新还分别回答了国内外记者的提问。")
    (e,) = events(text, "2019-12-09T20:00:00")
    assert e["speakers"] == ["赵明远", "钱立新"]


@pytest.mark.issue(12)
def test_presenting_findings_at_talks_takes_the_floor():
    """某某中央主席赵明远、全国工商联主席钱立新介绍调研成果: presenting findings (成果, 经验, 做法,
    进展), as a briefing presents the situation, is taking the floor (the GUIDE's 汇报, 发言); a
    statement introduced by 介绍 alone is not (孙立平介绍，…)."""
    text = ("全国政协18日在京召开某某调研协商座谈会。全国政协主席孙立平主持。\n"
            "某某中央主席赵明远、全国工商联主席钱立新介绍调研成果，并就推进某某工作提出意见建议。\n"
            "某某部副部长周海涛介绍，目前各项工作进展顺利。")
    (e,) = events(text, "2024-06-18T20:00:00")
    assert e["speakers"] == ["赵明远", "钱立新"]
    assert "周海涛" not in e["speakers"]


def test_a_guests_reason_for_coming_and_a_meetings_later_day():
    text = "国家主席赵明远2日在人民大会堂会见某国总理钱立新。\n赵明远欢迎钱立新正式访华并出席首届某某国际博览会。"
    (e,) = events(text, "2018-11-02T20:00:00")
    assert e["name"] == "会见某国总理钱立新"  # the expo is the guest's reason for coming, no event reported
    (e,) = events("某某领导人第十次峰会16号继续在某国某市举行。国家主席赵明远出席并发表讲话。", "2015-11-16T20:00:00")
    assert (e["name"], e["date"], e["place"]) == ("某某领导人第十次峰会", "2015-11-16", "某国某市")


def test_a_second_meeting_the_sentences_subject_convenes_after_a_visit():
    text = ("委员长赵明远15日至16日在某省调研。\n赵明远到某县人大代表联络站进行了调研，主持召开基层人大代表座谈会，"
            "到省人大机关看望并召开工作座谈会。")
    first, second = events(text, "2019-05-17T20:00:00")
    assert (first["name"], second["name"]) == ("基层人大代表座谈会", "工作座谈会")
    assert second["hosts"] == second["participants"] == ["赵明远"]


def test_an_envoys_principal_is_not_at_the_reception_and_hao_dates_it():
    text = "某国首相韩志刚2号会见正在该国访问的钱立新主席特使、中共中央政治局委员赵明远。"
    (e,) = events(text, "2015-06-03T20:00:00")
    assert set(e["participants"]) == {"韩志刚", "赵明远"} and e["date"] == "2015-06-02"


def test_a_speech_at_a_deliberation_as_the_topic_is_no_report():
    text = "赵明远总书记5日下午参加十四届全国人大一次会议某省代表团审议时的重要讲话，为全省发展指明了方向。"
    assert events(text, "2023-06-05T20:00:00") == []


def test_those_who_joined_a_reception_in_a_later_paragraph():
    text = ("国务院总理赵明远10日下午在中南海紫光阁会见某国国务卿韩志刚。\n"
            "赵明远表示，双方要加强合作。\n韩志刚表示，愿深化交流。\n"
            "国务院副总理钱立新、国务委员孙海燕参加会见。")
    (e,) = events(text, "2014-07-10T20:00:00")
    assert set(e["participants"]) == {"赵明远", "韩志刚", "钱立新", "孙海燕"}


def test_a_conjunction_before_the_last_item_keeps_the_whole_list_under_its_verb():
    text = "全省工作会议5日召开。会上，省委书记赵明远、省长周立言和副省长孙海燕分别发言。"
    (e,) = events(text, "2024-03-06T20:00:00")
    assert e["speakers"] == ["赵明远", "周立言", "孙海燕"]


def test_talks_with_a_partner_after_and_stay_a_reception():
    (e,) = events("国务院总理赵明远5日在北京和某国总理韩志刚举行会谈。", "2024-03-06T20:00:00")
    assert e["participants"] == ["赵明远", "韩志刚"] and e["speakers"] == []


def test_reports_heard_from_the_names_that_made_them():
    text = ("委员长会议5日在北京举行。委员长赵明远主持会议。会议听取了法律委员会主任委员钱立新作的关于某某法草案"
            "审议结果的报告。会议听取了副委员长兼秘书长孙海燕作的任免案审议情况的汇报。")
    (e,) = events(text, "2024-03-06T20:00:00")
    assert e["speakers"] == ["钱立新", "孙海燕"]


def test_a_report_studied_is_not_made_at_the_meeting():
    text = "省委常委会5日召开会议，省委书记赵明远主持会议。会议学习了钱立新在全会上作的报告。"
    (e,) = events(text, "2024-03-06T20:00:00")
    assert e["speakers"] == [] and "钱立新" not in e["participants"]


def test_topic_and_capacity_phrases_between_a_name_and_its_verb():
    text = ("某某座谈会5日召开。省委书记赵明远就经济工作作了汇报。省长钱立新作为会议主席主持会议并致辞。"
            "省政协主席孙海燕代表各民主党派和无党派人士致辞。")
    (e,) = events(text, "2024-03-06T20:00:00")
    assert set(e["speakers"]) == {"赵明远", "钱立新", "孙海燕"} and e["hosts"] == ["钱立新"]


def test_a_name_inside_someones_words_is_not_at_the_meeting():
    text = "省委常委会5日召开会议。在听取代表们发言后，赵明远说，钱立新总理代表国务院作的报告实事求是。"
    (e,) = events(text, "2024-03-06T20:00:00")
    assert "钱立新" not in e["participants"]


def test_a_chair_found_from_the_sentence_subject_speaks_by_a_later_statement():
    text = ("国务院副总理赵明远15日到某研究院考察，并主持召开座谈会。\n赵明远走进实验室，详细听取介绍。\n"
            "座谈会上，有关负责人汇报了工作。赵明远指出，要统筹发展和安全。")
    (e,) = events(text, "2013-01-16T20:00:00")
    assert e["hosts"] == ["赵明远"] and e["speakers"] == ["赵明远"]


def test_a_lecturer_who_explains_on_a_topic_speaks():
    text = ("省委理论学习中心组5日举行专题讲座。省委书记赵明远主持。"
            "主讲人、某某大学教授钱立新对新发展理念的内涵、要求等方面作了讲解。")
    (e,) = events(text, "2024-03-06T20:00:00")
    assert e["speakers"] == ["钱立新"] and e["hosts"] == ["赵明远"]


def test_a_chairmans_title_is_no_role_verb_and_a_meeting_submitted_to_is_to_come():
    text = ("某某委员会第三次会议14日上午在北京举行，中共中央政治局常委、大会主席团会议主持人赵明远主持会议。"
            "会议决定将候选人名单提交14日下午举行的全体会议进行投票选举。部长钱立新对名单草案作了说明。")
    (e,) = events(text, "2018-03-14T20:00:00")
    assert e["name"] == "某某委员会第三次会议" and e["hosts"] == ["赵明远"]
    assert e["speakers"] == ["钱立新"]


def test_talks_during_a_visit_take_the_site_the_subject_came_to():
    text = ("国务院副总理赵明远3月24日在某省调研。赵明远走进某某航天发射场，调研规划建设情况，与企业座谈，听取意见建议。"
            "赵明远指出，要加快发展。")
    (e,) = events(text, "2024-03-26T20:00:00")
    assert e["place"] == "某某航天发射场"


def test_a_delegation_one_comes_to_is_no_place():
    text = "全国政协主席赵明远5日下午来到他所在的某省代表团，同代表们一起审议政府工作报告。"
    (e,) = events(text, "2019-03-05T20:00:00")
    assert e["place"] is None


def test_a_county_short_name_opening_a_meeting_name_is_no_venue():
    text = "澜沧江流域生态保护论坛23日举行。国务院总理赵明远出席论坛并讲话。"
    (e,) = events(text, "2016-03-24T20:00:00")
    assert e["place"] is None


def test_and_on_behalf_of_then_the_report_makes_a_speaker():
    text = "某某党中央委员会全体会议23日在京召开。某某党中央主席赵明远出席会议，并代表中央常务委员会作工作报告。"
    (e,) = events(text, "2012-11-24T20:00:00")
    assert e["speakers"] == ["赵明远"]


def test_any_predicate_then_a_speech_at_the_meeting_makes_a_speaker():
    text = ("某某委员会主任会议暨专题研讨班28日在北京举行。全国政协主席赵明远接见与会人员，并在会上作重要讲话。"
            "全国政协副主席钱立新作动员讲话，秘书长孙海燕主持会议。")
    e = events(text, "2013-03-29T20:00:00")[0]
    assert e["name"] == "某某委员会主任会议暨专题研讨班"
    assert e["speakers"] == ["赵明远", "钱立新"] and e["hosts"] == ["孙海燕"]


def test_a_list_ending_in_a_headcount_reaches_its_verb_past_a_long_topic():
    text = ("国家主席赵明远来到某省代表团参加审议。钱立新、孙海燕、韩志刚、某甲、某乙等五位代表围绕推进高质量发展、"
            "提高群众幸福指数、加强和创新基层治理、加快少数民族地区发展等问题先后发言。")
    (e,) = events(text, "2013-03-10T20:00:00")
    assert {"钱立新", "孙海燕", "韩志刚"} <= set(e["speakers"])


def test_manner_adverbs_between_a_list_and_its_verb():
    text = "在某某界委员联组会上，钱立新、孙海燕等委员踊跃发言。国家主席赵明远发表了重要讲话。"
    (e,) = events(text, "2013-03-10T20:00:00")
    assert {"钱立新", "孙海燕", "赵明远"} <= set(e["speakers"])


def test_a_class_that_opens_and_its_opening_session_are_one_event():
    text = ("省部级主要领导干部专题研讨班11日上午在中央党校开班。国家主席赵明远在开班式上发表重要讲话。"
            "国务院总理钱立新主持开班式。")
    (e,) = events(text, "2022-01-11T20:00:00")
    assert e["name"] == "省部级主要领导干部专题研讨班" and e["place"] == "中央党校"
    assert e["hosts"] == ["钱立新"] and "赵明远" in e["speakers"]


def test_a_reception_of_the_meetings_attendees_is_part_of_the_meeting():
    text = ("某某党全国代表大会3日在北京开幕。中共中央政治局常委赵明远会见全体与会代表，并代表中共中央致贺词。"
            "大会主席团常务主席钱立新代表某某党中央委员会作了工作报告。")
    (e,) = events(text, "2012-12-04T20:00:00")
    assert e["name"] == "某某党全国代表大会"
    assert set(e["participants"]) == {"赵明远", "钱立新"} and "钱立新" in e["speakers"]


def test_words_of_greeting_delivered_make_a_speaker_and_speak_for_no_one():
    text = ("某某党全国代表大会3日在北京开幕。省委书记孙海燕代表中共中央致贺词。贺词说，要团结奋斗。"
            "省长韩志刚代表各民主党派中央和全国工商联致贺词。")
    (e,) = events(text, "2012-12-04T20:00:00")
    assert e["speakers"] == ["孙海燕", "韩志刚"]


def test_split_speech_verb_after_a_list():
    text = "国务院总理赵明远14日在某市主持召开座谈会。某省委书记钱立新、省长孙海燕和某市市长韩志刚发了言。"
    (e,) = events(text, "2019-11-14T20:00:00")
    assert {"钱立新", "孙海燕", "韩志刚"} <= set(e["speakers"])


def test_a_person_who_convenes_a_meeting_chairs_it_but_not_one_at_a_meeting_others_convened():
    text = "当天下午，国务院总理赵明远在某国首都某市召开海外民生工程座谈会，听取企业意见建议。"
    (e,) = events(text, "2014-05-09T20:00:00")
    assert e["hosts"] == ["赵明远"] and e["place"] == "某国首都某市"
    text = "国务院副总理钱立新出席在北京召开的全国安全生产工作会议并讲话。"
    (e,) = events(text, "2014-05-09T20:00:00")
    assert e["hosts"] == [] and e["speakers"] == ["钱立新"]


def test_under_whose_chairmanship_and_who_declares_it_open_when_no_one_chairs():
    (e,) = events("全省经济工作会议5日在长沙召开。在省委书记赵明远的主持下，与会同志进行了讨论。", "2024-01-06T20:00:00")
    assert e["hosts"] == ["赵明远"]
    (e,) = events("某某大会5日在北京开幕。大会执行主席赵明远宣布大会开幕。", "2024-01-06T20:00:00")
    assert e["name"] == "某某大会" and e["hosts"] == ["赵明远"]
    (e,) = events("某某大会5日在北京开幕。大会执行主席赵明远主持会议。省长钱立新宣布大会开幕。", "2024-01-06T20:00:00")
    assert e["hosts"] == ["赵明远"] and "钱立新" in e["participants"]


def test_what_is_said_at_a_dated_meeting_reports_it_but_a_recalled_speech_does_not():
    (e,) = events("省委书记赵明远5日在全省经济工作会议上强调，要稳中求进。", "2024-01-06T20:00:00")
    assert e["name"] == "全省经济工作会议" and e["speakers"] == ["赵明远"] and e["date"] == "2024-01-05"
    assert events("国家主席赵明远在全国科技创新大会上强调，要加快创新。", "2024-01-06T20:00:00") == []
    assert events("某国官员钱某5日在内阁会议上表示，将推迟选举。", "2024-01-06T20:00:00") == []


def test_a_setting_that_names_another_meeting_gives_no_role_at_this_one():
    text = ("第二十三次某某领导人会议12日举行。国务院总理赵明远出席并讲话。\n"
            "赵明远表示，国家主席钱立新在某某博览会开幕式上指出，中国愿同各国一道扩大开放。")
    (e,) = events(text, "2020-11-13T20:00:00")
    assert "钱立新" not in e["participants"]


def test_who_sent_a_letter_to_the_meeting_was_not_at_it():
    text = ("某某博览会26日在某市开幕。国务院总理赵明远日前向大会发来贺信。\n"
            "赵明远代表中国政府对大会召开表示祝贺。他表示，数据是基础性资源。\n"
            "国务院副总理钱立新出席大会开幕式并讲话。")
    (e,) = events(text, "2015-05-27T20:00:00")
    assert e["name"] == "某某博览会" and e["participants"] == ["钱立新"] and e["speakers"] == ["钱立新"]


def test_a_meeting_someone_will_attend_is_to_come():
    text = "21日，联合国秘书长赵明远举行新闻发布会，在回答记者提问时，赵明远表示他将出席某某运动会开幕式。"
    assert all(e["name"] != "某某运动会开幕式" for e in events(text, "2021-12-22T20:00:00"))


def test_meetings_framing_an_inspection_with_no_one_at_them_are_no_events():
    text = ("22日至25日，在主持某某合作首次领导人会议和出席某某论坛2016年年会期间，国务院总理赵明远在某市考察。\n"
            "赵明远来到游客中心，了解旅游业发展情况。")
    assert events(text, "2016-03-26T20:00:00") == []


def test_a_short_later_mention_opening_inside_the_long_name_is_the_same_meeting():
    text = ("十三届全国人大四次会议主席团4日晚在人民大会堂举行第一次会议。全国人大常委会委员长赵明远主持会议。\n"
            "主席团会议应到174人，出席171人，缺席3人。")
    (e,) = events(text, "2021-03-05T20:00:00")
    assert e["hosts"] == ["赵明远"]


def test_a_meeting_to_come_bounds_no_scope_and_one_a_draft_is_about_is_to_come():
    text = ("某某委员长会议12日上午在北京人民大会堂举行。会议决定，某某常委会第二十五次会议12月19日至25日在北京举行。"
            "赵明远委员长主持会议。\n委员长会议上，秘书长钱立新就议程草案作了汇报。"
            "会议审议了关于召开某某代表大会第五次会议的决定草案。")
    (e,) = events(text, "2016-12-12T20:00:00")
    assert e["name"] == "某某委员长会议" and e["hosts"] == ["赵明远"] and e["speakers"] == ["钱立新"]


def test_the_place_of_a_visit_and_its_meeting_in_one_clause():
    (e,) = events("国务院副总理赵明远4日在北京市调研并主持召开大气污染防治工作座谈会。", "2016-01-04T20:00:00")
    assert e["place"] == "北京市" and e["hosts"] == ["赵明远"]


def test_a_reception_of_guests_from_china_is_no_reception_reported_already():
    text = "26日，某国议会副议长赵明远在首都议事堂会见中国国家广播电影电视总局代表团一行。赵明远表示，要加强合作。"
    (e,) = events(text, "2012-09-27T20:00:00")
    assert e["name"].startswith("会见中国") and e["participants"] == ["赵明远"]


def test_royal_guests_have_posts():
    (e,) = events("全国政协主席赵明远10日在政协礼堂会见某国公主钱丽娜。", "2014-04-11T20:00:00")
    assert e["participants"] == ["赵明远", "钱丽娜"]


def test_a_numbered_session_opening_its_sentence_as_subject_of_its_business():
    text = ("（2007年6月29日某某常务委员会第二十八次会议通过）\n某某常务委员会第二十八次会议，听取了财政部部长赵明远代表国务院"
            "对《国务院关于提请审议某某事项的议案》作的说明，并对议案进行了审议。会议同意国务院提出的议案。")
    (e,) = events(text, "2023-10-23T10:00:00")
    assert (e["name"], e["date"], e["speakers"]) == ("某某常务委员会第二十八次会议", "2007-06-29", ["赵明远"])
    assert events("国务院常务会议研究部署了稳就业工作。", "2023-10-23T10:00:00") == []



@pytest.mark.issue(12)
def test_a_numbered_sitting_opening_its_sentence_as_subject_of_its_decision():
    # 表决通过, 选举, 批准 are a sitting's business too, and 十四届…一次会议 is numbered by its 届
    text = "2031年3月11日，第十六届全国人大一次会议表决通过了《中华人民共和国某某法》。某某法共九章。"
    (e,) = events(text, "2031-05-17T10:00:00")
    assert (e["name"], e["date"]) == ("第十六届全国人大一次会议", "2031-03-11")
    # inside a modifier the sitting is recalled: the law is the subject
    assert events("十六届全国人大常委会第十次会议审议通过的某某法将于明年施行。", "2031-05-17T10:00:00") == []

    # a decision recalled in the report of a later sitting is its background: it takes none of its speakers
    text = ("某某常委会第二十九次会议23日在北京举行。委员长赵明远主持会议。\n"
            "2031年3月14日十六届全国人大五次会议审议通过了关于修改某某法的决定。受国务院委托，司法部部长钱立新作了说明。")
    (e,) = events(text, "2031-10-23T20:00:00")
    assert (e["name"], e["speakers"]) == ("某某常委会第二十九次会议", ["钱立新"])


@pytest.mark.issue(12)
def test_a_clause_saying_what_a_reported_meeting_is_names_no_other_meeting():
    text = ("国家主席赵明远于2月9日晚主持某某峰会并发表主旨讲话。此次峰会是我国今年首场主场外交，"
            "是某某合作机制建立以来举行的最高级别领导人会晤。")
    assert [e["name"] for e in events(text, "2031-02-10T19:00:00")] == ["某某峰会"]
    # the report's own meeting, named only there, stays; one named as the meeting before merges with it
    assert len(events("25日，这是某某联委会成立以来举行的首次会议。", "2031-05-26T19:00:00")) == 1
    text = "25日，某某联委会会议在维也纳举行。这是某国退出协议后联委会举行的首次会议。"
    assert [e["name"] for e in events(text, "2031-05-26T19:00:00")] == ["某某联委会会议"]
    text = "在今天某某办举行的新闻发布会上，负责人介绍了情况。\n这是某部成立以来召开的首场新闻发布会。某部部长钱立新介绍，工作稳步推进。"
    assert [e["name"] for e in events(text, "2031-07-31T19:00:00")] == ["首场新闻发布会"]


@pytest.mark.issue(12)
def test_a_session_attended_frames_a_reception_on_its_sidelines_even_with_its_part_named():
    text = ("中国外交部长赵明远27号在美国纽约出席第99届联合国大会一般性辩论期间会见了某国外长卡伦迪斯。"
            "赵明远表示，双方应保持对话。")
    assert [e["name"] for e in events(text, "2031-09-28T19:00:00")] == ["会见某国外长卡伦迪斯"]


@pytest.mark.issue(12)
def test_a_reception_told_in_a_clause_of_time_ends_its_guests_there():
    # 会见…时，首先转达某某主席对…的问候: the greetings' sender is at no reception, and names none
    text = ("当天下午，赵明远总理在柏林总统府会见某国总统维多里奇时，首先转达钱立新主席对维多里奇总统的诚挚问候。"
            "赵明远表示，两国关系发展良好。")
    (e,) = events(text, "2031-07-10T19:00:00")
    assert (e["name"], e["participants"]) == ("会见某国总统维多里奇", ["赵明远", "维多里奇"])


@pytest.mark.issue(12)
def test_talks_are_named_for_the_partner_not_why_he_came():
    text = "18日，国家主席赵明远在人民大会堂同来华进行国事访问的某国总统维多里奇举行会谈。"
    assert [e["name"] for e in events(text, "2031-07-18T19:00:00")] == ["同某国总统维多里奇举行会谈"]
    text = "国家主席赵明远6日在钓鱼台养源斋会见来华进行正式访问的某国总理维多里奇。"
    assert [e["name"] for e in events(text, "2031-07-06T19:00:00")] == ["会见某国总理维多里奇"]


@pytest.mark.issue(12)
def test_an_epithet_set_off_by_a_dash_is_no_part_of_the_meetings_name():
    text = "2月7日，某市召开“新春第一会”———全市县域经济高质量发展大会。市委书记钱立新讲话。"
    assert [e["name"] for e in events(text, "2031-02-08T19:00:00")] == ["全市县域经济高质量发展大会"]
    # a dash joining two parties is the name's own (中国——东盟)
    text = "9月3日，第二十八届中国——东盟博览会在南宁开幕。国务院副总理赵明远出席开幕式并致辞。"
    assert events(text, "2031-09-03T19:00:00")[0]["name"].startswith("第二十八届中国——东盟博览会")


@pytest.mark.issue(12)
def test_a_meeting_held_some_time_before_is_recalled():
    text = ("委员长赵明远26日在人民大会堂会见了某国议长卡尔森。\n"
            "赵明远还应询介绍了不久前举行的中国共产党第二十八次全国代表大会的有关情况。")
    assert [e["name"] for e in events(text, "2032-11-26T19:00:00")] == ["会见某国议长卡尔森"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    "某某自治区党委书记钱立新汇报了自治区党委、政府工作。\n在听取汇报前，赵明远会见了自治区现职副省军级以上负责同志。",
    "在今年召开的全国生态环境保护大会上，赵明远强调，必须以更大力度谋划生态文明建设。",
    "3日，2031某某国家治国理政研讨会在线上举行。赵明远出席。",  # online, no place
    "2日，在某国的要求下，安理会召开大使级紧急会议。赵明远出席。",  # a condition, no place
])
def test_a_time_is_no_place(text):
    # (在听取汇报前, 在今年召开的: 在 opens a time here, not a setting)
    assert [e["place"] for e in events(text, "2031-03-10T19:00:00")] == [None]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    "为迎接中国共产党第二十八次全国代表大会胜利召开，某研究室编写了大事记。",  # what the deed honours
    "国际劳工大会是国际劳工组织的最高权力机构，每年5、6月间在日内瓦举行一次会议。",  # a custom
])
def test_a_meeting_honoured_or_held_by_custom_is_not_reported(text):
    assert events(text, "2031-06-08T19:00:00") == []


@pytest.mark.issue(12)
def test_a_saying_quoted_from_the_past_is_no_statement_at_a_meeting():
    from neican.extractors.events.roles import _STATEMENT_VERB

    # 某某说过：“…” quotes a saying (a philosopher's), not words said at the meeting reported
    assert _STATEMENT_VERB.match("说过：“喜剧所摹仿的是…”") is None
    assert _STATEMENT_VERB.match("说：“要加强合作。”") is not None


@pytest.mark.issue(12)
def test_a_meeting_just_attended_in_a_modifier_of_the_speaker_is_not_reported():
    text = "对于中国的作用，刚刚参加完在伦敦举行的某某论坛金融合作会议的法国前总理维多里奇表示，中国作用重要。"
    assert events(text, "2031-11-13T19:00:00") == []


@pytest.mark.issue(12)
def test_an_event_during_which_something_happened_is_no_place():
    text = "在两国此次会谈期间，有10名记者还参加了白宫21号举行的新闻发布会。"
    assert [e["place"] for e in events(text, "2031-05-23T19:00:00")] == [None]


@pytest.mark.issue(12)
def test_a_meeting_planned_is_not_reported():
    text = "各国财长12号在某地展开讨论。鉴于谈判进展困难，此前计划也要在12号举行的某某领导人会议临时取消。"
    assert events(text, "2031-07-12T19:00:00") == []


@pytest.mark.issue(12)
def test_the_guests_reason_for_coming_is_no_meeting_reported():
    text = ("国家主席赵明远9日在人民大会堂会见某国国王卡尔森。\n"
            "赵明远欢迎卡尔森作为主宾国元首来华出席2035中国-某国博览会。赵明远指出，双边关系健康发展。")
    assert [e["name"] for e in events(text, "2035-09-09T19:00:00")] == ["会见某国国王卡尔森"]



@pytest.mark.issue(12)
def test_attending_another_event_puts_no_one_at_the_meeting_reported():
    text = ("某国首相卡尔森今天在出席相关仪式致辞时再次回避责任。\n某国政府每年都要举办“全国追悼仪式”。\n"
            "某国总统钱立新今天在首尔出席光复节69周年纪念活动时，也要求某国领导人纠正错误认识。")
    (e,) = events(text, "2031-08-15T19:00:00")
    assert e["participants"] == ["卡尔森"]

@pytest.mark.issue(12)
def test_a_meeting_held_by_every_body_of_a_kind_is_a_rule_not_a_sitting():
    text = "第五十三条 县级以上各级人民代表大会及其常务委员会举行会议时，人民代表大会代表可以依照法律规定提出询问。"
    assert events(text, "2031-05-17T10:00:00") == []
    text = "10日，全省各级党委书记抓基层党建工作述职评议会议召开。省委书记赵明远主持会议。"
    assert [e["name"] for e in events(text, "2031-05-17T10:00:00")] == ["全省各级党委书记抓基层党建工作述职评议会议"]


def test_the_first_working_day_after_the_holiday_takes_the_date_the_page_gives_it():
    text = ("2月7日，春节后首个工作日，甲市市委市政府召开全市优化营商环境推进会。市委书记赵明远讲话。\n"
            "2月10日，乙市召开重点项目推进会。市委书记钱立新讲话。\n"
            "春节后上班第一天，丙市召开全市营商环境大会。市委书记孙海燕强调，要优化服务。")
    found = {e["name"]: e["date"] for e in events(text, "2022-02-12T10:00:00")}
    assert found["全市营商环境大会"] == "2022-02-07"


def test_a_later_mention_dated_past_a_long_organiser_phrase_and_a_duration_is_no_name():
    text = "某某科技大会在北京开幕\n由某某组织、某某院联合举办的某某科技大会今天在北京开幕。"
    (e,) = events(text, "2014-06-02T19:00:00")
    assert (e["name"], e["date"], e["place"]) == ("某某科技大会", "2014-06-02", "北京")
    (e,) = events("为期五天的第十一届某某博览会今天在北京举行。", "2014-06-02T19:00:00")
    assert e["name"] == "第十一届某某博览会"


def test_a_numbered_summit_of_talks_and_a_video_address_at_a_forum():
    text = ("当地时间7月6日上午，国务院总理赵明远出席金砖国家领导人第十七次会晤。赵明远就“和平与安全”议题发表讲话。"
            "某国总统钱立新主持会议。")
    (e,) = events(text, "2025-07-07T19:00:00")
    assert (e["name"], e["hosts"], e["speakers"]) == ("金砖国家领导人第十七次会晤", ["钱立新"], ["赵明远"])
    text = "国家主席赵明远12日在第三届某某和平论坛发表题为《共抗疫情》的视频致辞。"
    (e,) = events(text, "2020-11-13T19:00:00")
    assert (e["name"], e["speakers"]) == ("第三届某某和平论坛", ["赵明远"])
    assert all(e["name"] != "中俄元首首次会晤" for e in events("赵明远同某国总统钱立新举行中俄元首首次会晤。", "2017-11-15T19:00:00"))


def test_a_quoted_theme_with_a_comma_inside_a_meeting_name():
    text = ("全国政协16日在北京召开“积极稳妥推进城镇化，着力提高城镇化质量”专题协商会，围绕有关问题进行协商议政。"
            "全国政协主席赵明远出席会议并讲话。")
    (e,) = events(text, "2013-07-17T19:00:00")
    assert e["name"].endswith("专题协商会") and e["place"] == "北京" and e["speakers"] == ["赵明远"]


def test_talks_with_a_partner_named_before_the_verb_during_them():
    text = "央视网消息：与卡达加会谈时，全国人大常委会委员长赵明远说，加强立法机关交往具有重要意义。"
    (e,) = events(text, "2013-09-20T19:00:00")
    assert e["participants"] == ["赵明远", "卡达加"]


def test_a_summing_up_and_a_tutorial_are_speeches():
    text = "全省工作会议5日召开。省委书记赵明远主持会议，省长钱立新作总结。某某大学教授孙海燕作专题辅导。"
    (e,) = events(text, "2024-03-06T19:00:00")
    assert e["speakers"] == ["钱立新", "孙海燕"]


def test_a_departure_reports_meetings_ahead_and_speech_after_an_adjunct_clause_is_speech():
    text = ("央视网消息：国务院总理赵明远8日上午乘专机离开北京，赴某国出席第八次某某领导人会晤并进行正式访问。")
    assert events(text, "2019-04-08T19:00:00") == []
    text = "央视网消息：在会见钱立新时，国务院总理赵明远表示，两国友好。国家主席孙海燕同你举行了富有成果的会谈。"
    assert [e["participants"] for e in events(text, "2019-04-24T19:00:00")] == [["赵明远", "钱立新"]]


@pytest.mark.issue(12)
def test_a_dateline_or_credit_is_not_part_of_the_meeting_name():
    """新华社北京3月5日电 and 本台消息 open the first sentence on web pages; the name starts after them."""
    for opening in ("新华社北京3月5日电 ", "本台消息 ", "新华社北京3月5日电（记者韩志刚） "):
        (e,) = events(opening + "全省安全生产工作会议5日在郑州召开。省委书记王立平讲话。", "2024-03-06T08:00:00")
        assert (e["name"], e["date"], e["place"], e["speakers"]) == ("全省安全生产工作会议", "2024-03-05", "郑州", ["王立平"])


@pytest.mark.issue(12)
def test_a_name_no_post_introduces_is_found_by_its_speaking_verb():
    """宣读, 汇报, 作…说明 govern a person as much as 讲话 does: the name before them is a speaker."""
    (e,) = events("3月5日，市委常委会召开会议。市委书记赵明远主持会议。孙海燕宣读了表彰决定，韩志刚汇报了有关工作，"
                  "周立言作说明。", "2024-03-06T08:00:00")
    assert e["hosts"] == ["赵明远"]
    assert e["speakers"] == ["孙海燕", "韩志刚", "周立言"]


@pytest.mark.issue(12)
def test_a_list_item_described_by_no_post_stays_in_the_list():
    """…、无党派人士代表某某先后发言: the verb after the list covers every item, the last one
    (described, not titled) included."""
    (e,) = events("中共中央6日在中南海召开党外人士座谈会。座谈会上，民革中央主席赵明远、全国工商联主席钱立新、"
                  "无党派人士代表孙海燕先后发言。", "2024-03-07T08:00:00")
    assert e["speakers"] == ["赵明远", "钱立新", "孙海燕"]


@pytest.mark.issue(12)
def test_a_visit_to_come_with_a_meeting_to_attend_is_no_event():
    """将结合出席…峰会: 将 with an adverb before the role verb is still a meeting to come."""
    assert events("应国家主席邀请，某国总统赵明远将结合出席某某论坛峰会于8月31日对中国进行国事访问。",
                  "2018-08-31T19:00:00") == []


@pytest.mark.issue(12)
def test_the_setting_of_the_role_verb_is_the_meetings_place():
    """赵某15日在人民大会堂出席某某大会: where the person attended is where the meeting was; not
    where they did something else (在某地看望参加…会议的…)."""
    (e,) = events("国家主席赵明远15日在人民大会堂出席某某友好大会并发表重要讲话。", "2024-05-15T19:00:00")
    assert (e["name"], e["date"], e["place"]) == ("某某友好大会", "2024-05-15", "人民大会堂")
    found = events("委员长赵明远19日上午在人民大会堂看望参加某某大会新闻报道的工作人员。", "2024-03-19T19:00:00")
    assert all(e["place"] != "人民大会堂看望" for e in found)
    # 在京出席: a one-character abbreviation is a setting too, read as its region
    (e,) = events("8月15日，国务院总理赵明远在京出席某某理念座谈会并讲话。", "2024-08-15T19:00:00")
    assert (e["name"], e["place"]) == ("某某理念座谈会", "北京")


@pytest.mark.issue(12)
def test_a_setting_followed_by_the_subjects_other_verb_ends_before_it():
    """在北京会见来华举行某某会议的…: the place is 北京, not the stretch up to 举行."""
    found = events("国务院总理赵明远4日在北京会见来华举行某某合作委员会第一次会议的某国副总理钱立新。",
                   "2024-09-04T19:00:00")
    assert [e["place"] for e in found if e["name"].endswith("第一次会议")] == ["北京"]


@pytest.mark.issue(12)
def test_speeches_with_a_modifier_or_a_reading_after_attending():
    """作了生动感人的报告 (a modifier with 的), 出席大会并宣读了贺词, 参加会见并在大会上宣读…: speakers;
    参加会见并在大会 is no meeting's name; 报告会上，A、B作…报告 places them at it."""
    (e,) = events("某某表彰大会5日在北京举行。孙海燕参加会见并在大会上宣读了表彰决定。韩志刚出席大会并宣读了贺词。"
                  "大会上，赵明远、钱立新作了生动感人的报告。", "2024-03-05T19:00:00")
    assert e["name"] == "某某表彰大会"
    assert e["speakers"] == ["孙海燕", "韩志刚", "赵明远", "钱立新"]


@pytest.mark.issue(12)
def test_a_list_of_long_posts_before_its_verb_is_one_list():
    """座谈会上，某某研究院某某研究所研究员A，某某大学校长B等10位教育、文化领域专家先后发言: however
    long each item's unit, a post ending at its name keeps the list together up to the verb."""
    (e,) = events("中共中央5日在北京召开专家座谈会。座谈会上，中国工程院院士、某某医学研究院毒物药物研究所研究员赵明远，"
                  "某某大学苏世民书院院长、公共管理学院教授钱立新，某某师范大学校长孙海燕等3位教育、卫生领域专家先后发言。",
                  "2024-03-05T19:00:00")
    assert e["speakers"] == ["赵明远", "钱立新", "孙海燕"]


@pytest.mark.issue(12)
def test_a_country_name_with_he_is_kept_whole_as_the_place():
    """在特立尼达和多巴哥首都西班牙港会见…: 和 inside a country's name is no companion to cut at;
    在结束出席…后: 结束 is a verb, no place."""
    (e,) = events("国家主席赵明远当地时间2日在特立尼达和多巴哥首都西班牙港会见某国总统钱立新。", "2024-03-03T19:00:00")
    assert e["place"] == "特立尼达和多巴哥首都西班牙港"
    found = events("国家主席赵明远9日在结束出席某某领导人非正式会议后乘专机回到北京。", "2024-03-09T19:00:00")
    assert all(e["place"] != "结束" for e in found)


@pytest.mark.issue(12)
def test_talks_inside_a_meetings_report_are_that_meeting():
    """…主持召开某某座谈会。\\n4月26日，某某召开这次座谈会，同来自各地的…代表座谈: one meeting, with
    its own name and place; 在世界格局深刻调整的背景下举行: a circumstance, no place."""
    (e,) = events("国家主席赵明远近日在安徽合肥主持召开知识分子、劳动模范、青年代表座谈会并发表重要讲话。\n"
                  "4月26日，赵明远在安徽调研期间召开这次座谈会，同来自安徽省和全国各地的70多名知识分子、劳动模范、"
                  "青年代表座谈。", "2016-04-29T19:00:00")
    assert (e["name"], e["date"], e["place"]) == ("知识分子、劳动模范、青年代表座谈会", "2016-04-26", "安徽合肥")
    found = events("某某会议10日在世界和亚太格局发生深刻调整背景下举行，赵明远出席会议。", "2017-11-11T19:00:00")
    assert all(e["place"] != "世界" for e in found)


@pytest.mark.issue(13)
def test_a_meeting_the_lead_announces_is_recorded_though_no_one_is_named_at_it():
    lead = "近日，“某某国际邮轮母港开港倒计时100日”发布会召开，邮轮母港将于11月17日正式开港，可停靠大型邮轮。"
    found = events("某某邮轮母港即将开通\n" + lead + "\n正文第二段。")
    assert [e["name"] for e in found] == ["“某某国际邮轮母港开港倒计时100日”发布会"]
    later = "某某邮轮母港即将开通\n邮轮母港即将正式开港，可停靠目前世界上最大的邮轮，开港后将开通四条国际航线。\n据悉，有关部门还将召开发布会。"
    assert events(later) == []  # a meeting mentioned further down, no one named, no day: a mention
    recalled = "标题\n去年，我们召开全省优化营商环境建设大会，引导各级干部解决问题，取得明显成效。"
    assert events(recalled) == []


@pytest.mark.issue(12)
def test_talks_with_a_partner_keep_their_day_and_setting_apart_from_the_partner():
    """与某国总统X17号在米兰举行会谈: the place is 米兰 and the partner X; A和B24号在纽约分别会见了C:
    B receives with A, C is received; 与X将在某地会晤: talks to come, no event."""
    (e,) = events("俄罗斯总统赵明远与乌克兰总统钱立新17号在米兰举行会谈。", "2024-03-18T19:00:00")
    assert (e["place"], e["participants"]) == ("米兰", ["赵明远", "钱立新"])
    (e,) = events("联合国秘书长赵明远和联合国大会主席钱立新24号在纽约联合国总部分别会见了中国外交部长孙海燕。",
                  "2024-03-25T19:00:00")
    assert (e["place"], set(e["participants"])) == ("纽约联合国总部", {"赵明远", "钱立新", "孙海燕"})
    assert events("国家主席赵明远与某国总统钱立新将在加州的某某庄园会晤。", "2024-03-25T19:00:00") == []


@pytest.mark.issue(12)
def test_what_a_person_says_at_a_dated_press_conference_makes_a_speaker():
    """某某部长赵明远在今天的新闻发布会上说: 说 is taking the floor there as 指出 is; the day inside
    the meeting's phrase dates it."""
    (e,) = events("某国国防部长赵明远在今天的新闻发布会上说，目前相关国家已经成立联合工作组。", "2014-03-20T19:00:00")
    assert (e["date"], e["speakers"]) == ("2014-03-20", ["赵明远"])


@pytest.mark.issue(12)
def test_a_congratulation_is_not_part_of_the_meetings_name():
    """国务院总理赵明远11日致信祝贺某某部长会议在北京召开: the meeting is 某某部长会议."""
    found = events("国务院总理赵明远11日致信祝贺中国-某某国家教育部长会议在北京召开。", "2016-10-11T19:00:00")
    assert [e["name"] for e in found] == ["中国-某某国家教育部长会议"]


@pytest.mark.issue(12)
def test_who_holds_a_welcoming_ceremony_whom_it_is_for_and_whom_it_welcomes_are_at_it():
    (e,) = events("某国总统赵明远和总理钱立新在机场为国务院总理孙海燕举行了隆重的欢迎仪式。", "2020-04-18T20:00:00")
    assert (e["place"], e["participants"]) == ("机场", ["赵明远", "钱立新", "孙海燕"])
    text = "会谈前，国家主席孙海燕在人民大会堂北大厅为某国总统韩志刚举行欢迎仪式。"
    assert events(text, "2020-04-18T20:00:00")[0]["participants"] == ["孙海燕", "韩志刚"]
    text = "当地时间10号上午，某国总理赵明远在总理府前广场举行仪式，欢迎孙海燕总理对某国进行访问。"
    (e,) = events(text, "2020-04-18T20:00:00")
    assert (e["name"], e["participants"]) == ("欢迎仪式", ["赵明远", "孙海燕"])
    text = "国务院总理孙海燕18日在人民大会堂东门外广场举行仪式欢迎某国总理韩志刚访华。副委员长赵明远等出席欢迎仪式。"
    assert set(events(text, "2020-04-18T20:00:00")[0]["participants"]) == {"孙海燕", "韩志刚", "赵明远"}
    # 欢迎 after another gathering is the subject's next predicate, no ceremony's guest
    text = "国家主席孙海燕祝贺某国某党18日成功举行代表大会，欢迎某党主席韩志刚率团来华。"
    assert all("韩志刚" not in e["participants"] for e in events(text, "2020-04-18T20:00:00"))


@pytest.mark.issue(12)
def test_a_meeting_whose_holding_is_an_occasion_is_kept_only_with_someone_at_it():
    text = ("在某某党第十次全国代表大会召开之际，一些外国政要近日纷纷致电或致函表示热烈祝贺。\n"
            "某国总理赵明远在贺函中说，两国关系显著增强。")
    assert events(text, "2012-11-11T20:00:00") == []
    text = ("在某某联合会第二届会员代表大会召开之际，国家主席钱立新发来贺信表示祝贺。\n"
            "中宣部部长孙海燕24日在某某联合会第二届会员代表大会上宣读贺信并讲话。")
    (e,) = events(text, "2019-07-24T20:00:00")
    assert e["speakers"] == ["孙海燕"] and "钱立新" not in e["participants"]


@pytest.mark.issue(12)
def test_a_receptions_name_runs_on_to_the_head_its_guests_modify():
    text = "国家副主席赵明远8日在北京会见以某国议长钱立新、副议长孙海燕为团长的某国议会访华团一行。"
    assert events(text, "2019-05-08T20:00:00")[0]["name"] == "会见以某国议长钱立新、副议长孙海燕为团长的某国议会访华团一行"
    text = "国家主席赵明远29日在人民大会堂会见出席某某协定签署仪式的各国代表团团长并座谈。"
    assert events(text, "2015-06-29T20:00:00")[0]["name"] == "会见出席某某协定签署仪式的各国代表团团长"


@pytest.mark.issue(12)
def test_talks_take_the_setting_of_the_subjects_visit_and_a_topic_name_runs_to_its_session():
    text = "国务院总理赵明远今天上午在大连看望学校师生，并与教师代表座谈。"
    assert events(text, "2013-09-09T20:00:00")[0]["place"] == "大连"
    text = "某届全国人大常委会第二十九次会议在完成各项议程后，26日上午在北京人民大会堂闭幕。委员长赵明远主持会议。"
    assert events(text, "2012-10-26T20:00:00")[0]["name"] == "某届全国人大常委会第二十九次会议"


@pytest.mark.issue(12)
def test_who_organised_a_meeting_and_what_is_said_to_it_are_no_part_of_its_name():
    text = ("国家主席赵明远3日在人民大会堂出席2014年某某科技大会并发表主旨演讲。\n"
            "赵明远代表中国政府和人民向大会召开表示祝贺。\n"
            "2014年某某科技大会由中国工程院、某某组织于6月2日至3日在北京联合举办。")
    (e,) = events(text, "2014-06-03T20:00:00")
    assert (e["name"], e["place"]) == ("2014年某某科技大会", "北京")


@pytest.mark.issue(12)
def test_a_speech_joined_by_and_after_a_second_clause_of_the_hosts_is_the_hosts():
    text = ("昨天上午，中共中央总书记赵明远在北京主持召开座谈会，同某某学院研修班学员进行座谈并发表重要讲话。"
            "座谈会后，学员们引起热烈讨论。")
    (e,) = events(text, "2024-03-06T20:00:00")
    assert e["hosts"] == ["赵明远"] and e["speakers"] == ["赵明远"]


@pytest.mark.issue(12)
def test_a_time_printed_between_the_setting_and_its_verb_is_no_part_of_the_place():
    (e,) = events("在国务院新闻办今天（9月15日）举行的新闻发布会上，国家统计局发布数据。", "2020-09-15")
    assert e["place"] == "国务院新闻办" and e["date"] == "2020-09-15"


@pytest.mark.issue(12)
def test_a_meeting_convened_in_a_clause_after_a_visit_is_the_visitors_and_a_listed_kind_of_person_speaks():
    text = ("13日，国务院总理赵明远到某某医院考察，并召开医学专家座谈会，听取意见建议。\n"
            "座谈会上，钱立新、孙海燕等专家发了言。赵明远说，要推动优质医疗服务惠及大众。")
    (e,) = events(text, "2021-09-13")
    assert e["hosts"] == ["赵明远"]
    assert {"钱立新", "孙海燕", "赵明远"} <= set(e["speakers"])


@pytest.mark.issue(12)
def test_a_venue_whose_name_holds_he_is_not_cut_as_a_companion():
    (e,) = events("13日，国务院总理赵明远到北京协和医院考察，并召开医学专家座谈会。", "2021-09-13")
    assert e["place"] == "北京协和医院"
    (e,) = events("13日，赵明远在北京和钱立新举行会谈。", "2021-09-13")
    assert e["place"] == "北京"


@pytest.mark.issue(12)
def test_a_gathering_closed_or_opened_by_the_curtain_is_held_and_a_quote_opened_before_its_name_goes():
    (e,) = events("据报道，11月30日，为期3天的第42届某某医学会议在斯里兰卡首都科伦坡落下帷幕。", "2004-12-30")
    assert (e["name"], e["date"], e["place"]) == ("第42届某某医学会议", "2004-11-30", "斯里兰卡首都科伦坡")
    (e,) = events("12月27日，某某公司在珠海某酒店举办“某某产品全球性新闻发布会”。", "2004-12-30")
    assert e["name"] == "某某产品全球性新闻发布会"


@pytest.mark.issue(12)
def test_a_local_bodys_session_with_no_venue_printed_is_held_in_its_region():
    (e,) = events("1月5日上午，政协某某市第五届委员会第一次会议在市会议中心开幕。", "2022-01-06")
    assert e["place"] == "市会议中心"  # a printed venue first
    (e,) = events("1月5日上午，政协巴彦淖尔市第五届委员会第一次会议开幕。", "2022-01-06")
    assert e["place"] == "巴彦淖尔"


@pytest.mark.issue(12)
def test_a_chair_of_another_meeting_named_in_passing_is_no_host_here():
    # 主持召开 governs 省委常委会会议, recalled; the session named after 的 is the meeting's own
    (e,) = events("全省乡村振兴推进会议25日在长沙召开。副省长王建林主持会议并讲话。"
                  "会议传达学习了省委书记李国华主持召开省委常委会会议时的重要讲话精神。", "2024-03-26")
    assert e["hosts"] == ["王建林"]
    (e,) = events("6日，全省春耕生产工作会议召开。孙海燕、韩志刚分别主持上、下午的全体会议。", "2024-03-26")
    assert e["hosts"] == ["孙海燕", "韩志刚"]


@pytest.mark.issue(12)
def test_a_leaders_visit_places_its_report_meeting_and_its_company_at_none_in_particular():
    text = ("春节前夕，习近平来到湖南，看望慰问基层干部群众。3日上午，习近平考察了一家工厂。"
            "3日下午，习近平听取湖南省委和省政府工作汇报。赵明远、钱立新陪同分别参加上述有关活动。")
    (e,) = events(text, "2024-02-04")
    assert e["place"] == "湖南"  # the region the visit arrived in: no venue is printed
    assert e["participants"] == ["习近平"]  # 陪同分别参加上述有关活动: some of the visit's business


@pytest.mark.issue(12)
def test_representatives_a_leader_calls_on_are_a_gathering_a_household_is_not():
    text = "20日，在青山市委大院，王建林一行看望慰问青山市班子成员及各族各界代表。随后，王建林走进村民家中看望慰问。"
    (e,) = events(text, "2024-08-21")
    assert (e["name"], e["date"], e["place"]) == ("看望慰问青山市班子成员及各族各界代表", "2024-08-20", "青山市委大院")
    assert e["participants"] == ["王建林"]


@pytest.mark.issue(12)
def test_what_a_leader_says_after_the_next_stop_of_a_visit_is_not_said_at_the_call_before():
    call = "20日，在青山市委大院，王建林一行看望慰问青山市班子成员及各族各界代表。"
    (e,) = events(call + "王建林表示，要持续改善民生。", "2024-08-21")
    assert e["speakers"] == ["王建林"]
    (e,) = events(call + "在东风社区，王建林了解基层党建情况。王建林表示，要持续改善民生。", "2024-08-21")
    assert e["speakers"] == []


@pytest.mark.issue(12)
def test_a_welcome_ceremony_set_before_the_talks_is_part_of_them():
    text = ("国家主席赵明远5日在人民大会堂同来华进行国事访问的某国总统坤伦举行会谈。\n"
            "会谈前，赵明远和夫人孙海燕在人民大会堂东门外广场为坤伦举行欢迎仪式。外交部长钱立新参加上述活动。")
    (e,) = events(text, "2026-06-05T19:00:00")
    assert "会谈" in e["name"] and "孙海燕" in e["participants"]


@pytest.mark.issue(12)
def test_who_reports_to_a_session_or_gives_work_instructions_speaks():
    text = ("十二届全国人大常委会第十六次会议27日在北京人民大会堂举行第二次全体会议。孙海燕副委员长主持会议。\n"
            "受国务院委托，财政部部长赵明远报告了今年以来预算执行情况。")
    (e,) = events(text, "2015-08-27T20:00:00")
    assert "赵明远" in e["speakers"]
    (e,) = events("全国宣传部长会议4日在京召开。中宣部部长钱立新主持会议并作工作布置。", "2023-01-04T20:00:00")
    assert e["hosts"] == ["钱立新"] and e["speakers"] == ["钱立新"]


@pytest.mark.issue(12)
def test_a_briefing_by_a_regions_bodies_is_held_in_that_region():
    text = "2日下午，国家主席赵明远来到毕节市，听取贵州省委和省政府工作汇报。赵明远指出，要抓好落实。"
    (e,) = events(text, "2021-02-05T19:00:00")
    assert e["place"] == "贵州"


_OPENING = "3月8日上午，全省优化营商环境工作推进会在长沙召开。省委书记刘振国主持会议。"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, speakers", [
 (_OPENING + "会上，省委副书记何建平传达了全国会议精神，副省长孙海燕就下一步工作作了部署。", {"何建平", "孙海燕"}),
 (_OPENING + "省长何建平、副省长孙海燕分别就相关工作作交流发言。", {"何建平","孙海燕"}),
 (_OPENING + "省长何建平作主旨演讲。", {"何建平"}),
 (_OPENING + "副省长孙海燕宣读了表彰决定。", {"孙海燕"}),
 (_OPENING + "省长何建平代表省政府作工作报告。", {"何建平"}),
 (_OPENING + "省长何建平、副省长孙海燕、韩志刚先后发言。", {"何建平","孙海燕","韩志刚"}),
 (_OPENING + "省长何建平出席并致辞。", {"何建平"}),
 (_OPENING + "省长何建平通过视频致辞。", {"何建平"}),
 (_OPENING + "省长何建平以视频方式发表讲话。", {"何建平"}),
 (_OPENING + "长沙市委书记何建平、株洲市市长孙海燕通过视频会议系统先后作了发言。", {"何建平", "孙海燕"}),
 (_OPENING + "省长何建平通过网络平台以视频形式发表讲话。", {"何建平"}),
 (_OPENING + "副省长何建平、孙海燕围绕学习贯彻总书记近期重要讲话精神作发言。", {"何建平", "孙海燕"}),
 (_OPENING + "副省长何建平、孙海燕等就有关议题作了传达、说明和汇报。", {"何建平", "孙海燕"}),
 ("3月8日上午，全省优化营商环境工作推进会在长沙召开。会议由省委书记刘振国主持。省长何建平作重要讲话。", {"何建平"}),
 (_OPENING + "省长何建平作总结讲话。", {"何建平"}),
 (_OPENING + "省长何建平作了题为《奋进新时代》的主旨演讲。", {"何建平"}),
 (_OPENING + "省长何建平、副省长孙海燕等5位同志作了交流发言。", {"何建平","孙海燕"}),
 (_OPENING + "省长何建平在会上作了讲话。", {"何建平"}),
 (_OPENING + "省长何建平对做好下一步工作作出部署。", {"何建平"}),
 (_OPENING + "省长何建平就贯彻落实会议精神提出要求。", set()),
 (_OPENING + "会上，何建平、孙海燕作典型发言。", {"何建平","孙海燕"}),
 (_OPENING + "省长何建平讲话。", {"何建平"}),
 (_OPENING + "省直有关部门负责同志和各市州市委书记参加会议，长沙市委书记何建平、株洲市市长孙海燕作了表态发言。", {"何建平","孙海燕"}),
 (_OPENING + "会议听取了省长何建平关于优化营商环境工作的汇报。", {"何建平"}),
 (_OPENING + "何建平作了专题辅导。", {"何建平"}),
])
def test_who_takes_the_floor_at_a_meeting(text, speakers):
    """GUIDE: 讲话, 致辞, 传达, 部署, 汇报, 宣读, 作说明, 发言 make a speaker, in every way the genre prints them."""
    (e,) = events(text, "2024-03-09T07:00:00")
    assert set(e["speakers"]) - {"刘振国"} == speakers


def test_a_second_verb_joined_by_and_takes_the_object_not_the_first():
    # 参加会见并主持座谈会: the 座谈会 is the one reported, no meeting named 会见并主持座谈会
    text = ("全国模范座谈会5日下午在京举行。周立平参加会见并在座谈会上讲话。"
            "孙明参加会见并在会上宣读表彰决定，黄海涛参加会见并主持座谈会。")
    (e,) = events(text, "2024-03-06T20:00:00")
    assert e["name"] == "全国模范座谈会" and e["hosts"] == ["黄海涛"] and "孙明" in e["speakers"]


def test_the_spirit_of_a_meeting_and_a_meeting_deliberated_on_are_not_held():
    text = ("某某委员会主席会议21日在京召开，主席周立平主持会议并讲话。周立平要求各参加单位认真学习贯彻会议精神。"
            "会议研究了召开某某委员会全体会议的有关事项。副主席李明远等就有关议题作了说明。")
    (e,) = events(text, "2024-03-22T20:00:00")
    assert e["name"] == "某某委员会主席会议" and e["speakers"] == ["周立平", "李明远"]


def test_a_statement_after_a_first_predicate_at_the_meeting_is_a_speech():
    text = ("纪念某某同志诞辰100周年座谈会17日在京举行。主席周立平出席座谈会。"
            "主任杨明远在座谈会上缅怀了某某同志的光辉一生，强调要学习他的政治品格。副主席李明远主持座谈会。")
    (e,) = events(text, "2024-03-18T20:00:00")
    assert e["speakers"] == ["杨明远"] and e["participants"] == ["周立平", "杨明远", "李明远"]


def test_whoever_acts_at_the_meeting_is_at_it():
    text = "全省表彰大会5日在沈阳召开。省委书记赵明远出席大会并讲话。获奖代表、某公司经理钱立新在大会上领取了奖杯。"
    (e,) = events(text, "2024-03-06T20:00:00")
    assert "钱立新" in e["participants"] and "钱立新" not in e["speakers"]


def test_passing_on_instructions_or_a_statement_after_attending_is_a_speech():
    (e,) = events("表彰大会17日在京举行。国务院副总理周立平出席表彰大会并传达重要指示。", "2024-03-18T20:00:00")
    assert e["speakers"] == ["周立平"]
    (e,) = events("通车仪式17日在某市举行。某国总统萨明当天出席仪式并表示，这一项目安全舒适。", "2024-03-18T20:00:00")
    assert e["speakers"] == ["萨明"]
    (e,) = events("通车仪式17日在某市举行。某国总统萨明当天出席仪式并表示祝贺。", "2024-03-18T20:00:00")
    assert e["speakers"] == []  # a gesture, no statement


def test_each_of_a_list_then_makes_a_report():
    text = "混合委员会第十七次会议17日在北京举行。某国副总统罗明、国家发展改革委主任郑明远出席会议，分别作工作报告。"
    (e,) = events(text, "2024-03-18T20:00:00")
    assert e["speakers"] == ["罗明", "郑明远"]


def test_a_reception_in_the_subjects_later_clause():
    text = "庆祝大会5日上午在上海举行。当天上午，周立平等还参观了主题展，亲切会见了参加庆祝大会的部分代表。"
    assert [(e["name"], e["participants"]) for e in events(text, "2024-03-06T20:00:00") if "会见" in e["name"]] \
        == [("会见参加庆祝大会的部分代表", ["周立平"])]
    # the object of 同 is not the subject of the later clause; 会谈 after a statement is a noun
    text = "总理周立平还将同某国总统李明举行双边会见，并会见各界重要人士。李明表示，会谈内容丰富。"
    assert all(e["participants"][:1] != ["李明"] for e in events(text, "2024-03-06T20:00:00"))


def test_a_meeting_convened_at_a_stop_of_the_visit_is_held_there():
    text = ("委员长周立平15日至16日在浙江调研。周立平到某县某街道人大代表联络站进行了调研，主持召开基层人大代表座谈会，"
            "到省人大机关看望并召开工作座谈会。")
    assert [(e["name"], e["place"]) for e in events(text, "2024-03-16T20:00:00")] == [
        ("基层人大代表座谈会", "某县某街道人大代表联络站"), ("工作座谈会", "省人大机关")]


def test_a_banquet_given_in_a_guests_honour_is_no_meeting():
    text = ("国家主席周立平5日在人民大会堂同法国总统马松举行会谈。"
            "当晚，周立平和夫人在人民大会堂金色大厅为马松夫妇举行欢迎宴会。")
    assert [e["name"] for e in events(text, "2024-03-06T20:00:00")] == ["同法国总统马松举行会谈"]


def test_a_report_made_in_so_many_parts_is_a_speech():
    text = "十三届全国人大二次会议12日上午在人民大会堂举行第三次全体会议。最高人民法院院长周明远从七个方面报告了2018年主要工作。"
    (e,) = events(text, "2019-03-12T20:00:00")
    assert e["speakers"] == ["周明远"]


def test_joining_the_visit_is_no_place_at_its_meeting():
    text = "国务院总理李明远23日在广东调研。调研中，李明远主持召开座谈会并讲话。黄海涛、吴立新参加调研。"
    (e,) = events(text, "2024-03-24T20:00:00")
    assert e["participants"] == ["李明远"]


def test_a_meeting_attended_while_something_else_is_reported_is_no_event():
    text = "当地时间11月18日上午，国家主席周立平在里约热内卢出席二十国集团领导人峰会期间会见澳大利亚总理阿尔托斯。周立平指出，中澳关系持续改善。"
    assert [e["name"] for e in events(text, "2024-11-19T07:00:00")] == ["会见澳大利亚总理阿尔托斯"]


@pytest.mark.issue(12)
def test_talks_set_as_the_time_of_what_their_subject_says_after_them():
    """在与X会谈后表示: 与 opens the partner, not a setting, and the talks were held (named for them,
    not 会谈后表示); 会谈前表示: talks still to come, no event; 会见前总统X: 前 is the guest's post."""
    (e,) = events("某国外长赵明远17日在与到访的联合国秘书长钱立新会谈后表示，应该尽快召开国际会议。", "2024-03-18T19:00:00")
    assert (e["name"], e["participants"]) == ("与到访的联合国秘书长钱立新会谈", ["赵明远", "钱立新"])
    assert events("某国外长赵明远17日在与联合国秘书长钱立新会谈前表示，应该尽快召开国际会议。", "2024-03-18T19:00:00") == []
    (e,) = events("中共中央政治局常委赵明远在中南海会见前国会主席钱立新率领的某国代表团。", "2024-03-18T19:00:00")
    assert set(e["participants"]) == {"赵明远", "钱立新"}


@pytest.mark.issue(12)
def test_a_reception_held_together_is_named_for_its_guest_and_talks_after_it_are_its_own():
    """A和夫人B会见了C: named for C (会见…C), not for the joint receiver; 会见X…并同他们座谈交流: the
    talks continue that reception, no gathering of their own."""
    (e,) = events("仪式开始前，国家主席赵明远和夫人孙海燕会见了某国市长钱立新，双方进行了亲切交谈。", "2024-03-18T19:00:00")
    assert (e["name"], set(e["participants"])) == ("会见某国市长钱立新", {"赵明远", "孙海燕", "钱立新"})
    (e,) = events("国务院副总理赵明远10日在人民大会堂会见某某论坛主席钱立新及理事会成员并同他们座谈交流。", "2024-03-18T19:00:00")
    assert e["name"] == "会见某某论坛主席钱立新"


@pytest.mark.issue(12)
def test_a_few_meetings_held_on_the_occasion_are_one_event_and_a_count_over_a_period_none():
    """主持召开三个调研座谈会: the meetings reported (one event, as 两场座谈会); 参加调研座谈 joins them
    (unlike 参加调研, the visit's company), as 参加调研和座谈 does; 召开14次常委会会议, 200多场宣讲会: how many over a period."""
    text = ("中央书记处书记赵明远近日在京主持召开三个调研座谈会，听取意见建议。\n赵明远强调，要抓好落实。\n"
            "中央宣传部部长钱立新参加调研座谈。")
    (e,) = events(text, "2024-03-18T19:00:00")
    assert (e["name"], e["hosts"], set(e["participants"])) == ("三个调研座谈会", ["赵明远"], {"赵明远", "钱立新"})
    (e,) = events("中央书记处书记赵明远近日在京主持召开一场调研座谈会，听取意见建议。", "2024-03-18T19:00:00")
    assert e["name"] == "调研座谈会"
    # 参加调研和座谈: the visit and the talks, so the talks' participant (参加调研 alone: the visit's company)
    text = ("国务院总理李明远23日在广东调研。调研中，李明远同企业负责人座谈交流。\n"
            "黄海涛参加调研和座谈，吴立新参加调研。")
    (e,) = events(text, "2024-03-23T19:00:00")
    assert set(e["participants"]) == {"李明远", "黄海涛"}
    assert events("今年以来，市委书记赵明远主持召开14次常委会会议。", "2024-03-18T19:00:00") == []
    assert events("今年以来，市委书记赵明远主持召开200多场宣讲会。", "2024-03-18T19:00:00") == []


@pytest.mark.issue(12)
def test_a_list_of_speakers_runs_on_over_an_item_described_by_its_group():
    """…、某主席丁某某，无党派人士代表段某某发言: an item named by the group its person represents
    (no post in the lexicon's sense) keeps the list going to its verb, so every name speaks."""
    text = ("国务院总理赵明远13日主持召开座谈会，听取意见建议。民革中央主席钱立新、民盟中央主席孙海燕，"
            "无党派人士代表周立平发言。")
    (e,) = events(text, "2024-03-14T19:00:00")
    assert set(e["speakers"]) >= {"钱立新", "孙海燕", "周立平"}


@pytest.mark.issue(12)
def test_a_reception_is_named_up_to_its_guest_past_a_long_modifier():
    """会见来华出席…80周年活动的某国代总统X: the name runs to the guest, not cut mid-number."""
    guest = "来华出席某某国际组织成员国元首理事会峰会和纪念某某人民抗日战争暨世界反法西斯战争胜利80周年活动的某国代总统钱立新"
    names = [e["name"] for e in events(f"国家主席赵明远2日在人民大会堂会见{guest}。", "2025-09-03T19:00:00")
             if e["participants"] == ["赵明远", "钱立新"]]
    assert names == ["会见" + guest]


@pytest.mark.issue(12)
def test_a_report_made_on_someones_commission_is_its_makers_speech():
    """会议听取了某部部长X受国务院委托作的…报告: the commission (受…委托) stands between the name and the
    report it makes, as 代表… does; every report heard makes its maker a speaker."""
    text = ("十二届全国人大常委会第三十次会议23日上午在北京人民大会堂举行第三次全体会议。"
            "会议听取了财政部部长孙立平受国务院委托作的关于转移支付制度改革情况的报告。"
            "会议还听取了农业部部长李华东受国务院委托作的关于农林科技创新工作情况的报告。")
    (e,) = events(text, "2016-12-23T19:00:00")
    assert set(e["speakers"]) == {"孙立平", "李华东"}


@pytest.mark.issue(12)
def test_two_lists_joined_after_etc_share_their_verb():
    """委员A、B等以及专家学者C、D在座谈会上发言: 等 closes the first list and 以及 adds the second; the
    verb after the second covers both."""
    text = ("全国政协22日下午在京召开双周协商座谈会。全国政协主席张明远主持会议并讲话。"
            "全国政协委员李华东、王立平、赵国强等以及专家学者周文博、吴海涛在座谈会上发言。")
    (e,) = events(text, "2016-12-22T19:00:00")
    assert set(e["speakers"]) == {"张明远", "李华东", "王立平", "赵国强", "周文博", "吴海涛"}


@pytest.mark.issue(12)
def test_the_day_a_report_opens_with_is_no_part_of_the_meetings_name():
    """今天上午某某会议开幕, 昨天闭幕的某某会议: the day, the time of day and the session's stage are not
    the meeting's name."""
    (e,) = events("今天上午十二届全国人大五次会议在北京人民大会堂开幕。", "2017-03-05T19:00:00")
    assert e["name"] == "十二届全国人大五次会议"
    (e,) = events("今天下午的全国政协十二届五次会议在北京举行第三次全体会议。", "2017-03-08T19:00:00")
    assert not e["name"].startswith("今天")


@pytest.mark.issue(12)
def test_a_leader_whose_words_are_conveyed_is_not_at_the_meeting():
    """传达学习某某总书记在…时的重要讲话精神: the name is the object of 传达学习, with only posts between;
    its 在…汇报时 sets the words, not a speech at this meeting."""
    text = ("市委常委会15日召开会议，传达学习中共中央总书记、国家主席赵明远在听取省委工作汇报时的重要讲话精神。"
            "市委书记钱立新主持会议并讲话。")
    (e,) = events(text, "2024-03-15T19:00:00")
    assert e["speakers"] == ["钱立新"] and e["participants"] == ["钱立新"]


@pytest.mark.issue(12)
def test_a_call_on_a_group_is_a_gathering_unless_a_stop_of_an_inspection():
    """看望暑期休假专家 as the report's business is a gathering; 看望医院的老专家 after 到某医院考察 is a
    stop of the inspection, and the symposium keeps its speakers."""
    (e,) = events("中央领导同志赵明远8月9日在北戴河看望暑期休假专家，向广大专家人才致以问候。"
                  "赵明远指出，广大专家是宝贵财富。钱立新、孙海燕参加看望活动。", "2024-08-09T19:00:00")
    assert e["name"] == "看望暑期休假专家"
    assert set(e["participants"]) == {"赵明远", "钱立新", "孙海燕"}
    found = events("国务院总理赵明远13日到某某医院考察，并召开医学专家座谈会。\n赵明远看望医院的老专家，向他们表达慰问。\n"
                   "座谈会上，钱立新、孙海燕等专家发了言。", "2024-09-13T19:00:00")
    assert [e["name"] for e in found] == ["医学专家座谈会"]
    assert set(found[0]["speakers"]) >= {"钱立新", "孙海燕"}


@pytest.mark.issue(12)
def test_a_demonstrative_or_a_pronoun_is_no_place():
    """为在这里出生的…举行命名仪式, 在其位于某地的总部举行: what 在 governs there is no place's name."""
    (e,) = events("23日，某某动物园为在这里出生的一对大熊猫举行命名仪式。", "2016-11-23T19:00:00")
    assert e["place"] is None
    (e,) = events("某某机构第60届大会26日在其位于维也纳的总部开幕。", "2016-09-26T19:00:00")
    assert e["place"] is None


@pytest.mark.issue(12)
def test_a_report_with_a_long_object_is_its_makers_speech():
    """某某作政协某届某次会议以来的提案工作情况的报告: the report's object may run to any length within
    its clause; 作为 and 作用 are words of their own."""
    text = ("政协第十二届全国委员会常务委员会第十八次会议开幕。受政协全国委员会常务委员会委托，"
            "全国政协副主席马立华作政协十二届四次会议以来的提案工作情况的报告。")
    (e,) = events(text, "2016-10-31T19:00:00")
    assert e["speakers"] == ["马立华"]


@pytest.mark.issue(12)
def test_a_members_post_after_the_name_stands_before_its_verb():
    """吴某常委代表九三学社中央发言: 常委 (or 委员) after the name, then on whose behalf, then the verb."""
    (e,) = events("全国政协召开专题议政性常委会议。吴立新常委代表某某学社中央发言建议，进一步深化改革。",
                  "2016-10-31T19:00:00")
    assert e["speakers"] == ["吴立新"]


@pytest.mark.issue(12)
def test_an_unnamed_group_of_several_units_joins_the_list_before_its_verb():
    """孙某、钱某等专家和某某机床、某某投资负责人分别发言: the unnamed group after 和 may list its units
    with 、 before its noun; the named list keeps its verb."""
    text = ("国务院总理赵明远主持召开经济形势专家和企业负责人座谈会。"
            "会上，孙立平、钱立新、周文博等专家和沈阳机床、弘毅投资、优客工场负责人分别发言。")
    (e,) = events(text, "2016-07-12T19:00:00")
    assert set(e["speakers"]) == {"孙立平", "钱立新", "周文博"}


@pytest.mark.issue(12)
def test_an_attendance_verb_without_object_joins_the_reception_reported():
    """会见某某。国务院副总理X出席。: the verb with no object of its own attends the reception."""
    (e,) = events("国家主席赵明远31日在钓鱼台国宾馆会见某国王储继承人穆罕默德。国务院副总理钱立新出席。"
                  "赵明远欢迎穆罕默德访华。", "2016-08-31T19:00:00")
    assert set(e["participants"]) == {"赵明远", "穆罕默德", "钱立新"}


@pytest.mark.issue(12)
def test_a_partner_together_with_the_subject_shares_its_verb_past_a_place():
    """A与B在某地共同出席…: the setting ends before 共同 (共|同 is no partner's 同), so B attends too;
    某总理X率全体内阁成员出席: whom X leads stands between X and the verb."""
    (e,) = events("国务院总理赵明远13日下午与德国总理施密特在人民大会堂共同出席中德经济顾问委员会座谈会。",
                  "2016-06-13T19:00:00")
    assert set(e["participants"]) == {"赵明远", "施密特"}
    (e,) = events("某某纪念大会在贝尔格莱德举行。塞尔维亚总理武尔科维奇率全体内阁成员出席纪念大会。", "2016-06-18T19:00:00")
    assert e["participants"] == ["武尔科维奇"]


@pytest.mark.issue(12)
def test_a_briefing_named_by_its_kind_is_an_event():
    """吹风会 and 记者会 are briefings as 发布会 is; the day's note before the name (（30日）的) is no part
    of it, and 会后 is no place."""
    (e,) = events("在今天(30日)的外交部例行记者会上，发言人华春明表示，中方强烈谴责这一暴力行为。", "2016-08-30T19:00:00")
    assert e["name"] == "外交部例行记者会" and e["speakers"] == ["华春明"]
    (e,) = events("国务院新闻办公室2日举行国务院政策例行吹风会，财政部副部长赵明远介绍有关情况。", "2016-12-02T19:00:00")
    assert e["name"] == "国务院政策例行吹风会"


@pytest.mark.issue(12)
def test_a_setting_sheds_what_follows_the_place_and_an_organ_is_no_place():
    """在乌兰巴托分别应约会见…: 应约 is how, not where; 在中央召开的…座谈会: the centre is who convened it."""
    (e,) = events("赵明远15日在乌兰巴托应约会见日本首相安倍晋三。", "2016-07-15T19:00:00")
    assert e["place"] == "乌兰巴托"
    found = events("2016年8月17日，在中央召开的推进“一带一路”建设工作座谈会上，赵明远强调，要坚持共商共建共享。",
                   "2016-08-17T19:00:00")
    assert all(e["place"] is None for e in found)


@pytest.mark.issue(12)
def test_a_briefers_statement_makes_a_speaker():
    """在…发布会上，某部部长X介绍说，…: 介绍说 states as 说 does."""
    (e,) = events("今天，在国务院新闻办公室举行的发布会上，农业部部长赵明远介绍说，三权分置是指农村土地所有权分置。",
                  "2016-11-03T19:00:00")
    assert e["speakers"] == ["赵明远"]


@pytest.mark.issue(12)
def test_a_quoted_meetings_name_before_its_holding_verb():
    """“某某高端研讨会”23日在某地召开: the quote closes after the meeting noun; a modifier before the quote
    is no part of the name, an ordinal is (第六届“某某论坛”); 于当地时间2月5日在悉尼 gives the place."""
    (e,) = events("由某某研究院联合举办的“中国—智利经济社会发展高端研讨会”23日在智利首都圣地亚哥召开。", "2016-11-24T19:00:00")
    assert (e["name"], e["place"]) == ("中国—智利经济社会发展高端研讨会", "智利首都圣地亚哥")
    (e,) = events("第六届“中加合作经贸论坛”22日在蒙特利尔举行，赵明远出席论坛并致辞。", "2016-09-23T19:00:00")
    assert e["name"] == "第六届“中加合作经贸论坛”"
    (e,) = events("2017“中澳旅游年”开幕式于当地时间2月5日在澳大利亚悉尼举行，赵明远出席。", "2017-02-06T19:00:00")
    assert e["place"] == "澳大利亚悉尼"


@pytest.mark.issue(12)
def test_a_second_post_after_the_name_stands_before_its_verb():
    """某某副委员长兼秘书长主持会议: the post held beside the first (兼…秘书长) stands before the verb too."""
    (e,) = events("十二届全国人大常委会第二十五次会议19日下午在北京人民大会堂举行第一次全体会议。"
                  "赵明远副委员长兼秘书长主持会议。", "2016-12-20T19:00:00")
    assert e["hosts"] == ["赵明远"]


@pytest.mark.issue(12)
def test_a_list_runs_on_over_a_name_introduced_by_its_group_that_no_one_read():
    """委员A、B等以及专家学者X、C、D在座谈会上发言: X, a name the people stage may not read, follows its
    group's noun; the list goes on to its verb over it."""
    text = ("全国政协22日下午在京召开双周协商座谈会。全国政协主席张明远主持会议并讲话。"
            "全国政协委员李华东、王立平等以及专家学者辜阻明、陈东海、方立平在座谈会上发言。")
    (e,) = events(text, "2016-12-23T19:00:00")
    assert {"李华东", "王立平", "陈东海", "方立平"} <= set(e["speakers"])


@pytest.mark.issue(12)
def test_a_list_runs_to_its_verb_past_a_last_item_joined_by_a_conjunction():
    """…、某丙以及专家学者等在座谈会上发言, …、某丙和某国某公司某某等发言: the last item, joined by
    以及 or 和, is a group or a name no one read; the names before it still govern the verb. 工作 in
    the item (和某工作领导小组成员…) is no verb 作."""
    found = events("全国政协19日在京召开第62次双周协商座谈会。全国政协主席王建国主持会议并讲话。"
                   "全国政协委员李明德、张卫红、胡立新以及专家学者等在座谈会上发言。", "2016-05-20T19:00:00")
    assert {"李明德", "张卫红", "胡立新"} <= set(found[0]["speakers"])
    found = events("李建国19日在深圳与来自全球的80多位创客领袖座谈。马明德、汪立新、马建华和美国某公司库珀等发言。",
                   "2016-05-20T19:00:00")
    assert {"马明德", "汪立新", "马建华"} <= set(found[0]["speakers"])
    found = events("国务院副总理王建国19日主持召开领导小组全体会议。王明德、刘立新和某工作领导小组成员及有关部门负责同志参加会议。",
                   "2016-05-20T19:00:00")
    assert {"王明德", "刘立新"} <= set(found[0]["participants"])


@pytest.mark.issue(12)
def test_a_list_joined_by_a_conjunction_does_not_run_over_accompanying():
    """…及有关部门负责同志陪同参加上述活动: those who accompany are no participants of the event."""
    found = events("国家主席王建国2日听取某市市委和市政府工作汇报。李明德、何立新及中央和国家机关有关部门负责同志陪同分别参加上述有关活动。",
                   "2016-05-20T19:00:00")
    assert found and not {"李明德", "何立新"} & set(found[0]["participants"])


@pytest.mark.issue(12)
def test_a_speech_by_video_or_in_writing_makes_a_speaker():
    """某省长某某视频发言, 书面发言: the means stands between the name and the verb."""
    found = events("李建国19日在京主持召开经济形势座谈会。辽宁省长李明德、浙江省长王立新视频发言。", "2016-05-20T19:00:00")
    assert {"李明德", "王立新"} <= set(found[0]["speakers"])


@pytest.mark.issue(12)
def test_company_that_accompanies_the_visit_and_attends_the_meeting_takes_part():
    """某甲、某乙等陪同考察并出席座谈会: the visit's company, at this meeting too; 陪同考察 alone is
    the visit's company, no meeting's."""
    found = events("李建国19日在郑州主持召开黄河流域生态保护座谈会并发表重要讲话。王明德、刘立新等陪同考察并出席座谈会。",
                   "2016-05-20T19:00:00")
    assert {"王明德", "刘立新"} <= set(found[0]["participants"])
    found = events("李建国19日在郑州主持召开座谈会并发表重要讲话。王明德、刘立新陪同考察。", "2016-05-20T19:00:00")
    assert not {"王明德", "刘立新"} & set(found[0]["participants"])


@pytest.mark.issue(12)
def test_a_side_meeting_framed_by_the_reports_meeting_is_held_where_it_is():
    text = ("第九届两岸青年论坛15日在福州举行。全国政协副主席赵明远出席并致辞。\n"
            "论坛开始前，赵明远会见了参加论坛的台湾嘉宾代表。\n"
            "14日下午，赵明远还在福州同返乡创业的青年代表进行座谈交流。")
    forum, reception, talks = events(text, "2024-06-15")
    assert forum["place"] == "福州"
    assert reception["place"] == "福州"  # 论坛开始前: where the forum is
    assert talks["place"] == "福州"  # 在福州同…座谈: talks open at their partner


@pytest.mark.issue(12)
def test_a_region_visited_to_comfort_its_people_places_the_visits_meetings_but_a_room_does_not():
    text = ("中央代表团团长王立新10日率代表团部分成员赴阿里地区看望当地各族干部群众。\n"
            "王立新等会见了阿里地区领导班子成员及援藏干部代表。")
    (e,) = events(text, "2024-08-11")
    assert e["place"] == "阿里地区"
    text = ("主席王立新前往某市截瘫疗养院。他在康复室看望正在做康复训练的伤员。\n"
            "下午，王立新主持召开座谈会，听取工作汇报。")
    (e,) = events(text, "2024-08-11")
    assert e["place"] != "康复室"


@pytest.mark.issue(12)
def test_a_paragraph_opening_at_the_meeting_sets_every_statement_in_it_there():
    text = ("全国政协主席赵明远2日在京主持召开调研协商座谈会，就推进新型城镇化建言献策。\n"
            "座谈会上，民建中央常务副主席钱立新建议，要加大改革创新力度。农工党中央主席孙海燕提出，努力缩小城乡差距。"
            "无党派人士代表周文华提出，要培育小城市。\n"
            "赵明远指出，新型城镇化是发展的巨大动力。\n吴建平出席座谈会。")
    (e,) = events(text, "2016-06-03")
    assert e["hosts"] == ["赵明远"]
    assert {"钱立新", "孙海燕", "周文华", "赵明远"} <= set(e["speakers"])
    assert "吴建平" not in e["speakers"] and "吴建平" in e["participants"]


@pytest.mark.issue(12)
def test_each_of_two_who_attend_and_severally_speak_is_a_speaker():
    text = "当天，赵明远和议长穆登达还共同出席了两国议员友好论坛闭幕式并分别致辞。"
    (e,) = events(text, "2015-01-14")
    assert set(e["speakers"]) == {"赵明远", "穆登达"}


@pytest.mark.issue(12)
def test_a_warm_reception_of_a_group_is_a_reception():
    (e,) = events("5日上午，赵明远亲切会见了“天眼”项目负责人和科研骨干，听取情况介绍。", "2021-02-06")
    assert e["participants"] == ["赵明远"] and e["date"] == "2021-02-05" and e["name"].startswith("会见")


@pytest.mark.issue(12)
def test_members_asking_questions_at_an_inquiry_session_speak_at_it():
    text = ("某届全国人大常委会第36次会议1日上午在京举行联组会议，审议执法检查报告并开展专题询问。赵明远委员长出席并讲话。\n"
            "常委会组成人员钱立新、孙海燕和全国人大代表周文华，围绕生态环境保护等问题提出询问。")
    (e,) = events(text, "2024-09-02")
    assert {"钱立新", "孙海燕", "周文华", "赵明远"} <= set(e["speakers"])


@pytest.mark.issue(12)
def test_a_sentence_returning_to_the_meeting_reported_first_takes_its_people_back():
    text = ("某届全国人大常委会第24次会议4日上午在人民大会堂举行联组会议，进行专题询问。赵明远委员长出席。\n"
            "本次常委会会议3日上午分组审议了执法检查报告。在4日的联组会议中，常委会组成人员继续审议并进行专题询问。"
            "钱立新委员就环境损害赔偿等问题提出询问。\n"
            "生态环境部部长孙海燕、财政部副部长周文华等先后回答了相关询问。")
    joint = next(e for e in events(text, "2016-11-05") if "联组" in e["name"])
    assert {"钱立新", "孙海燕", "周文华"} <= set(joint["speakers"])


@pytest.mark.issue(12)
def test_a_further_reception_of_the_same_subject_in_the_paragraph_is_held_where_the_one_before_was():
    text = "14日，委员长赵明远在孟买会见了该邦首席部长钱立新。赵明远还会见了纪念委员会主席孙海燕，参观了图片展。"
    first, second = events(text, "2015-11-15")
    assert first["place"] == "孟买" and second["place"] == "孟买"


@pytest.mark.issue(12)
def test_a_group_received_after_a_named_guest_is_a_reception_of_its_own():
    text = "14日，委员长赵明远在孟买会见了该邦首席部长钱立新。赵明远还会见了当地侨界代表。"
    first, second = events(text, "2015-11-15")
    assert first["participants"] == ["赵明远", "钱立新"]
    assert second["name"] == "会见当地侨界代表" and second["participants"] == ["赵明远"]


@pytest.mark.issue(12)
def test_a_leaders_important_speech_named_as_an_object_or_an_instruction_sent_makes_no_speaker():
    text = ("某某宣讲团动员会19日在京召开，总书记赵明远作出重要批示。他指出，宣讲要联系实际。\n"
            "政治局常委钱立新出席会议并讲话，强调要认真落实重要批示要求。"
            "要紧紧围绕全会《决定》和赵明远总书记重要讲话，全面准确地宣讲全会精神。")
    (e,) = events(text, "2013-11-20")
    assert e["speakers"] == ["钱立新"]


@pytest.mark.issue(12)
def test_a_meeting_one_was_on_the_way_to_is_not_held():
    text = ("赵明远同志生前是某市委常委、副市长。2017年3月18日，赵明远同志在赶往某新区主持召开会议途中不幸发生车祸，因公殉职。")
    assert events(text, "2017-04-05") == []


@pytest.mark.issue(12)
def test_a_leaders_call_on_troops_is_a_gathering():
    text = ("新春佳节即将来临之际，中央军委主席赵明远10日在北京以视频方式检查战备值班情况，亲切慰问有关部队。"
            "赵明远同各单位视频通话。")
    (e,) = events(text, "2026-02-11")
    assert e["participants"] == ["赵明远"] and e["date"] == "2026-02-10"


@pytest.mark.issue(12)
def test_a_speech_or_a_transcript_headed_by_its_title_is_its_meetings_occasion():
    """某某在…会议上的讲话 / （date） / 同志们：…, and a page titled with a meeting's name whose text
    opens on a date line, the speaker's line and an address: the meeting is the page's occasion;
    a speech recalled in body text (学习某某在…上的讲话) is none."""
    speech = "赵明远在全市经济工作会议上的讲话\n（2023年2月3日）\n同志们：\n今天召开全市经济工作会议，主要任务是总结去年工作。"
    (e,) = events(speech)
    assert (e["name"], e["date"], e["speakers"]) == ("全市经济工作会议", "2023-02-03", ["赵明远"])
    transcript = "2015年3月10日\n某某工程新闻发言人 钱立新\n女士们、先生们：\n欢迎各位出席发布会。"
    (e,) = events(transcript, title="某某任务第二场新闻发布会")
    assert (e["name"], e["date"], e["speakers"]) == ("某某任务第二场新闻发布会", "2015-03-10", ["钱立新"])
    assert events("欢迎各位出席发布会。", title="某某任务第二场新闻发布会") == []
    assert events("各地认真学习赵明远在全市经济工作会议上的讲话。") == []


@pytest.mark.issue(12)
def test_localities_visited_are_no_meetings_place():
    """赴地方考察: 地方 (the localities, as 各地, 基层) names no place, so a later meeting of the page
    takes none from it."""
    (e,) = events("今年以来，赵明远五次赴地方考察，每次都强调因地制宜。\n6月24日，中央政治局常委会会议召开，"
                  "赵明远主持会议并发表重要讲话。", "2024-06-25T07:00:00")
    assert e["place"] is None


@pytest.mark.issue(12)
def test_a_province_heading_the_list_of_its_places_visited_is_a_meetings_place():
    """赴某自治区赤峰、呼伦贝尔、乌兰察布看望慰问…召开座谈会: the province whose places the visit lists
    is where its symposium sits (no venue printed)."""
    (e,) = events("中央代表团副团长赵明远率中央代表团二分团先后赴内蒙古自治区赤峰、呼伦贝尔、乌兰察布看望慰问各族干部群众。\n"
                  "代表团深入农牧区、社区、企业、学校，召开座谈会，同大家亲切交流。赵明远说，各族干部群众团结奋斗。",
                  "2017-08-10T07:00:00")
    assert e["place"] == "内蒙古自治区"


@pytest.mark.issue(12)
def test_a_post_holder_whose_statement_opens_a_paragraph_of_the_occasions_report_is_there():
    """GUIDE: participants are every named person reported at the meeting. In the report of the
    meeting a page is about, 某协会会长某某表示 opening a paragraph is such a person (a
    participant, no speaker: 表示 is no speech made there); a statement relayed inside another's
    paragraph, or one in a round-up's next story, is not."""
    text = ("16日下午，某省－某国经贸投资推介会在某市举行。中国驻某市总领馆副总领事赵明远在致辞中说，两地合作前景广阔。\n"
            "活动现场，某省贸促会与某国三家商会签署合作协议，并正式设立驻外代表处。\n"
            "某国华人协会会长钱立新表示，当地有二十多万华商，愿意为两地合作牵线搭桥。\n"
            "某省代表团团长、省贸促会会长孙海燕介绍说，近年来两地交流日益活跃。赵明远说，总书记李晓峰强调，要扩大开放。\n"
            "某国批评某国新制裁\n"
            "某国外交部发言人周立平表示，制裁是错误的。")
    found = events(text, published="2019-09-18")
    assert len(found) == 1
    event = found[0]
    assert event["speakers"] == ["赵明远"]
    assert set(event["participants"]) == {"赵明远", "钱立新", "孙海燕"}


@pytest.mark.issue(12)
def test_the_company_a_visit_is_made_in_is_no_meetings_place():
    """在某国总统某某陪同下，考察…并出席…仪式: the 同 of 陪同 is no talk partner's preposition, so
    the stretch before it is company, not the meeting's place."""
    text = "国家主席赵明远17日在某国总统卡伦迪斯陪同下，考察中某合作项目并出席港口城开工仪式。"
    found = events(text, published="2014-09-17")
    assert found and found[0]["place"] is None


@pytest.mark.issue(12)
def test_a_hall_the_report_reaches_in_the_meetings_city_is_its_place():
    """某某大会在上海举行 … ⏎上海某某中心气氛隆重热烈: the venue the report sets the scene in, inside
    the city the meeting was found at, is the more exact place; a venue found already is kept."""
    text = ("某某开发开放30周年庆祝大会12日上午在上海隆重举行。中共中央总书记赵明远出席大会并发表重要讲话。\n"
            "上海某某中心气氛隆重热烈。9时30分，大会开始。全体起立，高唱国歌。")
    assert events(text, published="2020-11-12")[0]["place"] == "上海某某中心"
    text = ("某某大会12日上午在北京人民大会堂隆重举行。赵明远出席大会并讲话。\n"
            "人民大会堂大礼堂气氛隆重热烈。9时30分，大会开始。")
    assert events(text, published="2020-11-12")[0]["place"] == "北京人民大会堂"


def test_a_visits_span_of_days_gives_way_to_the_day_the_meeting_is_reported_on():
    text = ("4月12日至13日，湖南省委书记赵明远率湖南省党政代表团赴江西学习考察，江西省委书记孙海燕陪同考察并出席"
            "两省经济社会发展交流座谈会。\n13日傍晚，两省经济社会发展交流座谈会在南昌召开。孙海燕主持座谈会，赵明远讲话。")
    meeting = next(e for e in events(text, "2023-04-15") if "座谈会" in e["name"])
    assert (meeting["date"], meeting["end_date"]) == ("2023-04-13", None)
    # a meeting's own span is dated by its first day, whatever day a later sentence names
    text = "全省工作会议于4月12日至13日在长沙召开，省委书记赵明远出席并讲话。\n13日下午，会议闭幕。"
    meeting = events(text, "2023-04-15")[0]
    assert (meeting["date"], meeting["end_date"]) == ("2023-04-12", "2023-04-13")


def test_a_headlines_meeting_is_the_one_the_body_reports_with_the_same_meeting_noun():
    text = ("省政府召开第25次常务会议\n5月19日，省长钱立新主持召开省政府常务会议，研究部署防汛工作。"
            "副省长李晓峰、孙海燕参加会议。")
    (meeting,) = events(text, "2024-05-20")
    assert meeting["hosts"] == ["钱立新"] and set(meeting["participants"]) == {"钱立新", "李晓峰", "孙海燕"}
    # a first line that is a sentence is no headline: its meeting stays its own
    text = ("省政府5月12日召开第24次常务会议。\n5月19日，省长钱立新主持召开省政府常务会议。"
            "副省长李晓峰参加会议。")
    assert len(events(text, "2024-05-20")) == 2


def test_briefing_a_meeting_on_the_situation_is_taking_the_floor():
    text = ("3月7日上午，全省安全生产电视电话会议在西安召开。省长钱立新出席会议并讲话，副省长李晓峰主持会议。"
            "省应急管理厅厅长孙海燕通报了全省安全生产形势。")
    (meeting,) = events(text, "2024-03-08")
    assert meeting["speakers"] == ["钱立新", "孙海燕"] and "孙海燕" in meeting["participants"]


def test_a_headlines_meeting_the_body_reports_by_name_keeps_its_report():
    text = ("十四届全国人大常委会第十次会议在京闭幕\n十四届全国人大常委会第十次会议28日下午在北京人民大会堂闭幕。"
            "赵明远委员长主持闭幕会。\n常委会副委员长钱立新、李晓峰出席会议。\n闭幕会后，赵明远主持召开委员长会议。")
    found = {e["name"]: e["participants"] for e in events(text, "2024-06-28")}
    assert found["十四届全国人大常委会第十次会议"] == ["赵明远", "钱立新", "李晓峰"] and found["委员长会议"] == ["赵明远"]


def test_a_report_with_no_publication_time_is_dated_by_its_dateline():
    text = "新华社北京6月3日电 国家副主席王立平3日在北京人民大会堂会见新加坡副总理卡伦迪斯。"
    assert [e["date"] for e in events(text, None)] == ["--06-03"]


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    # a day set off by a comma opens the clause whose subject receives (the dateline's order)
    "12日，温宝林在人民大会堂会见某国首相维多里奇。",
    "同日，温家明还会见了某国首相维多里奇。",
])
def test_a_reception_after_a_day_and_a_comma_has_its_receiver(text):
    (e,) = events(text, "2024-05-14T19:00:00")
    assert e["participants"][-1] == "维多里奇" and len(e["participants"]) == 2


@pytest.mark.issue(12)
def test_local_time_shortened_to_dangdi_sets_the_reception_day():
    (e,) = events("国家主席赵明远当地26日在纽约联合国总部会见某国总统维多里奇。", "2015-09-27T19:00:00")
    assert e["participants"] == ["赵明远", "维多里奇"] and e["date"] == "2015-09-26"


@pytest.mark.issue(12)
@pytest.mark.parametrize("text", [
    # the clause of time names the guest no post or verb vouches for; its subject after or before it
    "在会见采拉尔时，钱立新表示，两国经济发展契合度高。",
    "钱立新在会见采拉尔时表示，两国经济发展契合度高。",
])
def test_a_reception_named_in_a_clause_of_time_is_an_event(text):
    (e,) = events(text, "2024-05-14T19:00:00")
    assert e["participants"] == ["钱立新", "采拉尔"]


@pytest.mark.issue(12)
def test_a_group_in_a_clause_of_time_is_no_named_guest():
    assert events("在会见中国代表团时，钱立新表示欢迎。", "2024-05-14T19:00:00") == []


@pytest.mark.issue(12)
def test_two_occasions_joined_by_ji_are_one_meeting_named_whole():
    text = "某省政协第四次主席会议暨主席会议第一次集体学习14日上午在长沙举行。省政协主席赵明远主持会议并讲话。"
    (e,) = events(text, "2018-05-14T19:00:00")
    assert e["name"] == "某省政协第四次主席会议暨主席会议第一次集体学习"
    assert (e["date"], e["hosts"]) == ("2018-05-14", ["赵明远"])


@pytest.mark.issue(12)
def test_a_day_after_the_joined_occasion_is_not_its_name():
    names = [e["name"] for e in events("某市城市更新论坛暨首届城市更新周昨晚开幕。", "2023-09-27T19:00:00")]
    assert not any(name.endswith("昨晚") for name in names)


@pytest.mark.issue(12)
@pytest.mark.parametrize("text, name", [
    ("五国领导人非正式会晤在某地举行。国家主席赵明远、某国总统维多里奇出席会晤。", "五国领导人非正式会晤"),
    ("两国总理第二十次定期会晤在某地举行。国务院总理赵明远、某国总理维多里奇出席会晤。", "两国总理第二十次定期会晤"),
])
def test_a_summit_named_for_its_leaders_is_a_meeting(text, name):
    (e,) = events(text, "2018-12-01T19:00:00")
    assert e["name"] == name and e["participants"] == ["赵明远", "维多里奇"]


@pytest.mark.issue(12)
def test_a_ministers_meeting_shortened_to_waizhanghui_is_a_meeting():
    (e,) = events("某组织外长会今天在某地举行，外交部长赵明远出席并发表讲话。", "2012-07-12T19:00:00")
    assert e["name"] == "某组织外长会" and e["speakers"] == ["赵明远"]
    # 外长会见: the minister receives; no meeting named 外长会
    assert all(not e["name"].endswith("外长会") for e in events("钱立新外长会见了某国外长维多里奇。", "2012-07-12T19:00:00"))


@pytest.mark.issue(12)
def test_a_speech_titled_in_book_marks_after_a_long_meeting_name_makes_a_speaker():
    text = "国家副主席赵明远出席了第九届某某商务与投资峰会暨2012某某自贸区论坛开幕式，并作了《携手推进深度合作》的致辞。"
    (e,) = events(text, "2012-09-22T19:00:00")
    assert e["speakers"] == ["赵明远"]


@pytest.mark.issue(12)
def test_a_visit_joined_by_bing_to_the_meeting_held_there_keeps_its_subject():
    (e,) = events("国务院副总理赵明远18日到某局调研并主持召开座谈会，部署推进重点工作。", "2019-01-18T19:00:00")
    assert (e["name"], e["hosts"], e["participants"]) == ("座谈会", ["赵明远"], ["赵明远"])


@pytest.mark.issue(12)
def test_a_guest_whose_name_a_separator_joins_is_read_in_a_clause_of_time():
    (e,) = events("钱立新在会见威廉-亚历山大国王时积极评价两国关系。", "2015-10-27T19:00:00")
    assert e["participants"] == ["钱立新", "威廉-亚历山大"]
    # a body whose name a separator joins is no guest's name
    assert events("在会见中国-东盟代表团时，钱立新表示欢迎。", "2015-10-27T19:00:00") == []
