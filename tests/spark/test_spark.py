"""The Spark job in local mode gives the same records as the local pipeline (issue 6).

Runs where pyspark is installed (the `spark` extra, which CI installs) and Java is on the PATH;
skips, saying which, elsewhere.
"""
import gzip
import itertools
import json
import shutil

import pytest

import neican

from ..conftest import EXAMPLES, shared_path

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'neican[spark]')")
pytest.importorskip("pyarrow", reason="pyarrow is not installed (pip install 'neican[spark]')")
if shutil.which("java") is None:
    pytest.skip("Java is not on the PATH: Spark needs Java 17", allow_module_level=True)

from neican.spark.job import _components, load, run  # noqa: E402


def local_records(paths):
    return {r["id"]: r for r in neican.extract(paths) if isinstance(r, dict)}


def spark_records(paths, tmp_path):
    out = str(tmp_path / "out")
    report = run(paths, out, master="local[2]", partitions=4)
    with neican.open_store(tmp_path / "spark.db") as store:
        load(out, store)
        records = {i: store.get(i) for i in store.ids()}
    return report, records


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds and the first 1,000 xwlb items (when ../shared is there), as inputs."""
    folder = tmp_path_factory.mktemp("inputs")
    paths = [str(EXAMPLES)]
    try:
        xwlb = shared_path("data", "xwlb", "xwlb.jsonl.gz")
    except pytest.skip.Exception:
        return paths
    sample = folder / "xwlb-1000.jsonl.gz"
    with gzip.open(xwlb, "rt", encoding="utf-8") as src, gzip.open(sample, "wt", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, 1000))
    return paths + [str(sample)]


def test_spark_output_loaded_into_the_store_equals_the_local_pipeline(corpus, tmp_path):
    report, from_spark = spark_records(corpus, tmp_path)
    local = local_records(corpus)
    assert report.records == len(local)
    assert from_spark.keys() == local.keys()
    for doc_id, record in local.items():
        assert from_spark[doc_id] == record, doc_id


@pytest.fixture(scope="module")
def bad_job(tmp_path_factory):
    """One job over the seeds and a folder of bad inputs (issue 16): (inputs, bad folder, out, report)."""
    from ..badinputs import write_bad_inputs

    folder = tmp_path_factory.mktemp("bad-job")
    bad = write_bad_inputs(folder / "bad")
    inputs = [str(bad), str(EXAMPLES)]
    # the same files as Hadoop URIs take the other route: Spark's own readers (textFile, binaryFiles)
    uris = [f"file://{bad}/{name}" for name in ("broken.jsonl", "big-line.jsonl", "charset-lies.html")]
    report = run(inputs + uris, str(folder / "out"), master="local[2]", partitions=4)
    return inputs, bad, folder / "out", report


def test_partitioned_by_month(bad_job):
    out = bad_job[2]
    months = sorted(p.name for p in (out / "records").iterdir() if p.is_dir())
    assert "month=2021-04" in months and "month=unknown" in months


def test_components_join_pairs_and_pick_the_earliest_copy():
    rows = _components([("b", "c", 0.9), ("a", "b", 0.8)], {"a": "2024-01-02", "b": "2024-01-01", "c": None})
    assert {r[0]: r[2] for r in rows} == {"a": "b", "b": "b", "c": "b"}


@pytest.mark.issue(16)
def test_bad_inputs_fail_alone_and_the_good_records_equal_the_local_pipelines(bad_job):
    import pyarrow.parquet as pq

    from ..badinputs import EXPECTED

    inputs, bad, out, report = bad_job
    records = {json.loads(r)["path"]: json.loads(r) for r in pq.read_table(out / "records").column("record").to_pylist()}
    failures = {f["path"]: f["reason"] for f in pq.read_table(out / "failures").to_pylist()}
    uri_failures = {f"file://{bad}/{name}": reason for name, reason in EXPECTED.items() if name.startswith(("broken", "big-line.jsonl"))}
    assert failures == {f"{bad}/{name}": reason for name, reason in EXPECTED.items()} | uri_failures
    local = {r["path"]: r for r in neican.extract(inputs) if isinstance(r, dict)}
    assert {p: r for p, r in records.items() if p.startswith("/")} == local
    assert records[f"{bad}/broken.jsonl#4"]["id"] == "\\ud83d" and f"{bad}/bad\\udcffname.txt" in records
    by_uri = {p.replace(f"file://{bad}", str(bad)).replace(f"file:{bad}", str(bad)): r
              for p, r in records.items() if p.startswith("file:")}
    assert by_uri.keys() == {f"{bad}/broken.jsonl#1", f"{bad}/broken.jsonl#4", f"{bad}/charset-lies.html"}
    for path, record in by_uri.items():
        assert {**record, "path": path} == local[path]
    assert (report.records, report.failures) == (len(records), len(failures))
