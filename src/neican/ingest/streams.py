"""Byte streams for ingestion: transparent gunzip by magic bytes, peeking, and bounded reads.

Kept apart from the readers so that files, stdin and gzip members all look alike to them.
"""
from __future__ import annotations

import gzip
import io
import zlib
from typing import IO

from neican.errors import InputError
from neican.ingest.sniff import SNIFF_BYTES, is_gzip

# What a damaged gzip stream raises, at any read.
GZIP_ERRORS = (EOFError, zlib.error, gzip.BadGzipFile)


def peekable(stream: IO[bytes]) -> IO[bytes]:
    """A buffered view of ``stream`` that supports ``peek`` (stdin replaced by BytesIO has none)."""
    if hasattr(stream, "peek"):
        return stream
    return io.BufferedReader(stream, buffer_size=SNIFF_BYTES)  # type: ignore[arg-type]


def head_of(stream: IO[bytes]) -> bytes:
    """The first bytes of ``stream`` without consuming them (up to one buffer)."""
    return stream.peek(SNIFF_BYTES)[:SNIFF_BYTES]  # type: ignore[attr-defined]


def ungzip(stream: IO[bytes]) -> IO[bytes]:
    """Wrap ``stream`` in a decompressor when it starts with the gzip magic (whatever its name says)."""
    if is_gzip(head_of(stream)):
        return gzip.GzipFile(fileobj=stream, mode="rb")
    return stream


def read_limited(stream: IO[bytes], limit: int) -> bytes:
    """Read the whole stream, or raise ``too_large`` once it is past ``limit`` bytes (never reading more)."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError("", "too_large", f"over the {describe_size(limit)} limit (max_document_bytes)")
    return data


def gzip_failure_detail(error: BaseException, where: str = "") -> str:
    """A human message for a damaged gzip stream."""
    if isinstance(error, EOFError):
        return f"compressed data ends early{where}"
    return f"corrupt compressed data ({error}){where}"


def describe_size(size: int) -> str:
    """``20971520`` -> ``"20 MB"``: sizes in messages, in binary units."""
    for unit, factor in (("GB", 1 << 30), ("MB", 1 << 20), ("KB", 1 << 10)):
        if size >= factor:
            value = size / factor
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def joined(first: bytes, rest: IO[bytes]) -> IO[bytes]:
    """A buffered stream of ``first`` followed by what is left of ``rest``: re-reads bytes already taken."""
    return io.BufferedReader(_Joined(first, rest), buffer_size=1 << 16)


class _Joined(io.RawIOBase):
    """Bytes already read, followed by the rest of a stream: lets a peeked-at stream be read again."""

    def __init__(self, first: bytes, rest: IO[bytes]):
        self._first, self._rest = memoryview(first), rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._first:
            n = min(len(buffer), len(self._first))
            buffer[:n] = self._first[:n]
            self._first = self._first[n:]
            return n
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
