from neican.doc import OffsetMap
from neican.normalize import _align, detect_script, normalize, to_simplified_plain


def test_traditional_text_is_converted_and_detected():
    text, offsets, script = normalize("瀋陽市委書記出席會議並講話")
    assert text == "沈阳市委书记出席会议并讲话"
    assert script == "traditional"
    assert offsets(2) == 2


def test_simplified_text_is_unchanged():
    text, offsets, script = normalize("沈阳市委书记出席会议")
    assert (text, script) == ("沈阳市委书记出席会议", "simplified")


def test_simplified_text_keeps_the_characters_of_its_own_standard():
    # 乾 is a character of the simplified standard (GB 2312): t2s maps it to 干, which in a name
    # written in simplified script (赵乾明, invented) makes another person
    text, _, script = normalize("原副市长赵乾明同志逝世。赵乾明同志长期担任财政局局长。")
    assert (text, script) == ("原副市长赵乾明同志逝世。赵乾明同志长期担任财政局局长。", "simplified")
    # in traditional script the conversion stands, and so it does for a traditional form in
    # simplified text (於 is the traditional form of 于: a classical quotation)
    assert normalize("乾旱時期，財政局長說")[0] == "干旱时期，财政局长说"
    assert normalize("吾十有五而志於学。")[0] == "吾十有五而志于学。"


def test_mixed_script_detected():
    assert detect_script("沈阳市委书记出席会议并讲话。瀋陽市委書記出席會議並講話") == "mixed"


def test_localised_vocabulary_is_kept_for_the_lexicon_to_handle():
    # OpenCC converts characters; 高品質 → 高品质 (a Taiwan/HK variant of 高质量) stays a variant.
    assert to_simplified_plain("高品質發展") == "高品质发展"


def test_alignment_keeps_offsets_when_length_changes():
    runs = list(_align("ab著cd", "ab着了cd", 10, 0))
    m = OffsetMap(runs)
    assert m(0) == 10 and m(5) == 14
