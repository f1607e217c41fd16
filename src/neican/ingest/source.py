"""What ingestion hands to the pipeline: a decoded document, or a failure that names the input."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from neican import surrogates

# Fields that name a document: kept losslessly (escaped) rather than repaired.
_IDENTIFIER_META = ("url",)


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

    def __post_init__(self) -> None:
        # Every string must be writable as UTF-8 (JSON, SQLite, Parquet): identifiers with
        # unpaired surrogates are escaped losslessly, prose is repaired; both are warned about.
        self.warnings = list(self.warnings)  # the caller's list and dict may be shared (a JSON
        self.meta = dict(self.meta)  # array's items share their decoding's warnings)
        self.path = self._escaped("path", self.path)
        if self.id is not None:
            self.id = self._escaped("id", self.id)
        self.text = self._replaced("text", self.text)
        for key, value in self.meta.items():
            if key in _IDENTIFIER_META and isinstance(value, str):
                self.meta[key] = self._escaped(key, value)
            else:
                self.meta[key] = self._replaced(key, value)

    def _escaped(self, name: str, value: str) -> str:
        escaped = surrogates.escape(value)
        if escaped != value:
            self.warnings.append(surrogates.escaped_warning(name))
        return escaped

    def _replaced(self, name: str, value: Any) -> Any:
        repaired, count = surrogates.replace_in(value)
        if count:
            self.warnings.append(surrogates.replaced_warning(name, count))
        return repaired


@dataclass
class Failure:
    """An input (or one line of it) that could not be read; the batch goes on without it."""

    path: str
    reason: str  # binary, empty, encoding, truncated, too_large, bad_json, bad_html, not_found, unsupported, error,
    # crashed (its process died: Spark runs each document in a child, see spark/isolation.py)
    message: str

    def __post_init__(self) -> None:
        self.path = surrogates.escape(self.path)  # a name with undecodable bytes stays writable
        self.message = surrogates.escape(self.message)

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}: {self.message}"
