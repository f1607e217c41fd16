"""neican on Apache Spark: the same per-document pipeline as a Spark job, Parquet out.

Needs the optional extra: ``pip install 'neican[spark]'`` (pyspark, pyarrow) and Java 17.
"""
