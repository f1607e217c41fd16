"""Full-text search: short Chinese queries, either script, hostile syntax, filters, snippets."""
from __future__ import annotations

import pytest

from neican.store import SearchHit, open_store
from neican.store.fts import index_form, match_expression

TEXTS = {
    "shenyang": "辽宁省委书记在沈阳主持召开会议，研究部署高质量发展工作。",
    "beijing": "国务院总理在北京主持召开国务院常务会议。",
    "trad": "市委書記在瀋陽調研，強調要推動經濟發展。",
    "gdp": "2023年GDP增长5.2%，Ｇ２０峰会在杭州举行。",
}


@pytest.fixture
def filled(store, make_record):
    store.add(make_record(id=key, title=None, text=text) for key, text in TEXTS.items())
    return store


def _ids(hits: list[SearchHit]) -> set[str]:
    return {hit.id for hit in hits}


@pytest.mark.parametrize("query, expected", [
    ("沈", {"shenyang", "trad"}),             # 1 character
    ("会", {"shenyang", "beijing", "gdp"}),  # 峰会
    ("北京", {"beijing"}),                    # 2 characters
    ("主持召开", {"shenyang", "beijing"}),    # 4 characters
    ("国务院常务会议", {"beijing"}),
    ("召开 北京", {"beijing"}),               # words are ANDed
    ("北京 杭州", set()),
    ("京北", set()),                          # a phrase, not a bag of characters
])
def test_chinese_queries(filled, query, expected):
    assert _ids(filled.search(query)) == expected
    assert filled.count_matches(query) == len(expected)


def test_traditional_query_finds_simplified_text(filled):
    assert _ids(filled.search("瀋陽")) == {"shenyang", "trad"}
    assert _ids(filled.search("國務院")) == {"beijing"}


def test_simplified_query_finds_traditional_text(filled):
    assert _ids(filled.search("沈阳")) == {"shenyang", "trad"}
    assert _ids(filled.search("经济发展")) == {"trad"}


def test_latin_and_digits_are_words(filled):
    assert _ids(filled.search("gdp")) == {"gdp"}
    assert _ids(filled.search("GDP")) == {"gdp"}
    assert _ids(filled.search("G20")) == {"gdp"}   # full-width Ｇ２０ in the text
    assert _ids(filled.search("２０２３年")) == {"gdp"}
    assert filled.search("GD") == []              # Latin words are not split


@pytest.mark.parametrize("query", [
    '"', '""', '沈"阳', "*", "沈阳*", "-沈阳", "title:沈阳", "text:", "(沈阳", ")", "NEAR(沈 阳)",
    "^沈", "沈阳 AND", "OR", "NOT 沈阳", "{text}: 沈", "'", "+", "沈阳 -北京", "\\", "%", "@#$",
])
def test_fts_syntax_is_plain_text(filled, query):
    filled.search(query)
    filled.count_matches(query)


def test_syntax_characters_are_separators(filled):
    assert _ids(filled.search("沈阳*")) == {"shenyang", "trad"}
    assert _ids(filled.search('"沈阳"')) == {"shenyang", "trad"}
    assert _ids(filled.search("NOT 沈阳")) == set()  # NOT is a word to find, not an operator


def test_empty_queries(filled):
    for query in ("", "   ", "*", "，。"):
        assert filled.search(query) == []
        assert filled.count_matches(query) == 0


def test_match_expression():
    assert match_expression("沈阳") == '"沈 阳"'
    assert match_expression("瀋陽 GDP") == '("沈 阳" OR "瀋 陽") AND "GDP"'
    assert match_expression('a"b') == '"a""b"'
    assert match_expression("*") is None


def test_index_form_spaces_cjk_only():
    assert index_form("瀋陽GDP增長2023").split() == ["沈", "阳", "GDP", "增", "长", "2023"]


def test_filters(store, make_record):
    store.add([
        make_record(id="a", source="新华社", published="2024-05-01T18:00:00+08:00", text="会议"),
        make_record(id="b", source="人民日报", published="2024-05-02", text="会议"),
        make_record(id="c", source="新华社", published="2024-06-01", text="会议"),
        make_record(id="d", source="新华社", published=None, text="会议"),
    ])
    assert _ids(store.search("会议", source="新华社")) == {"a", "c", "d"}
    assert _ids(store.search("会议", date_from="2024-05-02")) == {"b", "c"}
    assert _ids(store.search("会议", date_to="2024-05-01")) == {"a"}
    assert _ids(store.search("会议", date_from="2024-05", date_to="2024-05")) == {"a", "b"}
    assert _ids(store.search("会议", source="新华社", date_from="2024-05-01", date_to="2024-05-31")) == {"a"}
    assert store.count_matches("会议", source="新华社", date_to="2024-05-31") == 1


def test_paging_and_ranking(store, make_record):
    store.add(make_record(id=f"d{i}", title=None, text="会议" + "。" * i) for i in range(5))
    store.add([make_record(id="titled", title="会议", text="会议" + "。" * 2)])
    hits = store.search("会议", limit=4)
    assert hits[0].id == "titled"                  # a title match counts more
    assert [h.rank for h in hits] == sorted(h.rank for h in hits)
    rest = store.search("会议", limit=4, offset=4)
    assert len(rest) == 2
    assert _ids(hits) | _ids(rest) == {"titled", "d0", "d1", "d2", "d3", "d4"}
    assert store.search("会议", limit=0) == []


def test_hit_fields_and_snippet(store, make_record):
    text = "开头" * 60 + "市委书记在瀋陽主持召开会议" + "结尾" * 60
    store.add([make_record(id="a", title="标题", published="2024-05-01", source="辽宁日报", text=text)])
    [hit] = store.search("沈阳")
    assert (hit.id, hit.title, hit.published, hit.source) == ("a", "标题", "2024-05-01", "辽宁日报")
    assert "瀋陽" in hit.snippet                    # cut from the stored text, as written
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= 82
    assert isinstance(hit.rank, float)


def test_snippet_of_short_text_without_match_position(store, make_record):
    store.add([make_record(id="a", title="北京", text="第一行\n第二行")])
    [hit] = store.search("北京")                     # matched in the title only
    assert hit.snippet == "第一行 第二行"


def test_search_on_readonly_store(tmp_db, make_record):
    with open_store(tmp_db) as store:
        store.add([make_record(id="a", text="沈阳")])
    with open_store(tmp_db, readonly=True) as store:
        assert _ids(store.search("瀋")) == {"a"}
