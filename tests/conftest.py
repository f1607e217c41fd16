"""Shared fixtures: the sibling ../shared folder (skipped cleanly where absent) and the seeds."""
from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Derived tables (neican.resources.cache) go to a folder of this run's own, not the user's cache.
if "NEICAN_CACHE_DIR" not in os.environ:
    os.environ["NEICAN_CACHE_DIR"] = tempfile.mkdtemp(prefix="neican-test-cache-")
    atexit.register(shutil.rmtree, os.environ["NEICAN_CACHE_DIR"], True)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLES = REPO / "examples"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent (../shared is not beside the repository)")
    return path


@pytest.fixture(scope="session")
def seed_records():
    """Records of the bundled example documents (the five seed articles), by file name."""
    import neican

    return {Path(r["path"]).name: r for r in neican.extract([str(EXAMPLES)]) if isinstance(r, dict)}


@pytest.fixture(scope="session")
def gold_dev():
    gold_dir = shared_path("gold", "dev")
    return {g["doc"]: g for g in (json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json")))}


@pytest.fixture
def tmp_db(tmp_path):
    return tmp_path / "test.db"


def load_module(path: Path, name: str):
    """A script that is no package module (a benchmark, the shared scorer), loaded from its file."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def field_scores(gold_folder: Path, records: dict[str, dict], keep=lambda doc: True) -> dict[str, float]:
    """F1 of each field of ../shared/eval/score.py over the gold files of ``gold_folder`` whose
    document ``keep`` accepts, given the records by input file name (a document without a record
    scores as empty)."""
    score = load_module(shared_path("eval", "score.py"), "score")
    tally = score.Tally()
    for path in sorted(gold_folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        if keep(gold["doc"]):
            score.score_doc(gold, records.get(gold["doc"], {}), tally, {})
    return {key: f for key, _tp, _np, _ng, (_p, _r, f) in tally.rows()}
