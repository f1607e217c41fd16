"""Scores the fresh hand-annotated web pages (benchmarks/freshweb: raw pages from
../shared/data/html in four batches, fw01–fw18, fw19–fw35, fw36–fw51 and fw52–fw68, annotated without looking at
neican's output) and holds each field to its floor, batch by batch: page metadata, bylines and
cleaning on pages neican was not built against."""
import importlib.util
import json
from pathlib import Path

import pytest

from .conftest import field_scores, shared_path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {
    1: json.loads((Path(__file__).parent / "quality_floors_freshweb.json").read_text(encoding="utf-8")),
    2: json.loads((Path(__file__).parent / "quality_floors_freshweb2.json").read_text(encoding="utf-8")),
    3: json.loads((Path(__file__).parent / "quality_floors_freshweb3.json").read_text(encoding="utf-8")),
    4: json.loads((Path(__file__).parent / "quality_floors_freshweb4.json").read_text(encoding="utf-8")),
}
GOLD = {1: "gold", 2: "gold2", 3: "gold3", 4: "gold4"}


@pytest.fixture(scope="module")
def freshweb_scores(tmp_path_factory):
    import neican

    data = shared_path("data", "html")
    spec = importlib.util.spec_from_file_location("freshweb_build", ROOT / "benchmarks" / "freshweb" / "build.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    folder = tmp_path_factory.mktemp("freshweb")
    for batch in FLOORS:
        for item in build.select_batch(batch, data):
            (folder / f"fw{item['nn']}.html").write_bytes((data / item["path"]).read_bytes())  # raw bytes
    records = {Path(r["path"]).name: r for r in neican.extract([str(folder)]) if isinstance(r, dict)}
    return {batch: field_scores(ROOT / "benchmarks" / "freshweb" / GOLD[batch], records) for batch in FLOORS}


@pytest.mark.issue(13)
@pytest.mark.parametrize("batch,field", [(b, k) for b, floors in FLOORS.items() for k in floors if not k.startswith("_")])
def test_freshweb_field_meets_floor(freshweb_scores, batch, field):
    score = freshweb_scores[batch][field]
    assert score >= FLOORS[batch][field], f"batch {batch} {field}: F1 {score:.3f} < floor {FLOORS[batch][field]}"
