"""Typed errors. The library raises these; only the CLI turns them into messages and exit codes."""
from __future__ import annotations


class NeicanError(Exception):
    """Base class of every error neican raises on purpose."""


class InputError(NeicanError):
    """An input could not be read as a document.

    ``reason`` is one of: ``binary``, ``empty``, ``encoding``, ``truncated``, ``too_large``,
    ``bad_json``, ``bad_html``, ``not_found``, ``unsupported``.
    """

    def __init__(self, path: str, reason: str, detail: str = ""):
        self.path, self.reason, self.detail = path, reason, detail
        super().__init__(f"{path}: {reason}: {detail}" if detail else f"{path}: {reason}")


class ResourceError(NeicanError):
    """A packaged data file (lexicon, table) is malformed; names file and line."""


class StoreError(NeicanError):
    """The database could not be opened, migrated or written; names the file and the reason."""

    def __init__(self, path: str, reason: str, detail: str = ""):
        self.path, self.reason, self.detail = str(path), reason, detail
        super().__init__(f"{path}: {reason}: {detail}" if detail else f"{path}: {reason}")
