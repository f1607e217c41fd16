"""Scores the development gold set with the shared scorer and holds each field to its floor."""
import importlib.util
import json
from pathlib import Path

import pytest

from .conftest import shared_path

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def scores(seed_records, gold_dev, tmp_path_factory):
    spec = importlib.util.spec_from_file_location("score", shared_path("eval", "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    tally = score.Tally()
    for doc, gold in gold_dev.items():
        score.score_doc(gold, seed_records.get(doc, {}), tally, {})
    return {key: f for key, _tp, _np, _ng, (_p, _r, f) in tally.rows()}


@pytest.mark.parametrize("field", [k for k in FLOORS if not k.startswith("_")])
def test_field_meets_floor(scores, field):
    assert scores[field] >= FLOORS[field], f"{field}: F1 {scores[field]:.3f} < floor {FLOORS[field]}"
