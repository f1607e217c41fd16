"""Options: one frozen object that travels through the pipeline instead of loose flags."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    max_document_bytes: int = 20 * 1024 * 1024  # a larger single document is refused as too_large
    max_line_chars: int = 2_000_000  # a JSONL line longer than this is refused as too_large
    html_extractor: str = "trafilatura"  # main-content extraction for full HTML pages
