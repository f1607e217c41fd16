"""Titles of profiles: the Resume NER set (executives' résumés, ../shared/data/ner/resume) read by
benchmarks/resume_titles.py, each part's title precision and recall held to its floor. The set
tags 中共党员 and surname-only names (刘先生) as its own conventions, so recall is a floor of
neican's reading of careers, not a target."""
import json
from pathlib import Path

import pytest

from .conftest import load_module, shared_path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((Path(__file__).parent / "quality_floors_resume.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def resume_figures():
    data = shared_path("data", "ner", "resume")
    bench = load_module(ROOT / "benchmarks" / "resume_titles.py", "resume_titles")
    return {part: bench.figures(tally) for part, tally in bench.score_parts(data).items()}


@pytest.mark.issue(11)
@pytest.mark.parametrize("part,measure", [(p, m) for p, floors in FLOORS.items() if not p.startswith("_") for m in floors])
def test_resume_titles_meet_floor(resume_figures, part, measure):
    figure = resume_figures[part][measure]
    assert figure >= FLOORS[part][measure], f"{part} {measure}: {figure:.3f} < floor {FLOORS[part][measure]}"
