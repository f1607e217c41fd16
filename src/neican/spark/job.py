"""The Spark job: inputs → records (Parquet, partitioned by month) → reprint clusters.

Each executor runs the ordinary pipeline (:func:`neican.pipeline.guarded_record`) partition
by partition, so lexicons and automata load once per Python worker and the output equals the
local pipeline's. Local inputs are listed on the driver and read by the local reader in the
executors, so an oversized file is refused from its size before a byte of it is read, an
empty file or an undecodable file name is named, and JSONL streams a line at a time. Reading
and extraction run in a forked child (:mod:`neican.spark.isolation`): a crash fails only the
document (or file) that caused it. Reprint clusters are the local command's
(``spark/clusters.py``): fingerprints computed on the executors, clustered on the driver.

Layout of ``out``: ``records/month=YYYY-MM/*.parquet`` (``month=unknown`` without a date),
``failures/*.parquet``, ``clusters/*.parquet``.
"""
from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from ..corpus.fingerprints import THRESHOLD
from ..ingest.source import Failure
from ..options import Options
from .clusters import load_clusters, reprint_clusters

_JSONL_ENDINGS = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")


@dataclass
class SparkReport:
    records: int = 0
    failures: int = 0
    clusters: int = 0
    clustered_documents: int = 0
    out: str = ""
    failure_samples: list[str] = field(default_factory=list)


def spark_session(master: str | None = None, app: str = "neican"):
    """A session; ``master`` None leaves it to spark-submit (or local[*] when run directly)."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app).config("spark.ui.enabled", "false")
    if master or not os.environ.get("SPARK_MASTER"):
        builder = builder.master(master or "local[*]")
    if (master or "local").startswith("local") and "PYSPARK_PYTHON" not in os.environ:
        # local workers run this interpreter, so they import the neican installed beside it
        os.environ["PYSPARK_PYTHON"] = sys.executable
    return builder.getOrCreate()


def _documents_from_file(pair, options: Options) -> Iterator:
    import io

    from ..ingest.reader import read_stream

    path, data = pair
    yield from read_stream(io.BytesIO(data), path, None, options)


def _documents_from_line(pair, options: Options):
    from ..ingest.jsonl import count_chars, parse_line

    (line, index), path = pair  # line: bytes (a line need not be UTF-8)
    if not line.strip():
        return None
    where = f"{path}#{index + 1}"
    if len(line) > options.max_line_chars and count_chars(line) > options.max_line_chars:
        return Failure(where, "too_large", f"line of {count_chars(line):,} characters is over max_line_chars "
                                           f"({options.max_line_chars:,})")
    return parse_line(line, where, options)


def _is_local(given: str) -> bool:
    return "://" not in given and not given.startswith("file:")


def _local_files(given: str) -> list:
    """A local input as the reader sees it: the files under a folder (sorted), else itself."""
    from ..ingest.reader import list_directory

    return list(list_directory(given)) if os.path.isdir(given) else [given]


def _read_listed(item, options: Options) -> list:
    """Every document of one listed local file (a Failure passes through), read in the child."""
    from ..ingest.reader import read_path

    return [item] if isinstance(item, Failure) else list(read_path(item, options))


def _read_partition(items, options: Options):
    import functools

    from .isolation import isolated_map

    for result in isolated_map(functools.partial(_read_listed, options=options), items, chunk_size=4):
        yield from ([result] if isinstance(result, Failure) else result)


def _local_name(uri: str, root: str, given: str) -> str:
    """The path as the user gave it (a file, or a file under a given directory)."""
    if uri.startswith("file:"):
        absolute = uri[len("file:"):].lstrip("/")
        absolute = "/" + absolute
        base = os.path.abspath(given)
        if absolute == base:
            return given
        if absolute.startswith(base.rstrip("/") + "/"):
            return os.path.join(given, os.path.relpath(absolute, base))
    return uri


def read_documents(spark, inputs: Iterable[str], options: Options, partitions: int | None = None):
    """An RDD of RawDocument | Failure for every input (files, directories, JSONL, any Hadoop URI)."""
    sc = spark.sparkContext
    rdds = []
    local = [item for given in inputs if _is_local(given) for item in _local_files(given)]
    if local:
        listed = sc.parallelize(local, min(len(local), max(sc.defaultParallelism, 2) * 4))
        rdds.append(listed.mapPartitions(lambda items, o=options: _read_partition(items, o)))
    for given in (g for g in inputs if not _is_local(g)):
        if given.endswith(_JSONL_ENDINGS):
            lines = sc.textFile(given, use_unicode=False).zipWithIndex().map(lambda li, g=given: (li, g))
            docs = lines.map(lambda pair, o=options: _documents_from_line(pair, o)).filter(lambda d: d is not None)
        else:
            files = sc.binaryFiles(given).map(lambda kv, g=given: (_local_name(kv[0], g, g), kv[1]))
            docs = files.flatMap(lambda pair, o=options: _documents_from_file(pair, o))
        rdds.append(docs)
    rdd = sc.union(rdds) if len(rdds) > 1 else rdds[0]
    return rdd.repartition(partitions or max(sc.defaultParallelism, 2))


def _extract_partition(items, options: Options):
    import functools

    from ..pipeline import warm_up
    from .isolation import isolated_map

    warm_up()  # lexicons load once per Python worker, before the fork: the child shares them
    yield from isolated_map(functools.partial(record_row, options=options), items)


def record_row(item, options: Options = Options()) -> tuple | Failure:
    """One input's row of the records table (``_RECORD_SCHEMA``), or its Failure.

    A row of strings, not the record's dict, comes back from the child: it pickles several
    times faster, and the record is written as JSON anyway.
    """
    from ..pipeline import guarded_record

    record = guarded_record(item, options)
    if isinstance(record, Failure):
        return record
    published = record.get("published") or ""
    return (record["id"], record["path"], published[:7] if len(published) >= 7 else "unknown",
            record.get("published"), record.get("source"), record.get("title"), record["text"],
            json.dumps(record, ensure_ascii=False))


def run(inputs: list[str], out: str, options: Options = Options(), master: str | None = None,
        threshold: float = THRESHOLD, partitions: int | None = None) -> SparkReport:
    """Extract every document under ``inputs`` on Spark and write Parquet under ``out``."""
    spark = spark_session(master)
    report = SparkReport(out=out)
    try:
        results = read_documents(spark, inputs, options, partitions).mapPartitions(
            lambda items, o=options: _extract_partition(items, o)).cache()
        records = results.filter(lambda r: isinstance(r, tuple))
        failures = results.filter(lambda r: isinstance(r, Failure)).map(
            lambda f: (f.path, f.reason, f.message))
        records_df = spark.createDataFrame(records, schema=_RECORD_SCHEMA)
        records_df.write.mode("overwrite").partitionBy("month").parquet(os.path.join(out, "records"))
        failures_df = spark.createDataFrame(failures, schema="path string, reason string, message string")
        failures_df.write.mode("overwrite").parquet(os.path.join(out, "failures"))
        report.records = records_df.count()
        report.failures = failures_df.count()
        report.failure_samples = [f"{r.path}: {r.reason}: {r.message}" for r in failures_df.limit(5).collect()]
        clusters = reprint_clusters(spark, spark.read.parquet(os.path.join(out, "records")), threshold)
        clusters.write.mode("overwrite").parquet(os.path.join(out, "clusters"))
        report.clusters = clusters.select("cluster_id").distinct().count()
        report.clustered_documents = clusters.count()
        results.unpersist()
    finally:
        spark.stop()
    return report


_RECORD_SCHEMA = ("id string, path string, month string, published string, source string, title string, "
                  "text string, record string")


def load(out: str, store, batch_size: int = 1000) -> tuple[int, int]:
    """Bring a job's Parquet records, failures and reprint clusters into ``store``; returns (added, failures)."""
    import glob

    import pyarrow.parquet as pq

    def records() -> Iterator[dict]:
        for path in sorted(glob.glob(os.path.join(out, "records", "**", "*.parquet"), recursive=True)):
            for batch in pq.ParquetFile(path).iter_batches(columns=["record"], batch_size=batch_size):
                for value in batch.column(0).to_pylist():
                    yield json.loads(value)

    stats = store.add(records(), batch_size=batch_size)
    failures = []
    for path in sorted(glob.glob(os.path.join(out, "failures", "*.parquet"))):
        table = pq.read_table(path)
        failures += [Failure(p, r, m) for p, r, m in zip(*(table.column(c).to_pylist() for c in ("path", "reason", "message")))]
    store.add_failures(failures)
    if os.path.isdir(os.path.join(out, "clusters")):
        load_clusters(out, store)
    return stats.added + stats.updated, len(failures)
