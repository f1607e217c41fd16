"""scripts/discover_tifa_xwlb.py --repeats: maximal repeated substrings as formulation candidates."""
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


@pytest.fixture(scope="module")
def discover():
    sys.path.insert(0, str(SCRIPTS))
    try:
        import discover_tifa_xwlb
    finally:
        sys.path.remove(str(SCRIPTS))
    return discover_tifa_xwlb


def test_repeats_grow_only_from_frequent_parts(discover):
    texts = ["各地倡导错峰出行，", "多地倡导错峰出行。", "要错峰出行，减少流动", "鼓励错峰出行"] + ["错峰用电"] * 2
    counts = discover.repeat_counts(texts, 3)
    assert counts["错峰出行"] == 4 and counts["错峰"] == 6
    assert "错峰用电" not in counts and "倡导错峰出行" not in counts  # in two items only


def test_a_repeat_inside_a_longer_one_is_not_maximal(discover):
    # 生命安全和身体 is always followed by 健康: not a unit; the whole phrase is one
    texts = [f"{v}人民群众生命安全和身体健康{w}" for v, w in
             [("保障", "。"), ("维护", "，"), ("关心", "；"), ("确保", "、"), ("守住", "！")]]
    kept = discover.maximal_repeats(discover.repeat_counts(texts, 3))
    assert "人民群众生命安全和身体健康" in kept and "生命安全和身体" not in kept


def test_prose_places_numbers_and_lexicon_affixes_are_not_formulas(discover):
    from neican.lexmatch import Lexicon

    forms = discover.known_forms()
    known = Lexicon((f, None) for f in forms)
    places = Lexicon((w, None) for w in discover._place_words())
    fragments = frozenset(f[i:j] for f in forms for i in range(len(f)) for j in range(i + 1, len(f) + 1))

    def plausible(phrase):
        return discover.plausible_formula(phrase, known, fragments, places)

    assert plausible("同线同标同质") and plausible("体医融合") and plausible("城乡供水一体化")  # none in the lexicon
    for phrase in ("记者今天获悉", "进一步加强", "浙江杭州西湖", "三十二项措施", "中俄关系", "推动高质量发展",
                   "高质量发展阶段", "质量发展", "国家发展改革委", "的发展理念"):
        assert not plausible(phrase), phrase
