"""Ingestion: files, directories and stdin to decoded documents, one Failure per input that is not one.

Modules: ``sniff`` (what bytes are), ``streams`` (gunzip, bounded reads), ``decode`` (bytes to
text), ``html`` and ``htmlmeta`` (HTML to text and metadata), ``jsonl`` (JSON Lines),
``reader`` (dispatch per input), ``source`` (the RawDocument and Failure it hands on).
"""
from __future__ import annotations

from typing import Iterable, Iterator

from neican.ingest.decode import decode_bytes
from neican.ingest.reader import read_path
from neican.ingest.source import Failure, RawDocument
from neican.options import Options

__all__ = ["Failure", "RawDocument", "decode_bytes", "html_to_text", "read_inputs"]


def __getattr__(name: str):
    # html_to_text is imported when asked for: a run over text files never loads lxml (start-up)
    if name == "html_to_text":
        from neican.ingest.html import html_to_text

        return html_to_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_inputs(paths: Iterable[str], options: Options = Options()) -> Iterator[RawDocument | Failure]:
    """Yield a document or a Failure for every input: files, directories (walked, sorted) and ``-`` for stdin.

    Never raises for a bad input; JSONL is streamed a line at a time.

    Example::

        for item in read_inputs(["news/", "extra.jsonl.gz"]):
            if isinstance(item, Failure):
                print(item)  # news/b.txt: binary: contains NUL bytes (first at byte 12)
    """
    for path in paths:
        yield from read_path(str(path), options)
