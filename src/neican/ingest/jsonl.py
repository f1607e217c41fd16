"""JSON Lines (and single-object JSON) to documents, one line at a time so a 75k-line corpus streams.

A bad line becomes a Failure naming ``file#line`` and the next line is read; an over-long line
is counted and skipped without ever being held whole.
"""
from __future__ import annotations

import hashlib
import io
import json
import logging
from typing import IO, Any, Callable, Iterator

from neican.errors import InputError
from neican.ingest.decode import decode_bytes
from neican.ingest.source import Failure, RawDocument
from neican.ingest.streams import GZIP_ERRORS, gzip_failure_detail, joined
from neican.options import Options

from ..patterns import cached_compile

log = logging.getLogger(__name__)

TEXT_FIELDS = ("text", "html", "content")  # the first present one is the document
STRING_FIELDS = ("title", "published", "source", "url")
READ_CHUNK = 1 << 20  # a line is read in pieces of this many bytes
_CONTINUATION_BYTES = bytes(range(0x80, 0xC0))  # UTF-8 bytes that do not start a character
_MAX_INT_DIGITS = 4300  # sys.get_int_max_str_digits()'s default; a sign counts as a digit here, to be safe
_TAG_SEPARATORS = cached_compile(r"\s*[,，;；、|｜]\s*")


def read_jsonl(stream: IO[bytes], path: str, options: Options) -> Iterator[RawDocument | Failure]:
    """Yield one document (or Failure) per non-blank line of ``stream``; ``path#N`` names line N.

    Example: ``list(read_jsonl(io.BytesIO(b'{"text": "正文"}\\n'), "a.jsonl", Options()))``
    """
    for item in raw_lines(stream, path, options):
        yield item if isinstance(item, Failure) else parse_line(item[1], item[0], options)


def raw_lines(stream: IO[bytes], path: str, options: Options) -> Iterator[tuple[str, bytes] | Failure]:
    """(``path#N``, bytes) for every non-blank line of ``stream``, unparsed; a Failure for a line
    over ``max_line_chars``, for a damaged gzip stream (which ends the file) and for a file of
    blank lines only (which must not vanish without a word)."""
    lineno = yielded = 0
    try:
        for lineno, line, chars in iter_lines(stream, options.max_line_chars):
            line_path = f"{path}#{lineno}"
            if line is None:
                limit = options.max_line_chars
                yield Failure(line_path, "too_large", f"line of {chars:,} characters is over max_line_chars ({limit:,})")
                yielded += 1
            elif line.strip():
                yield line_path, line
                yielded += 1
    except GZIP_ERRORS as error:
        yield Failure(path, "truncated", gzip_failure_detail(error, f" after line {lineno:,}; the rest is lost"))
        return
    if not yielded:  # a file of blank lines must not vanish without a word
        yield Failure(path, "empty", f"{lineno:,} blank line(s), no JSON")


def read_json(stream: IO[bytes], path: str, options: Options) -> Iterator[RawDocument | Failure]:
    """Read a ``.json`` file: one object, an array of objects (``path#N`` for item N), or JSON Lines.

    A file over ``max_document_bytes`` can only be JSON Lines, so it is streamed as such.
    """
    data = stream.read(options.max_document_bytes + 1)
    if len(data) > options.max_document_bytes:
        yield from read_jsonl(joined(data, stream), path, options)
        return
    try:
        value, encoding, warnings = _load_json(data)
    except InputError as error:
        if error.detail.startswith("Extra data"):  # json's word for a second value: JSON Lines
            yield from read_jsonl(io.BytesIO(data), path, options)
        else:
            yield Failure(path, error.reason, error.detail)
        return
    if isinstance(value, dict):
        yield _from_value(value, path, hashlib.sha1(data).hexdigest(), (encoding, warnings), options)
    elif isinstance(value, list):
        for number, item in enumerate(value, 1):
            canonical = json.dumps(item, ensure_ascii=False, sort_keys=True).encode()
            item_hash = hashlib.sha1(canonical).hexdigest()
            yield _from_value(item, f"{path}#{number}", item_hash, (encoding, warnings), options)
    else:
        yield Failure(path, "bad_json", f"file holds a JSON {_json_type(value)}, not an object")


def parse_line(line: bytes, path: str, options: Options = Options()) -> RawDocument | Failure:
    """Turn one JSONL line into a document; a Failure (never an exception) when it is not one."""
    try:
        record, encoding, warnings = _load_json(line)
    except InputError as error:
        return Failure(path, error.reason, error.detail)
    return _from_value(record, path, hashlib.sha1(line).hexdigest(), (encoding, warnings), options)


def _from_value(
    value: Any, path: str, content_hash: str, decoding: tuple[str, list[str]], options: Options
) -> RawDocument | Failure:
    try:
        if not isinstance(value, dict):
            raise InputError("", "bad_json", f"a JSON {_json_type(value)}, not an object")
        encoding, warnings = decoding
        return document_from_record(
            value, path, content_hash, encoding=encoding, warnings=warnings, extractor=options.html_extractor
        )
    except InputError as error:
        return Failure(path, error.reason, error.detail)
    except Exception as error:  # noqa: BLE001 - one odd record must not end the file
        log.exception("unexpected error reading %s", path)
        return Failure(path, "error", f"{type(error).__name__}: {error}")


def iter_lines(stream: IO[bytes], max_chars: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, line without its line ending, 0), or (number, None, length) for a line over ``max_chars``.

    Lines are read in ``READ_CHUNK`` pieces; once a line is known to be too long its pieces are
    counted and dropped, so memory stays bounded whatever the line's length.
    """
    lineno = 0
    while True:
        piece = stream.readline(READ_CHUNK)
        if not piece:
            return
        lineno += 1
        if piece.endswith(b"\n") and len(piece) <= max_chars:  # the common case: bytes bound chars
            yield lineno, piece.rstrip(b"\r\n"), 0
            continue
        parts: list[bytes] | None = [piece]
        chars = count_chars(piece)
        while not piece.endswith(b"\n"):
            piece = stream.readline(READ_CHUNK)
            if not piece:
                break
            chars += count_chars(piece)
            if parts is not None:
                parts.append(piece)
                if chars > max_chars + 2:  # over even with a CRLF ending: stop holding it
                    parts = None
        chars -= len(piece) - len(piece.rstrip(b"\r\n"))  # the line ending is not content
        if parts is None or chars > max_chars:
            yield lineno, None, chars
        else:
            yield lineno, b"".join(parts).rstrip(b"\r\n"), 0


def count_chars(data: bytes) -> int:
    """Characters in UTF-8 ``data`` without decoding it: every byte that is not a continuation byte."""
    return len(data.translate(None, _CONTINUATION_BYTES))


def _load_json(data: bytes) -> tuple[Any, str, list[str]]:
    """Parse JSON bytes; non-UTF-8 bytes go through :func:`decode_bytes` first."""
    encoding, warnings = "utf-8", []
    try:
        try:
            return json.loads(data, parse_int=_read_int), encoding, warnings
        except UnicodeDecodeError:
            text, encoding, warnings = decode_bytes(data)
            return json.loads(text, parse_int=_read_int), encoding, warnings
    except json.JSONDecodeError as error:
        where = f"line {error.lineno} column {error.colno}" if error.lineno > 1 else f"column {error.colno}"
        raise InputError("", "bad_json", f"{error.msg} at {where}") from None
    except RecursionError:
        raise InputError("", "bad_json", "nested too deeply") from None


def _read_int(digits: str) -> int | str:
    """A JSON integer; one too long for int() (over 4,300 digits) stays its digits, not an error."""
    return int(digits) if len(digits) <= _MAX_INT_DIGITS else digits


def document_from_record(
    record: dict[str, Any],
    path: str,
    content_hash: str,
    *,
    encoding: str = "utf-8",
    warnings: list[str] | None = None,
    extractor: str = "trafilatura",
) -> RawDocument:
    """Build a document from one JSON object: text from ``text``, else ``html``, else ``content``.

    Raises :class:`InputError` (``bad_json``, ``empty`` or ``bad_html``) when it holds no text.
    """
    # the HTML modules are imported here: a run over text files never loads lxml (start-up)
    from neican.ingest.html import html_to_text, looks_like_html

    field, value = _text_field(record)
    is_html = field == "html" or (field == "content" and looks_like_html(value))
    meta = record_meta(record)
    warnings = list(warnings or [])
    if not value.strip():
        raise InputError("", "empty", f"field {field!r} is empty")
    if is_html:
        extracted = html_to_text(value, extractor=extractor)
        text, kind = extracted.text, "html"
        meta = {**extracted.meta, **meta}  # the record's own fields win over what the page says
        warnings.extend(extracted.warnings)
    else:
        text, kind = value.replace("\r\n", "\n").replace("\r", "\n"), "text"
    raw_id = record.get("id")
    return RawDocument(
        path=path,
        text=text,
        content_hash=content_hash,
        kind=kind,
        id=None if raw_id is None else str(raw_id),
        encoding=encoding,
        meta=meta,
        warnings=warnings,
    )


def _text_field(record: dict[str, Any]) -> tuple[str, str]:
    for name in TEXT_FIELDS:
        value = record.get(name)
        if isinstance(value, str):
            return name, value
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return name, "\n".join(value)  # paragraphs given as a list
    raise InputError("", "bad_json", f"no text field (expected one of: {', '.join(TEXT_FIELDS)})")


def record_meta(record: dict[str, Any]) -> dict[str, Any]:
    """The optional fields of a record, as ``RawDocument.meta``: only keys that hold something."""
    meta: dict[str, Any] = {}
    for name in STRING_FIELDS:
        value = record.get(name)
        if value is not None and str(value).strip():
            meta[name] = str(value).strip()
    authors = record.get("authors", record.get("author"))
    if authors:
        from neican.ingest.htmlmeta import split_authors  # see document_from_record

        names = _string_list(authors, split_authors)
        if names:
            meta["authors"] = names
    tags = record.get("tags")
    if tags:
        values = _string_list(tags, lambda s: [t for t in _TAG_SEPARATORS.split(s.strip()) if t])
        if values:
            meta["tags"] = values
    return meta


def _string_list(value: Any, split: Callable[[str], list[str]]) -> list[str]:
    if isinstance(value, str):
        return split(value)
    if isinstance(value, list):
        return [str(v).strip() for v in value if v is not None and str(v).strip()]
    return [str(value)]


def _json_type(value: Any) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")
