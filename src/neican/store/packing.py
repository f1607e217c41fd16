"""How ``documents.text`` and ``documents.record`` are stored: zstd, with dictionaries trained on
the store's own documents.

A news item is short (1–3 KB), and a short text compresses poorly on its own: zlib keeps 58% of a
typical xwlb item and 45% of its record. A dictionary trained on a sample of the same store's
documents gives the compressor the vocabulary and the JSON shape up front, and keeps 41% and 21%
(benchmarks/store_size.py). A store trains one dictionary for texts and one for records once, when
it first holds ``TRAIN_AT`` documents, keeps them in ``compression_dicts``, and rewrites what it
held before (see ``Store``). Every zstd frame names the dictionary it needs, so older values stay
readable after a store's dictionaries change.

Values read: ``str`` (texts of stores before schema 4), zlib (records of schema 3), zstd frames
with or without a dictionary. A ``Codec`` belongs to one connection (zstd's compressors are not
shared between threads); ``install`` registers the SQL functions ``neican_text(text)`` and
``neican_record(record, text)`` bound to it, for export, ad-hoc SQL and Datasette.
"""
from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

import zstandard

TEXT, RECORD = "text", "record"
KINDS = (TEXT, RECORD)
TRAIN_AT = 5000  # documents a store holds before it trains its dictionaries
SAMPLE = 5000  # documents read to train them: 2,000 give values 7% larger
DICT_SIZE = 220 * 1024  # twice zstd's default: 5% smaller values on xwlb
LEVEL = 6  # 60 MB/s with a dictionary; 9 is 2% smaller at two thirds the speed
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


# One encoder for every value: json.dumps builds a new one on each call given options.
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def to_json(value: Any) -> str:
    """Compact JSON that keeps Chinese readable in SQL and Datasette."""
    return _ENCODE(value)


class Codec:
    """Packs and unpacks stored values with one connection's dictionaries.

    ``dictionaries`` maps a dictionary id to its bytes; ``current`` maps a kind (``text``,
    ``record``) to the id new values of that kind are packed with (none: plain zstd).

    >>> codec = Codec()
    >>> codec.unpack(codec.pack_text("省委书记在沈阳主持召开会议"))
    '省委书记在沈阳主持召开会议'
    """

    def __init__(self, dictionaries: Mapping[int, bytes] = {}, current: Mapping[str, int] = {}):
        self._dictionaries = {id_: zstandard.ZstdCompressionDict(data) for id_, data in dictionaries.items()}
        self.current = dict(current)
        self._compressors: dict[str, zstandard.ZstdCompressor] = {}
        self._decompressors: dict[int, zstandard.ZstdDecompressor] = {}

    def add(self, kind: str, dictionary: zstandard.ZstdCompressionDict) -> None:
        """Pack new values of ``kind`` with ``dictionary`` from now on."""
        self._dictionaries[dictionary.dict_id()] = dictionary
        self.current[kind] = dictionary.dict_id()
        self._compressors.pop(kind, None)

    def dictionary_bytes(self, id_: int) -> bytes:
        return self._dictionaries[id_].as_bytes()

    def pack(self, kind: str, data: bytes) -> bytes:
        compressor = self._compressors.get(kind)
        if compressor is None:
            dict_id = self.current.get(kind)
            compressor = zstandard.ZstdCompressor(
                level=LEVEL, dict_data=self._dictionaries[dict_id] if dict_id is not None else None)
            self._compressors[kind] = compressor
        return compressor.compress(data)

    def pack_text(self, text: str) -> bytes:
        return self.pack(TEXT, text.encode("utf-8"))

    def pack_record(self, record: dict[str, Any] | str) -> bytes:
        """A record (or its JSON) as stored: its ``text`` empty, the text being in its own column."""
        if isinstance(record, str):
            record = json.loads(record)
        if "text" in record:
            record = record | {"text": ""}  # same key order; the text is put back on reading
        return self.pack(RECORD, to_json(record).encode("utf-8"))

    def repack(self, kind: str, stored: bytes | str) -> bytes:
        """A stored value packed again with the current dictionary of ``kind``."""
        return self.pack(kind, stored.encode("utf-8") if isinstance(stored, str) else self.unpack_bytes(stored))

    def unpack_bytes(self, stored: bytes) -> bytes:
        """The bytes a stored blob holds (zstd or zlib)."""
        if not stored.startswith(_ZSTD_MAGIC):
            return zlib.decompress(stored)
        dict_id = zstandard.get_frame_parameters(stored).dict_id
        decompressor = self._decompressors.get(dict_id)
        if decompressor is None:
            if dict_id and dict_id not in self._dictionaries:
                raise ValueError(f"compressed with dictionary {dict_id}, which this store does not hold")
            decompressor = zstandard.ZstdDecompressor(dict_data=self._dictionaries.get(dict_id) if dict_id else None)
            self._decompressors[dict_id] = decompressor
        return decompressor.decompress(stored)

    def unpack(self, stored: bytes | str | None) -> str | None:
        """A stored text (or record JSON) as a string; a plain string passes through."""
        if stored is None or isinstance(stored, str):
            return stored
        return self.unpack_bytes(stored).decode("utf-8")

    def unpack_record(self, stored: bytes | str, text: bytes | str | None) -> dict[str, Any]:
        """The full record from ``documents.record`` and ``documents.text``."""
        record = json.loads(self.unpack(stored))
        if "text" in record:
            record["text"] = self.unpack(text) or ""
        return record

    def record_json(self, stored: bytes | str | None, text: bytes | str | None) -> str | None:
        """The full record as JSON text (the SQL function ``neican_record``), None for NULL."""
        return None if stored is None else to_json(self.unpack_record(stored, text))


class Packer(NamedTuple):
    """A codec's current dictionaries as plain data, to build the same packing in another process."""

    dictionaries: dict[int, bytes]
    current: dict[str, int]

    def codec(self) -> Codec:
        return Codec(self.dictionaries, self.current)


# The COVER trainer's segment size (k) and d-mer length (d) for each kind of value. Left to itself
# zstd tries dozens of (k, d) pairs, five times the work: 1.8 s in the writing process, during
# which the ingest's workers stand idle. On 5,000 xwlb items these fixed pairs give values no
# larger than the search's choice (texts 0.4% smaller, records 0.2%), trained in 0.4 s.
_COVER = {TEXT: {"k": 128, "d": 8}, RECORD: {"k": 512, "d": 8}}


def train(samples: Iterable[bytes], kind: str = RECORD) -> zstandard.ZstdCompressionDict | None:
    """A dictionary for values like ``samples`` (of ``kind``: TEXT or RECORD); None where they are
    too few or too alike to train on."""
    samples = [s for s in samples if s]
    if len(samples) < 8:
        return None
    try:
        return zstandard.train_dictionary(DICT_SIZE, samples, level=LEVEL, **_COVER[kind])
    except zstandard.ZstdError:
        return None


def load(conn: sqlite3.Connection) -> Codec:
    """The codec of a store's connection: its dictionaries, the newest of each kind current."""
    try:
        rows = conn.execute("SELECT id, kind, data FROM compression_dicts ORDER BY rowid").fetchall()
    except sqlite3.OperationalError:  # a store before schema 4 (a read-only one is not migrated)
        rows = []
    return Codec({id_: data for id_, _, data in rows}, {kind: id_ for id_, kind, _ in rows})


def install(conn: sqlite3.Connection) -> Codec:
    """Load a connection's codec and bind ``neican_text`` and ``neican_record`` to it."""
    codec = load(conn)
    conn.create_function("neican_text", 1, codec.unpack, deterministic=True)
    conn.create_function("neican_record", 2, codec.record_json, deterministic=True)
    return codec
