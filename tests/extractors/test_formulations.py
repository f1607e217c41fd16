"""Formulations on purpose-written sentences: quoted, lexicon (variants), numbered."""
import pytest

from neican.extractors.formulations import (
    _designated,
    find_lexicon,
    find_numbered,
    find_quoted,
    is_formulation,
)


def texts(spans):
    return [s.data["text"] for s in spans]


def test_quoted_slogans_are_found_and_counted():
    spans = find_quoted("坚持“两山”理念，践行“两山”理念，做好“六稳”“六保”工作。")
    assert texts(spans) == ["两山", "六稳", "六保"]
    assert spans[0].data["count"] == 2


@pytest.mark.parametrize("quoted", [
    "来源:国际在线",                       # a source credit
    "我们要把这件事办好，让群众满意",         # speech quoted verbatim
    "要学习兄弟省份聚焦高端、筑牢实体经济根基的经验做法",  # speech (要…)
])
def test_quoted_text_that_is_not_a_formulation(quoted):
    assert not is_formulation(quoted)


def test_traditional_corner_brackets():
    assert texts(find_quoted("推進「一網通辦」改革")) == ["一網通辦"]


def test_lexicon_maps_localised_variant_to_the_mainland_term():
    spans = find_lexicon("要推动高品质发展，优化营商环境")
    assert {"推动高质量发展", "优化营商环境"} <= set(texts(spans))
    assert {"高质量发展", "营商环境"} <= {span.data.get("canonical") for span in spans}


def test_a_term_is_reported_with_the_governing_verbs_printed_before_it():
    """推动构建|人类命运共同体: a formulation as printed opens on the verbs that govern its term (at most
    two, tifa_verbs.tsv), with the term as canonical; not on a verb that ends another word before it
    (经济|建设 is no verb) or that another term covers."""
    found = {(s.data["text"], s.data.get("canonical")) for s in find_lexicon("各方要推动构建人类命运共同体。")}
    assert ("推动构建人类命运共同体", "人类命运共同体") in found
    assert "现代化产业体系" in texts(find_lexicon("要看到经济建设现代化产业体系的成效。"))


def test_lexicon_reports_a_longer_wording_with_its_canonical_term():
    spans = {s.data["text"]: s.data for s in find_lexicon("深入推进长三角一体化发展")}
    assert spans["推进长三角一体化发展"]["canonical"] == "长三角一体化发展"


def test_a_variant_in_other_words_reports_its_own_wording():
    """Only a localised spelling (网路, 品质) or other punctuation reports the term; a variant worded
    otherwise, or a list in another order, is what the text prints, with the term as canonical."""
    spans = {s.data["text"]: s.data for s in find_lexicon("各地落实就业优先政策，推进网路强国建设，坚持人民当家做主。")}
    assert spans["落实就业优先政策"]["canonical"] == "就业优先战略"
    assert spans["坚持人民当家做主"]["canonical"] == "人民当家作主"
    assert "推进网络强国" in spans and "推进网路强国" not in spans


def test_a_term_and_the_generic_heads_after_it_are_reported_in_full():
    text = "他说，本省抓住西部大开发战略的机遇，健全全民医保体系，完善党的领导制度体系。"
    spans = {s.data["text"]: s.data for s in find_lexicon(text)}
    assert {"西部大开发战略", "健全全民医保体系", "党的领导制度体系"} <= set(spans)  # 完善 and 制度体系: too much
    assert spans["西部大开发战略"]["canonical"] == "西部大开发" and spans["西部大开发战略"]["kind"] == "lexicon"
    assert "西部大开发" not in spans  # the occurrence is reported once, in its fullest form


def test_an_enumeration_printed_without_its_separators_is_found():
    """积极性、主动性、创造性 in the lexicon; the text runs its members together, or sets its clauses
    off with 、 where the lexicon has ，."""
    from neican.extractors.lexicon import printed_forms

    spans = {s.data["text"]: s.data for s in find_lexicon("要充分调动积极性主动性创造性，做到以案为鉴、以案促改。")}
    assert spans["积极性主动性创造性"]["canonical"] == "积极性、主动性、创造性"
    assert printed_forms("富、强") == [] and printed_forms("以案为鉴，以案促改") == ["以案为鉴、以案促改"]


@pytest.mark.parametrize("text,printed", [
    ("这是一份西部大开发战略规划纲要的解读。", {"西部大开发"}),  # more of a longer name follows the head
    ("推进乡村振兴战略实施。", {"推进乡村振兴", "推进乡村振兴战略"}),  # the lexicon has 乡村振兴战略 itself
    ("推进乡村振兴。", {"推进乡村振兴"}),  # no head
])
def test_no_compound_inside_a_longer_name_or_over_a_term(text, printed):
    assert {s.data["text"] for s in find_lexicon(text)} == printed


@pytest.mark.parametrize("sentence, expected", [
    ("加快建设三个万亿级产业基地，", (3, "万亿级产业基地")),
    ("做强做大22个重点产业集群。", (22, "重点产业集群")),
    ("维护国家“五大安全”。", (5, "安全")),
    ("做好结构调整“三篇大文章”。", (3, "大文章")),
    ("以三个“一号工程”为抓手", (3, "一号工程")),
    ("推进七大重点行动，", (7, "重点行动")),
])
def test_numbered_formulations(sentence, expected):
    assert expected in [(s.data["number"], s.data["head"]) for s in find_numbered(sentence)]


@pytest.mark.parametrize("sentence", [
    "深入学习贯彻党的二十大精神。",    # a party congress, not twenty big …
    "党的十八大以来，",
    "与36个国家建立友好关系。",        # a count of countries
    "打造一批创新平台。",              # one batch
    "第三个阶段",
    "向第二个百年奋斗目标进军",         # an ordinal
    "成为世界第4大经济体",
    "全市1368个村完成换届",             # not 368
])
def test_not_numbered_formulations(sentence):
    assert find_numbered(sentence) == []


@pytest.mark.parametrize("text", [
    "第一个百年奋斗目标和三个万亿级产业基地", "1368个村、三大攻坚战，第二个十年", "推进“四个全面”、5大工程、两个维护",
    "十四五规划的三个“一号工程”和12个重点产业链，还有三四个试点",
])
def test_numbered_matches_equal_the_single_pattern(text):
    from neican.extractors.formulations import _NUMBERED, _numbered_matches

    assert [m.span() for m in _numbered_matches(text)] == [m.span() for m in _NUMBERED.finditer(text)]


def test_members_listed_before_the_number():
    spans = find_numbered("要全面推进铁路网、公路网、航空网、能源网、互联网和水网等六大网络基础设施建设。")
    assert spans[0].data["members"] == ["铁路网", "公路网", "航空网", "能源网", "互联网", "水网"]


def test_members_only_when_the_count_matches():
    spans = find_numbered("巩固提升装备制造、石化两大优势产业")
    assert spans[0].data["members"] == ["装备制造", "石化"]
    assert find_numbered("巩固装备制造、石化、冶金两大优势产业")[0].data["members"] == []


def test_numbered_matches_equal_the_single_pattern_on_random_text():
    from neican.extractors.formulations import _NUMBERED, _SECOND_SET, _numbered_matches

    from .randomtext import random_texts

    def scanned(text):  # _NUMBERED tried at every position, a match resuming at a second set in its head
        found, at = [], 0
        while at < len(text):
            if m := _NUMBERED.match(text, at):
                found.append(m.span())
                second = _SECOND_SET.search(text, m.start(4) + 1, m.end())
                at = second.start() if second else m.end()
            else:
                at += 1
        return found

    for text in random_texts("0123456789第一二三四五十百千万个项大条“\"产业基地的和", seed=11, longest=24):
        assert [m.span() for m in _numbered_matches(text)] == scanned(text), text


def test_a_second_set_inside_a_head_is_its_own():
    assert _numbered("统筹国内国际两个市场两种资源。") == {(2, "市场"), (2, "资源")}
    assert _numbered("实施好“八大共同行动”。") == {(8, "共同行动")}


def _numbered(text):
    return {(s.data["number"], s.data["head"]) for s in find_numbered(text)}


@pytest.mark.issue(13)
def test_compact_numbered_formulations_in_quotes():
    assert _numbered("做好“六稳”工作，落实“六保”任务。") == {(6, "稳"), (6, "保")}
    assert _numbered("在“三县两区”中排名第一。") == {(3, "县两区")}  # one compound, named by its first count
    assert _numbered("深入实施“八八战略”。") == set()  # a numeral read as a name


@pytest.mark.issue(13)
def test_a_quoted_other_name_of_a_thing_is_no_numbered_formulation():
    assert _numbered("麋鹿又称“四不像”，是国家一级保护动物。") == set()
    assert _numbered("这种鸟俗称“三道眉”。") == set()
    assert _numbered("超级计算机蝉联“六连冠”，女排实现“三连冠”。") == set()  # a streak: 连, consecutive
    assert _numbered("大家表示“三个坚持”提供了根本遵循。") == {(3, "坚持")}  # words said: the set stands


@pytest.mark.issue(13)
def test_counts_are_not_numbered_formulations():
    assert _numbered("纪念品共计9大项。") == set()
    assert _numbered("出台66条“万事好通”优化举措，选派5批“组团式”医疗队。") == set()
    assert _numbered("会议确定的27项拟于今年完成。") == set()
    assert _numbered("三个“一号工程”") == {(3, "一号工程")}


@pytest.mark.issue(13)
@pytest.mark.parametrize("quoted, expected", [
    ("走丝绸之路，促合作共赢", True),  # balanced clauses: a slogan
    ("人人都是营商环境、个个都是形象代言", True),
    ("我们一定要把这件事情办好，这是大家的期待", False),  # a sentence someone said
    ("稳", False),  # one character of emphasis
    ("建设绿色低碳高质量发展先行区三年行动计划", False),  # a document's name
    ("中国与教科文组织合作十年成果展", False),  # an exhibition
    ("某地书画艺术展", False),
    ("强作风优服务促发展", True),  # 发展, not an exhibition (展)
    ("坚持开放发展", True),
    ("鄱阳湖2024年第1号洪水", False),  # a numbered event
    ("卡脖子", True),
])
def test_quoted_slogans_by_what_they_quote(quoted, expected):
    assert is_formulation(quoted) is expected


@pytest.mark.issue(13)
def test_a_quote_that_work_is_aimed_at_is_a_watchword():
    assert [s.data["text"] for s in find_quoted("新一年要展现新作为，聚焦“强作风优服务促发展”，推动发展。")] == ["强作风优服务促发展"]
    assert [s.data["text"] for s in find_quoted("今年要锚定“建设现代化强市”，奋力攻坚。")] == ["建设现代化强市"]


@pytest.mark.issue(13)
def test_a_quote_that_names_a_thing_by_the_noun_after_it():
    assert find_quoted("参观“春蕾计划”成果展，观看“天宫”卫星模型，落实“放管服”改革。")[-1].data["text"] == "放管服"
    assert [s.data["text"] for s in find_quoted("观看“天宫”卫星模型")] == []


@pytest.mark.issue(13)
def test_words_reported_and_named_things_in_quotes_are_not_slogans():
    texts = [s.data["text"] for s in find_quoted(
        "外交部发言人称“违反国际法”，并表示“极度遗憾”。“鹊桥二号”中继星发射成功，“帕克湖林火”得到控制。"
        "他强调“绿水青山就是金山银山”，推进“村村有快递”。")]
    assert texts == ["绿水青山就是金山银山", "村村有快递"]


@pytest.mark.issue(13)
def test_a_quoted_meetings_name_is_no_slogan():
    """举办了“某某国际高层论坛”: a quoted phrase ending in a meeting noun names a meeting (GUIDE);
    a short numbered one (两会, 三会一课) is a formulation all the same."""
    texts = [s.data["text"] for s in find_quoted("某中心举办了“城乡融合发展国际高层论坛”，坚持“三会一课”，开好“两会”。")]
    assert texts == ["三会一课", "两会"]


@pytest.mark.issue(13)
def test_a_campaign_a_quote_names_is_a_formulation():
    """开展“X”活动, 推出“X”的优惠活动: the quote names a campaign (GUIDE: campaign names count); a
    meeting after the quote is still an event's title (“X”专题协商会)."""
    texts = [s.data["text"] for s in find_quoted("深入开展“便民惠民”活动，推出“充电不花钱”的优惠活动，召开“稳就业”专题协商会。")]
    assert texts == ["便民惠民", "充电不花钱"]


@pytest.mark.issue(13)
def test_arabic_counts_need_evidence_of_a_designated_list():
    assert _numbered("全国已有302个地市出台政策，148个集体受表彰。") == set()
    assert _numbered("加快建设172项重大水利工程。") == {(172, "重大水利工程")}
    assert _numbered("做强集成电路、航空航天装备、数控机床、新能源汽车等22个产业集群。") == {(22, "产业集群")}
    assert _numbered("增速回落2个百分点，用了两个多月。") == set()


@pytest.mark.issue(13)
def test_a_long_description_with_de_is_no_slogan():
    assert is_formulation("使用有毒有害的非食品原料加工食品") is False
    assert is_formulation("办好人民满意的教育") is True


@pytest.mark.issue(13)
def test_a_quoted_plain_two_character_word_is_emphasis_but_a_numbered_one_counts():
    from neican.extractors.formulations import is_formulation

    assert not is_formulation("人缘") and not is_formulation("铁腕")
    assert is_formulation("六稳") and is_formulation("双创") and is_formulation("放管服")


@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence", [
    "他成了全村人眼中的“聚宝盆”，后来养羊又遭遇了“滑铁卢”。",  # figures of speech in ordinary prose
    "店主以“系统繁忙”为由拒绝退款，网友说这是“正打歪着”。",  # a reason given, a coined phrase
    "她换上了“晨光”牌的外套，引发“一连串”议论。",  # a brand, a quantity word (一 alone is no set)
    "他用“说走就走”的行动回答了质疑。",  # 的 + a deed, not a principle
    "厂里要做到既能“跑得快”，又能“刹得住”。",  # a modal after the verb: a predicate, not an object
    "在乡亲们看来，土豆是“丰收菜、救急粮”。",  # a couplet with no evidence around it: a saying
    "大奖下设“生物学奖”、“化学奖”、“数学奖”三个奖项。",  # a list of names is no series of watchwords
    "经检查，“眼睛没有问题，只是有点发红，开点药就回家了”。",  # balanced clauses set out with ，: speech
    "二十年里出行经历了“自行车、摩托车、小汽车”。",  # a list of short nouns
    "老师们想办法提升孩子们的“快乐指数”。",  # 的 between verb and quote: something someone has
    "这次经历奠定了他“敢闯敢拼”的思想基础。",  # 的思想基础 is no principle's noun
    "那年我们遇上了“五二八大游行”，又赶上“六、四”前后。",  # dates, not designated sets
    "一位学者提出了“社会网络”的概念。",  # a coined term proposed
])
def test_quotes_without_evidence_of_a_formulation_are_not_taken(sentence):
    assert texts(find_quoted(sentence)) == []


@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence, expected", [
    ("全县扎实推进“清河净岸”，持续擦亮“山水名城”招牌。", ["清河净岸", "山水名城"]),  # a task verb; a programme noun
    ("开展沿江“护绿增绿”专项整治。", ["护绿增绿"]),  # the verb, a modifier, the quote
    ("群众称赞“进一个门，办所有事”等改革举措。", ["进一个门，办所有事"]),  # 等 and a modifier before the noun
    ("持续打造“2468”产业体系。", ["2468"]),  # any short modifier before a system's noun
    ("落实“早发现、早处置”要求。", ["早发现、早处置"]),  # 要求 right after the quote
    ("以“敢闯、敢干”的精气神迎难而上。", ["敢闯、敢干"]),  # 的 + a principle's noun
    ("“勤学善思”的办学理念影响了几代人。", ["勤学善思"]),  # 的 + a principle's noun
    ("他始终重视“心灵成长”、“品格塑造”。", ["心灵成长", "品格塑造"]),  # a list shares its verb
    ("严格执行“早登记”“晚核查”制度。", ["早登记", "晚核查"]),  # … and the noun after it
    ("镇里有了“三张清单”，还有“两个到位”和“六保”。", ["三张清单", "两个到位", "六保"]),  # a designated set by its shape
    ("大家都知道“规划先行、产业支撑、生态优先”。", ["规划先行、产业支撑、生态优先"]),  # three balanced clauses
    ("比学习“慢不了”、比干劲“停不下”、比作风“松不得”。", ["慢不了", "停不下", "松不得"]),  # a series of three
    ("小镇的故事还要从“厕所革命”说起。", ["厕所革命"]),  # a known formulation (tifa lexicon)
    ("会上授予他“乡村好园丁”荣誉。", []),  # an honour's name: a named thing (GUIDE), as gold reads 7 honours of 8
    ("被授予“全国优秀乡村教师”称号。", []),
    ("该村先后荣获“全国卫生村”。", []),  # the verb of an honour conferred vouches for no slogan
    ("前言\n“人人都是护河员”。\n这是一个村庄的故事。", ["人人都是护河员"]),  # a slogan standing as its own sentence
    ("本届集市以“山海相连、共富同行”为主题。", ["山海相连、共富同行"]),  # the theme of an undertaking
    ("今年是第五个“文明交通宣传月”，也是各村的“黄金年”和“峥嵘岁月”。", ["文明交通宣传月"]),  # a campaign by its own head
    ("他以“身体不适”为由缺席。", []),  # a reason, not a theme
])
def test_quotes_with_evidence_of_a_formulation(sentence, expected):
    assert texts(find_quoted(sentence)) == expected


@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence", [
    "她这次拿下了最佳新人和最佳演唱两个提名。",  # a count of things won
    "新码头开通四条航线，游客可以乘船出海。",  # a count of routes
    "老校区从一口锅变成了三个食堂。",  # a count
    "这位作者在书里解析了团队管理三大原则。",  # N大 alone is no evidence
    "两国作为世界上两个最大经济体加强对话。",
])
def test_a_number_in_words_without_evidence_of_a_set_is_a_count(sentence):
    assert _numbered(sentence) == set()


@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence, expected", [
    ("加快建设三个万亿级产业基地，", (3, "万亿级产业基地")),  # a task verb sets it as a task
    ("这种病名列我国十大恶性肿瘤之一。", (10, "恶性肿瘤")),  # membership of a set
    ("今年推出三个千亿，包括千亿产业基金、千亿信贷和千亿债券。", (3, "千亿")),  # members after it
    ("会议提出“凝聚一种合力、把握两个重点”的要求。", (2, "重点")),  # inside a quotation
    ("违反中央八项规定精神的问题得到纠正。", (8, "规定")),  # a tifa term holds it, and the set (八项规定) bounds the head
    ("巩固装备制造、石化、冶金两大优势产业。", (2, "优势产业")),  # a list before it, even one that does not add up
])
def test_a_number_in_words_with_evidence_of_a_set(sentence, expected):
    assert expected in _numbered(sentence)


@pytest.mark.issue(13)
def test_a_programme_noun_after_a_modifier_but_not_after_de():
    assert texts(find_quoted("坚持把“讲团结、重实干、守底线”重要要求落到实处。")) == ["讲团结、重实干、守底线"]
    assert texts(find_quoted("他用“说干就干”的行动作答，“老街坊”扬州建设不停。")) == []


@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence", [
    "球迷称他们为“三剑客”，对手叫他们“五虎将”。",  # a numeral glued to a noun: a group's nickname
    "他的课题是“乡村振兴与村庄地理”。",  # a tifa term that is only part of the quote
    "顾客向“好美家”要求退货。",  # 要求 as a verb after a name
    "她在信里写道，今年要“对全体会员采取统一行动”。",  # speech that ends in 行动 is no campaign name
])
def test_shapes_that_only_look_like_formulations(sentence):
    assert texts(find_quoted(sentence)) == []


@pytest.mark.issue(13)
def test_a_compact_form_with_its_members_in_brackets():
    spans = find_numbered("行业里常说的三链（创新链、产业链和资金链）要打通。")
    assert [(s.data["number"], s.data["head"], s.data["members"]) for s in spans] == [
        (3, "链", ["创新链", "产业链", "资金链"])]
    assert _numbered("来访的三人（张甲、李乙和王丙）都到了，共开会两次（上午、下午）。") == set()
    assert _numbered("三链（创新链、产业链）") == set()  # the members do not add up


@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence, expected", [
    ("社区民警开展辖区“流动人口”核查。", []),  # a word after the quote: the quote modifies the object
    ("他在会上发挥“穿针引线”作用，还按照“老规矩”的说法办。", []),
    ("各地扎实推进“清河净岸”和“美丽庭院”。", ["清河净岸", "美丽庭院"]),  # the object ends with the quote
    ("主题为“开放合作”的展会开幕了。", ["开放合作"]),  # a naming verb
])
def test_a_task_verb_takes_the_quote_only_where_the_object_ends_with_it(sentence, expected):
    assert texts(find_quoted(sentence)) == expected


@pytest.mark.issue(13)
def test_topics_and_laws_are_not_formulations():
    assert texts(find_quoted("专家学者围绕“山地旅游”、“古镇民俗”，分别作了报告。")) == []  # topics
    assert texts(find_quoted("当局宣布将实施“海岸保护法”。")) == []  # the name of a law
    assert texts(find_quoted("报告就“全面推进乡村振兴”作出部署。")) == ["全面推进乡村振兴"]  # a tifa term half the quote


@pytest.mark.parametrize("sentence, expected", [
    ("坚持以邓小平理论、“三个代表”重要思想、科学发展观为指导。", (3, "代表")),  # quoted: no count of delegates
    ("践行三个代表重要思想。", (3, "代表")),  # the lexicon term bounds the head
    ("要促进“双创”和就业。", (2, "创")),
    ("建设“双一流”大学。", (2, "一流")),
])
def test_designated_sets_whose_head_is_a_count_word_or_that_open_with_shuang(sentence, expected):
    assert expected in _numbered(sentence)


def test_shuang_as_an_adverb_or_a_pair_of_hands_is_no_set():
    assert _numbered("他双手接过证书。") == set()


@pytest.mark.issue(13)
def test_shuang_of_a_variant_that_shortens_another_term_is_no_set():
    """双循环, the lexicon's short form of 国内国际双循环…新发展格局: two circulations described, not a
    set named by its number; 双一流, a term of its own, is one."""
    assert _numbered("要畅通国内国际双循环，推动高质量发展。") == set()
    assert (2, "一流") in _numbered("加快建设双一流高校。")


# Parallel slogans (invented text): runs of one shape sharing a frame, as a phrase of their own.
@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence, run, frame", [
    ("会议要求，统筹推进数字化、网络化、智能化，提升治理效能。", "数字化、网络化、智能化", "suffix:化"),
    ("保障职工知情权、参与权、表达权和监督权。", "知情权、参与权、表达权和监督权", "suffix:权"),
    ("各地坚持稳增长、促转型、惠民生、防风险，经济运行平稳。", "稳增长、促转型、惠民生、防风险", "verb"),
    ("要把学习成果内化于心、外化于行。", "内化于心、外化于行", "inner:化于"),
    ("努力做到幼有所育、学有所教、病有所医。", "幼有所育、学有所教、病有所医", "inner:有所"),
    ("推动产业向高端化、智能化、绿色化和融合化发展", None, None),  # a tail after the run: not a phrase of its own
    ("推进新型工业化、信息化、城镇化、农业现代化，", "工业化、信息化、城镇化、农业现代化", "suffix:化"),
    ("增强工作的系统性、整体性、协同性。", "系统性、整体性、协同性", "suffix:性"),
])
def test_parallel_slogans(sentence, run, frame):
    from neican.extractors.formulations import find_parallel

    found = [(s.data["text"], s.data["frame"]) for s in find_parallel(sentence, [])]
    assert found == ([(run, frame)] if run else [])


@pytest.mark.issue(13)
@pytest.mark.parametrize("sentence", [
    "坚持创新、协调、绿色、开放、共享。",                       # no shared frame
    "代表团访问了北京市、天津市、上海市。",                     # places
    "客户来自中国银行、工商银行、建设银行。",                   # bodies
    "会上展出了电视机、洗衣机、收音机。",                       # products
    "听取了清华大学、北京大学、复旦大学的汇报。",               # institutions
    "展区里有中国之声、中华之声、华夏之声。",                   # names sharing 之
    "吃饭有食堂、看病有诊所、养老有去处。",                     # prose sharing 有
    "学信息化、钻信息化、干信息化，成为骨干。",                 # one-character stems
    "大庆精神（铁人精神）、红旗渠精神、北大荒精神。",           # a list cut by brackets
])
def test_lists_that_are_not_parallel_slogans(sentence):
    from neican.extractors.formulations import find_parallel

    assert find_parallel(sentence, []) == []


@pytest.mark.issue(13)
def test_a_parallel_run_the_lexicon_knows_is_left_to_the_lexicon():
    """稳增长、促改革、调结构、惠民生、防风险、保稳定 is a lexicon term: it comes out once, as lexicon."""
    from neican.doc import Doc
    from neican.extractors import formulations

    doc = formulations.extract(Doc("t", "t", "", text="坚持稳增长、促改革、调结构、惠民生、防风险、保稳定，推动高质量发展。"))
    kinds = {(s.data["kind"], s.data["text"]) for s in doc.spans["formulations"]}
    assert not any(kind == "parallel" for kind, _ in kinds)
    text = "会议强调，要提高监督的精准性、规范性、有效性。"
    doc = formulations.extract(Doc("t", "t", "", text=text))
    parallel = [s.data for s in doc.spans["formulations"] if s.data["kind"] == "parallel"]
    start = text.index("精准性")
    assert parallel == [{"text": "精准性、规范性、有效性", "kind": "parallel", "count": 1,
                         "evidence": [[start, start + 11]], "members": ["精准性", "规范性", "有效性"], "frame": "suffix:性"}]


@pytest.mark.issue(13)
def test_parallel_scan_survives_any_text():
    """Empty members (、、, a join at an end), brackets and quotes next to a 、: no error, and every
    run found is printed in the text where its evidence says."""
    from neican.extractors.formulations import find_parallel

    from .randomtext import random_texts

    for text in random_texts("、和与，。（）“”化权性稳增长促改革于有所为心行工业信息城镇", seed=13):
        for span in find_parallel(text, []):
            assert all(text[s:e] == span.data["text"] for s, e in span.data["evidence"])


def test_quoted_matches_equal_finditer_on_random_text():
    import re

    from neican.extractors import lexicon
    from neican.extractors.formulations import (
        _COMPACT_MEMBERS,
        _COMPACT_QUOTED,
        _QUOTED,
        _compact_members,
        _finditer_at,
    )

    from .randomtext import random_texts

    def marks(text):
        return lexicon.char_positions(text, lexicon.QUOTE_MARK_CHARS)

    members_by_pattern = re.compile(r"(?<![\d一二两三四五六七八九十百千万亿零〇第])" + _COMPACT_MEMBERS.pattern)
    for text in random_texts("“”「」『』‘’\"四六稳保两学一做第3（）(),和业\n", seed=12, longest=30):
        assert [m.span() for m in _finditer_at(_QUOTED, text, marks(text))] == [m.span() for m in _QUOTED.finditer(text)]
        assert [m.span() for m in _finditer_at(_COMPACT_QUOTED, text, marks(text))] \
            == [m.span() for m in _COMPACT_QUOTED.finditer(text)], text
        assert [m.span() for m in _compact_members(text)] == [m.span() for m in members_by_pattern.finditer(text)], text


@pytest.mark.issue(13)
def test_a_compound_slogan_is_one_numbered_formulation_named_by_its_first_count():
    from neican.extractors.formulations import find_numbered

    found = [(s.data["number"], s.data["head"]) for s in find_numbered("跟踪收入变化和“两不愁三保障”巩固情况，推行“两随机一公开”。")]
    assert found == [(2, "不愁三保障"), (2, "随机一公开")]


@pytest.mark.issue(13)
def test_a_quote_named_as_the_aim_or_the_awareness_it_gives_is_a_slogan():
    from neican.extractors.formulations import find_quoted

    found = {s.data["text"] for s in find_quoted("不少城市政府有了“不求所有、只求所在”的开放意识。市场的宗旨是“为实体经济服务”，所以如此。")}
    assert found == {"不求所有、只求所在", "为实体经济服务"}


@pytest.mark.issue(13)
def test_a_compact_set_the_lexicon_knows_is_numbered_without_a_classifier():
    from neican.extractors.formulations import find_numbered

    def numbered(text):
        return {(s.data["number"], s.data["head"]) for s in find_numbered(text)}

    assert numbered("扎实做好六稳工作，全面落实六保任务，坚决反对四风。") == {(6, "稳"), (6, "保"), (4, "风")}
    assert numbered("统筹推进五位一体总体布局，深入开展三严三实专题教育。") == {(5, "位一体"), (3, "严三实")}
    assert numbered("推动两岸关系和平发展，学习推广三明医改经验。") == set()  # no set's shape: a pair of shores, a city


@pytest.mark.issue(13)
def test_a_quoted_programme_before_its_plan_and_a_practice_the_text_names():
    from neican.extractors.formulations import find_quoted

    def quoted(text):
        return [s.data["text"] for s in find_quoted(text)]

    assert quoted("共同实施“某某丝路”计划。") == ["某某丝路"]  # GUIDE: quoted programme names are formulations
    assert quoted("这种扶贫方式被称为“某某模式”。") == ["某某模式"]
    assert quoted("有人将其称为“衣物百慕大”。") == []  # an epithet, no practice


def test_a_longer_head_opening_with_a_shorter_one_of_the_same_number_is_the_same_set():
    text = "加快实施“十大创新”“十大扩需求”行动。深入实施科技研发、人才引育等十大创新行动计划。"
    assert _numbered(text) == {(10, "创新"), (10, "扩需求")}


def test_a_numbered_head_ends_before_its_predicate():
    assert _numbered("全省35个重大项目集中开工，总投资超千亿元。") == {(35, "重大项目")}
    assert _numbered("A股三大股指集体回调：创业板指跌近3%。") == {(3, "股指")}  # the members after the colon


def test_a_numbered_head_ends_before_a_postposition():
    assert _numbered("万隆会议在和平共处五项原则基础上提出主张。") == {(5, "原则")}


@pytest.mark.issue(13)
def test_a_set_named_by_the_predicate_whose_subject_lists_its_members():
    """规划建设A和B是推进…的两项战略举措，: the subject lists the set's members, the set ends the clause;
    not …的两个孩子顺利完成… (the count runs on into the clause), and an adverb opening the predicate
    ends a head (三个重点领域|率先突破)."""
    (found,) = find_numbered("规划建设某某新城和某某新区是推进区域协同发展的两项战略举措，将形成新的两翼。")
    assert (found.data["number"], found.data["head"], found.data["members"]) == (2, "战略举措", ["规划建设某某新城", "某某新区"])
    assert find_numbered("低保政策和教育扶贫政策更是帮助这个家庭的两个孩子顺利完成学业。") == []
    (found,) = find_numbered("继续推进交通、生态、产业三个重点领域率先突破。")
    assert (found.data["number"], found.data["head"]) == (3, "重点领域")


def test_a_plan_period_and_an_occasion_are_quoted_formulations():
    """“十三五”: a five-year plan's period is designated; 以“某某友好年”为契机: the occasion an
    undertaking takes, as its theme (为主题) is. 破除“某地思维” (a mindset broken, an emphasis
    quote) is not."""
    assert _designated("十三五") and not _designated("十五")
    found = {s.data["text"] for s in find_quoted("双方要以今年“中某友好年”为契机，拓展交流。")}
    assert "中某友好年" in found
    assert not find_quoted("要坚决破除“某地思维”，从更多方面率先突破。")


@pytest.mark.issue(13)
def test_points_a_leader_makes_are_a_numbered_set_but_a_clock_time_is_not():
    text = "赵明远就深化两国合作提出三点建议：一是密切交往。二是加强交流。三是深化合作。"
    assert (3, "建议") in [(s.data["number"], s.data["head"]) for s in find_numbered(text)]
    assert find_numbered("会议下午3点开始，持续两点多钟。") == []


@pytest.mark.issue(13)
def test_quotes_listed_before_deng_and_the_kind_of_programme_they_are():
    """“X”“Y”等诸多服务机制: a list closed by 等 and a kind of programme, its modifiers up to four
    characters, makes its quotes programmes; not places listed (“X”等地打击…目标)."""
    assert texts(find_quoted("“首办负责制”“一次办结制”等诸多服务机制相继建立。")) == ["首办负责制", "一次办结制"]
    assert texts(find_quoted("武装组织称，在某某城、“某某走廊”等地打击以军目标。")) == []


@pytest.mark.issue(13)
def test_a_quote_listed_with_two_formulations_is_one_but_not_in_a_list_of_topics():
    """“菜篮子”、“米袋子”、“果盘子”: where two items of a list of quotes are formulations on their own
    evidence (the lexicon's), the others are too; not a list of topics (围绕…等议题)."""
    assert "果盘子" in texts(find_quoted("了解当地“菜篮子”、“米袋子”、“果盘子”等供应保障情况。"))
    assert "山地旅游" not in texts(find_quoted("嘉宾围绕“山地旅游”“绿色发展”“数字经济”等议题展开讨论。"))


def test_a_quote_before_a_programme_with_its_term_names_the_programme():
    assert texts(find_quoted("打好打赢新时代“振兴新突破”三年行动首战之战，启动“科创走廊”十年行动计划。")) == ["振兴新突破", "科创走廊"]
    assert texts(find_quoted("他说“慢慢来”三年后再看。")) == []


def test_the_members_named_right_after_a_set():
    def members(text):
        return [(s.data["number"], s.data["head"], s.data["members"]) for s in find_numbered(text)]
    assert members("加快建设“两个中心”，即国际消费中心城市和区域金融中心。") == [(2, "中心", ["国际消费中心城市", "区域金融中心"])]
    assert members("重点抓好三大任务：稳增长、调结构、惠民生。") == [(3, "任务", ["稳增长", "调结构", "惠民生"])]
    # clauses of an enumeration, or items unlike each other, are no list of members
    assert members("提出四点建议：一是加强互信，二是扩大合作，三是密切交流，四是协调配合。")[0][2] == []
    assert members("实现三个大台阶：社会生产力、经济实力、科技实力迈上一个大台阶；人民生活水平提高。")[0][2] == []


@pytest.mark.issue(13)
def test_a_quote_named_as_a_motto_a_resolve_or_a_mechanism_is_a_formulation():
    text = "大家表达了“清白做人，踏实做事”的决心。在公安部“落地快打”的工作机制下，抓获嫌疑人。"
    assert {f.data["text"] for f in find_quoted(text)} == {"清白做人，踏实做事", "落地快打"}
