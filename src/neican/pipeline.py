"""The pipeline: RawDocument → Doc, through normalise → clean → extract.

``process`` takes one document through the stages; ``process_batch`` (and ``process_many``,
``guarded_records``, which use it) takes a batch through them in step, the same documents in
less time. ``process_many`` never lets one document stop a batch: an error becomes a
:class:`Failure`.
"""
from __future__ import annotations

import logging
import traceback
from typing import Callable, Iterable, Iterator, Sequence

from .clean import clean
from .doc import Doc, Removal
from .extractors import events, formulations, people, regions, statements, targets, tours
from .extractors.meta import extract_meta
from .ingest.source import Failure, RawDocument
from .normalize import normalize
from .options import Options
from .record import to_record

log = logging.getLogger(__name__)

# Extractors in the order they run; each declares what it needs (REQUIRES) and the one span key
# it writes (ASSIGNS). check_stages() refuses an order in which a stage reads what is not there.
# A stage may also offer extract_in_steps(doc, options), a generator that does what extract does
# and pauses between its parts (people: the recogniser's passes, the patterns), so that
# process_batch takes each part over a whole batch in turn.
EXTRACTORS = (formulations, regions, targets, people, events, tours, statements)
_BASE_KEYS = frozenset({"text", "meta"})


def check_stages(stages=EXTRACTORS) -> None:
    available = set(_BASE_KEYS)
    for stage in stages:
        missing = set(stage.REQUIRES) - available
        if missing:
            raise RuntimeError(f"{stage.__name__} needs {sorted(missing)}, which no earlier stage provides")
        available.add(stage.ASSIGNS)


check_stages()


def process(raw: RawDocument, options: Options = Options()) -> Doc:
    """Run every stage on one decoded document."""
    for doc in _in_steps(raw, options):
        pass
    return doc


def _in_steps(raw: RawDocument, options: Options) -> Iterator[Doc]:
    """process(), a stage at a time: yields the document after each stage, finished the last time."""
    doc = Doc(id=raw.id or raw.content_hash[:16], path=raw.path, original=raw.text,
              warnings=list(raw.warnings))
    simplified, to_original, doc.script = normalize(raw.text)
    yield doc
    cleaned = clean(simplified)
    doc.text = cleaned.text
    doc.offsets = cleaned.offsets.compose(to_original)
    for start, end, reason in cleaned.removed:
        a, b = to_original.span(start, end)
        doc.removed.append(Removal(raw.text[a:b].strip(), reason, a, b))
    yield doc
    meta = extract_meta(cleaned.lines, doc.text, raw.meta)
    doc.meta = dict(vars(meta))  # the fields, in order
    doc.meta["articles"] = [vars(a) for a in meta.articles]
    doc.meta.update(kind=raw.kind, encoding=raw.encoding, content_hash=raw.content_hash,
                    url=raw.meta.get("url"))
    if not doc.text.strip():
        doc.warnings.append("empty_after_cleaning: no content survived cleaning")
    for stage in EXTRACTORS:
        yield doc
        if in_steps := getattr(stage, "extract_in_steps", None):  # a stage in parts, each its turn
            for _ in in_steps(doc, options):
                yield doc
        else:
            stage.extract(doc, options)
    doc.scratch.clear()  # the stages' shared work, not part of the result
    yield doc


# A batch (process_batch) of at most this many documents and characters: enough that a stage's
# tables stay warm in the processor's caches (CPU time on 4,812 xwlb items, against one at a
# time: +12% at 16 documents, +16% at 64, +25% at 256, no more at 1,024), few enough to hold
# little memory (256 xwlb items are 0.12 M characters).
BATCH, BATCH_CHARS = 256, 1_000_000


def process_batch(raws: Sequence[RawDocument], options: Options = Options()) -> list[Doc | Exception]:
    """process() of each document, the batch taken through the stages in step: a stage runs over
    every document before the next one starts, so its lexicons, weights and patterns stay in the
    processor's caches rather than being evicted by the other stages' (about 15% less CPU time on
    xwlb items than one document at a time). The same documents; one whose stage raises gets the
    exception in its place, and the others go on."""
    done: list = [None] * len(raws)
    running = [(k, _in_steps(raw, options)) for k, raw in enumerate(raws)]
    while running:
        going = []
        for k, steps in running:
            try:
                done[k] = next(steps)
            except StopIteration:
                continue
            except Exception as exc:  # one bad document must not take down the batch
                done[k] = exc
                continue
            going.append((k, steps))
        running = going
    return done


_WARM_UP_TEXT = ("新华社北京1月13日电（记者王明）13日傍晚，省委书记、省人大常委会主任李华在沈阳市主持召开"
                 "省委常委会会议，强调推动“高质量发展”，建设三个万亿级产业基地，增长12.3%。"
                 "浙江省党政代表团赴辽宁学习考察。（责任编辑：张红）")


# Tracked allocations (net of deallocations) between two young collections in a process that
# only extracts (warm_up). The stages' objects die by reference counting, so at Python's 700 the
# collector ran some 480 times over 2,812 xwlb items, each time walking the batch's live spans
# and records (about 5% of CPU time); at this figure it runs a few times, when cyclic garbage
# has piled up, and what piles up meanwhile is a few megabytes at most.
_YOUNG_COLLECTION_THRESHOLD = 50_000


def warm_up() -> None:
    """Load every lexicon, pattern and library the stages use, then mark what is loaded as
    permanent for the garbage collector (gc.freeze), so full collections stop walking the
    lexicons again and again (3% of extraction time), and let the collector wait for more
    allocations before a young collection (_YOUNG_COLLECTION_THRESHOLD). For processes that do
    nothing but extract: the CLI's commands and the pool's workers call it; a library caller
    may too. cn2an (0.1 s to import) is left to the first numeral past 99 that needs it: a
    one-file extract seldom has one."""
    import gc

    # the threshold first: loading is allocation without garbage, which young collections at
    # Python's 700 would walk again and again
    relax_collector()
    process(RawDocument("<warm-up>", _WARM_UP_TEXT, "0"))
    gc.freeze()


def relax_collector() -> None:
    """Let the collector wait for _YOUNG_COLLECTION_THRESHOLD net allocations before a young
    collection: for a process that extracts or loads the lexicons (warm_up; the CLI's parent of
    a pool, which extracts what is too little work to start one itself)."""
    import gc

    gc.set_threshold(_YOUNG_COLLECTION_THRESHOLD, *gc.get_threshold()[1:])


def process_many(items: Iterable[RawDocument | Failure], options: Options = Options()) -> Iterator[Doc | Failure]:
    """Process a stream of inputs, a batch at a time (batches, process_batch); failures pass
    through and errors become failures."""
    for batch in batches(items):
        raws = [item for item in batch if not isinstance(item, Failure)]
        docs = iter(process_batch(raws, options))
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            doc = next(docs)
            yield _failure_of(item, doc) if isinstance(doc, Exception) else doc


def guarded_record(item: RawDocument | Failure, options: Options = Options()) -> dict | Failure:
    """The record of one input, or a Failure naming it: what every worker (pool, Spark) runs.

    Nothing one document does escapes as an exception: building its record is guarded too.

    >>> guarded_record(RawDocument("a.txt", "本报讯 会议召开。", "0"))["path"]
    'a.txt'
    """
    if isinstance(item, Failure):
        return item
    try:
        return to_record(process(item, options))
    except Exception as exc:  # one bad document must not take down the batch
        return _failure_of(item, exc)


def guarded_records(items: Sequence[RawDocument | Failure], options: Options = Options()) -> list[dict | Failure]:
    """guarded_record() of each item, the documents processed together (process_many): the same
    records, in less time."""
    out: list[dict | Failure] = []
    for item, doc in zip(items, process_many(items, options)):  # one result per item, in order
        if isinstance(doc, Failure):
            out.append(doc)
            continue
        try:
            out.append(to_record(doc))
        except Exception as exc:  # one bad document must not take down the batch
            out.append(_failure_of(item, exc))
    return out


def document_size(item: RawDocument | Failure) -> tuple[int, int]:
    """(documents, characters) an input adds to a batch."""
    return 1, len(item.text) if isinstance(item, RawDocument) else 0


def batches(items: Iterable, size: Callable[[object], tuple[int, int]] = document_size) -> Iterator[list]:
    """``items`` in runs of at most BATCH documents and BATCH_CHARS characters, as ``size`` counts
    an item (an item bigger than that makes a run of its own), in order."""
    batch: list = []
    documents = chars = 0
    for item in items:
        item_documents, item_chars = size(item)
        if batch and (documents + item_documents > BATCH or chars + item_chars > BATCH_CHARS):
            yield batch
            batch, documents, chars = [], 0, 0
        batch.append(item)
        documents += item_documents
        chars += item_chars
    if batch:
        yield batch


def _failure_of(item: RawDocument, exc: Exception) -> Failure:
    log.debug("processing %s failed\n%s", item.path, "".join(traceback.format_exception(exc)))
    return Failure(item.path, "error", f"{type(exc).__name__}: {exc}")
