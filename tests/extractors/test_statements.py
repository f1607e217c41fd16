from neican.extractors.events import find_events
from neican.extractors.people import find_people
from neican.extractors.regions import find_regions
from neican.extractors.statements import find_statements


def statements(text):
    people = find_people(text, find_regions(text))
    events = find_events(text, people, "2024-03-09")
    return [(s.data["speaker"], s.data["verb"], s.data["text"][:5]) for s in find_statements(text, people, events)]


def test_named_pronoun_and_meeting_speakers():
    text = ("8日，全省春耕生产工作会议在长沙召开。省委书记刘振国出席并讲话。\n刘振国在讲话中指出，要抓好粮食生产。\n"
            "他强调，要确保农资供应。\n会议要求，各地要压实责任。")
    assert statements(text) == [("刘振国", "指出", "要抓好粮食"), ("刘振国", "强调", "要确保农资"),
                                ("全省春耕生产工作会议", "要求", "各地要压实")]


def test_clause_start_is_after_the_last_mark():
    from neican.extractors.statements import _clause_start

    from .randomtext import random_texts

    for text in random_texts("，。；\n,;" + "他说" * 20, seed=19, count=300, longest=200):
        for end in range(len(text) + 1):
            assert _clause_start(text, end) == max(text.rfind(c, 0, end) for c in "，。；\n,;") + 1


def test_a_statement_ends_where_the_next_opens_a_sentence_of_its_own():
    text = ("外交部部长赵明远11日在北京会见新加坡外交部长卡伦迪斯。\n赵明远表示，中方愿同新方一道，按照两国领导人要求，落实共识。"
            "卡伦迪斯表示，新方坚定奉行一个中国政策。")
    people = find_people(text, find_regions(text))
    found = {s.data["speaker"]: s.data["text"] for s in find_statements(text, people, find_events(text, people, "2024-09-12"))}
    assert found["赵明远"] == "中方愿同新方一道，按照两国领导人要求，落实共识。"
    assert found["卡伦迪斯"] == "新方坚定奉行一个中国政策。"
