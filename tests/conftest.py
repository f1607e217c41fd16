"""Shared fixtures: the sibling ../shared folder (skipped cleanly where absent) and the seeds."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

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
