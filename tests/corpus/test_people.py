"""Person entities across documents, and the career view."""
from __future__ import annotations

import pytest

from neican.corpus.people import UnknownEntity, build_people, career, person_id

from .records import GUANGDONG, HANGZHOU, SICHUAN, ZHEJIANG, meeting, person, record, region

ZJ_DEPUTY = ("副省长", "浙江省", "330000")
CHENGDU_MAYOR = ("市长", "成都市", "510100")


def _entities(store):
    rows = store.query("SELECT entity_id, name, province, first_seen, last_seen, documents FROM person_entities")
    return {(name, province): (entity_id, first, last, docs) for entity_id, name, province, first, last, docs in rows}


def _documents_of(store, entity_id):
    rows = store.query("SELECT d.id FROM person_mentions m JOIN documents d ON d.rowid = m.doc_id"
                       " WHERE m.entity_id = ? ORDER BY d.id", (entity_id,))
    return [doc for (doc,) in rows]


@pytest.fixture
def people_store(store):
    store.add([
        record("zj1", published="2024-01-10", people=[person("林慕白", ZJ_DEPUTY)], regions=[ZHEJIANG]),
        record("zj2", published="2024-03-02", people=[person("林慕白", ("副省长", "浙江省", "330000"))],
               regions=[ZHEJIANG, HANGZHOU],
               events=[meeting("全省经济工作会议", "2024-03-01", ["林慕白", "周启航"])]),
        record("sc1", published="2024-02-05", people=[person("林慕白", CHENGDU_MAYOR)],
               regions=[SICHUAN, region("成都市", "510100", "prefecture")],
               events=[meeting("成渝合作座谈会", "--02-04", ["林慕白"], hosts=["周启航"])]),
        # No title: the document names 四川, so it is 四川's 林慕白.
        record("sc2", published="2024-02-20", people=[person("林慕白")], regions=[SICHUAN]),
        # No title, a province where no 林慕白 holds office: a third, unplaced entity.
        record("gd1", published="2024-02-21", people=[person("林慕白")], regions=[GUANGDONG]),
        record("nat", published="2024-02-22", people=[person("周启航", ("国务院副总理", None, None))]),
    ])
    build_people(store)
    return store


def test_same_name_kept_apart_by_province(people_store):
    entities = _entities(people_store)
    assert {key for key in entities if key[0] == "林慕白"} == {("林慕白", "浙江省"), ("林慕白", "四川省"),
                                                              ("林慕白", None)}
    assert _documents_of(people_store, entities[("林慕白", "浙江省")][0]) == ["zj1", "zj2"]
    assert _documents_of(people_store, entities[("林慕白", "四川省")][0]) == ["sc1", "sc2"]
    assert _documents_of(people_store, entities[("林慕白", None)][0]) == ["gd1"]
    assert entities[("林慕白", "浙江省")][1:] == ("2024-01-10", "2024-03-02", 2)


def test_titles_table_carries_the_province(people_store):
    rows = people_store.query("SELECT p.name, t.title, t.province_code FROM person_titles t"
                              " JOIN person_entities p ON p.entity_id = t.entity_id ORDER BY t.doc_id")
    assert rows == [("林慕白", "副省长", "330000"), ("林慕白", "副省长", "330000"),
                    ("林慕白", "市长", "510000"), ("周启航", "国务院副总理", None)]


def test_event_attendance_resolved_to_entities(people_store):
    entities = _entities(people_store)
    rows = people_store.query("SELECT entity_id, role FROM event_people ORDER BY event_id, entity_id")
    zj, sc, zhou = entities[("林慕白", "浙江省")][0], entities[("林慕白", "四川省")][0], entities[("周启航", None)][0]
    # 周启航 is not among zj2's people: his name resolves to his only entity.
    assert sorted(rows) == sorted([(zj, "participant"), (zhou, "participant"), (sc, "participant"), (zhou, "host")])


def test_career(people_store):
    entity_id = _entities(people_store)[("林慕白", "四川省")][0]
    result = career(people_store, entity_id)
    assert (result.name, result.province, result.first_seen, result.last_seen) == ("林慕白", "四川省", "2024-02-05",
                                                                                  "2024-02-20")
    [title] = result.titles
    assert (title.title, title.region, title.region_code) == ("市长", "成都市", "510100")
    assert (title.first_seen, title.last_seen, title.documents, title.evidence) == ("2024-02-05", "2024-02-05", 1,
                                                                                    ["sc1"])
    [event] = result.events
    assert (event.date, event.name, event.role, event.document) == ("2024-02-04", "成渝合作座谈会", "participant", "sc1")


def test_career_of_unknown_entity(people_store):
    with pytest.raises(UnknownEntity):
        career(people_store, 999)


def test_rebuild_is_idempotent(people_store):
    before = _entities(people_store)
    build_people(people_store)
    assert _entities(people_store) == before


def test_national_name_stays_national(store):
    # Untitled mentions in a story naming 北京 stay with the national 周启航 seen as 副总理 nearby,
    # not with a 北京 entity resting on one stray local title.
    beijing = region("北京市", "110000")
    store.add([record(f"n{i}", published=f"2024-0{i}-01", people=[person("周启航", ("国务院副总理", None, None))])
               for i in range(1, 5)] + [
        record("stray", published="2024-02-02", people=[person("周启航", ("主席", "北京市", "110000"))]),
        record("untitled", published="2024-03-03", people=[person("周启航")], regions=[beijing]),
    ])
    build_people(store)
    entities = _entities(store)
    assert "untitled" in _documents_of(store, entities[("周启航", None)][0])
    assert _documents_of(store, entities[("周启航", "北京市")][0]) == ["stray"]


@pytest.mark.issue(15)
def test_ids_survive_a_rebuild_and_new_documents(people_store):
    # An id is a hash of the name and the province it resolves to: the same after another run, and
    # the same after documents about someone else arrive (which shifts every row number).
    before = _entities(people_store)
    people_store.add([record("aa0", published="2024-01-01", people=[person("艾文远", ZJ_DEPUTY)], regions=[ZHEJIANG])])
    build_people(people_store)
    after = _entities(people_store)
    assert {key: value[0] for key, value in before.items()} == {key: after[key][0] for key in before}
    assert after[("林慕白", "浙江省")][0] == person_id("林慕白", "330000")
    assert len({value[0] for value in after.values()}) == len(after)


@pytest.mark.issue(15)
def test_person_id_is_stable_and_avoids_taken_ids():
    first = person_id("林慕白", "330000")
    assert first == person_id("林慕白", "330000") and 0 < first < 2**48  # exact in JavaScript too
    assert person_id("林慕白", None) != first and person_id("林慕白", "510000") != first
    assert person_id("林慕白", "330000", taken={first}) not in {first}


@pytest.mark.issue(15)
def test_unknown_entity_message_is_plain(people_store):
    with pytest.raises(UnknownEntity) as caught:
        career(people_store, 999)
    assert str(caught.value) == "no person entity 999; run build_people on this store first"


@pytest.mark.issue(11)
def test_senior_posts_in_several_provinces_are_one_career(store):
    store.add([
        record("gz", published="2015-03-01", people=[person("程远山", ("省委书记", "贵州省", "520000"))]),
        record("cq", published="2018-03-01", people=[person("程远山", ("市委书记", "重庆市", "500000"))]),
        record("nat", published="2023-03-01", people=[person("程远山", ("中央政治局委员", None, None))]),
        # a namesake two levels below: kept apart
        record("sc", published="2019-05-01", people=[person("程远山", ("副县长", "四川省", "510000"))]),
    ])
    build_people(store)
    entities = _entities(store)
    assert {key for key in entities if key[0] == "程远山"} == {("程远山", None), ("程远山", "四川省")}
    assert _documents_of(store, entities[("程远山", None)][0]) == ["cq", "gz", "nat"]


@pytest.mark.issue(11)
def test_a_provinces_party_secretary_and_the_names_national_posts_are_one_career(store):
    store.add([
        record("zj", published="2014-06-19", people=[person("程远山", ("省委书记", "浙江省", "330000"))]),
        record("n1", published="2018-04-24", people=[person("程远山", ("全国政协副主席", None, None))]),
        record("n2", published="2023-03-01", people=[person("程远山", ("中央组织部部长", None, None))]),
        # the name alone, in a province he held no post in: the national entity's too, as before
        record("sc", published="2019-05-01", people=[person("程远山", ("副县长", "四川省", "510000"))]),
    ])
    build_people(store)
    entities = _entities(store)
    assert {key for key in entities if key[0] == "程远山"} == {("程远山", None), ("程远山", "四川省")}
    assert _documents_of(store, entities[("程远山", None)][0]) == ["n1", "n2", "zj"]


@pytest.mark.issue(11)
def test_a_secretary_after_the_organ_printed_once_is_the_provinces_secretary(store):
    # 任天津市委委员、常委、书记: the list's last post is printed bare, its region the municipality's
    store.add([
        record("tj", published="2012-11-21", people=[person("程远山", ("市委委员", "天津市", "120000"),
                                                         ("常委", "天津市", "120000"), ("书记", "天津市", "120000"))]),
        record("n1", published="2015-04-21", people=[person("程远山", ("中央统战部部长", None, None))]),
        # a city's secretary printed the same way is no province's
        record("yz", published="2016-01-01", people=[person("林慕白", ("书记", "扬州市", "321000"))]),
        record("n2", published="2019-01-01", people=[person("林慕白", ("中央组织部部长", None, None))]),
    ])
    build_people(store)
    entities = _entities(store)
    assert {key for key in entities if key[0] == "程远山"} == {("程远山", None)}
    assert {key for key in entities if key[0] == "林慕白"} == {("林慕白", None), ("林慕白", "江苏省")}


@pytest.mark.issue(11)
def test_a_name_met_only_in_credits_makes_no_person_of_the_story(store):
    store.add([
        record("c1", published="2024-01-10", people=[person("林慕白", ZJ_DEPUTY), person("韩志远", ("视频编辑", None, None))],
               regions=[ZHEJIANG]),
        record("c2", published="2024-01-11", people=[person("韩志远", ("文字编辑", None, None)),
                                                     person("钱立言", ("总编辑", None, None))]),
    ])
    stats = build_people(store)
    names = {name for name, _province in _entities(store)}
    assert "韩志远" not in names and {"林慕白", "钱立言"} <= names  # 总编辑 heads a paper: a post
    assert stats.credits == 2


@pytest.mark.issue(11)
def test_a_post_printed_in_two_forms_is_one_post_of_the_career(store):
    store.add([
        record("a", published="2023-01-05", people=[person("程远山", ("外长", None, None))]),
        record("b", published="2023-06-01", people=[person("程远山", ("外交部部长", None, None))]),
    ])
    build_people(store)
    (title,) = career(store, _entities(store)[("程远山", None)][0]).titles
    assert (title.title, title.printed, title.first_seen, title.last_seen) == (
        "外交部部长", ["外长", "外交部部长"], "2023-01-05", "2023-06-01")


@pytest.mark.issue(11)
def test_a_career_dates_a_post_taken_up_and_left_by_the_reports_that_state_it(store):
    def stated(title, change):
        return {"title": title, "region": "贵州省", "region_code": "520000", "surface": "贵州" + title,
                "post": title, "change": change}

    store.add([
        record("a", published="2015-07-31", people=[dict(person("程远山"), titles=[stated("省委书记", "appointed")])]),
        record("b", published="2016-03-01", people=[person("程远山", ("省委书记", "贵州省", "520000"))]),
        record("c", published="2017-07-15", people=[dict(person("程远山"), titles=[stated("省委书记", "removed")])]),
    ])
    build_people(store)
    (title,) = career(store, _entities(store)[("程远山", "贵州省")][0]).titles
    assert (title.first_seen, title.taken_up, title.left, title.last_seen) == ("2015-07-31", "2015-07-31", "2017-07-15", "2017-07-15")
