"""People and places (find_entities) on purpose-written official-news sentences (invented names),
and a quality floor on the People's Daily 1998 test set where ../shared is present."""
import dataclasses
from pathlib import Path

import pytest

from neican.errors import ResourceError
from neican.extractors import ner_lexicon
from neican.extractors.ner import Entity, _scored, find_entities
from neican.extractors.ner_candidates import person_candidates
from neican.extractors.ner_features import weighed
from neican.extractors.ner_lexicon import (
    MODEL_FILE,
    cues,
    learned,
    lexicon,
    world_places,
)
from neican.resources.cache import CACHE_VARIABLE

from ..conftest import shared_path

# Floor for PER F1 on the first 500 sentences of pd98 example.test (0.752 when set); only rises.
PD98_PER_F1_FLOOR = 0.72


def people(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "PER"]


def places(text: str) -> list[str]:
    return [e.text for e in find_entities(text) if e.label == "LOC"]


@pytest.mark.parametrize("text, expected", [
    ("市委书记刘振华主持会议并讲话。", ["刘振华"]),
    ("市长周建明在会上指出，要抓好安全生产。", ["周建明"]),
    ("副省长王建军说，今年粮食产量创新高。", ["王建军"]),
    ("市委书记欧阳明辉在会上讲话。", ["欧阳明辉"]),  # compound surname
])
def test_name_after_a_post(text, expected):
    assert people(text) == expected


def test_names_in_a_list_before_a_verb():
    assert people("省领导张建国、李卫东、王海燕出席会议。") == ["张建国", "李卫东", "王海燕"]
    assert people("何雨林、钱学文、孔祥瑞等陪同考察。") == ["何雨林", "钱学文", "孔祥瑞"]


@pytest.mark.parametrize("text, expected", [
    ("陈刚指出，要加快项目建设。", ["陈刚"]),  # two characters, not 陈刚指
    ("林峰强调，要压实责任。", ["林峰"]),
    ("赵文博表示，将继续扩大开放。", ["赵文博"]),  # three characters, not 赵文
    ("“我们要干实事。”李红梅说。", ["李红梅"]),
])
def test_two_or_three_characters_before_a_verb(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("党组书记方成与企业代表座谈。", ["方成"]),  # not 成与, not 方成与
    ("周浩和李明参加活动。", ["周浩", "李明"]),
])
def test_connective_after_a_name_is_not_part_of_it(text, expected):
    assert people(text) == expected


def test_cities_are_places_not_people():
    assert places("会议在沈阳召开。") == ["沈阳"]
    assert people("代表团在张家口考察冬奥场馆。") == []
    assert places("代表团在张家口考察冬奥场馆。") == ["张家口"]
    assert people("张家港市委书记韩卫国出席。") == ["韩卫国"]  # not 张 before 家港


def test_organisations_are_not_people_and_hold_their_places():
    assert people("马鞍山钢铁公司负责人介绍了情况。") == []
    assert find_entities("中国人民银行发布公告。") == [Entity(0, 6, "ORG", "中国人民银行")]
    assert places("北京大学校长王建中致辞。") == []
    assert people("北京大学校长王建中致辞。") == ["王建中"]


def test_common_words_starting_with_a_surname_are_not_names():
    assert find_entities("他高度评价两国关系。") == []
    assert find_entities("从方面看，任务还很重。") == []


def test_transliterated_and_japanese_names():
    assert people("美国国务卿卡尔·约翰逊抵达北京。") == ["卡尔·约翰逊"]
    assert places("美国国务卿卡尔·约翰逊抵达北京。") == ["美国", "北京"]
    assert people("日本外相山田健一表示，愿意加强合作。") == ["山田健一"]


def test_entities_are_frozen_views_of_the_text_in_order():
    text = "省委书记刘振华在沈阳会见法国客人。"
    found = find_entities(text)
    assert [(e.text, e.label) for e in found] == [
        ("省委", "ORG"), ("刘振华", "PER"), ("沈阳", "LOC"), ("法国", "LOC")]  # pd98 tags 省委 ORG
    assert all(text[e.start:e.end] == e.text for e in found)
    assert [e.start for e in found] == sorted(e.start for e in found)
    with pytest.raises(dataclasses.FrozenInstanceError):
        found[0].start = 0
    assert find_entities("") == []


@pytest.mark.parametrize("text", [
    "省领导张建国、李卫东、王海燕出席会议。国务院总理张明远当地时间会见科瓦列夫斯基。",
    "党组书记方成与企业代表座谈，张家口市长林慕白指出，王先生和老李到场。",
    "美国总统克林顿、卡尔·刘易斯和1998年的A股，（摩托罗拉公司）。",
])
def test_weighed_features_score_as_the_named_ones_bit_for_bit(text):
    # find_entities sums the weights the tables give; training reads the names: the same floats
    # must come out in the same order
    named = _scored(person_candidates(text, lexicon()).out.items(), learned().weights)
    scan = person_candidates(text, lexicon(), weighed(learned().weights))
    assert not scan.merged
    assert [(*c[:3], c[3].hex()) for c in _scored(scan.out.items(), None)] == [(*c[:3], c[3].hex()) for c in named]


@pytest.mark.parametrize("text, expected", [
    ("市委书记欧阳明辉在会上讲话。", ["欧阳明辉"]),  # 欧阳明辉 read with the compound surname and with 欧
    ("日本首相桥本龙太郎会见了他。", ["桥本龙太郎"]),  # 桥本 read as a Japanese surname and as 桥 + 本
])
def test_weighed_candidates_of_one_span_send_the_text_back_to_names(text, expected):
    # names of one span merge, weights cannot: find_entities reads such a text by name
    assert person_candidates(text, lexicon(), weighed(learned().weights)).merged
    assert people(text) == expected


def test_shipped_data_loads_and_stays_small():
    model = learned()
    assert model.weights and model.meta["trainer"]
    assert "温" in cues()["surname"] and world_places()["巴黎"] == "city"
    path = Path(__file__).resolve().parents[2] / "src" / "neican" / "resources" / MODEL_FILE
    assert path.stat().st_size <= 5 * 1024 * 1024


@pytest.mark.parametrize("loader, rows, message", [
    (world_places, [(2, ["巴黎", "planet"])], "ner_places.tsv:2: expected name and a kind"),
    (world_places, [(2, ["巴黎", "city"]), (3, ["巴黎", "city"])], "ner_places.tsv:3: duplicate"),
    (cues, [(5, ["斯基", "translit"])], "ner_cues.tsv:5: translit cues are single characters"),
    (learned, [(7, ["w", "PL1=，", "heavy"])], "ner_model.tsv:7: bad weight"),
    (learned, [(9, ["weights", "x", "1"])], "ner_model.tsv:9: unknown section"),
])
def test_bad_data_rows_name_file_and_line(monkeypatch, loader, rows, message):
    monkeypatch.setenv(CACHE_VARIABLE, "")  # read the patched rows, not the cached model
    monkeypatch.setattr(ner_lexicon, "_read", lambda name: rows)
    # the model is read in bulk first: the same rows as file text, at the same line numbers
    lines = ["section\tkey\tvalue"] + ["meta\tk\tv"] * (rows[-1][0] - 2) + ["\t".join(rows[-1][1])]
    monkeypatch.setattr(ner_lexicon, "_resource_text", lambda name: "\n".join(lines) + "\n")
    with pytest.raises(ResourceError, match=message):
        loader.__wrapped__()


@pytest.mark.parametrize("body", [
    "w\ta\t1.5\nbigram\t中国\t3\nw\tb\t-2\nmeta\ttrainer\tx\n",  # a section's rows apart
    "w\ta\t1.5\n# a note\n\nprune\tPzS2|1|0\t1\n",  # comment and blank lines: row by row
])
def test_the_bulk_model_reader_reads_what_the_row_by_row_reader_reads(monkeypatch, body):
    monkeypatch.setenv(CACHE_VARIABLE, "")
    monkeypatch.setattr(ner_lexicon, "_resource_text", lambda name: "section\tkey\tvalue\n" + body)
    assert ner_lexicon.learned.__wrapped__() == ner_lexicon._learned_checked()
    assert ner_lexicon.learned.__wrapped__().weights["a"] == 1.5


def test_pd98_person_f1_stays_above_floor():
    from neican.extractors.ner_eval import read_tagged, score

    sentences = read_tagged(shared_path("data", "ner", "pd98", "example.test"), limit=500)
    pairs = [({(e.start, e.end, e.label) for e in find_entities(text)}, gold) for text, gold in sentences]
    assert score(pairs)["PER"].f1 >= PD98_PER_F1_FLOOR


# Floors for PER F1 of what neican outputs (the people stage end to end, every mention of every
# person a span; benchmarks/ner_benchmark.py's "people" rows) on the whole test sets: pd98 0.721 and
# MSRA 0.614 when set (2026-12-06, ninth session), 0.02 below; raised (tenth session) to 0.02 below
# pd98 0.737 and MSRA 0.623, and (eleventh session) below pd98 0.744 and MSRA 0.629; only rise.
PEOPLE_STAGE_PER_F1_FLOORS = {"pd98": 0.72, "msra": 0.60}
_TEST_SETS = {"pd98": ("pd98", "example.test"), "msra": ("msra", "msra_test_bio.txt")}


@pytest.mark.issue(11)
@pytest.mark.parametrize("name", sorted(PEOPLE_STAGE_PER_F1_FLOORS))
def test_people_stage_person_f1_stays_above_floor(name):
    from neican.doc import Doc
    from neican.extractors import people as people_stage
    from neican.extractors import regions as regions_stage
    from neican.extractors.ner_eval import read_tagged, score

    def spans(text):
        doc = Doc(id="s", path="s", original=text)
        doc.text, doc.meta = text, {}
        regions_stage.extract(doc)
        people_stage.extract(doc)
        return {(a, b, "PER") for s in doc.spans["people"] for a, b in s.data["mentions"]}

    sentences = read_tagged(shared_path("data", "ner", *_TEST_SETS[name]))
    pairs = [(spans(text), {g for g in gold if g[2] == "PER"}) for text, gold in sentences]
    assert score(pairs, ("PER",))["PER"].f1 >= PEOPLE_STAGE_PER_F1_FLOORS[name]


@pytest.mark.issue(11)
def test_opening_windows_are_where_a_surname_opens_a_clause_on_no_word():
    from neican.extractors.person_cues import opening_windows

    text = "经过治疗，林慕白在比赛中获胜；同时，王国庆和赵明远 李明出席。"
    windows, starts = opening_windows(text, set())
    positions = {text[at:at + 3] for at in starts}
    assert "林慕白" in positions and "赵明远" in positions  # after ， and after 和
    assert not {"同时，", "王国庆"} & positions  # 同时 and 王国 are words of ordinary text
    assert "李明出" not in positions  # not after a space
    assert all(lo <= at < hi for at in starts for lo, hi in [next(w for w in windows if w[0] <= at < w[1])])
    assert opening_windows(text, {text.index("林慕白")})[1] == starts - {text.index("林慕白")}


@pytest.mark.issue(11)
def test_find_entities_builds_only_the_people_that_start_where_told():
    text = "市长林慕白指出，赵明远出席"
    assert {e.text for e in find_entities(text) if e.label == "PER"} == {"林慕白", "赵明远"}
    only = find_entities(text, starts=frozenset({text.index("赵明远")}))
    assert [e.text for e in only if e.label == "PER"] == ["赵明远"]
