"""Scores the fresh hand-annotated web pages (benchmarks/freshweb: 18 raw pages from
../shared/data/html, annotated without looking at neican's output) and holds each field to its
floor: page metadata, bylines and cleaning on pages neican was not built against."""
import importlib.util
import json
from pathlib import Path

import pytest

from .conftest import field_scores, shared_path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((Path(__file__).parent / "quality_floors_freshweb.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def freshweb_scores(tmp_path_factory):
    import neican

    data = shared_path("data", "html")
    spec = importlib.util.spec_from_file_location("freshweb_build", ROOT / "benchmarks" / "freshweb" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    folder = tmp_path_factory.mktemp("freshweb")
    for item in build.select(data):
        (folder / f"fw{item['nn']}.html").write_bytes((data / item["path"]).read_bytes())  # raw bytes
    records = {Path(r["path"]).name: r for r in neican.extract([str(folder)]) if isinstance(r, dict)}
    return field_scores(ROOT / "benchmarks" / "freshweb" / "gold", records)


@pytest.mark.issue(13)
@pytest.mark.parametrize("field", [k for k in FLOORS if not k.startswith("_")])
def test_freshweb_field_meets_floor(freshweb_scores, field):
    assert freshweb_scores[field] >= FLOORS[field], f"{field}: F1 {freshweb_scores[field]:.3f} < floor {FLOORS[field]}"
