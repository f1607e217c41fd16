"""What ingestion hands to the pipeline: a decoded document, or a failure that names the input."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawDocument:
    """One input document, decoded to text, before cleaning.

    ``path`` names the input (``file.jsonl#12`` for line 12 of a JSONL file, ``-`` for stdin,
    ``archive.txt.gz`` for a gzipped file). ``id`` is the input's own id where it has one.
    ``content_hash`` is a hex SHA-1 of the document's bytes (its JSONL line for JSONL).
    ``text`` is plain text: for HTML, the main content extracted from the page, one paragraph a
    line. ``meta`` holds what the container says: ``title``, ``published``, ``source``, ``url``,
    ``authors`` (list), ``sitename``, ``tags`` — only keys that were found.
    """

    path: str
    text: str
    content_hash: str
    kind: str = "text"  # "text" or "html"
    id: str | None = None
    encoding: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Failure:
    """An input (or one line of it) that could not be read; the batch goes on without it."""

    path: str
    reason: str  # binary, empty, encoding, truncated, too_large, bad_json, bad_html, not_found, unsupported, error
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}: {self.message}"
