"""The record: the one place that turns a Doc into the JSON contract of shared/spec/RECORD.md."""
from __future__ import annotations

from typing import Any

from .doc import Doc

SCHEMA_VERSION = 1
# Fields filled by the extraction stages; present (possibly empty) in every record.
EXTRACTED_FIELDS = ("people", "events", "tours", "statements", "formulations", "targets", "regions")


def to_record(doc: Doc) -> dict[str, Any]:
    """The record of ``doc``, as plain JSON-ready data."""
    meta = doc.meta
    record: dict[str, Any] = {
        "id": doc.id,
        "path": doc.path,
        "schema": SCHEMA_VERSION,
        "script": doc.script,
        "title": meta.get("title"),
        "original_title": meta.get("original_title"),
        "published": meta.get("published"),
        "source": meta.get("source"),
        "original_source": meta.get("original_source"),
        "authors": list(meta.get("authors") or []),
        "editors": list(meta.get("editors") or []),
        "articles": [
            {"title": a["title"], "authors": a["authors"], "start": a["start"], "end": a["end"]}
            for a in meta.get("articles") or []
        ],
        "text": doc.text,
        "removed": [{"text": r.text, "reason": r.reason, "start": r.start, "end": r.end} for r in doc.removed],
    }
    for name in EXTRACTED_FIELDS:
        record[name] = [span.data for span in doc.spans.get(name, [])]
    record["warnings"] = list(doc.warnings)
    record["orig_offsets"] = doc.offsets.to_list()
    record["url"] = meta.get("url")
    record["encoding"] = meta.get("encoding")
    record["content_hash"] = meta.get("content_hash")
    return record
