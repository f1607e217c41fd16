"""Running the pipeline on all cores: a process pool, input order kept, the caller as sole writer.

Decoding stays in the calling process (it streams and is cheap); documents travel to workers,
records come back in input order (``imap``), so output is deterministic whatever the timing.
"""
from __future__ import annotations

import multiprocessing
import os
from typing import Iterable, Iterator

from .ingest.source import Failure, RawDocument
from .options import Options
from .pipeline import guarded_record, warm_up

_CHUNK = 16  # documents per task: enough to amortise pickling, small enough to keep order cheap
_options: Options = Options()  # set once per worker by _init_worker (a worker's own copy)


def _init_worker(options: Options, warm: bool = True) -> None:
    global _options
    _options = options
    if warm:
        warm_up()


def _process_one(item: RawDocument | Failure) -> dict | Failure:
    return guarded_record(item, _options)


def worker_count(workers: int | None) -> int:
    """``None`` or 0 means one worker per core."""
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


def records(items: Iterable[RawDocument | Failure], options: Options, workers: int | None = 1) -> Iterator[dict | Failure]:
    """Records and failures for ``items``, in input order, on ``workers`` processes."""
    count = worker_count(workers)
    if count == 1:
        _init_worker(options, warm=False)  # the caller's own process: its choice (pipeline.warm_up)
        for item in items:
            yield _process_one(item)
        return
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(count, initializer=_init_worker, initargs=(options,)) as pool:
        yield from pool.imap(_process_one, items, chunksize=_CHUNK)
