"""Scores ../shared/dev2 (40 documents neican was not built against) and holds each field to its
floor, so that work on extraction cannot quietly lose what generalises (issue 12)."""
import json
from pathlib import Path

import pytest

from .conftest import field_scores, shared_path

FLOORS = json.loads((Path(__file__).parent / "quality_floors_dev2.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dev2_scores():
    import neican

    docs = shared_path("dev2", "docs")
    records = {Path(r["path"]).name: r for r in neican.extract([str(docs)]) if isinstance(r, dict)}
    return field_scores(shared_path("dev2", "gold"), records)


@pytest.mark.issue(12)
@pytest.mark.parametrize("field", [k for k in FLOORS if not k.startswith("_")])
def test_dev2_field_meets_floor(dev2_scores, field):
    assert dev2_scores[field] >= FLOORS[field], f"{field}: F1 {dev2_scores[field]:.3f} < floor {FLOORS[field]}"
