"""Property-based tests of the ingest layer (issue 16): good inputs come out, bad ones are named,
nothing raises, and every string that comes out can be written as UTF-8 (and into the store).

Examples per strategy come from a Hypothesis profile: ``ci`` (the default, sized to keep this
file within CI's budget) or ``thorough`` (2,000 a strategy), chosen with
``NEICAN_HYPOTHESIS_PROFILE=thorough``.
"""
from __future__ import annotations

import gzip
import json
import os
import shutil
import tempfile

import pytest

hypothesis = pytest.importorskip("hypothesis", reason="hypothesis is not installed (pip install -e '.[test]')")

from hypothesis import HealthCheck, assume, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from neican import surrogates  # noqa: E402
from neican.ingest import read_inputs  # noqa: E402
from neican.ingest.jsonl import parse_line  # noqa: E402
from neican.ingest.source import Failure, RawDocument  # noqa: E402
from neican.pipeline import guarded_record  # noqa: E402

_COMMON = dict(deadline=None, database=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
settings.register_profile("ci", max_examples=200, **_COMMON)
settings.register_profile("thorough", max_examples=2000, **_COMMON)
PROFILE = settings.get_profile(os.environ.get("NEICAN_HYPOTHESIS_PROFILE", "ci"))

REASONS = {"binary", "empty", "encoding", "truncated", "too_large", "bad_json", "bad_html", "not_found",
           "unsupported", "error"}
SUFFIXES = [".txt", ".html", ".htm", ".jsonl", ".json", ".txt.gz", ".jsonl.gz", ".ndjson"]
CODECS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", "gbk", "big5hkscs",
          "cp1252", "latin-1", "shift_jis", "euc-kr", "koi8-r"]
BOM_CODECS = {"utf-8", "utf-8-sig", "utf-16", "utf-32"}  # decoded exactly, whatever the text
HANZI = "本报讯记者张三北京日电省委书记会议召开强调推动高质量发展振兴沈阳瀋陽經濟年月日时"
PROSE = st.text(alphabet=st.sampled_from(HANZI + "，。、“”：；（）《》 abcXYZ0123456789\n"), min_size=1, max_size=200)
# Any character a text may hold: surrogates and control characters (NUL aside) included.
ANY_TEXT = st.text(st.characters(blacklist_characters="\x00"), max_size=60)


@pytest.fixture(scope="module")
def folder():
    path = tempfile.mkdtemp(prefix="neican-properties-")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def store(folder):
    from neican.store import open_store

    with open_store(os.path.join(folder, "properties.db")) as opened:
        yield opened


def _fresh(folder: str) -> str:
    """An empty subfolder, the same one for every example of a test (examples run one by one)."""
    path = os.path.join(folder, "case")
    shutil.rmtree(path, ignore_errors=True)
    os.mkdir(path)
    return path


def check_item(item) -> None:
    """A document or a named failure, every string of it writable as UTF-8."""
    assert isinstance(item, (RawDocument, Failure)), type(item)
    if isinstance(item, Failure):
        assert item.reason in REASONS, item
        assert item.path and item.message, item
    json.dumps(vars(item), ensure_ascii=False).encode("utf-8")


def check_record(item) -> dict | Failure:
    result = guarded_record(item)
    if isinstance(result, dict):
        json.dumps(result, ensure_ascii=False, allow_nan=False).encode("utf-8")
    else:
        check_item(result)
    return result


def _json_values():
    scalars = (st.none() | st.booleans() | st.integers() | st.floats() | ANY_TEXT)
    return st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(ANY_TEXT, inner, max_size=4), max_leaves=12)


# JSON a serializer would never write, but files hold: huge integers, NaN, lone surrogate escapes.
RAW_TOKENS = st.sampled_from(["9" * 5000, "-" + "1" * 4400, "1e999", "NaN", "-Infinity", '"\\ud83d"', '"\\udcff\\\\"',
                              '"a\\u0000b"', "[" * 50 + "]" * 50, "{}"])
FIELDS = st.sampled_from(["id", "text", "html", "content", "title", "published", "source", "url", "authors",
                          "author", "tags", "extra"])


@pytest.mark.issue(16)
@PROFILE
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_come_out_as_documents_or_named_failures(folder, data, suffix):
    path = os.path.join(_fresh(folder), "input" + suffix)
    with open(path, "wb") as handle:
        handle.write(data)
    items = list(read_inputs([path]))
    assert items, "every input yields something"
    for item in items:
        check_item(item)
        assert item.path.startswith(path)


@pytest.mark.issue(16)
@PROFILE
@given(text=PROSE, codec=st.sampled_from(CODECS))
def test_text_in_any_encoding_is_read_and_bom_or_utf8_text_exactly(folder, text, codec):
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        assume(False)
    path = os.path.join(_fresh(folder), "page.txt")
    with open(path, "wb") as handle:
        handle.write(data)
    (item,) = read_inputs([path])
    check_item(item)
    if codec in BOM_CODECS and text.strip():
        assert isinstance(item, RawDocument), item
        assert item.text == text.replace("\r\n", "\n").replace("\r", "\n")
    if isinstance(item, RawDocument):
        check_record(item)


@pytest.mark.issue(16)
@PROFILE
@given(fields=st.dictionaries(FIELDS, _json_values() | RAW_TOKENS.map(lambda t: ("raw", t)), max_size=6),
       text=st.none() | PROSE, ascii_only=st.booleans())
def test_random_json_values_in_every_field_never_raise(store, fields, text, ascii_only):
    if text is not None:
        fields["text"] = text
    parts = []
    for key, value in fields.items():
        token = value[1] if isinstance(value, tuple) else json.dumps(value, ensure_ascii=ascii_only)
        parts.append(f"{json.dumps(key)}: {token}")
    line = ("{" + ", ".join(parts) + "}").encode("utf-8", "surrogatepass")  # lone surrogates as raw bytes too
    item = parse_line(line, "corpus.jsonl#7")
    check_item(item)
    assert item.path == "corpus.jsonl#7"
    result = check_record(item)
    if isinstance(result, dict):
        store.add([result])  # the store takes every record the pipeline makes
    else:
        store.add_failures([result])
    if text is not None and text.strip():
        assert isinstance(item, RawDocument) and isinstance(result, dict), (item, result)
        assert result["path"] == "corpus.jsonl#7"


@pytest.mark.issue(16)
@PROFILE
@given(name=st.binary(min_size=1, max_size=60).filter(lambda b: b"/" not in b and b"\x00" not in b),
       suffix=st.sampled_from([b".txt", b".html", b".jsonl"]))
def test_any_file_name_is_read_and_kept_losslessly(folder, name, suffix):
    assume(name not in (b".", b".."))
    directory = _fresh(folder)
    raw_path = os.path.join(os.fsencode(directory), name + suffix)
    body = "本报讯 记者张三报道，省委召开会议。"
    content = json.dumps({"text": body}, ensure_ascii=False) if suffix == b".jsonl" else body
    with open(raw_path, "wb") as handle:
        handle.write(content.encode("utf-8"))
    items = list(read_inputs([directory]))
    if name.startswith(b"."):
        assert items == []  # hidden files are skipped, as documented
        return
    (item,) = items
    check_item(item)
    assert isinstance(item, RawDocument), item
    path = item.path.removesuffix("#1")
    assert os.fsencode(surrogates.unescape(path)) == raw_path
    record = check_record(item)
    assert record["path"] == item.path


@pytest.mark.issue(16)
@PROFILE
@given(lines=st.lists(PROSE.filter(str.strip), min_size=1, max_size=8), cut=st.floats(0, 1),
       flip=st.none() | st.integers(0, 10_000))
def test_truncated_or_damaged_gzip_yields_its_good_lines_then_a_failure(folder, lines, cut, flip):
    whole = gzip.compress("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in lines).encode("utf-8"))
    data = bytearray(whole[: int(len(whole) * cut)])
    if flip is not None and data:
        data[flip % len(data)] ^= 0xFF
    path = os.path.join(_fresh(folder), "corpus.jsonl.gz")
    with open(path, "wb") as handle:
        handle.write(bytes(data))
    items = list(read_inputs([path]))
    for item in items:
        check_item(item)
    documents = [i for i in items if isinstance(i, RawDocument)]
    if flip is None:  # a clean cut loses the tail only: what comes out is the lines before it
        assert [d.path for d in documents] == [f"{path}#{n}" for n in range(1, len(documents) + 1)]
        assert [d.text for d in documents] == lines[: len(documents)]
        if len(data) < len(whole):
            assert isinstance(items[-1], Failure) and items[-1].reason in ("truncated", "empty"), items[-1]
        else:
            assert len(documents) == len(lines)
