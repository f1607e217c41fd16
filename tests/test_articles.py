"""Purpose-written articles (tests/fixtures/articles) scored with the shared scorer against their gold.

Twelve invented reports, one per situation neican must handle (provincial, city and county meetings,
a 会见, a telephone-video conference, study tours from both sides, a traditional-script copy, a people's
congress session, a CPPCC consultation, titles in brackets and a formulation-dense plenary). Each
``NAME.txt`` has a ``NAME.json`` in the format of ../shared/gold/GUIDE.md. The scores are aggregated over
all twelve and each field is held to the floor in FLOORS (F1). Run with ``-s`` to see the table.
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"

# F1 floors: 0.05 below what the code scored when these were set (rounded down to 0.05), never above
# the targets of the issue (people.names 0.9, titles 0.85, title_regions 0.8, events 0.85, dates 0.9,
# place 0.75, tours 0.9, quoted 0.9, tifa 0.85, numbered 0.85, regions 0.9). Floors only rise.
FLOORS = {
    "people.names": 0.90,
    "people.titles": 0.85,
    "people.title_regions": 0.80,
    "events.detected": 0.85,
    "events.hosts": 0.85,
    "events.speakers": 0.85,
    "events.participants": 0.85,
    "events.date_month_day": 0.90,
    "events.place": 0.75,
    "tours.pairs": 0.90,
    "formulations.quoted": 0.90,
    "formulations.tifa_recall": 0.85,
    "formulations.numbered": 0.80,
    "regions.province": 0.90,
}


def _scorer():
    if not SCORER.exists():
        pytest.skip(f"{SCORER} is absent (../shared is not beside the repository)")
    spec = importlib.util.spec_from_file_location("neican_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _golds() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(ARTICLES.glob("*.json"))]


@pytest.fixture(scope="module")
def article_scores():
    import neican

    score = _scorer()
    golds = _golds()
    assert len(golds) == 12, f"expected 12 gold articles in {ARTICLES}, found {len(golds)}"
    tally = score.Tally()
    for gold in golds:
        text = (ARTICLES / gold["doc"]).read_text(encoding="utf-8")
        record = neican.extract_text(text, path=gold["doc"], published=gold["published"])
        score.score_doc(gold, record, tally, {})
    rows = {key: (tp, npred, ngold, p, r, f) for key, tp, npred, ngold, (p, r, f) in tally.rows()}
    print(f"\n{'field':32s}     P      R     F1   (tp/pred/gold)   floor")
    for key, (tp, npred, ngold, p, r, f) in rows.items():
        floor = FLOORS.get(key)
        print(f"{key:32s} {p:6.3f} {r:6.3f} {f:6.3f}   ({tp}/{npred}/{ngold})"
              + (f"   {floor:.2f}" if floor is not None else ""))
    return rows


def test_every_article_has_gold():
    texts = {p.name for p in ARTICLES.glob("*.txt")}
    docs = {g["doc"] for g in _golds()}
    assert texts == docs


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_meets_floor(article_scores, field):
    f1 = article_scores[field][5] if field in article_scores else 0.0
    assert f1 >= FLOORS[field], f"{field}: F1 {f1:.3f} < floor {FLOORS[field]}"
