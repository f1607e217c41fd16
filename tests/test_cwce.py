"""HTML extraction quality on the CWCE pages (../shared/data/html/cwce), held to floors.

The figures themselves are printed by benchmarks/cwce_accuracy.py; floors only rise.
"""
from pathlib import Path

import pytest

from .conftest import REPO, load_module, shared_path

FLOORS = {"body_char_f1_mean": 0.9, "body_char_f1_median": 0.98, "date_day_accuracy": 0.7,
          "title_agrees_with_page_title": 0.81, "author_accuracy": 0.59}


@pytest.fixture(scope="module")
def cwce_result():
    folder = shared_path("data", "html", "cwce")
    return load_module(REPO / "benchmarks" / "cwce_accuracy.py", "cwce_accuracy").evaluate(Path(folder))


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_cwce_meets_floor(cwce_result, field):
    assert cwce_result[field] >= FLOORS[field], f"{field}: {cwce_result[field]} < {FLOORS[field]}"
