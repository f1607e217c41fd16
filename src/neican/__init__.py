"""neican (内参): structured intelligence from Chinese official and political news.

>>> import neican
>>> records = list(neican.extract(["examples/"]))
>>> store = neican.open_store("neican.db")
"""
from __future__ import annotations

import importlib
import sys
import types

from .errors import InputError, NeicanError, ResourceError, StoreError

__version__ = "0.1.0"
__all__ = [
    "Doc", "Failure", "IngestReport", "InputError", "NeicanError", "OffsetMap", "Options", "RawDocument",
    "ResourceError", "Span", "StoreError", "extract", "extract_text", "ingest", "open_store",
]

# The API is imported when first asked for (PEP 562), so that `neican --help` and the CLI's
# start load no ingest, pattern or lexicon module they do not use.
_LAZY = {"IngestReport": "api", "extract": "api", "extract_text": "api", "ingest": "api", "open_store": "api",
         "Doc": "doc", "OffsetMap": "doc", "Span": "doc", "Failure": "ingest.source", "RawDocument": "ingest.source",
         "Options": "options"}


def __getattr__(name: str):
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


class _Package(types.ModuleType):
    """`neican.ingest` is the API's function, as it was when this package imported the API at once:
    the import system's binding of the subpackage neican.ingest to the same name is ignored."""

    @property
    def ingest(self):
        from .api import ingest

        return ingest

    @ingest.setter
    def ingest(self, value) -> None:
        pass


sys.modules[__name__].__class__ = _Package
