"""Issue 11, item 5: the 200 most frequent person entities of an xwlb sample, held to a judgement
made by hand (benchmarks/xwlb_people_judged.tsv, whose header says how it was made).

The store is built as an analyst builds one (`neican ingest` of every 7th xwlb item up to 10,000,
then `neican people`) and the list is the web UI's people index; benchmarks/xwlb_people_top.py
does both, and prints the list beside the judgement. Skipped without ../shared.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from ..conftest import shared_path

TOP_PY = Path(__file__).resolve().parents[2] / "benchmarks" / "xwlb_people_top.py"

# Not people still in the top 200 (see the fixture's notes; 顿涅茨克 and 库皮扬斯克, judged there too,
# left it with 9b7f452, 米舒斯 with the commit after 95b1e92, and may not come back); the issue's bar is none (test_no_non_person_in_the_top_200, expected to fail until they leave).
# A name judged "no" that is not here fails test_top_200_are_judged_people: a non-person entered.
KNOWN_NON_PEOPLE = {
    "黎真": "the head of 黎真主党 (Lebanese Hezbollah), 黎 read as a surname where a clause opens",
}


def _load_top():
    spec = importlib.util.spec_from_file_location("xwlb_people_top", TOP_PY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def audit(tmp_path_factory):
    """(top entities, judged rows by name, leader name -> its entities) of a store built once."""
    import neican

    top = _load_top()
    source = shared_path("data", "xwlb", "xwlb.jsonl.gz")
    folder = tmp_path_factory.mktemp("xwlb_audit")
    db = folder / "audit.db"
    top.build_store(db, top.write_sample(folder, source))
    with neican.open_store(db, readonly=True) as store:
        entities = top.top_people(store, top.TOP)
        leaders = {name: top.entities_named(store, name) for name in top.LEADERS}
    return entities, top.load_judged(), leaders


@pytest.mark.issue(11)
def test_top_200_are_judged_people(audit):
    entities, judged, _ = audit
    assert len(entities) == 200
    unjudged = [f"{rank}\t{e.name}\t{e.province or ''}\t{e.documents}" for rank, e in enumerate(entities, 1)
                if e.name not in judged]
    assert not unjudged, ("names in the top 200 that benchmarks/xwlb_people_judged.tsv does not judge: judge the new "
                          "names and add them to the fixture (python benchmarks/xwlb_people_top.py lists them):\n"
                          + "\n".join(unjudged))
    entered = [f"{rank} {e.name}: {judged[e.name].note}" for rank, e in enumerate(entities, 1)
               if not judged[e.name].person and e.name not in KNOWN_NON_PEOPLE]
    assert not entered, "non-people entered the top 200 person entities:\n" + "\n".join(entered)
    people = sum(judged[e.name].person for e in entities)
    assert people / len(entities) >= 0.98, f"{people} of 200 are real people"


@pytest.mark.issue(11)
@pytest.mark.xfail(strict=True, raises=AssertionError,
                   reason="known non-people still in the top 200: " + ", ".join(KNOWN_NON_PEOPLE))
def test_no_non_person_in_the_top_200(audit):
    # the issue's bar; when it passes, drop the xfail mark and empty KNOWN_NON_PEOPLE
    entities, judged, _ = audit
    assert [e.name for e in entities if e.name in judged and not judged[e.name].person] == []


@pytest.mark.issue(11)
def test_leaders_are_one_entity_each(audit):
    _, _, leaders = audit
    counts = {name: len(rows) for name, rows in leaders.items()}
    # 夏宝龙 … 林郑月娥: a province's (or a SAR's) top post and national posts, joined as one career
    assert counts == {name: 1 for name in ("习近平", "李克强", "陈敏尔", "韩正", "王岐山", "张高丽", "孙春兰", "胡春华",
                                           "夏宝龙", "王东峰", "刘奇", "梁振英", "林郑月娥")}, leaders
