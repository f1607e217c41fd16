"""Timeline, formulation diffusion, tour network and co-attendance over a small invented corpus."""
from __future__ import annotations

import dataclasses
import json

import pytest

from neican.corpus.analytics import co_attendance, formulation_diffusion, timeline, tour_network


def _names(events):
    return [event.name for event in events]


def _entity(store, name, province=None):
    rows = store.query("SELECT entity_id FROM person_entities WHERE name = ? AND province IS ?", (name, province))
    return rows[0][0]


def test_reprint_is_one_cluster(corpus):
    rows = corpus.query("SELECT d.id, c.canonical FROM clusters c JOIN documents d ON d.rowid = c.doc_id"
                        " WHERE c.cluster_id = (SELECT rowid FROM documents WHERE id = 'f1') ORDER BY d.id")
    assert rows == [("f1", 1), ("f2", 0)]


def test_timeline_in_date_order_with_copies(corpus):
    events = timeline(corpus)
    assert _names(events) == ["全省经济工作会议", "成渝合作座谈会", "民营企业座谈会"]
    first = events[0]
    assert (first.date, first.document, first.copies, first.participants) == ("2024-03-01", "f1", 2,
                                                                               ["林慕白", "周启航"])
    assert events[1].date == "2024-04-04"  # --04-04 takes the year of its document
    assert len(timeline(corpus, dedupe=False)) == 4
    assert _names(timeline(corpus, newest_first=True, limit=1)) == ["民营企业座谈会"]


@pytest.mark.parametrize("region", ["四川", "四川省", "510000"])
def test_timeline_by_region(corpus, region):
    assert _names(timeline(corpus, region=region)) == ["成渝合作座谈会"]


def test_timeline_by_prefecture(corpus):
    assert _names(timeline(corpus, region="杭州")) == ["民营企业座谈会"]
    assert _names(timeline(corpus, region="成都")) == ["成渝合作座谈会"]  # its place names 成都


def test_timeline_by_person(corpus):
    assert _names(timeline(corpus, person="赵一鸣")) == ["成渝合作座谈会"]
    assert _names(timeline(corpus, person=_entity(corpus, "林慕白", "浙江省"))) == ["全省经济工作会议", "民营企业座谈会"]


def test_timeline_by_dates_and_kind(corpus):
    assert _names(timeline(corpus, date_from="2024-04-01", date_to="2024-04-05")) == ["成渝合作座谈会"]
    assert _names(timeline(corpus, date_from="2024-04", date_to="2024-04")) == ["成渝合作座谈会", "民营企业座谈会"]
    assert _names(timeline(corpus, kind="meeting", date_to="2024-03")) == ["全省经济工作会议"]
    assert timeline(corpus, kind="visit") == []


def test_diffusion_counts_a_reprinted_story_once(corpus):
    diffusion = formulation_diffusion(corpus, "新质生产力")
    assert diffusion.stories == 3
    assert diffusion.by_province == {"浙江省": 2, "四川省": 1}
    assert diffusion.by_month == {"2024-03": 1, "2024-04": 2}
    assert diffusion.by_province_month == {"四川省": {"2024-04": 1}, "浙江省": {"2024-03": 1, "2024-04": 1}}
    assert {p: (f.date, f.document) for p, f in diffusion.first_use.items()} == {
        "浙江省": ("2024-03-01", "f1"), "四川省": ("2024-04-05", "f3")}
    assert list(diffusion.first_use) == ["浙江省", "四川省"]  # earliest first


def test_diffusion_without_dedupe_counts_copies(corpus):
    diffusion = formulation_diffusion(corpus, "新质生产力", dedupe=False)
    assert (diffusion.stories, diffusion.by_province["浙江省"], diffusion.by_month["2024-03"]) == (4, 3, 2)


def test_diffusion_finds_variants_under_their_term(corpus):
    diffusion = formulation_diffusion(corpus, "有中国特色社会主义")
    assert diffusion.text == "中国特色社会主义"
    assert "有中国特色的社会主义" in diffusion.forms
    assert (diffusion.stories, diffusion.by_province) == (1, {"四川省": 1})
    assert formulation_diffusion(corpus, "从未用过的提法").stories == 0


def test_tour_network(corpus):
    edges = {(e.origin, e.destination): e for e in tour_network(corpus)}
    assert set(edges) == {("浙江省", "四川省"), ("浙江省", "重庆市")}
    to_sichuan = edges[("浙江省", "四川省")]
    assert (to_sichuan.count, to_sichuan.dates, to_sichuan.documents) == (2, ["2024-03-05", "2024-04-01"],
                                                                          ["f1", "f3"])
    assert (to_sichuan.origin_code, to_sichuan.destination_code) == ("330000", "510000")
    assert edges[("浙江省", "重庆市")].count == 1
    undeduped = {(e.origin, e.destination): e.count for e in tour_network(corpus, dedupe=False)}
    assert undeduped[("浙江省", "四川省")] == 3
    assert [e.destination for e in tour_network(corpus, region="重庆")] == ["重庆市"]


def test_co_attendance(corpus):
    lin, zhou = _entity(corpus, "林慕白", "浙江省"), _entity(corpus, "周启航")
    pairs = {(p.a_name, p.b_name): p for p in co_attendance(corpus)}
    assert len(pairs) == 2
    pair = pairs.get(("林慕白", "周启航")) or pairs[("周启航", "林慕白")]
    assert {pair.a, pair.b} == {lin, zhou}
    assert (pair.events, pair.first, pair.last) == (2, "2024-03-01", "2024-04-06")
    assert [p.events for p in co_attendance(corpus, min_events=2)] == [2]
    assert max(p.events for p in co_attendance(corpus, dedupe=False)) == 3


def test_results_are_json_ready(corpus):
    for result in (timeline(corpus), formulation_diffusion(corpus, "新质生产力"), tour_network(corpus),
                   co_attendance(corpus)):
        value = [dataclasses.asdict(r) for r in result] if isinstance(result, list) else dataclasses.asdict(result)
        json.dumps(value, ensure_ascii=False)
