"""Documents processed in a child process, so that a crash (a segfault in a C library, the
kernel's OOM killer) takes down one document, not the Spark task and with it the whole job.

A partition's documents go to one forked child a chunk at a time; when the child dies, the
chunk is run again one document per child, and only the document that kills its child becomes
a Failure (reason ``crashed``). Forking is cheap here: the child shares the parent's loaded
lexicons copy-on-write.
"""
from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Callable, Iterable, Iterator

from ..ingest.source import Failure, RawDocument

CHUNK = 32  # documents per round trip to the child: amortises pickling, bounds what a crash re-runs


def _context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _run_chunk(func: Callable, chunk: list) -> list:
    return [func(item) for item in chunk]


def isolated_map(func: Callable[[RawDocument | Failure], dict | Failure],
                 items: Iterable[RawDocument | Failure], chunk_size: int = CHUNK) -> Iterator[dict | Failure]:
    """``func`` of every item, in order, each chunk run in a child process; an item whose run
    kills its child comes out as a Failure naming it. ``func`` must be picklable (module level).

    Example: ``list(isolated_map(guarded, docs))`` → records and failures, one per document.
    """
    executor = ProcessPoolExecutor(1, mp_context=_context())
    try:
        for chunk in _chunks(items, chunk_size):
            try:
                results = executor.submit(_run_chunk, func, chunk).result()
            except Exception:  # noqa: BLE001 - BrokenProcessPool, or a result that would not pickle
                executor.shutdown(wait=False)
                results = [_run_alone(func, item) for item in chunk]
                executor = ProcessPoolExecutor(1, mp_context=_context())
            yield from results
    finally:
        executor.shutdown(wait=True)


def _run_alone(func: Callable, item: RawDocument | Failure) -> dict | Failure:
    """One item in its own child; its Failure when the child dies."""
    if isinstance(item, Failure):
        return item
    with ProcessPoolExecutor(1, mp_context=_context()) as executor:
        try:
            return executor.submit(func, item).result()
        except BrokenProcessPool:
            return Failure(item.path, "crashed", "the Python process running this document died "
                                                 "(a crash or the memory limit); the others were run again")
        except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled back
            return Failure(item.path, "error", f"{type(exc).__name__}: {exc}")


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
