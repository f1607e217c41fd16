"""neican (内参): structured intelligence from Chinese official and political news.

>>> import neican
>>> records = list(neican.extract(["examples/"]))
>>> store = neican.open_store("neican.db")
"""
from .api import IngestReport, extract, extract_text, ingest, open_store
from .doc import Doc, OffsetMap, Span
from .errors import InputError, NeicanError, ResourceError, StoreError
from .ingest.source import Failure, RawDocument
from .options import Options

__version__ = "0.1.0"
__all__ = [
    "Doc", "Failure", "IngestReport", "InputError", "NeicanError", "OffsetMap", "Options", "RawDocument",
    "ResourceError", "Span", "StoreError", "extract", "extract_text", "ingest", "open_store",
]
