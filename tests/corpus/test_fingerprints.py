"""Reprint detection on arrays: copies in other script, with pinyin or mojibake, or inside a
longer page pair up; template bulletins and the stories a digest page holds stay apart."""
from __future__ import annotations

import numpy as np
import pytest

from neican.corpus.fingerprints import (
    UNDATED,
    components,
    find_pairs,
    fingerprints,
    fold_vocabulary,
    reprint_text,
)
from neican.normalize import to_simplified_plain

from .records import STORIES

pytestmark = pytest.mark.issue(14)

STORY = (
    "新华社杭州5月3日电 浙江省近日出台加快建设数字经济强省的若干意见，提出到二〇二七年全省数字经济核心产业"
    "增加值突破一万五千亿元，软件和信息技术服务业收入保持两位数增长，建成一批具有国际影响力的网络平台企业。"
    "意见要求各地加大对集成电路、人工智能和工业互联网的投入，完善数据要素市场，推动中小企业数字化转型，"
    "并在杭州、宁波、温州布局三个国家级数字经济创新发展试验区，形成协同发展新格局。"
)
# The same story as a Taiwan site prints it: traditional script, 软件 → 軟體, 信息 → 資訊, 网络 → 網路.
TAIWAN_COPY = (
    "【中央社訊】新華社杭州5月3日電 浙江省近日出臺加快建設數位經濟強省的若干意見，提出到二〇二七年全省數位經濟"
    "核心產業增加值突破一萬五千億元，軟體和資訊科技服務業收入保持兩位數增長，建成一批具有國際影響力的網路平臺企業。"
    "意見要求各地加大對積體電路、人工智慧和工業網際網路的投入，完善資料要素市場，推動中小企業數位化轉型，"
    "並在杭州、寧波、溫州佈局三個國家級數位經濟創新發展試驗區，形成協同發展新格局。"
)
# A copy with inline pinyin and mojibake (UTF-8 read as GBK: 涓浗, and replacement characters).
GARBLED_COPY = (
    "新华社杭州5月3日电 浙江省近日出台加快建设数字经济（shùzì jīngjì）强省的若干意见，提出到二〇二七年全省数字经济核心产业"
    "增加值突破一万五千亿元，软件和信息技术服务业收入保持两位数增长，建成一批具有国际影响力的网络平台企业。锟斤拷"
    "意见要求各地加大对集成电路、人工智能（réngōng zhìnéng）和工业互联网的投入，完善数据要素市场，推动中小企业数字化转型，"
    "并在杭州、宁波、温州布局三个国家级数字经济创新\ufffd发展试验区，形成协同发展新格局。"
)
FRAME = ("央视网消息（新闻联播）：今天是农历正月初一，中央电视台新闻联播节目向全国观众拜年，祝愿大家新春快乐、阖家幸福、"
         "万事如意。节日期间，各地干部群众喜气洋洋欢度新春佳节，城乡处处洋溢着欢乐祥和的节日气氛，下面请看本台记者发回的报道。")


def _pairs(texts, days, traditional=()):
    prints = [fingerprints(t, traditional=i in traditional) for i, t in enumerate(texts)]
    return find_pairs(prints, np.array(days, dtype=np.int32))


def test_reprint_text_folds_taiwan_vocabulary_for_traditional_pages():
    assert fold_vocabulary("资讯软体网路") == "信息软件网络"
    assert reprint_text("资讯软体", traditional=True) == "信息软件"
    assert reprint_text("资讯软体") == "资讯软体"  # a simplified page keeps its words


def test_cross_script_and_garbled_copies_pair_with_the_original():
    taiwan = to_simplified_plain(TAIWAN_COPY)  # what the pipeline stores for a traditional page
    pairs = _pairs([STORY, taiwan, GARBLED_COPY, STORIES[0]], [10, 11, 12, 10], traditional={1})
    assert sorted(zip(pairs.a.tolist(), pairs.b.tolist())) == [(0, 1), (0, 2), (1, 2)]
    assert pairs.containment.min() >= 0.8


def test_without_vocabulary_folding_the_taiwan_copy_is_missed():
    taiwan = to_simplified_plain(TAIWAN_COPY)
    assert len(_pairs([STORY, taiwan], [10, 11]).a) == 0


def test_a_story_inside_a_longer_page_joins_but_the_page_does_not_chain_stories():
    page = "\n".join([STORIES[1], STORY, STORIES[2]])  # a digest holding three stories
    texts = [STORY, STORIES[1], STORIES[2], page]
    pairs = _pairs(texts, [10, 10, 10, 11])
    assert {(int(a), int(b)) for a, b in zip(pairs.a, pairs.b)} == {(0, 3), (1, 3), (2, 3)}
    roots = components(len(texts), pairs)
    assert roots[3] == roots[0]  # the page joins the story it shares most with (the longest)
    assert len({roots[0], roots[1], roots[2]}) == 3  # and does not glue the stories together


def test_template_bulletins_share_only_their_frame_and_stay_apart():
    # the same greeting frame in eight years' bulletins, each with a short item of its own
    texts = [FRAME + story[:30] for story in [*STORIES, STORY, GARBLED_COPY[-60:]]]
    prints = [fingerprints(t) for t in texts]
    yearly = np.array([100 + 365 * n for n in range(len(texts))], dtype=np.int32)
    assert len(find_pairs(prints, yearly, threshold=0.5, max_days=None).a) == 0
    # the frame is what they share: on two days only it is not template, and they pair
    assert len(find_pairs(prints[:2], yearly[:2] * 0 + 100, threshold=0.5).a) == 1


def test_copies_far_apart_or_undated():
    far = _pairs([STORY, STORY], [10, 100])
    assert len(far.a) == 0
    undated = _pairs([STORY, STORY], [10, UNDATED])
    assert len(undated.a) == 1
