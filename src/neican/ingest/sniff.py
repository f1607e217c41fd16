"""Look at raw bytes and say what they are: gzip, binary, HTML, JSON(L) or text, and which charset they declare.

Sniffing happens on the first bytes only, so that a large input is judged without reading it whole.
"""
from __future__ import annotations

import re
from pathlib import PurePath

from ..patterns import LazyPattern

GZIP_MAGIC = b"\x1f\x8b"
SNIFF_BYTES = 64 * 1024  # how much of an input's head the sniffers look at

# Magic numbers of formats that are certainly not text (prefix -> name used in the message).
BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x7fELF", "ELF"),
    (b"MZ\x90\x00", "Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "OLE (old Office)"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
    (b"Rar!\x1a\x07", "RAR"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"SQLite format 3\x00", "SQLite"),
    (b"\x00asm", "WebAssembly"),
    (b"OggS", "Ogg"),
    (b"ID3", "MP3"),
    (b"fLaC", "FLAC"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM"),
    (b"wOFF", "WOFF font"),
    (b"wOF2", "WOFF2 font"),
)

# Byte-order marks, longest first: UTF-32-LE's BOM starts with UTF-16-LE's.
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)

# C0 control bytes that never occur in text (tab, LF, VT, FF, CR and ESC do).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
MAX_CONTROL_SHARE = 0.05  # a text with more control bytes than this is taken for binary

KIND_BY_SUFFIX = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",  # common on Chinese news sites
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}

# (compiled at the first sniff: `neican --help` loads no pattern cache)
_HTML_START = LazyPattern(
    rb"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"  # an XML declaration, comments
    rb"<(?:!doctype\s+html|(?:html|head|body|meta|title|p|div|br|article|section|table|h[1-6]|span|a|ul|ol|text)[\s/>])",
    re.IGNORECASE | re.DOTALL,
)
_DECLARED = (
    LazyPattern(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE),
    LazyPattern(rb"<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE),
    LazyPattern(rb"<text\b[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE),  # cached-page wrappers
)


def kind_from_name(path: str) -> tuple[str | None, bool]:
    """Return (kind, gzipped) that a file name promises: ``x.jsonl.gz`` -> ("jsonl", True).

    The kind is None when the suffix is unknown or missing; content sniffing then decides.
    """
    suffixes = [s.lower() for s in PurePath(path).suffixes]
    gzipped = bool(suffixes) and suffixes[-1] == ".gz"
    if gzipped:
        suffixes = suffixes[:-1]
    return (KIND_BY_SUFFIX.get(suffixes[-1]) if suffixes else None), gzipped


def is_gzip(head: bytes) -> bool:
    """True when the bytes start with the gzip magic number."""
    return head[:2] == GZIP_MAGIC


def bom_encoding(head: bytes) -> str | None:
    """The Python codec named by a byte-order mark at the start, if any."""
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    return None


def find_binary(head: bytes) -> str | None:
    """Describe why ``head`` looks like binary data, or None when it may be text.

    Text with a UTF-16/32 BOM contains NUL bytes legitimately, so a BOM exempts it.
    """
    for magic, name in BINARY_MAGIC:
        if head.startswith(magic):
            return f"looks like a {name} file"
    if bom_encoding(head) in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"):
        return None
    sample = head[:SNIFF_BYTES]
    nul = sample.find(b"\x00")
    if nul >= 0:
        return f"contains NUL bytes (first at byte {nul})"
    if sample:
        controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
        if controls > MAX_CONTROL_SHARE * len(sample):
            return f"{controls} of the first {len(sample)} bytes are control characters"
    return None


def kind_from_content(head: bytes) -> str:
    """Guess "jsonl", "json", "html" or "text" from the first bytes of a (decompressed) input."""
    body = head[3:] if head.startswith(b"\xef\xbb\xbf") else head
    stripped = body.lstrip()
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"["):
        return "json"
    if _HTML_START.match(body[:4096]):
        return "html"
    return "text"


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares (meta charset, http-equiv, XML declaration), lower-cased."""
    sample = head[:SNIFF_BYTES]
    for pattern in _DECLARED:
        match = pattern.search(sample)
        if match:
            return match.group(1).decode("ascii", "replace").lower()
    return None
