"""The public Python API. The CLI and any later web layer call only these functions."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .ingest.source import Failure, RawDocument
from .options import Options


@dataclass
class IngestReport:
    """What an ingest did: documents added, replaced, already present, and the failures."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)

    @property
    def processed(self) -> int:
        return self.added + self.updated + self.unchanged


def extract(paths: Iterable[str], options: Options = Options(), workers: int | None = 1) -> Iterator[dict | Failure]:
    """Records (dicts per shared/spec/RECORD.md) for every document under ``paths``.

    Inputs that cannot be read come out as :class:`Failure` objects, in input order.
    ``workers`` processes share the work (None: one per core); the order stays the input order.

    >>> for item in extract(["examples/"]):
    ...     print(item["title"] if isinstance(item, dict) else item)
    """
    from .ingest.units import read_units
    from .parallel import records

    yield from records(read_units(paths, options), options, workers)


def extract_text(text: str, *, path: str = "<text>", id: str | None = None,
                 options: Options = Options(), **meta) -> dict:
    """The record of one document given as a string; ``meta`` may hold title, published, source.

    >>> extract_text("本报讯 记者张三报道 ……")["authors"]
    ['张三']
    """
    from .pipeline import process
    from .record import to_record

    raw = RawDocument(path=path, text=text, id=id, content_hash=hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest(),
                      meta={k: v for k, v in meta.items() if v})
    return to_record(process(raw, options))


def open_store(path: str | Path, readonly: bool = False):
    """Open (creating and migrating as needed) the SQLite store at ``path``."""
    from .store import open_store as _open

    return _open(path, readonly=readonly)


def ingest(paths: Iterable[str], db: str | Path, options: Options = Options(), batch_size: int = 500,
           on_item: Callable[[dict | Failure], None] | None = None, workers: int | None = 1) -> IngestReport:
    """Extract every document under ``paths`` into the store at ``db``; idempotent on document id.

    Commits a transaction per ``batch_size`` documents; failures are stored and reported.
    ``on_item`` is called for every record or failure (a progress hook). ``workers`` processes
    extract (None: one per core); this process alone writes to the database.
    """
    report = IngestReport()

    def records() -> Iterator[dict]:
        for item in extract(paths, options, workers):
            if on_item is not None:
                on_item(item)
            if isinstance(item, Failure):
                report.failures.append(item)
            else:
                yield item

    with open_store(db) as store:
        stats = store.add(records(), batch_size=batch_size)
        store.add_failures(report.failures)
    report.added, report.updated, report.unchanged = stats.added, stats.updated, stats.unchanged
    return report
