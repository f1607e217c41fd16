"""Scores the fresh hand-annotated CCTV set (benchmarks/fresh: 192 items in eight batches, annotated
without looking at neican's output) and holds each field to its floor, batch by batch: a second
check, beside dev2, that extraction work keeps what generalises. The pages are rebuilt from
../shared/data/xwlb. Batch 1 (fx01–fx24) keeps the floors of quality_floors_fresh.json, batch 2
(fx25–fx48) has its own in quality_floors_fresh2.json, batch 4 (fx73–fx96) in
quality_floors_fresh4.json, batch 5 (fx97–fx120) in quality_floors_fresh5.json, batch 6 (fx121–fx144)
in quality_floors_fresh6.json, batch 7 (fx145–fx168) in quality_floors_fresh7.json, batch 8 (fx169–fx192)
in quality_floors_fresh8.json, batch 9 (fx193–fx216) in quality_floors_fresh9.json, batch 10 (fx217–fx240) in quality_floors_fresh10.json, batch 11 (fx241–fx264) in quality_floors_fresh11.json, batch 12 (fx265–fx287) in quality_floors_fresh12.json, batch 13 (fx288–fx311) in quality_floors_fresh13.json, batch 14 (fx312–fx335) in quality_floors_fresh14.json, batch 15 (fx336–fx359) in quality_floors_fresh15.json, batch 16 (fx360–fx383) in quality_floors_fresh16.json, batch 17 (fx384–fx407) in quality_floors_fresh17.json. Batch 3 (fx49–fx72) is held out whole, with no floor: it is not scored here."""
import importlib.util
import json
import re
from pathlib import Path

import pytest

from .conftest import field_scores, shared_path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = {
    1: json.loads((Path(__file__).parent / "quality_floors_fresh.json").read_text(encoding="utf-8")),
    2: json.loads((Path(__file__).parent / "quality_floors_fresh2.json").read_text(encoding="utf-8")),
    4: json.loads((Path(__file__).parent / "quality_floors_fresh4.json").read_text(encoding="utf-8")),
    5: json.loads((Path(__file__).parent / "quality_floors_fresh5.json").read_text(encoding="utf-8")),
    6: json.loads((Path(__file__).parent / "quality_floors_fresh6.json").read_text(encoding="utf-8")),
    7: json.loads((Path(__file__).parent / "quality_floors_fresh7.json").read_text(encoding="utf-8")),
    8: json.loads((Path(__file__).parent / "quality_floors_fresh8.json").read_text(encoding="utf-8")),
    9: json.loads((Path(__file__).parent / "quality_floors_fresh9.json").read_text(encoding="utf-8")),
    10: json.loads((Path(__file__).parent / "quality_floors_fresh10.json").read_text(encoding="utf-8")),
    11: json.loads((Path(__file__).parent / "quality_floors_fresh11.json").read_text(encoding="utf-8")),
    12: json.loads((Path(__file__).parent / "quality_floors_fresh12.json").read_text(encoding="utf-8")),
    13: json.loads((Path(__file__).parent / "quality_floors_fresh13.json").read_text(encoding="utf-8")),
    14: json.loads((Path(__file__).parent / "quality_floors_fresh14.json").read_text(encoding="utf-8")),
    15: json.loads((Path(__file__).parent / "quality_floors_fresh15.json").read_text(encoding="utf-8")),
    16: json.loads((Path(__file__).parent / "quality_floors_fresh16.json").read_text(encoding="utf-8")),
    17: json.loads((Path(__file__).parent / "quality_floors_fresh17.json").read_text(encoding="utf-8")),
}


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _batch(doc: str) -> int:
    """fx01–fx24 → 1, …, fx121–fx144 → 6, fx145–fx168 → 7, fx169–fx192 → 8 (the digits after fx; fx100 and up have three);
    batch 12 holds 23 (fx265–fx287), so fx288–fx311 → 13, fx312–fx335 → 14, fx336–fx359 → 15, fx360–fx383 → 16 and fx384–fx407 → 17."""
    number = int(re.match(r"fx(\d+)", doc).group(1))
    return (number - 1) // 24 + 1 if number <= 287 else 13 + (number - 288) // 24


@pytest.fixture(scope="module")
def fresh_scores(tmp_path_factory):
    import neican

    corpus = shared_path("data", "xwlb", "xwlb.jsonl.gz")
    build = _load("fresh_build", ROOT / "benchmarks" / "fresh" / "build.py")
    folder = tmp_path_factory.mktemp("fresh")
    for item in build.select(corpus, tuple(FLOORS)):
        (folder / f"fx{item['nn']}.html").write_text(build.page(item), encoding="utf-8")
    records = {Path(r["path"]).name: r for r in neican.extract([str(folder)]) if isinstance(r, dict)}
    gold = ROOT / "benchmarks" / "fresh" / "gold"
    return {batch: field_scores(gold, records, lambda doc, batch=batch: _batch(doc) == batch) for batch in FLOORS}


@pytest.mark.issue(12)
@pytest.mark.parametrize("batch,field", [(b, k) for b, floors in FLOORS.items() for k in floors if not k.startswith("_")])
def test_fresh_field_meets_floor(fresh_scores, batch, field):
    score = fresh_scores[batch][field]
    assert score >= FLOORS[batch][field], f"batch {batch} {field}: F1 {score:.3f} < floor {FLOORS[batch][field]}"
