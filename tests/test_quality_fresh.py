"""Scores the fresh hand-annotated CCTV set (benchmarks/fresh: 24 items annotated without
looking at neican's output) and holds each field to its floor: a second check, beside dev2, that
extraction work keeps what generalises. The pages are rebuilt from ../shared/data/xwlb."""
import importlib.util
import json
from pathlib import Path

import pytest

from .conftest import field_scores, shared_path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = json.loads((Path(__file__).parent / "quality_floors_fresh.json").read_text(encoding="utf-8"))


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh_scores(tmp_path_factory):
    import neican

    corpus = shared_path("data", "xwlb", "xwlb.jsonl.gz")
    build = _load("fresh_build", ROOT / "benchmarks" / "fresh" / "build.py")
    folder = tmp_path_factory.mktemp("fresh")
    for item in build.select(corpus):
        (folder / f"fx{item['nn']}.html").write_text(build.page(item), encoding="utf-8")
    records = {Path(r["path"]).name: r for r in neican.extract([str(folder)]) if isinstance(r, dict)}
    return field_scores(ROOT / "benchmarks" / "fresh" / "gold", records)


@pytest.mark.issue(12)
@pytest.mark.parametrize("field", [k for k in FLOORS if not k.startswith("_")])
def test_fresh_field_meets_floor(fresh_scores, field):
    assert fresh_scores[field] >= FLOORS[field], f"{field}: F1 {fresh_scores[field]:.3f} < floor {FLOORS[field]}"
