"""Reprint clusters on Spark: fingerprints on the executors, then the local command's clustering
(``corpus/fingerprints.find_clusters``) on the driver, so both find the same clusters.

Only the fingerprints travel to the driver (about 200 four-byte values a 1,000-character story,
60 MB for 75k documents), never the texts. ``load_clusters`` brings a job's clusters into a store.
"""
from __future__ import annotations

import glob
import json
import os

import numpy as np

from ..corpus.fingerprints import MAX_DAYS, THRESHOLD, find_clusters, fingerprints

SCHEMA = "id string, cluster_id string, canonical string, similarity double"


def _fingerprint_rows(rows):
    from ..corpus.reprints import day_number

    for row in rows:
        script = json.loads(row.record).get("script") if row.record else None
        yield row.id, row.published, day_number(row.published), \
            fingerprints(row.text, traditional=script == "traditional").tobytes()


def reprint_clusters(spark, records_df, threshold: float = THRESHOLD, max_days: int | None = MAX_DAYS):
    """A DataFrame (id, cluster_id, canonical, similarity) of the documents in clusters of two or
    more: ``cluster_id`` and ``canonical`` name the cluster's earliest copy (the store chooses its
    own canonical copy on load, from what it knows of sources)."""
    rows = records_df.select("id", "published", "text", "record").rdd.mapPartitions(_fingerprint_rows).collect()
    ids = [row[0] for row in rows]
    published = {row[0]: row[1] for row in rows}
    found = find_clusters(ids, [np.frombuffer(row[3], dtype=np.uint32) for row in rows],
                          np.array([row[2] for row in rows], dtype=np.int32), threshold, max_days)
    members: dict[int, list[int]] = {}
    for position, root in enumerate(found.roots.tolist()):
        members.setdefault(root, []).append(position)
    out = []
    for group in members.values():
        if len(group) < 2:
            continue
        head = ids[min(group, key=lambda p: (published[ids[p]] is None, published[ids[p]] or "", ids[p]))]
        out += [(ids[p], head, head, float(found.similarity[p])) for p in group]
    return spark.createDataFrame(out, schema=SCHEMA)


def load_clusters(out: str, store) -> int:
    """Store a job's clusters (``out/clusters/*.parquet``); returns the clusters of two or more."""
    import pyarrow.parquet as pq

    clusters: dict[str, tuple[str, float]] = {}
    for path in sorted(glob.glob(os.path.join(out, "clusters", "*.parquet"))):
        table = pq.read_table(path, columns=["id", "cluster_id", "similarity"])
        for doc_id, cluster_id, similarity in zip(*(table.column(c).to_pylist() for c in table.column_names)):
            clusters[doc_id] = (cluster_id, similarity)
    from ..corpus.reprints import store_clusters

    stats = store_clusters(store, clusters, meta={"clusters_method": "spark: containment of winnowed 5-shingles"})
    return stats.clusters
