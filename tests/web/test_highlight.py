"""Cutting text into highlighted segments: nesting, bad offsets, links, snippets."""
from urllib.parse import quote

from neican.web.highlight import Mark, record_marks, segments, snippet_segments


def test_nested_marks_split_the_text_and_the_innermost_links():
    text = "沈阳市召开推进会张雷出席"
    marks = [Mark("event", 0, 8, "会议 推进会"), Mark("region", 0, 3, "地区 沈阳市", "/compare?a=沈阳市"),
             Mark("person", 8, 10, "人物 张雷", "/person/3")]
    cut = segments(text, marks)
    assert [s.text for s in cut] == ["沈阳市", "召开推进会", "张雷", "出席"]
    assert cut[0].classes == "hl-event hl-region" and cut[0].href == "/compare?a=沈阳市"
    assert cut[1].classes == "hl-event" and cut[1].href is None
    assert cut[2].title == "人物 张雷" and cut[3].marks == []
    assert "".join(s.text for s in cut) == text


def test_offsets_outside_the_text_are_dropped():
    cut = segments("短文", [Mark("person", 1, 9, "x"), Mark("region", -1, 1, "y"), Mark("event", 1, 1, "z")])
    assert [(s.text, s.marks) for s in cut] == [("短文", [])]


def test_record_marks_read_every_evidence_shape():
    record = {
        "people": [{"name": "张雷", "titles": [{"title": "市委书记", "surface": "沈阳市委书记"}], "mentions": [[0, 2], [5, 7]]}],
        "formulations": [{"text": "三篇大文章", "evidence": [[2, 7]]}],
        "regions": [{"name": "沈阳市", "code": "210100", "evidence": [[8, 10]]}],
        "events": [{"kind": "meeting", "name": "推进会", "date": "2021-04-14", "evidence": [0, 10]}],
    }
    marks = record_marks(record, {"张雷": 7}, lambda s: quote(s, safe=""))
    kinds = sorted((m.kind, m.start, m.end) for m in marks)
    assert kinds == [("event", 0, 10), ("formulation", 2, 7), ("person", 0, 2), ("person", 5, 7), ("region", 8, 10)]
    person = next(m for m in marks if m.kind == "person")
    assert person.href == "/person/7" and person.label == "人物 张雷（沈阳市委书记）"
    assert next(m for m in marks if m.kind == "formulation").href == "/formulation/" + quote("三篇大文章")


def test_unresolved_people_are_marked_without_a_link():
    marks = record_marks({"people": [{"name": "无名", "mentions": [[0, 2]]}]}, {}, str)
    assert marks == [Mark("person", 0, 2, "人物 无名", None)]


def test_snippet_segments_bold_every_occurrence():
    assert snippet_segments("…振兴东北，全面振兴…", ["振兴"]) == [
        ("…", False), ("振兴", True), ("东北，全面", False), ("振兴", True), ("…", False)]
    assert snippet_segments("abc", []) == [("abc", False)]
