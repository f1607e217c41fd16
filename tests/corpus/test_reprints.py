"""Reprint clustering: copies of one story cluster, different stories do not, one copy is canonical."""
from __future__ import annotations

import pytest

from neican.corpus.fingerprints import reprint_text, shingle_hashes
from neican.corpus.reprints import build_clusters, choose_canonical
from neican.normalize import to_simplified_plain

from .records import STORIES, record

ORIGINAL = (
    "江北日报讯 4月30日，省委书记林慕白在省会主持召开全省生态环境保护工作会议，研究部署今年污染防治攻坚任务。"
    "会议指出，要坚持以高质量发展为主题，统筹推进山水林田湖草沙一体化保护和系统治理，确保全省空气质量优良天数"
    "比例达到百分之九十以上。林慕白强调，各级党委和政府要扛起生态文明建设政治责任，聚焦重点区域、重点行业和关键"
    "环节，持续打好蓝天、碧水、净土保卫战，以实际行动守护好一方青山绿水。"
)
# The same story as a Hong Kong paper prints it: traditional script, its own dateline and credit.
TRADITIONAL_COPY = (
    "【香港商報訊】據江北日報報道，４月30日，省委書記林慕白在省會主持召開全省生態環境保護工作會議，研究部署今年"
    "污染防治攻堅任務。會議指出，要堅持以高質量發展為主題，統籌推進山水林田湖草沙一體化保護和系統治理，確保全省"
    "空氣質量優良天數比例達到百分之九十以上。林慕白強調，各級黨委和政府要扛起生態文明建設政治責任，聚焦重點區域、"
    "重點行業和關鍵環節，持續打好藍天、碧水、淨土保衛戰，以實際行動守護好一方青山綠水。（責任編輯：陳曉）"
)


def _clusters(store):
    rows = store.query("SELECT d.id, c.cluster_id, c.canonical, c.similarity FROM clusters c"
                       " JOIN documents d ON d.rowid = c.doc_id")
    return {doc: (cluster, canonical, similarity) for doc, cluster, canonical, similarity in rows}


def test_reprint_text_keeps_hanzi_and_digits():
    assert reprint_text("４月30日，中国　ABC-d_e！") == "4月30日中国"


@pytest.mark.issue(14)
def test_reprint_text_drops_inline_pinyin_and_mojibake():
    assert reprint_text("发展经济（jīngjì）锟斤拷\ufffd要闻") == "发展经济要闻"
    assert reprint_text("推动高质量发展gāo zhìliàng fāzhǎn") == "推动高质量发展"


def test_shingle_hashes_one_per_window():
    assert len(shingle_hashes("中共中央，政治局会议")) == 5
    assert len(shingle_hashes("四个字")) == 0
    assert list(shingle_hashes("一二三四五六")) == list(shingle_hashes("一二三四五，六"))


def test_traditional_copy_clusters_with_its_original(store):
    copy_text = to_simplified_plain(TRADITIONAL_COPY)  # what the pipeline stores
    assert copy_text != ORIGINAL  # dateline and credit differ
    store.add([
        record("original", text=ORIGINAL, source="江北日报", published="2024-05-01"),
        record("copy", text=copy_text, script="traditional", source="香港商报", original_source="江北日报",
               published="2024-05-02"),
        record("other", text=STORIES[0], source="江北日报", published="2024-05-01"),
    ])
    stats = build_clusters(store)
    clusters = _clusters(store)
    assert clusters["copy"][0] == clusters["original"][0]
    assert clusters["other"][0] != clusters["original"][0]
    assert clusters["original"][1:] == (1, 1.0)  # canonical: the credited original
    assert clusters["copy"][1] == 0 and clusters["copy"][2] >= 0.7
    assert (stats.documents, stats.clusters, stats.clustered_documents, stats.sizes) == (3, 1, 2, {2: 1})


def test_different_stories_stay_apart(store):
    store.add([record(f"s{n}", text=text) for n, text in enumerate(STORIES)])
    stats = build_clusters(store)
    assert stats.clusters == 0
    assert len({cluster for cluster, _, _ in _clusters(store).values()}) == len(STORIES)


def test_every_document_gets_a_row_even_without_text(store):
    store.add([record("empty", text=""), record("short", text="短讯")])
    stats = build_clusters(store)
    assert stats.sketched == 0
    assert _clusters(store) == {"empty": (1, 1, 1.0), "short": (2, 1, 1.0)}


def test_copies_far_apart_in_time_do_not_join_by_default(store):
    store.add([record("2023", text=STORIES[1], published="2023-05-01"),
               record("2024", text=STORIES[1], published="2024-05-01")])
    assert build_clusters(store).clusters == 0
    assert build_clusters(store, max_days=None).clusters == 1


def test_rebuild_replaces_and_threshold_is_a_parameter(store):
    # The two texts share their first 60 of 93 characters (containment about 0.7).
    half = STORIES[2][:60] + STORIES[3][60:]
    store.add([record("a", text=STORIES[2]), record("b", text=half)])
    assert build_clusters(store, threshold=0.5).clusters == 1
    assert build_clusters(store, threshold=0.9).clusters == 0
    assert store.query("SELECT count(*) FROM clusters") == [(2,)]


def test_bad_threshold():
    with pytest.raises(ValueError):
        build_clusters(None, threshold=0)


@pytest.mark.parametrize("members, expected", [
    # The credited original wins even when a reprint was published first.
    ([(1, "2024-05-01", "辽宁日报", "新华社"), (2, "2024-05-02", "新华社", None)], 2),
    # No credit: the earliest copy.
    ([(1, "2024-05-02", "辽宁日报", None), (2, "2024-05-01", "吉林日报", None)], 2),
    # Same time: the smallest rowid; undated copies come last.
    ([(3, "2024-05-01", "甲报", None), (2, "2024-05-01", "乙报", None), (1, None, "丙报", None)], 2),
    # Crediting oneself is no credit.
    ([(1, "2024-05-02", "新华社", "新华社"), (2, "2024-05-01", "人民日报", None)], 2),
])
def test_choose_canonical(members, expected):
    assert choose_canonical(members) == expected
