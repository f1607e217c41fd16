from neican.doc import OffsetMap, Span, TextBuilder, longest_first


def test_identity_map_maps_each_position_to_itself():
    m = OffsetMap.identity(5)
    assert [m(i) for i in range(6)] == [0, 1, 2, 3, 4, 5]


def test_text_builder_records_copies_and_inserts():
    source = "ab--cd"
    b = TextBuilder(source)
    b.copy(0, 2)
    b.insert("\n", 2)
    b.copy(4, 6)
    text, m = b.build()
    assert text == "ab\ncd"
    assert [m(i) for i in range(5)] == [0, 1, 2, 4, 5]
    assert m.span(3, 5) == (4, 6)
    assert source[slice(*m.span(3, 5))] == "cd"


def test_compose_chains_two_maps():
    # original "xxABCyy" -> middle "ABCyy" (dropped 2) -> final "BC" (dropped 1 and the tail)
    middle = OffsetMap([(0, 2, 5, True)], 5)
    final = OffsetMap([(0, 1, 2, True)], 2)
    composed = final.compose(middle)
    assert [composed(i) for i in range(2)] == [3, 4]
    assert composed.span(0, 2) == (3, 5)


def test_compose_through_an_insert():
    middle = OffsetMap([(0, 0, 2, True), (2, 2, 1, False), (3, 5, 2, True)], 5)
    final = OffsetMap.identity(5)
    composed = final.compose(middle)
    assert [composed(i) for i in range(5)] == [0, 1, 2, 5, 6]


def test_runs_merge_and_serialise():
    m = OffsetMap([(0, 0, 2, True), (2, 2, 3, True)], 5)
    assert m.to_list() == [[0, 0, 5, 1]]


def test_longest_first_resolves_overlaps():
    spans = [Span(0, 2, "a"), Span(0, 4, "b"), Span(3, 6, "c"), Span(6, 8, "d")]
    assert [s.label for s in longest_first(spans)] == ["b", "d"]


def test_compose_with_an_identity_map_keeps_the_outer_map():
    outer = OffsetMap([(0, 0, 5, True), (5, 5, 1, False), (6, 7, 3, True)], 9)
    assert outer.compose(OffsetMap.identity(10)) == outer
    # an identity shorter than what the outer map reaches clamps, as the general path does
    clamped = outer.compose(OffsetMap.identity(8))
    assert clamped(8) == 8 and clamped(2) == 2
