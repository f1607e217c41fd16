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
           on_item: Callable[[dict | Failure], None] | None = None, workers: int | None = 1,
           progress: Callable[[Failure | None], None] | None = None) -> IngestReport:
    """Extract every document under ``paths`` into the store at ``db``; idempotent on document id.

    Commits a transaction per ``batch_size`` documents; failures are stored and reported.
    ``on_item`` is called for every record or failure; ``progress``, a cheaper hook, for every
    document with its Failure or None (with workers, records then never leave them: the workers
    also turn them into rows, and this process only writes). ``workers`` processes extract
    (None: one per core); this process alone writes to the database.
    """
    from .ingest.units import read_units
    from .parallel import Shared, records as pooled
    from .store.rows import Prepared

    report = IngestReport()
    work = _prepare_unit_keeping_records if on_item is not None else _prepare_unit

    with open_store(db) as store:
        packer = Shared(store.packer())

        def records() -> Iterator[dict | Prepared]:
            for item in pooled(read_units(paths, options), options, workers, work, packer, window=_INGEST_WINDOW):
                record = item
                if isinstance(item, tuple) and not isinstance(item, Prepared):  # (prepared, record)
                    item, record = item
                if on_item is not None:
                    on_item(record)
                if progress is not None:
                    progress(record if isinstance(record, Failure) else None)
                if isinstance(item, Failure):
                    report.failures.append(item)
                    continue
                yield item
                if store.packer_changed(packer.value):  # it trained its dictionaries: workers pack with them
                    packer.set(store.packer())

        stats = store.add(records(), batch_size=batch_size)
        store.add_failures(report.failures)
    report.added, report.updated, report.unchanged = stats.added, stats.updated, stats.unchanged
    return report


# Documents in flight or waiting for the writer: prepared rows take a few KB each (a record as a
# dict many times that), and the workers go on while the writer trains its dictionaries (2-3 s).
_INGEST_WINDOW = 4096
_codec_cache: list = [None, None]  # (packer, its codec): a codec loads its dictionaries once


def _prepare_unit(unit, options: Options, packer, keep_records: bool = False) -> list:
    """A work unit's records made into store rows (``store.rows.prepare``) where they are
    extracted, in a pool worker; failures as they are. A record the store would refuse
    (no id, not JSON) stays a record, so that ``Store.add`` names it as it always has."""
    from .parallel import extract_unit

    return _prepared(extract_unit(unit, options), packer, keep_records)


def _prepared(extracted: list, packer, keep_records: bool) -> list:
    from .store.rows import prepare

    if _codec_cache[0] is not packer:
        _codec_cache[:] = [packer, packer.codec()]
    codec = _codec_cache[1]
    results = []
    for item in extracted:
        if isinstance(item, dict):
            try:
                prepared = prepare(item, codec)
            except (ValueError, TypeError):
                prepared = item
            item = (prepared, item) if keep_records else prepared
        results.append(item)
    return results


def _prepare_unit_keeping_records(unit, options: Options, packer) -> list:
    return _prepare_unit(unit, options, packer, keep_records=True)


# What each does with one unit's extracted results (parallel: extraction runs a batch at a time)
_prepare_unit.finish = lambda results, options, packer: _prepared(results, packer, False)
_prepare_unit_keeping_records.finish = lambda results, options, packer: _prepared(results, packer, True)
