"""The shared dictionary pass finds what each lexicon would find alone."""
import random

import pytest

from neican.extractors import regions
from neican.extractors.lexicon import find_matches
from neican.extractors.people import _title_lexicon
from neican.resources.loader import tifa_lexicon

TEXTS = [
    "辽宁省委书记、省人大常委会主任在沈阳市主持召开会议，推动高质量发展和高品质发展。",
    "浙江省党政代表团赴四川省成都市学习考察，省长出席。长三角一体化发展，京津冀协同发展。",
    "内蒙古自治区呼和浩特市委副书记、市长；上海合作组织峰会；新时代中国特色社会主义思想",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_shared_pass_equals_the_separate_lexicons(text):
    found = find_matches(text)
    assert found.regions == [(s, e, w) for s, e, w, _ in regions.tables().lexicon.longest(text)]
    assert found.titles == [(s, e, w) for s, e, w, _ in _title_lexicon().overlapping(text)]
    assert found.tifa == tifa_lexicon().overlapping(text)


@pytest.mark.parametrize("text", TEXTS)
def test_region_ends_give_the_prefix_a_title_would_read(text):
    from neican.extractors.people import _region_ending

    found = find_matches(text)
    for at in range(len(text) + 1):
        assert found.region_ends.get(at, 0) == _region_ending(text[max(0, at - 7):at])[1]


@pytest.mark.issue(13)
def test_a_formulation_with_a_quoted_core_is_matched_across_its_quotation_marks():
    text = "按照“五位一体”总体布局和“四个全面”战略布局，深化‘放管服’改革。"
    spans = {text[s:e]: form for s, e, form, _ in find_matches(text).tifa}
    assert spans["“五位一体”总体布局"] == "五位一体总体布局"
    assert spans["“四个全面”战略布局"] == "四个全面战略布局"
    assert spans["五位一体"] == "五位一体"  # the plain pass still finds the quoted core
    # no mark inside, no second match: what the plain pass found is not found again
    assert sorted(find_matches("统筹推进五位一体总体布局。").tifa) == sorted(
        (s, e, f, t) for s, e, f, t in tifa_lexicon().overlapping("统筹推进五位一体总体布局。"))


def test_windows_left_out_across_quotes_hold_no_match_across_a_mark():
    from neican.extractors.lexicon import (
        QUOTE_MARK_CHARS,
        across_quotes,
        char_positions,
    )
    from neican.lexmatch import Lexicon

    from .randomtext import random_texts

    words = ["两个一百年奋斗目标", "四个全面战略布局", "放管服改革", "一百年", "服改"]
    lexicon = Lexicon((w, w) for w in words)
    pairs = frozenset(w[i:i + 2] for w in words for i in range(len(w) - 1))
    alphabet = "".join(sorted(set("".join(words)))) + "“”‘’\"「」"
    every_pair = frozenset(a + b for a in alphabet for b in alphabet)
    pieces = ["两个", "一百年", "奋斗目标", "四个全面", "战略布局", "放管服", "改革", "服", "改", "“", "”", "‘", "’", "\"", "」"]
    rng = random.Random(13)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 16))) for _ in range(3000)]
    for text in [*random_texts(alphabet, seed=13, longest=40), *texts]:
        marks = char_positions(text, QUOTE_MARK_CHARS)
        assert across_quotes(text, lexicon.overlapping, marks, pairs) \
            == across_quotes(text, lexicon.overlapping, marks, every_pair), text
