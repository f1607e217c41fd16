"""Inputs to documents: a file, a directory walk, or stdin, each dispatched on what its bytes are.

Every problem with an input becomes a :class:`Failure` naming it; reading goes on with the next.
"""
from __future__ import annotations

import hashlib
import logging
import os
import sys
from typing import IO, Callable, Iterator, TypeVar

from neican.errors import InputError
from neican.ingest.decode import decode_bytes
from neican.ingest.jsonl import read_json, read_jsonl
from neican.ingest.sniff import (
    GZIP_MAGIC,
    declared_charset,
    find_binary,
    is_gzip,
    kind_from_content,
    kind_from_name,
)
from neican.ingest.source import Failure, RawDocument
from neican.ingest.streams import (
    GZIP_ERRORS,
    describe_size,
    gzip_failure_detail,
    head_of,
    peekable,
    read_limited,
    ungzip,
)
from neican.options import Options

log = logging.getLogger(__name__)

STDIN = "-"
T = TypeVar("T")


def read_path(path: str, options: Options) -> Iterator[RawDocument | Failure]:
    """Read one command-line input: ``-`` for stdin, a directory (walked), or a file."""
    yield from dispatch(path, lambda: read_stdin(options), lambda file: read_file(file, options))


def dispatch(path: str, from_stdin: Callable[[], Iterator[T]],
             from_file: Callable[[str], Iterator[T]]) -> Iterator[T | Failure]:
    """What one command-line input gives: ``from_stdin()`` for ``-``; ``from_file`` of a file, or of
    every supported file under a directory, in sorted order (hidden and unsupported files skipped).
    The readers (``read_path``) and the pool's work units (``units.read_units``) share it.

    An unexpected error (a bug, not a bad input) ends this input with a Failure, not the batch.
    """
    try:
        if path == STDIN:
            yield from from_stdin()
        elif os.path.isdir(path):
            for item in walk_files(path):
                if isinstance(item, Failure):
                    yield item
                else:
                    yield from from_file(item)
        else:
            yield from from_file(path)
    except Exception as error:  # noqa: BLE001 - logged with its traceback, reported as a Failure
        log.exception("unexpected error reading %s", path)
        yield Failure(path, "error", f"{type(error).__name__}: {error}")


def walk_files(root: str) -> Iterator[str | Failure]:
    """The supported files under ``root``, sorted, hidden ones skipped; a Failure per unreadable folder."""
    errors: list[OSError] = []
    for directory, subdirs, names in os.walk(root, onerror=errors.append):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        for name in sorted(names):
            if name.startswith(".") or kind_from_name(name)[0] is None:
                continue
            yield os.path.join(directory, name)
    for error in errors:
        yield Failure(str(error.filename or root), "error", error.strerror or str(error))


def read_file(path: str, options: Options) -> Iterator[RawDocument | Failure]:
    """Read one file: its name says what it should hold, its bytes say whether it is gzip or binary."""
    kind, _ = kind_from_name(path)
    try:
        handle = open(path, "rb", buffering=1 << 16)
    except FileNotFoundError:
        yield Failure(path, "not_found", "no such file or directory")
        return
    except OSError as error:
        yield Failure(path, "error", error.strerror or str(error))
        return
    with handle:
        size = os.fstat(handle.fileno()).st_size
        if size > options.max_document_bytes and kind in ("text", "html"):
            # Refuse early, unless it is gzip (its size on disk says nothing about the text).
            if not is_gzip(head_of(handle)):
                limit = describe_size(options.max_document_bytes)
                yield Failure(path, "too_large", f"{describe_size(size)} is over the {limit} limit (max_document_bytes)")
                return
        yield from read_stream(handle, path, kind, options)


def read_stdin(options: Options) -> Iterator[RawDocument | Failure]:
    """Read standard input as bytes; its content says whether it is JSONL, HTML or text."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        yield Failure(STDIN, "not_found", "no standard input to read")
        return
    yield from read_stream(stream, STDIN, None, options)


def open_stream(stream: IO[bytes], path: str, kind: str | None) -> tuple[IO[bytes], str] | Failure:
    """The stream to read (gzip undone, whatever the name) and its kind (None: sniffed), or a
    Failure when it is empty, binary or damaged gzip."""
    try:
        stream = ungzip(peekable(stream))
        head = head_of(stream)
    except GZIP_ERRORS as error:
        return Failure(path, "truncated", gzip_failure_detail(error))
    if not head:
        return Failure(path, "empty", "0 bytes")
    if len(head) < len(GZIP_MAGIC) and GZIP_MAGIC.startswith(head):  # found by the property tests
        return Failure(path, "truncated", gzip_failure_detail(EOFError()))
    binary = find_binary(head)
    if binary:
        return Failure(path, "binary", binary)
    return stream, kind or kind_from_content(head)


def read_stream(stream: IO[bytes], path: str, kind: str | None, options: Options) -> Iterator[RawDocument | Failure]:
    """Read an open byte stream as ``kind`` (None: sniff it); gzip is undone first, whatever the name."""
    opened = open_stream(stream, path, kind)
    if isinstance(opened, Failure):
        yield opened
        return
    stream, kind = opened
    try:
        if kind == "jsonl":
            yield from read_jsonl(stream, path, options)
        elif kind == "json":
            yield from read_json(stream, path, options)
        else:
            yield read_document(stream, path, kind, options)
    except GZIP_ERRORS as error:
        yield Failure(path, "truncated", gzip_failure_detail(error))
    except OSError as error:
        yield Failure(path, "error", error.strerror or str(error))


def read_document(stream: IO[bytes], path: str, kind: str, options: Options) -> RawDocument | Failure:
    """Read a whole text or HTML document from ``stream``; a Failure when it cannot be one."""
    try:
        data = read_limited(stream, options.max_document_bytes)
        return document_from_bytes(data, path, kind, options.html_extractor)
    except InputError as error:
        return Failure(path, error.reason, error.detail)
    except GZIP_ERRORS:
        raise  # the caller names the damage
    except Exception as error:  # noqa: BLE001 - one odd file must not end the batch
        log.exception("unexpected error reading %s", path)
        return Failure(path, "error", f"{type(error).__name__}: {error}")


def document_from_bytes(data: bytes, path: str, kind: str, extractor: str = "trafilatura") -> RawDocument:
    """Decode and, for HTML, extract one document; raises :class:`InputError` when there is no text.

    Example: ``document_from_bytes("正文".encode(), "a.txt", "text").text`` -> ``"正文"``
    """
    if not data:
        raise InputError(path, "empty", "0 bytes")
    text, encoding, warnings = decode_bytes(data, declared_charset(data) if kind == "html" else None)
    if not text.strip():
        raise InputError(path, "empty", "only whitespace")
    content_hash = hashlib.sha1(data).hexdigest()
    if kind != "html":
        return RawDocument(path, text, content_hash, kind="text", encoding=encoding, warnings=warnings)
    from neican.ingest.html import html_to_text  # here: a run over text files never loads lxml (start-up)

    extracted = html_to_text(text, extractor=extractor)
    return RawDocument(
        path,
        extracted.text,
        content_hash,
        kind="html",
        encoding=encoding,
        meta=extracted.meta,
        warnings=warnings + extracted.warnings,
    )


list_directory = walk_files  # the name the Spark job lists local inputs by
