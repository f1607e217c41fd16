"""Inputs cut into work units that a pool worker reads and decodes itself.

The process that hands out work only walks directories and splits JSON Lines into raw lines:
no JSON parsing, no decoding, no HTML extraction, so those run on every core and the hand-out
stays cheap. ``decode_unit`` turns a unit into documents exactly as ``read_inputs`` would, so
``[d for u in read_units(p) for d in decode_unit(u)]`` equals ``list(read_inputs(p))``.
"""
from __future__ import annotations

import logging
import sys
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Union

from neican.ingest.jsonl import parse_line, raw_lines
from neican.ingest.reader import STDIN, dispatch, open_stream, read_path, read_stream
from neican.ingest.sniff import kind_from_name
from neican.ingest.source import Failure, RawDocument
from neican.options import Options

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LineUnit:
    """One JSON Lines line, unparsed; ``path`` is ``file#N``."""

    path: str
    data: bytes


@dataclass(frozen=True)
class FileUnit:
    """A file the worker opens and reads whole (text, HTML, JSON)."""

    path: str


Unit = Union[LineUnit, FileUnit, RawDocument, Failure]  # stdin documents come decoded


def read_units(paths: Iterable[str], options: Options = Options()) -> Iterator[Unit]:
    """Work units for every input, in the order ``read_inputs`` yields their documents.

    Example: ``list(read_units(["a.txt"]))`` → ``[FileUnit(path='a.txt')]``.
    """
    for path in map(str, paths):
        yield from dispatch(path, lambda: _stdin_units(options), lambda file: _file_units(file, options))


def decode_unit(unit: Unit, options: Options = Options()) -> list[RawDocument | Failure]:
    """The documents (or failures) a unit holds; never raises for a bad input."""
    if isinstance(unit, LineUnit):
        return [parse_line(unit.data, unit.path, options)]
    if isinstance(unit, FileUnit):
        return list(read_path(unit.path, options))
    return [unit]  # a RawDocument or a Failure is its own result


def _file_units(path: str, options: Options) -> Iterator[Unit]:
    """JSON Lines (by name, or sniffed when the name says nothing) as lines; any other file whole."""
    kind, _ = kind_from_name(path)
    if kind not in ("jsonl", None):
        yield FileUnit(path)
        return
    try:
        handle = open(path, "rb", buffering=1 << 16)
    except OSError:
        yield FileUnit(path)  # the worker's read names the problem, as read_inputs would
        return
    with handle:
        yield from _opened_units(open_stream(handle, path, kind), path, options, lambda _: [FileUnit(path)])


def _stdin_units(options: Options) -> Iterator[Unit]:
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Failure(STDIN, "not_found", "no standard input to read")
        return
    # one document on stdin is read here: a worker cannot reopen the stream
    yield from _opened_units(open_stream(stream, STDIN, None), STDIN, options,
                             lambda opened: read_stream(opened[0], STDIN, opened[1], options))


def _opened_units(opened, path: str, options: Options, whole: Callable) -> Iterator[Unit]:
    """An opened input's units: its lines where it is JSON Lines, else what ``whole(opened)`` gives."""
    if isinstance(opened, Failure):
        yield opened
    elif opened[1] == "jsonl":
        yield from _line_units(opened[0], path, options)
    else:
        yield from whole(opened)


def _line_units(stream, path: str, options: Options) -> Iterator[Unit]:
    for item in raw_lines(stream, path, options):
        yield item if isinstance(item, Failure) else LineUnit(*item)
