"""Titles beside names in general news: the CLUENER 2020 set (Sina news sentences,
../shared/data/ner/cluener2020) read by benchmarks/cluener_titles.py, each part's title precision and
recall of the people its position spans name held to its floor. The set tags a byline's 记者 and a
position with no name beside it by its own conventions, so recall is a floor, not a target."""
import json
from pathlib import Path

import pytest

from .conftest import load_module, shared_path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((Path(__file__).parent / "quality_floors_cluener.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cluener_figures():
    data = shared_path("data", "ner", "cluener2020")
    bench = load_module(ROOT / "benchmarks" / "cluener_titles.py", "cluener_titles")
    return {part: bench.figures(bench.score(items)) for part, items in bench.parts(data).items()}


@pytest.mark.issue(11)
@pytest.mark.parametrize("part,measure", [(p, m) for p, floors in FLOORS.items() if not p.startswith("_") for m in floors])
def test_cluener_titles_meet_floor(cluener_figures, part, measure):
    figure = cluener_figures[part][measure]
    assert figure >= FLOORS[part][measure], f"{part} {measure}: {figure:.3f} < floor {FLOORS[part][measure]}"
