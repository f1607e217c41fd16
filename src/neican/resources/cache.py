"""Tables derived from the packaged files, kept on disk between runs so that start-up skips
rebuilding them.

Parsing ``ner_model.tsv`` (90,000 rows) takes 0.07 s, loading its result 0.013 s; a one-file
``neican extract`` pays that at every start. :func:`cached` keeps what a build returns in the
user's cache folder (``$NEICAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/neican``, else
``~/.cache/neican``; ``NEICAN_CACHE_DIR=`` empty turns the cache off) as a pickle this process
wrote itself, named by a hash of the files it was built from (data and code), neican's version
and Python's. A changed file gives a new name, so a stale table is never read. The packaged files
stay the source of truth: a cache that cannot be written, or holds something unreadable, is
passed over and the table built from them.
"""
from __future__ import annotations

import contextlib
import gc
import hashlib
import logging
import os
import pickle
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

CACHE_VARIABLE = "NEICAN_CACHE_DIR"
_FORMAT = 1  # bump when the file layout below changes


def cache_dir() -> Path | None:
    """Where derived tables are kept; None when the cache is off."""
    chosen = os.environ.get(CACHE_VARIABLE)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "neican"


def package_bytes(*paths: str) -> list[bytes]:
    """The contents of files of the neican package (``resources/regions.tsv``, ``lexmatch.py``)."""
    root = resources.files("neican")
    return [root.joinpath(path).read_bytes() for path in paths]


def cached(name: str, sources: list[bytes], build: Callable[[], T]) -> T:
    """``build()``, or what it returned in an earlier run from the same ``sources`` (the files
    it reads, data and code: see package_bytes).

    >>> cached("ner_model", package_bytes("resources/ner_model.tsv", "extractors/ner_lexicon.py"), parse)
    """
    folder = cache_dir()
    if folder is None:
        return build()
    from .. import __version__

    digest = hashlib.blake2b(f"{_FORMAT} {__version__} {sys.version}".encode())
    for source in sources:
        digest.update(len(source).to_bytes(8, "little"))
        digest.update(source)
    key = digest.hexdigest()[:32]
    path = folder / f"{name}-{key}.pickle"
    try:
        with open(path, "rb") as stream:
            stored_key, value = _unpickled(stream)
        if stored_key == key:
            return value
    except FileNotFoundError:
        pass
    except Exception as exc:  # truncated, garbage, an unreadable folder: build afresh
        log.debug("cache %s unreadable (%s), rebuilding", path, exc)
    value = build()
    store(folder, name, path, (key, value))
    return value


def _unpickled(stream):
    """pickle.load with the collector paused: a table is hundreds of thousands of new objects, none
    of them garbage, and young collections kept walking them as they came (a third of the
    collector's time in a one-file ``neican extract``)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(stream)
    finally:
        if was_enabled:
            gc.enable()


def store(folder: Path, name: str, path: Path, entry: tuple) -> None:
    """Write ``entry`` to ``path`` atomically (a temporary file renamed over it) and remove the
    table's files from other sources; where the folder is not writable, do nothing."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}-")
    except OSError as exc:  # read-only, no such place: the cache is optional
        log.debug("cache %s not written (%s)", path, exc)
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(entry, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except Exception as exc:  # a full disk, a value that cannot be pickled
        log.debug("cache %s not written (%s)", path, exc)
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        return
    for old in folder.glob(f"{name}-*.pickle"):
        if old != path:
            with contextlib.suppress(OSError):
                old.unlink()
