"""Fixtures for ingestion tests: the shared real-data folder (skipped when absent) and small file makers."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared`` beside the repository: real third-party data, absent on a user's machine."""
    shared = REPO_ROOT / ".." / "shared"
    if not shared.is_dir():
        pytest.skip(f"shared data folder not found at {shared.resolve()}")
    return shared.resolve()


@pytest.fixture
def write(tmp_path: Path):
    """Write bytes (or UTF-8 text) to ``tmp_path / name`` and return the path as a string."""

    def _write(name: str, content: bytes | str) -> str:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)

    return _write
