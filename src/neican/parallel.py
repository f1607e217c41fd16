"""Running the pipeline on all cores: workers that read their own inputs, a bounded number of
documents in flight, input order kept, the caller as the sole writer.

The caller's process only cuts inputs into work units (``ingest/units.py``: a JSON line's bytes,
a file's path). Each worker decodes its units, extracts and builds the records, and sends them
back a chunk at a time through its own pipe. A driver thread in the caller hands out chunks of
units, puts results back in input order and passes them on to the caller; at most ``window``
units lie between the oldest whose results the caller has not taken and the newest handed
out, so memory does not grow with the corpus, and the driver never waits for the caller: while
the caller is busy (writing a batch), the workers go on until the window is full. A worker that
dies (killed, out of memory, a crash in native code) costs only the unit it was on: that one
becomes a ``worker_died`` Failure naming the signal, the rest of its chunk goes to a fresh worker.
A ``Shared`` value reaches every worker (the store's packing for ``api.ingest``, whose workers
also turn records into rows, so the caller only writes).
"""
from __future__ import annotations

import collections
import itertools
import os
import pickle
import queue
import signal
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

if TYPE_CHECKING:  # multiprocessing is imported where a pool starts: one worker never needs it
    import multiprocessing
    from multiprocessing.connection import Connection

from .ingest.source import Failure, RawDocument
from .ingest.units import FileUnit, LineUnit, Unit, decode_unit
from .options import Options
from .pipeline import batches, document_size, guarded_record, guarded_records, warm_up

try:
    import fcntl
except ImportError:  # not a Unix: pipes keep their default size
    fcntl = None

Work = Callable[..., list]  # (unit, options) -> results; (unit, options, shared value) with ``shared``

_CHUNK = 8                 # units per hand-out: amortises a pipe message, keeps the window small
_CHUNKS_AHEAD = 2          # chunks a worker holds: the one it works on and the next
_PIPE_SIZE = 1 << 20       # asked of Linux for each pipe (the unprivileged maximum): see _widen
_PIPE_ROOM = 48 * 1024     # a second chunk is sent only if both fit in the pipe (64 KiB by default)
_WINDOW = 512              # units from the oldest the caller has not taken to the newest handed out
_POOL_MIN_UNITS = 4 * _CHUNK  # fewer units than this are done in the caller's process: no start-up
_END = object()
_READY: list = []  # a worker's first message, no answers: loaded, ready for documents


def worker_count(workers: int | None) -> int:
    """``None`` or 0 means one worker per core."""
    return workers if workers and workers > 0 else (os.cpu_count() or 1)


def extract_unit(unit: Unit, options: Options) -> list[dict | Failure]:
    """Decode one work unit and extract its documents: records and failures, in order."""
    return [guarded_record(item, options) for item in decode_unit(unit, options)]  # building a record is guarded too


def extract_units(units: Iterable[Unit], options: Options) -> Iterator[tuple[Unit, list[dict | Failure]]]:
    """(unit, extract_unit(unit)) for each unit, in order, the documents of consecutive units
    extracted together (pipeline.batches of decoded units, then guarded_records: each stage over
    a batch, its tables kept warm): the same results in less time (a worker that dies in a batch
    is the pool's to handle, see _IN_BATCH)."""
    for group in batches(((unit, _decoded(unit, options)) for unit in units), size=_unit_size):
        results = iter(guarded_records([item for _, items in group for item in items], options))
        for unit, items in group:
            yield unit, [next(results) for _ in items]


def _decoded(unit: Unit, options: Options) -> list:
    try:
        return list(decode_unit(unit, options))
    except Exception as error:  # noqa: BLE001 - a bug decoding fails that unit, as _guarded does
        return [Failure(unit_path(unit), "error", f"{type(error).__name__}: {error}")]


def _unit_size(decoded: tuple[Unit, list]) -> tuple[int, int]:
    items = decoded[1]
    return len(items), sum(document_size(item)[1] for item in items)


class Shared:
    """A value passed to ``work`` as its third argument, which the caller may replace while the
    pool runs (the store's packing, once it has trained its dictionaries): each worker gets the
    new value before its next chunk, so results made with the old one may still arrive."""

    def __init__(self, value: object):
        self.state = (0, value)  # (version, value): replaced whole, so the driver thread reads a pair

    @property
    def value(self) -> object:
        return self.state[1]

    def set(self, value: object) -> None:
        self.state = (self.state[0] + 1, value)


def records(units: Iterable[Unit], options: Options, workers: int | None = 1,
            work: Work = extract_unit, shared: Shared | None = None, window: int = _WINDOW) -> Iterator:
    """Records and failures for ``units``, in input order, on ``workers`` processes.

    ``work`` maps a unit to its results; it runs in the workers, so it must be importable
    by name (a module-level function). With ``shared``, it is called with ``shared.value`` too.
    ``window`` bounds the units in flight and waiting for the caller (their results in memory).
    """
    count = worker_count(workers)
    units = iter(units)
    head = [] if count == 1 else list(itertools.islice(units, _POOL_MIN_UNITS))
    if count == 1 or len(head) < _POOL_MIN_UNITS:  # one worker, or too little work to start a pool
        finish = getattr(work, "finish", None)
        if finish is not None:  # extracted a batch at a time, finished a unit at a time
            for _unit, results in extract_units(itertools.chain(head, units), options):
                yield from finish(results, options, *(() if shared is None else (shared.value,)))
            return
        for unit in itertools.chain(head, units):
            yield from _guarded(work, unit, options, () if shared is None else (shared.value,))
        return
    yield from _Pool(count, options, work, itertools.chain(head, units), shared, window).results()


def _as_extracted(results: list, options: Options, *extra) -> list:
    return results


# A work function's ``finish``: what it does with one unit's extracted results, so that the
# extraction itself can run a batch at a time (extract_units) and the work finish each unit.
extract_unit.finish = _as_extracted
_IN_BATCH = -2  # a worker's ``current`` while it extracts a batch: no one document to blame yet


def _guarded(work: Work, unit: Unit, options: Options, extra: tuple = ()) -> list:
    """``work`` on one unit; an unexpected error (a bug) fails that unit, not the batch."""
    try:
        return work(unit, options, *extra)
    except Exception as error:  # noqa: BLE001 - reported as the unit's Failure
        return [Failure(unit_path(unit), "error", f"{type(error).__name__}: {error}")]


def _finished(finish, unit: Unit, results: list, options: Options, extra: tuple) -> list:
    try:
        return finish(results, options, *extra)
    except Exception as error:  # noqa: BLE001 - reported as the unit's Failure, as in _guarded
        return [Failure(unit_path(unit), "error", f"{type(error).__name__}: {error}")]


@dataclass
class _Batch:
    """A task message: units extracted together (a chunk of units never handed out before)."""
    units: list  # (seq, unit)


def unit_path(unit: Unit) -> str:
    return unit.path if isinstance(unit, (LineUnit, FileUnit, RawDocument, Failure)) else str(unit)


@dataclass
class _NewShared:
    """A task message: the value of ``Shared`` from now on."""
    version: int
    value: object


def _worker_main(tasks: Connection, results: Connection, current, options: Options, work: Work,
                 shared: tuple | None = None) -> None:
    """A worker: load everything once, then chunks in, one message of results per chunk out.

    Before each unit it writes the unit's number to ``current`` (shared memory), so that if it
    dies the caller knows which document killed it. It ends when its task pipe closes or its
    parent is gone, so it never outlives the caller. ``shared``: the (version, value) of the
    pool's ``Shared`` when the worker started; a ``_NewShared`` message replaces it.
    """
    extra = () if shared is None else (shared[1],)
    parent = os.getppid()
    warm_up()
    results.send(_READY)
    while True:
        try:
            while not tasks.poll(1.0):
                if os.getppid() != parent:  # the caller died (kill -9): nobody wants the answers
                    return
            chunk = tasks.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        if isinstance(chunk, _NewShared):
            extra = (chunk.value,)
            continue
        finish = getattr(work, "finish", None)
        if isinstance(chunk, _Batch) and finish is not None:
            current.value = _IN_BATCH  # if this kills the worker, its units come back one by one
            units = [unit for _, unit in chunk.units]
            answers = [(seq, _finished(finish, unit, results, options, extra))
                       for (seq, _), (unit, results) in zip(chunk.units, extract_units(units, options))]
        else:
            answers = []
            for seq, unit in chunk.units if isinstance(chunk, _Batch) else chunk:
                current.value = seq
                answers.append((seq, _guarded(work, unit, options, extra)))
        try:
            results.send(answers)
        except OSError:
            return


def died_message(exitcode: int | None) -> str:
    """Why a worker ended, for the Failure of the document it was on."""
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        why = {"SIGKILL": " (out of memory, or killed)", "SIGSEGV": " (a crash in native code)",
               "SIGBUS": " (a crash in native code)", "SIGABRT": " (aborted by native code)"}.get(name, "")
        return f"the worker process was killed by {name}{why} while on this document"
    return f"the worker process exited with status {exitcode} while on this document"


@dataclass
class _Chunk:
    units: list  # (seq, unit), in the order the worker does them
    size: int    # bytes of the pickled chunk: until it is answered, it may still be in the pipe


@dataclass(eq=False)  # compared by identity: a replaced worker is another worker
class _Worker:
    process: multiprocessing.process.BaseProcess
    tasks: Connection
    results: Connection
    current: object = None  # shared int: the unit the worker is on
    chunks: collections.deque = field(default_factory=collections.deque)
    ready: bool = False  # it has loaded everything (its first message came)
    shared_version: int = 0  # the version of the pool's Shared it holds
    room: int = _PIPE_ROOM  # bytes of chunks its task pipe holds without blocking the sender

    def unread_bytes(self) -> int:
        return sum(c.size for c in self.chunks)


class _Pool:
    """The workers and the driver thread that feeds them and orders their answers."""

    def __init__(self, count: int, options: Options, work: Work, units: Iterable[Unit],
                 shared: Shared | None = None, window: int = _WINDOW):
        import multiprocessing

        methods = multiprocessing.get_all_start_methods()
        # fork: a worker starts with the pipeline imported, and scripts without a __main__ guard
        # work; each worker watches its parent (see _worker_main), since it inherits descriptors.
        self._context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self._options, self._work, self._shared, self._window = options, work, shared, window
        self._units = enumerate(units)
        self._exhausted = False
        self._retry: collections.deque = collections.deque()  # (seq, unit) of a dead worker's chunk
        self._spare: tuple[list, bytes] | None = None  # a chunk no worker had room for yet
        self._done: dict[int, list] = {}
        self._next_out = 0
        self._next_seq = 0
        # Finished runs in order, for the caller; bounded by the window, not by the queue, so the
        # driver never waits for a busy caller (writing a batch) and keeps the workers fed.
        self._out: queue.SimpleQueue = queue.SimpleQueue()
        self._taken = 0  # units whose results the caller has taken (only the caller writes it)
        self._window_full = False  # the driver waits for the caller to take results: wake it
        self._wake_reader, self._wake_writer = os.pipe()
        os.set_blocking(self._wake_writer, False)
        self._stop = threading.Event()
        self.deaths = 0
        self._failed_starts = 0  # workers that died loading, in a row: a broken install, not a document
        self._workers = [self._start_worker() for _ in range(count)]

    def results(self) -> Iterator[dict | Failure]:
        driver = threading.Thread(target=self._drive, name="neican-pool", daemon=True)
        driver.start()
        try:
            while True:
                item = self._out.get()
                if item is _END:
                    return
                if isinstance(item, BaseException):
                    raise item
                units, results = item
                self._taken += units
                if self._window_full:  # set before the driver reads _taken: no wake-up is lost
                    self._window_full = False
                    self._wake()
                yield from results
        finally:
            self._stop.set()
            self._wake()
            driver.join()
            self._shutdown()
            os.close(self._wake_reader)
            os.close(self._wake_writer)

    def _wake(self) -> None:
        try:
            os.write(self._wake_writer, b"w")
        except BlockingIOError:  # the pipe is full of wake-ups the driver has not read: awake anyway
            pass

    # -- the driver thread ----------------------------------------------------------------------

    def _drive(self) -> None:
        try:
            while not self._stop.is_set():
                self._dispatch()
                self._flush()
                if self._finished():
                    break
                self._receive(timeout=0.5)
            self._out.put(_END)
        except BaseException as error:  # noqa: BLE001 - handed to the caller's thread, raised there
            self._out.put(error)

    def _finished(self) -> bool:
        return (self._exhausted and not self._retry and self._spare is None
                and not any(w.chunks for w in self._workers) and not self._done)

    def _dispatch(self) -> None:
        for worker in self._workers:
            if self._shared is not None and worker.shared_version != self._shared.state[0]:
                if worker.chunks:  # sent only to an idle worker: it may be larger than the pipe
                    continue
                version, value = self._shared.state
                try:
                    worker.tasks.send(_NewShared(version, value))
                except OSError:  # it died: _receive replaces it, and a new worker starts with the value
                    continue
                worker.shared_version = version
            while len(worker.chunks) < _CHUNKS_AHEAD:
                chunk = self._spare or self._next_chunk()
                self._spare = None
                if chunk is None:
                    return
                units, data = chunk
                if worker.chunks and worker.unread_bytes() + len(data) > worker.room:
                    self._spare = chunk  # sending could block on a busy worker: keep it for later
                    break
                worker.chunks.append(_Chunk(units, len(data)))  # first: if it died, _replace hands these out again
                try:
                    worker.tasks.send_bytes(data)
                except OSError:  # it died since _receive looked: its sentinel says so next
                    break

    def _next_chunk(self) -> tuple[list, bytes] | None:
        units: list = []
        while self._retry and len(units) < _CHUNK:
            units.append(self._retry.popleft())
        retried = bool(units)
        if not self._exhausted and not self._retry:
            self._window_full = True  # first, then _taken: see results()
        while (len(units) < _CHUNK and not self._exhausted and not self._retry
               and self._next_seq < self._taken + self._window):
            try:
                _, unit = next(self._units)
            except StopIteration:
                self._exhausted = True
                break
            units.append((self._next_seq, unit))
            self._next_seq += 1
        if self._next_seq < self._taken + self._window or self._exhausted:
            self._window_full = False
        if not units:
            return None
        message = units if retried else _Batch(units)  # a retried unit goes alone: it may be the one that kills
        return units, pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)

    def _receive(self, timeout: float) -> None:
        from multiprocessing.connection import wait

        by_handle: dict = {self._wake_reader: None}
        for worker in self._workers:
            by_handle[worker.results] = worker
            by_handle[worker.process.sentinel] = worker
        for handle in wait(list(by_handle), timeout):
            worker = by_handle[handle]
            if worker is None:  # the caller took results: there is room in the window again
                os.read(self._wake_reader, 4096)
                continue
            if worker in self._workers and not self._drain(worker):
                self._replace(worker)

    def _drain(self, worker: _Worker) -> bool:
        """Take every answer waiting in a worker's pipe; False when the worker is gone."""
        try:
            while worker.results.poll():
                self._answered(worker, worker.results.recv())
        except (EOFError, OSError):
            return False
        return worker.process.is_alive()

    def _answered(self, worker: _Worker, answers: list) -> None:
        self._failed_starts = 0
        worker.ready = True
        if not answers:  # _READY
            return
        chunk = worker.chunks.popleft()
        assert [seq for seq, _ in chunk.units] == [seq for seq, _ in answers], "answers out of turn"
        self._done.update(answers)

    def _replace(self, worker: _Worker) -> None:
        """A worker died: fail the unit it was on, hand the rest of its work out again."""
        worker.process.join(5)
        pending = [pair for chunk in worker.chunks for pair in chunk.units]
        if not worker.ready:  # died loading: no document is to blame, but it will not get better
            self._failed_starts += 1
            if self._failed_starts > 3:
                raise RuntimeError(f"pool workers die while loading: {died_message(worker.process.exitcode)}")
        elif pending:
            self.deaths += 1
            on = worker.current.value
            if on != _IN_BATCH:  # in a batch no one document is to blame: all go again, one at a time
                culprit = next((i for i, (seq, _) in enumerate(pending) if seq == on), 0)
                seq, unit = pending.pop(culprit)
                self._done[seq] = [Failure(unit_path(unit), "worker_died", died_message(worker.process.exitcode))]
        self._retry.extendleft(reversed(pending))
        self._close(worker)
        self._workers[self._workers.index(worker)] = self._start_worker()

    def _flush(self) -> None:
        """Pass finished results on in input order, in runs of at most _CHUNK units."""
        while self._next_out in self._done:
            units, ready = 0, []
            while units < _CHUNK and self._next_out in self._done:
                ready += self._done.pop(self._next_out)
                self._next_out += 1
                units += 1
            self._out.put((units, ready))

    # -- worker processes -----------------------------------------------------------------------

    def _start_worker(self) -> _Worker:
        tasks_reader, tasks_writer = self._context.Pipe(duplex=False)
        results_reader, results_writer = self._context.Pipe(duplex=False)
        room = _widen(tasks_writer) * 3 // 4
        _widen(results_writer)
        current = self._context.RawValue("q", -1)
        shared = None if self._shared is None else self._shared.state
        process = self._context.Process(target=_worker_main, name="neican-worker", daemon=True,
                                        args=(tasks_reader, results_writer, current, self._options, self._work, shared))
        process.start()
        tasks_reader.close()  # the worker's ends: closed here so a dead worker reads as EOF
        results_writer.close()
        return _Worker(process, tasks_writer, results_reader, current,
                       shared_version=0 if shared is None else shared[0], room=room)

    def _shutdown(self) -> None:
        for worker in self._workers:
            try:
                worker.tasks.send(None)
            except OSError:
                pass
        for worker in self._workers:
            worker.process.join(2)
            if worker.process.is_alive():  # stopped early, mid-chunk: no more of its answers are wanted
                worker.process.terminate()
                worker.process.join(2)
            self._close(worker)

    @staticmethod
    def _close(worker: _Worker) -> None:
        worker.tasks.close()
        worker.results.close()


def _widen(connection: Connection) -> int:
    """Make a pipe hold ``_PIPE_SIZE`` bytes where Linux allows it; the size it holds.

    A worker whose result message does not fit in the pipe waits until the driver thread reads
    it, and the driver queues a second chunk for a worker only if it fits (see _dispatch): with
    64 KiB, a chunk of long lines often leaves a worker one chunk to go on.
    """
    try:
        return fcntl.fcntl(connection.fileno(), fcntl.F_SETPIPE_SZ, _PIPE_SIZE)  # type: ignore[union-attr]
    except (AttributeError, OSError):  # not Linux, or over the user's pipe allowance: keep its size
        try:
            return fcntl.fcntl(connection.fileno(), fcntl.F_GETPIPE_SZ)  # type: ignore[union-attr]
        except (AttributeError, OSError):
            return 64 * 1024


# The Spark job (spark/job.py) runs one decoded document at a time through these.
_options: Options = Options()  # set once per Spark worker by _init_worker (a worker's own copy)


def _init_worker(options: Options, warm: bool = True) -> None:
    global _options
    _options = options
    if warm:
        warm_up()


def _process_one(item: RawDocument | Failure) -> dict | Failure:
    return guarded_record(item, _options)
