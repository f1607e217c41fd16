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

from neican.corpus import build_clusters  # noqa: E402
from neican.spark.job import load, run  # noqa: E402


def local_records(paths):
    return {r["id"]: r for r in neican.extract(paths) if isinstance(r, dict)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The seeds, copies of a seed made for the reprint clusters (traditional script with Taiwan
    vocabulary, inline pinyin, inside a longer page) and 2,000 xwlb items (from 2013, where the
    corpus holds same-day duplicates) when ../shared is there, as inputs."""
    import opencc

    folder = tmp_path_factory.mktemp("inputs")
    seed = (EXAMPLES / "000_16e1d95f4bdbc7c0.txt").read_text(encoding="utf-8")
    copies = folder / "copies"
    copies.mkdir()
    (copies / "traditional.txt").write_text(opencc.OpenCC("s2twp").convert(seed), encoding="utf-8")
    (copies / "pinyin.txt").write_text(seed.replace("。", "（jù hào）。"), encoding="utf-8")
    (copies / "page.txt").write_text("相关新闻\n" + seed + "\n" + seed[:40], encoding="utf-8")
    paths = [str(EXAMPLES), str(copies)]
    try:
        xwlb = shared_path("data", "xwlb", "xwlb.jsonl.gz")
    except pytest.skip.Exception:
        return paths
    sample = folder / "xwlb-2000.jsonl.gz"
    with gzip.open(xwlb, "rt", encoding="utf-8") as src, gzip.open(sample, "wt", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, 2000, 4000))
    return paths + [str(sample)]


@pytest.fixture(scope="module")
def spark_store(corpus, tmp_path_factory):
    """The Spark job's output on the corpus, loaded into a store: (report, store)."""
    folder = tmp_path_factory.mktemp("spark")
    report = run(corpus, str(folder / "out"), master="local[2]", partitions=4)
    with neican.open_store(folder / "spark.db") as store:
        load(str(folder / "out"), store)
        yield report, store


def test_spark_output_loaded_into_the_store_equals_the_local_pipeline(corpus, spark_store):
    report, store = spark_store
    from_spark = {i: store.get(i) for i in store.ids()}
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


def _cluster_sets(store) -> set[frozenset[str]]:
    rows = store.query("SELECT d.id, c.cluster_id FROM clusters c JOIN documents d ON d.rowid = c.doc_id")
    groups: dict[int, set[str]] = {}
    for doc_id, cluster_id in rows:
        groups.setdefault(cluster_id, set()).add(doc_id)
    return {frozenset(g) for g in groups.values() if len(g) > 1}


@pytest.mark.issue(14)
def test_spark_clusters_equal_local_clusters_and_load_into_the_store(corpus, spark_store, tmp_path):
    _, store = spark_store
    with neican.open_store(tmp_path / "local.db") as local:
        local.add(r for r in neican.extract(corpus) if isinstance(r, dict))
        build_clusters(local)
        from_spark = _cluster_sets(store)
        assert _cluster_sets(local) == from_spark
        canonical = "SELECT d.id, c.canonical, c.similarity FROM clusters c JOIN documents d ON d.rowid = c.doc_id ORDER BY d.id"
        assert local.query(canonical) == store.query(canonical)
    (seed_id,), = store.query("SELECT id FROM documents WHERE path LIKE '%000_16e1d95f4bdbc7c0.txt'")
    seed_cluster = next(c for c in from_spark if seed_id in c)
    assert len(seed_cluster) == 4  # the seed and its three copies
    if len(corpus) > 2:  # with the xwlb items: their same-day duplicates too
        assert len(from_spark) >= 3
