"""Posts in their fullest printed form, and posts stated as predicates (invented names)."""
import pytest

from neican.doc import Doc
from neican.extractors import people as people_stage
from neican.extractors import regions as regions_stage
from neican.extractors.posts import same_post


def people(text):
    """The people stage as the pipeline runs it (the recogniser included)."""
    doc = Doc(id="t", path="t", original=text)
    doc.text, doc.meta = text, {}
    regions_stage.extract(doc)
    return {s.data["name"]: [(t["title"], t["region"]) for t in s.data["titles"]]
            for s in people_stage.extract(doc).spans["people"]}


@pytest.mark.issue(11)
def test_a_post_is_widened_over_its_country():
    found = people("国务院总理张明远在北京会见来访的芬兰总统韦斯特林和挪威首相哈康森。")
    assert found["韦斯特林"] == [("芬兰总统", None)]
    assert found["哈康森"] == [("挪威首相", None)]  # 和 joins two holders, not two words of one post
    assert found["张明远"] == [("国务院总理", None)]


@pytest.mark.issue(11)
def test_a_post_is_widened_over_its_organ_even_across_a_conjunction_inside_the_name():
    found = people("当天，联合国儿童基金会促进女童和妇女健康大使王小红出席活动。")
    assert found["王小红"] == [("联合国儿童基金会促进女童和妇女健康大使", None)]


@pytest.mark.issue(11)
def test_the_level_word_of_a_region_prefix_stays_with_the_post():
    found = people("会上，西藏自治区林业和草原局局长张明达说，要加强保护。")
    assert found["张明达"] == [("自治区林业和草原局局长", "西藏自治区")]
    assert people("辽宁省副省长赵文华出席。")["赵文华"] == [("副省长", "辽宁省")]  # the post names its level


@pytest.mark.issue(11)
def test_a_place_that_names_an_organ_is_not_the_posts_region():
    found = people("北京师范大学教授李明远介绍，")
    assert found["李明远"] == [("北京师范大学教授", None)]


@pytest.mark.issue(11)
def test_appointment_and_removal_formulae_give_titles():
    found = people("会议决定：任命王建国、李秀华（女）为国务院副总理；免去赵立新的水利部部长职务，"
                   "任命孙德明为水利部部长。")
    assert found["王建国"] == [("国务院副总理", None)]
    assert found["李秀华"] == [("国务院副总理", None)]
    assert found["赵立新"] == [("水利部部长", None)]
    assert found["孙德明"] == [("水利部部长", None)]
    assert "职务" not in found


@pytest.mark.issue(11)
def test_one_entry_per_post_in_its_fullest_form():
    found = people("国务院港澳事务办公室主任陈立新出席。办公室主任陈立新表示，")
    assert found["陈立新"] == [("国务院港澳事务办公室主任", None)]
    assert same_post("国务院港澳事务办公室主任", "办公室主任")
    assert not same_post("国务院副总理", "总理")


@pytest.mark.issue(11)
def test_words_after_a_post_are_not_names():
    found = people("外交部长张明远在接受本台记者采访时说，两国外长今天在北京举行会谈。")
    assert "采访" not in found and "今天" not in found
    assert "外交部长" in [t for t, _ in found["张明远"]]


@pytest.mark.issue(11)
def test_a_leader_heads_a_known_formulation_and_a_verb_does_not():
    names = set(people("会议要求，坚持毛泽东思想，认真学习贯彻新时代中国特色社会主义思想。江淮、黄淮等地降雨。"))
    assert "毛泽东" in names
    assert not names & {"习贯彻", "江淮", "黄淮"}


@pytest.mark.issue(11)
def test_posts_held_before_form_one_list_after_zeng_ren():
    found = people("王立新同志曾任国家副主席，第六、七届全国人大常委会副委员长，第五届全国政协副主席。")
    assert [t for t, _ in found["王立新"]] == ["国家副主席", "第六、七届全国人大常委会副委员长", "第五届全国政协副主席"]


@pytest.mark.issue(11)
def test_organ_words_are_not_posts_and_a_name_before_a_post_is_not_its_organ():
    found = people("会议由大会执行主席、主席团常务主席陈立华主持。传达了中央政治局常委会和张宏伟总书记的指示。")
    assert [t for t, _ in found["陈立华"]] == ["大会执行主席", "主席团常务主席"]
    assert [t for t, _ in found["张宏伟"]] == ["总书记"]


@pytest.mark.issue(11)
def test_appointment_holders_may_be_place_names_or_rare_surnames_but_not_words():
    found = people("任命江山为商务部部长，任命雒立新为文化和旅游部部长。我担任特使十年来。江西省政府副省长李小明出席。")
    assert found["江山"] == [("商务部部长", None)] and found["雒立新"] == [("文化和旅游部部长", None)]
    assert "我担" not in found
    assert found["李小明"] == [("省政府副省长", "江西省")]


def test_a_post_is_widened_over_a_units_name_that_has_no_head():
    found = people("会上，某某学会副会长、某某大学物理所所长周立言教授作报告。某某学校校长孙海燕说，要办好教育。")
    assert found["周立言"] == [("某某学会副会长", None), ("某某大学物理所所长", None), ("教授", None)]
    assert found["孙海燕"] == [("某某学校校长", None)]


@pytest.mark.issue(11)
def test_a_post_is_widened_over_a_states_organ_printed_bare():
    # 政府总理, 议会议长: the organ without its country is part of the post; a chain holds on through it
    found = people("孟加拉国人民联盟主席、政府总理卡伦迪斯表示，支持中方。议会议长赛义德出席。")
    assert found["卡伦迪斯"] == [("孟加拉国人民联盟主席", None), ("孟加拉国政府总理", None)]
    assert found["赛义德"] == [("议会议长", None)]
    # in a region's chain the bare organ is the region's: its post takes the chain's region
    found = people("内蒙古自治区党委常委、政府副主席赵明远出席。")
    assert found["赵明远"] == [("自治区党委常委", "内蒙古自治区"), ("政府副主席", "内蒙古自治区")]


@pytest.mark.issue(11)
def test_an_envoy_on_a_matter_holds_one_post_with_the_principals():
    # 联合国秘书长叙利亚问题特使: the Secretary-General's envoy, not the Secretary-General and an envoy
    found = people("联合国秘书长叙利亚问题特使卡伦迪斯表示，希望会议重开。")
    assert found["卡伦迪斯"] == [("联合国秘书长叙利亚问题特使", None)]
    found = people("某国总统钱立新任命的中东问题特使卡伦迪斯抵达。")
    # a clause between: the principal's post is another's, and no part of the envoy's
    assert not any(title.startswith(("某国总统", "总统")) for title, _ in found["卡伦迪斯"])


@pytest.mark.issue(11)
def test_a_national_bodys_post_takes_no_region_from_a_name_before_it():
    # 钱立|新和|全国人大代表: the name's last character and 和 read as 新和县 before a 全国 post
    found = people("赵明远、钱立新和全国人大代表孙海燕出席会议。")
    assert found["孙海燕"] == [("全国人大代表", None)]


@pytest.mark.issue(11)
def test_holders_named_after_the_post_they_were_chosen_for():
    # 被推选为T的还有A、B; 当选为T的是A: the post in a clause of the choice, its holders after 的还有/的是
    found = _people_of("同时被推选为主席团常务主席的还有赵明远、钱立新。当选为副主席的是孙海燕。")
    assert found["赵明远"] == found["钱立新"] == [("主席团常务主席", "elected")]
    assert found["孙海燕"] == [("副主席", "elected")]


def _people_of(text):
    from neican.api import extract_text

    return {p["name"]: [(t["title"], t["change"]) for t in p["titles"]] for p in extract_text(text)["people"]}


@pytest.mark.issue(11)
def test_a_post_is_widened_up_to_the_verb_of_a_commission():
    # 受…委托: 受 governs the holder, the organ's name opens after it (not 受理, which opens organs)
    found = people("受大会主席团常务主席赵明远委托，钱立新主持会议。市政务服务受理中心主任孙海燕说。")
    assert found["赵明远"] == [("大会主席团常务主席", None)]
    assert found["孙海燕"] == [("市政务服务受理中心主任", None)]


@pytest.mark.issue(11)
def test_a_post_is_not_widened_over_the_class_its_organ_is_one_of():
    # 五大银行之一 says what kind of organ follows: the organ's own name opens after 之一
    found = people("国内五大银行之一某某银行行长钱立新说，贷款增长较快。")
    assert found["钱立新"] == [("某某银行行长", None)]


def test_a_unit_word_does_not_widen_a_post_over_a_date_a_number_or_a_conjunction_inside_a_name():
    found = people("当天，28家集团俱乐部主席韩志刚表示欢迎。5日中经济协会会长钱立新出席。"
                   "某某环境与资源委员会主任委员赵明远作了说明。")
    assert found["韩志刚"] == [("主席", None)]
    assert found["钱立新"] == [("会长", None)]
    assert found["赵明远"] == [("某某环境与资源委员会主任委员", None)]


def test_an_occupation_is_a_title_where_a_name_goes_with_it():
    found = people("某某县人民医院主治医师周立言介绍，病人已脱离危险。韩志刚老师说，孩子们进步很快。")
    assert found["周立言"] == [("某某县人民医院主治医师", None)]
    assert found["韩志刚"] == [("老师", None)]


def test_an_occupation_printed_of_anyone_gives_no_name():
    found = people("要遵循教师成长发展规律。医生应该是在描述伤口。任课老师的过错。全县老师都受益。")
    assert found == {}


def test_a_post_set_off_by_commas_after_a_name_is_its_holders():
    found = people("韩志刚，某某公司总经理。他说，要加快发展。会议由赵明远主持，副市长出席。")
    assert found["韩志刚"] == [("某某公司总经理", None)]
    assert "赵明远" not in found or found["赵明远"] == []


def test_a_post_stated_with_shi_or_with_an_adverb_before_the_verb():
    found = people("他说，孙海燕是县委书记，也是老党员。周立言现任某某公司董事长。")
    assert ("县委书记", None) in [(t, None) for t, _ in found["孙海燕"]]
    assert found["周立言"] == [("某某公司董事长", None)]


def test_shi_gives_no_post_to_a_word_nor_where_the_post_heads_another_name():
    found = people("这就是村党支部书记的职责。韩志刚是市委书记钱立新的秘书。")
    assert "这就" not in found and found.get("韩志刚", []) == []


def test_a_post_after_a_name_that_follows_its_unit_is_the_units_post():
    found = people("报告由某某大学孙海燕教授主持。会上，某某市个体劳动者协会钱立新秘书长介绍了情况。")
    assert found["孙海燕"] == [("某某大学教授", None)]
    assert found["钱立新"] == [("某某市个体劳动者协会秘书长", None)]


def test_a_post_after_a_name_starts_no_chain_for_the_next_name():
    found = people("会上，韩立远研究员、某某师范大学副校长陈立言教授等出席。")
    assert found["韩立远"] == [("研究员", None)]
    assert ("研究员", None) not in found["陈立言"]


def test_an_envoy_after_a_name_is_the_names_envoy_not_the_names_post():
    found = people("国家主席赵明远特使、国务院副总理钱立新会见了客人。")
    assert ("特使", None) not in found.get("赵明远", [])


def test_a_short_place_name_ending_like_a_level_word_is_no_level_word():
    found = people("大会报告由广州大学孙海燕教授主持。")
    assert found["孙海燕"] == [("广州大学教授", None)]


def test_a_countys_unit_keeps_the_countys_name_and_takes_its_city_as_region():
    found = people("会上，苏州吴中区个体劳动者协会秘书长韩志刚介绍了情况。")
    assert found["韩志刚"] == [("吴中区个体劳动者协会秘书长", "苏州市")]


def test_a_street_organs_post_in_a_chain_takes_the_chains_city():
    found = people("当天，苏州吴中区某某街道党工委委员、街道城市管理局局长孙海燕一行到访。")
    assert found["孙海燕"] == [("吴中区某某街道党工委委员", "苏州市"), ("街道城市管理局局长", "苏州市")]


def test_where_one_lives_is_no_post_nor_region_of_an_occupation():
    from neican.extractors.people import Person, TitleHit
    from neican.extractors.regions import lookup

    person = Person("韩志刚")
    person.add_title(TitleHit("县农民", 0, 6, lookup("平江县"), True), "平江县农民")
    person.add_title(TitleHit("某某村村民", 6, 11, None, False), "某某村村民")
    assert [(t["title"], t["region"]) for t in person.titles] == [("农民", None)]  # 村民: where one lives, no post


def test_without_an_appointing_verb_the_position_vouches_for_no_name():
    found = people("某国现任总统韩志刚今天宣布参选。医疗队先后为某地培养骨干教师。这些产业已成为农民增收的支柱。"
                   "会议决定：增补赵明远、钱立新为全国政协某某委员会副主任。")
    assert "某国" not in found and found["韩志刚"] == [("总统", None)]
    assert "先后" not in found and "已成" not in found
    assert found["赵明远"] == found["钱立新"] == [("全国政协某某委员会副主任", None)]


def test_a_post_followed_by_an_organs_word_is_no_post_after_a_name():
    found = people("某国总统签署法令，解除乌总统办公室副主任的职务。")
    assert "解除乌" not in found


def test_the_verb_of_an_invitation_is_not_part_of_the_post():
    found = people("应某某共和国议会议长韩志刚邀请，代表团将出访。《某某访谈》专访某某开发银行行长周立言。")
    assert found["韩志刚"] == [("某某共和国议会议长", None)] or found["韩志刚"] == [("议长", None)]
    assert found["周立言"] == [("某某开发银行行长", None)]


def test_an_academic_rank_takes_no_region_from_the_sentence():
    found = people("会上，天津市南开区区委书记赵明远、孙海燕教授先后致辞。")
    assert ("教授", None) in found["孙海燕"] and ("教授", "南开区") not in found["孙海燕"]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, name, title", [
    ("会议任命赵明远为沈阳市副市长。", "赵明远", ("副市长", "沈阳市")),  # the formula after other words
    ("赵明远此前担任湖南省副省长。", "赵明远", ("副省长", "湖南省")),  # an adverb of time before the verb
    ("赵明远，女，汉族，1970年5月生，大学学历，现任沈阳市副市长。", "赵明远", ("副市长", "沈阳市")),  # a profile
])
def test_posts_stated_as_predicates_in_more_forms(text, name, title):
    from neican.extractors.people import find_people
    from neican.extractors.regions import find_regions

    found = {s.data["name"]: [(t["title"], t["region"]) for t in s.data["titles"]] for s in find_people(text, find_regions(text))}
    assert found[name] == [title]


@pytest.mark.issue(11)
@pytest.mark.parametrize("text,name,post", [
    ("越共中央总书记赵明远将访华。", "赵明远", "越共中央总书记"),  # a foreign party by its short name
    ("欧盟委员会主席钱立新出席。", "钱立新", "欧盟委员会主席"),  # a bloc
    ("北约秘书长孙海燕说。", "孙海燕", "北约秘书长"),
    ("国务院副总理、某某建设领导小组组长韩志刚主持会议。", "韩志刚", "某某建设领导小组组长"),  # a leading group
    # a country printed right before the post is the post's, not the phrase before it
    ("总理在人民大会堂东门外广场举行仪式欢迎孟加拉国总理赵明远。", "赵明远", "孟加拉国总理"),
    ("主席在北京人民大会堂举行仪式欢迎加拿大总理钱立新。", "钱立新", "加拿大总理"),  # after a region
    ("总理在人民大会堂东门外广场举行仪式欢迎葡萄牙共和国总统孙海燕。", "孙海燕", "葡萄牙共和国总统"),  # formal name
])
def test_organs_of_blocs_foreign_parties_and_leading_groups_head_their_posts(text, name, post):
    from neican.extractors.people import find_people
    from neican.extractors.regions import find_regions

    found = {s.data["name"]: [t["title"] for t in s.data["titles"]] for s in find_people(text, find_regions(text))}
    assert post in found[name]


@pytest.mark.issue(11)
def test_a_post_read_to_its_widest_does_not_open_inside_a_word():
    from neican.extractors.people import find_people
    from neican.extractors.regions import find_regions

    text = "记者来到贵州省六盘水市六枝特区落别布依族彝族乡板照村党支部书记赵明远说。"
    (span,) = find_people(text, find_regions(text))
    assert not span.data["titles"][0]["title"].startswith("州")


@pytest.mark.issue(11)
def test_a_post_once_held_is_its_organs_or_countrys_and_its_regions():
    found = people("会见了某某国前总理哈康森。美国前国务卿韦斯特林出席。中央统战部原部长张明远、"
                   "福州市公安局原局长钱立新、河北省委原副书记孙海燕出席。")
    assert found["韦斯特林"] == [("美国前国务卿", None)]  # no name ends in 前: not 美国前
    assert found["张明远"] == [("中央统战部原部长", None)]
    assert found["钱立新"] == [("市公安局局长", "福州市")]
    assert found["孙海燕"] == [("省委副书记", "河北省")]


@pytest.mark.issue(11)
def test_a_former_post_after_a_verb_is_not_widened_over_the_verbs_subject():
    found = people("当天，某国法院批捕前总统韦斯特林。")
    assert found["韦斯特林"] == [("总统", None)]


@pytest.mark.issue(11)
def test_a_level_organ_before_a_post_once_held_is_the_posts_and_the_chain_goes_on():
    """云南省委原常委、省政府原副省长某某: 省政府 (an organ of the chain's region, no region printed)
    before 原 is the post's organ, the post its level's without 原 (省政府副省长), and the chain of
    posts goes on to the name."""
    found = people("对云南省委原常委、省政府原副省长赵明远进行审查。")
    assert found["赵明远"] == [("省委常委", "云南省"), ("省政府副省长", "云南省")]


@pytest.mark.issue(11)
def test_a_place_name_holding_a_break_word_is_read_whole():
    found = people("当天，太原理工大学校长张明远、固原市委原常委钱立新出席。")
    assert found["张明远"] == [("太原理工大学校长", None)]  # 原 is 太原's, not a former post's
    assert found["钱立新"] == [("市委常委", "固原市")]


@pytest.mark.issue(11)
def test_a_municipalitys_city_posts_and_a_post_once_held_go_on_the_chain():
    found = people("中央纪委对重庆市委副书记、市长赵明远，湖南省人大常委会党组成员、原副主任钱立新进行了审查。")
    assert found["赵明远"] == [("市委副书记", "重庆市"), ("市长", "重庆市")]
    assert found["钱立新"] == [("省人大常委会党组成员", "湖南省"), ("副主任", "湖南省")]


@pytest.mark.issue(11)
def test_an_organ_numbered_in_digits_is_the_posts_whole():
    from neican.api import extract_text

    (person,) = extract_text("7月25日，国务院副总理、第24届冬奥会工作领导小组组长赵明远在北京调研。")["people"]
    assert [t["title"] for t in person["titles"]] == ["国务院副总理", "第24届冬奥会工作领导小组组长"]


@pytest.mark.issue(11)
def test_a_short_foreign_name_the_table_lacks_closed_by_the_talks_it_holds():
    from neican.api import extract_text

    people = {p["name"]: [t["title"] for t in p["titles"]]
              for p in extract_text("国家主席赵明远同来华进行国事访问的老挝国家主席坤伦举行会谈。")["people"]}
    assert people.get("坤伦") == ["老挝国家主席"]  # 坤 is neither a surname nor in the table


@pytest.mark.issue(11)
def test_a_ministrys_short_name_opening_a_clause_is_the_posts_organ():
    from neican.api import extract_text

    (person,) = extract_text("受国务院委托，卫生部部长赵明远报告了情况。")["people"]
    assert [t["title"] for t in person["titles"]] == ["卫生部部长"]


@pytest.mark.issue(11)
def test_a_common_noun_opening_with_a_level_character_does_not_cut_the_organ():
    from neican.api import extract_text

    for text, post in (("会见两岸共同市场基金会荣誉董事长赵明远一行。", "两岸共同市场基金会荣誉董事长"),
                       ("会上，市场监管总局局长赵明远讲话。", "市场监管总局局长")):
        (person,) = extract_text(text)["people"]
        assert [t["title"] for t in person["titles"]] == [post]


@pytest.mark.issue(11)
def test_posts_a_late_cadre_held_are_read_after_the_province_printed_before_them():
    from neican.api import extract_text

    people = extract_text("赵明远同志生前是福建省三明市委常委、副市长，武夷新区党工委书记。")["people"]
    assert [(p["name"], [t["title"] for t in p["titles"]]) for p in people][0] == ("赵明远", ["市委常委", "副市长", "武夷新区党工委书记"])
    assert all(p["name"] != "武夷" for p in people)  # a zone's name before its post


@pytest.mark.issue(11)
def test_a_transliteration_ending_in_jing_is_read_whole_after_a_foreign_post():
    from neican.api import extract_text

    people = {p["name"] for p in extract_text("俄罗斯总理米哈伊京表示，将加强合作。")["people"]}
    assert people == {"米哈伊京"}  # 京 ends transliterations (普京) though the table lacks it


def test_a_units_staff_keep_the_unit_and_latin_letters_belong_to_its_name():
    assert people("据介绍，义乌市人民医院副主任医师赵明远说，情况稳定。") == {"赵明远": [("义乌市人民医院副主任医师", "金华市")]}
    assert people("据介绍，义乌市农民赵明远说，收成很好。") == {"赵明远": [("农民", None)]}  # where one lives: the bare word
    assert people("ABC集团董事长钱立新表示，要加大投入。") == {"钱立新": [("ABC集团董事长", None)]}
    assert people("某某XY互联网研究院院长孙海燕认为，涨价是趋势。") == {"孙海燕": [("某某XY互联网研究院院长", None)]}


def test_an_occupation_before_a_body_word_names_the_body():
    assert people("中国作家协会副主席赵明远出席。") == {"赵明远": [("中国作家协会副主席", None)]}


def test_a_bracket_after_a_name_holds_posts_only_where_a_post_opens_it():
    assert people("专家点评 赵明远(为国家运动员进行身高预测的运动医学专家)说。").get("赵明远", []) == []
    assert people("钱立新（时任某某大学校长）说。") == {"钱立新": [("某某大学校长", None)]}


@pytest.mark.issue(11)
def test_a_posts_normalised_form_beside_the_title_as_printed():
    from neican.extractors.posts import normalised_post

    assert normalised_post("外长") == normalised_post("外交部长") == "外交部部长"
    assert normalised_post("某国外长") == "某国外交部部长"  # the post word at the end, the organ kept
    assert normalised_post("总书记") == "中共中央总书记" and normalised_post("省委书记") == "省委书记"
    assert normalised_post("某某大学校长") == "某某大学校长"
    found = people("外交部长赵明远出席。赵明远外长表示，要加强合作。")
    assert found == {"赵明远": [("外交部长", None)]}  # one entry per post: 外长 is the same post


@pytest.mark.issue(11)
@pytest.mark.parametrize("title, post", [
    # another country's or party's post keeps its own organ: the full forms name China's
    ("越南共产党中央政治局委员", "越南共产党中央政治局委员"), ("越共中央总书记", "越共中央总书记"),
    ("越南国家主席", "越南国家主席"), ("朝鲜劳动党委员长", "朝鲜劳动党委员长"),
    ("俄罗斯外长", "俄罗斯外交部部长"),  # a post word's own full form still applies
    ("中国国家主席", "中华人民共和国主席"), ("十九届中央委员", "十九届中共中央委员"),
])
def test_a_foreign_organ_keeps_its_post_and_china_is_named_once(title, post):
    from neican.extractors.posts import normalised_post

    assert normalised_post(title) == post


@pytest.mark.issue(11)
@pytest.mark.parametrize("text, post, change", [
    ("任命赵明远为外交部部长。", "外交部部长", "appointed"),
    ("赵明远同志任某某市委书记。", "某某市委书记", "appointed"),  # the genre's word for an appointment
    ("免去赵明远的外交部部长职务。", "外交部部长", "removed"),
    ("选举赵明远为省长。", "省长", "elected"),
    ("赵明远曾任外交部部长。", "外交部部长", "held_before"),
    ("赵明远是外交部部长。", "外交部部长", None),  # held, no change stated
])
def test_what_an_appointment_or_a_removal_does_to_the_post(text, post, change):
    from neican.extractors.posts import stated_holders

    start = text.index(post)
    assert stated_holders(text, start, start + len(post))[1] == change


def test_a_ministers_post_completes_the_ministrys_name_after_a_mark():
    from neican.api import extract_text

    people = extract_text("李明远会见澳大利亚副总理兼国库部长韦恩·布朗。")["people"]
    assert [t["title"] for t in people[-1]["titles"]] == ["澳大利亚副总理", "国库部长"]
    people = extract_text("某国总统今天任命卫生部长赵明为新总理。")["people"]
    assert all(t["title"] != "命卫生部长" for p in people for t in p["titles"])  # the cut fell inside 任命


@pytest.mark.issue(11)
def test_ying_dui_inside_an_organs_name_does_not_cut_the_post_but_a_preposition_dui_does():
    """中央应对某某疫情工作领导小组组长: 应对 is the organ's verb (对 alone governs the holder: 面对市委书记)."""
    found = people("中央应对某某疫情工作领导小组组长赵明远主持会议，面对省委书记钱立新，他说。")
    assert found["赵明远"] == [("中央应对某某疫情工作领导小组组长", None)]
    assert found["钱立新"] == [("省委书记", None)]


@pytest.mark.issue(11)
def test_an_item_of_a_chain_of_posts_is_a_post_whole_whatever_its_organ():
    """某某市委常委、副市长、某某新区党工委书记X: the organ no lexicon holds (a new area) belongs to the
    post and the chain goes on; not a name printed before its post (、王某某副市长), not a post held
    at another time (、时任县扶贫办主任), not a descriptor's chain (著名科学家、中科院院士)."""
    found = people("福建省南平市委常委、副市长、武夷新区党工委书记赵明远出席。")
    assert [t for t, _ in found["赵明远"]] == ["市委常委", "副市长", "武夷新区党工委书记"]
    found = people("某某县市场监督管理局党委书记兼局长、时任县扶贫办主任钱立新等人受到处分。")
    assert not any(t.startswith("时任") for t, _ in found["钱立新"])


@pytest.mark.issue(11)
def test_zhongyang_dang_de_is_inside_an_organs_name_and_an_adverb_is_no_holder():
    """中央党的群众路线教育实践活动领导小组组长: the organ's name holds 的 (not 社会党的|法国总统);
    ，先后担任县长、县委书记: the clause opens on an adverb, no holder's name."""
    found = people("政治局常委、中央党的群众路线教育实践活动领导小组组长赵明远主持会议。同属社会党的法国总统马松表示支持。")
    assert ("中央党的群众路线教育实践活动领导小组组长", None) in found["赵明远"]
    assert found["马松"] == [("法国总统", None)]
    assert "先后" not in people("2014年钱立新来到这里，先后担任县长、县委书记。")


@pytest.mark.issue(11)
def test_a_countrys_name_holding_a_break_word_still_heads_the_post():
    """日本首相, 以色列总理, 尼日尔总统: 日 and 以 end an organ phrase elsewhere (日 of a date, 以 a
    preposition); inside a country's name they are its characters (11日|首相 still breaks)."""
    found = people("日本首相赵明远、以色列总理钱立新、尼日尔总统孙海燕出席。11日首相周立平讲话。")
    assert found["赵明远"] == [("日本首相", None)]
    assert found["钱立新"] == [("以色列总理", None)]
    assert found["孙海燕"] == [("尼日尔总统", None)]
    assert found["周立平"] == [("首相", None)]


def test_organ_carried_to_a_bare_post_only_where_the_whole_is_a_post():
    from neican.extractors.posts import organ_carried
    assert organ_carried("省委委员", "常委") == "省委常委"
    assert organ_carried("全国人大常委会副委员长", "秘书长") == "全国人大常委会秘书长"
    assert organ_carried("市委副书记", "市长") is None  # 市委市长 is no post
    assert organ_carried("代省长", "省长") is None  # 代: how it was held, no organ
    assert organ_carried("省委常委", "省委书记") is None  # printed with its organ
