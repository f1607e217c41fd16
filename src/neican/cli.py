"""Command-line interface: a thin layer over :mod:`neican.api`.

Exit codes: 0 every input processed, 1 some inputs failed (the rest were processed), 2 usage.
"""
from __future__ import annotations

import atexit
import gc
import json
import logging
import sys
from typing import TYPE_CHECKING

import click

from .errors import NeicanError

if TYPE_CHECKING:
    from .ingest.source import Failure

DEFAULT_DB = "neican.db"


def _progress(enabled: bool, desc: str):
    """A progress bar on stderr, only on a terminal and never under --quiet."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(desc=desc, unit="doc", file=sys.stderr, dynamic_ncols=True)


def _report_failure(failure: Failure, quiet: bool) -> None:
    if not quiet:
        click.echo(f"neican: {failure}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="neican")
@click.option("-v", "--verbose", is_flag=True, help="Log debugging detail to stderr.")
def cli(verbose: bool) -> None:
    """neican (内参): structured intelligence from Chinese official and political news.

    \b
    Example:
        neican extract article.txt --jsonl > records.jsonl
        neican ingest pages/ --db neican.db
        neican search 振兴 --db neican.db
    """
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _warm_up_if_single(workers: int) -> None:
    """This process extracts itself (one worker): load everything first, freeze it for the GC.
    With more, it reads and writes, and extracts what is too little work for a pool (a file or
    two): it loads then, as it needs, with the collector relaxed all the same."""
    from .parallel import worker_count
    from .pipeline import relax_collector, warm_up

    if worker_count(workers) == 1:
        warm_up()
    else:
        relax_collector()
        # nor need the interpreter's last collection walk the lexicons loaded meanwhile (30 ms)
        atexit.register(gc.freeze)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--jsonl", "as_jsonl", is_flag=True, help="Write one JSON record a line (the record contract).")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-", help="Write to FILE instead of stdout.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-file error lines.")
@click.option("-w", "--workers", default=0, show_default="all cores", help="Processes to extract with.")
def extract(paths: tuple[str, ...], as_jsonl: bool, output, quiet: bool, workers: int) -> None:
    """Extract records from files, directories, .gz, .jsonl or - (stdin).

    \b
    Example:
        neican extract examples/*.txt --jsonl > records.jsonl
        cat page.html | neican extract - --jsonl
    """
    from . import api  # the API when a command runs: `neican --help` loads none of it
    from .ingest.source import Failure

    failed = 0
    bar = _progress(not quiet, "extract")
    _warm_up_if_single(workers)
    for item in api.extract(paths, workers=workers):
        if bar is not None:
            bar.update()
        if not isinstance(item, Failure):
            item = _write_record(output, item, as_jsonl)
        if isinstance(item, Failure):
            failed += 1
            _report_failure(item, quiet)
    if bar is not None:
        bar.close()
    if failed:
        click.echo(f"neican: {failed} input(s) failed", err=True)
        sys.exit(1)


def _write_record(output, record: dict, as_jsonl: bool) -> Failure | None:
    """Write one record as a line; a record that cannot be written becomes its Failure."""
    from .ingest.source import Failure

    try:
        line = (json.dumps(record, ensure_ascii=False) if as_jsonl else _summary(record)) + "\n"
        line.encode("utf-8")  # fails here, before anything is written, not halfway through the line
    except Exception as exc:  # noqa: BLE001 - one record must not end the run
        return Failure(str(record.get("path", "?")), "error", f"record not written: {type(exc).__name__}: {exc}")
    try:
        output.write(line)
    except OSError as exc:  # the output itself is broken: no later record can be written either
        raise click.ClickException(f"{getattr(output, 'name', 'output')}: cannot write: {exc}") from exc
    return None


def _summary(record: dict) -> str:
    return "\t".join([record["id"], record.get("published") or "-", record.get("source") or "-",
                      record.get("title") or "(no title)", f"{len(record['text'])} chars"])


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file (created if missing).")
@click.option("--batch-size", default=500, show_default=True, help="Documents per transaction.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-file error lines, no summary.")
@click.option("-w", "--workers", default=0, show_default="all cores", help="Processes to extract with (one writer).")
def ingest(paths: tuple[str, ...], db: str, batch_size: int, quiet: bool, workers: int) -> None:
    """Extract documents and store them in the database; re-running adds nothing new.

    \b
    Example:
        neican ingest examples/ --db neican.db
        neican ingest corpus.jsonl.gz --db neican.db --batch-size 2000
    """
    from . import api

    bar = _progress(not quiet, "ingest")

    def progress(failure: Failure | None) -> None:
        if bar is not None:
            bar.update()
        if failure is not None:
            _report_failure(failure, quiet)

    try:
        _warm_up_if_single(workers)
        report = api.ingest(paths, db, batch_size=batch_size, progress=progress, workers=workers)
    except NeicanError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        if bar is not None:
            bar.close()
    if not quiet:
        click.echo(f"{db}: {report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
                   f"{len(report.failures)} failed", err=True)
    if report.failures:
        sys.exit(1)


@cli.command()
@click.argument("query")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("-n", "--limit", default=20, show_default=True, help="Most hits to show.")
@click.option("--source", help="Only documents from this outlet.")
@click.option("--since", "date_from", help="Only documents published on or after this date (YYYY-MM-DD).")
@click.option("--until", "date_to", help="Only documents published on or before this date.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a hit.")
def search(query: str, db: str, limit: int, source, date_from, date_to, as_json: bool) -> None:
    """Full-text search: any length of query, simplified or traditional script.

    \b
    Example:
        neican search 振兴 --db neican.db
        neican search "瀋陽 振興" --db neican.db --since 2021-01-01
    """
    with _open_readonly(db) as store:
        total = store.count_matches(query)
        hits = store.search(query, limit=limit, source=source, date_from=date_from, date_to=date_to)
    for hit in hits:
        if as_json:
            click.echo(json.dumps({"id": hit.id, "title": hit.title, "published": hit.published,
                                   "source": hit.source, "snippet": hit.snippet}, ensure_ascii=False))
        else:
            click.echo(f"{hit.id}\t{hit.published or '-'}\t{hit.source or '-'}\t{hit.title or '(no title)'}\n    {hit.snippet}")
    if not as_json:
        click.echo(f"{total} document(s) match {query!r}", err=True)


@cli.command()
@click.argument("doc_id")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--json", "as_json", is_flag=True, help="The full record as JSON.")
def show(doc_id: str, db: str, as_json: bool) -> None:
    """Print one stored record readably (or as JSON).

    \b
    Example:
        neican show 340306f361d7dd74 --db neican.db
    """
    with _open_readonly(db) as store:
        record = store.get(doc_id)
    if record is None:
        raise click.ClickException(f"{db}: no document with id {doc_id!r}")
    click.echo(json.dumps(record, ensure_ascii=False, indent=1) if as_json else format_record(record))


def format_record(record: dict) -> str:
    """A record as an analyst reads it: metadata, then the clean text, then what was removed."""
    lines = [f"# {record.get('title') or '(no title)'}"]
    for label, key in (("id", "id"), ("path", "path"), ("original title", "original_title"),
                       ("published", "published"), ("source", "source"), ("credited source", "original_source"),
                       ("script", "script")):
        if record.get(key):
            lines.append(f"{label + ':':17}{record[key]}")
    for label, key in (("authors", "authors"), ("editors", "editors")):
        if record.get(key):
            lines.append(f"{label + ':':17}{'、'.join(record[key])}")
    if len(record.get("articles") or []) > 1:
        lines.append("articles:")
        lines.extend(f"  - {a.get('title') or '(untitled)'} ({'、'.join(a.get('authors') or []) or '-'})"
                     for a in record["articles"])
    lines += ["", record.get("text") or ""]
    if record.get("removed"):
        lines += ["", f"removed ({len(record['removed'])}):"]
        lines.extend(f"  [{r['reason']}] {r['text'][:70]}" for r in record["removed"])
    if record.get("warnings"):
        lines += ["", "warnings:"] + [f"  {w}" for w in record["warnings"]]
    return "\n".join(lines)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
def stats(db: str) -> None:
    """Counts of the store: documents, failures, outlets, date range.

    \b
    Example:
        neican stats --db neican.db
    """
    with _open_readonly(db) as store:
        click.echo(json.dumps(store.stats(), ensure_ascii=False, indent=1))


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
def failures(db: str) -> None:
    """Inputs that could not be ingested, with the reason.

    \b
    Example:
        neican failures --db neican.db
    """
    with _open_readonly(db) as store:
        for failure in store.failures():
            click.echo(str(failure))


@cli.group()
def tifa() -> None:
    """The formulation (提法) lexicon and discovery of new formulations.

    \b
    Example:
        neican tifa discover --db neican.db
    """


@tifa.command("discover")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("-n", "--top", default=50, show_default=True, help="How many candidates to show.")
@click.option("--min-documents", default=3, show_default=True, help="Ignore phrases in fewer documents.")
@click.option("--numbered", is_flag=True, help="Include numbered formulations (三个…) as candidates.")
@click.option("--parallel", is_flag=True,
              help="Include parallel slogans (工业化、信息化、城镇化、农业现代化) as candidates.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a candidate.")
@click.option("--tsv", "tsv_path", type=click.Path(dir_okay=False, writable=True),
              help="Also write the candidates as lexicon rows with their evidence to this TSV file.")
def tifa_discover(db: str, top: int, min_documents: int, numbered: bool, parallel: bool, as_json: bool,
                  tsv_path) -> None:
    """Propose formulations the lexicon lacks, ranked by spread across years, months, outlets, provinces.

    \b
    Example:
        neican tifa discover --db neican.db --top 50
        neican tifa discover --db neican.db --top 500 --tsv candidates.tsv
        neican tifa discover --db neican.db --parallel --min-documents 4
    """
    import datetime
    from dataclasses import asdict
    from pathlib import Path

    from .corpus.discover import CANDIDATE_COLUMNS, candidate_rows, discover

    kinds = ("quoted",) + (("numbered",) if numbered else ()) + (("parallel",) if parallel else ())
    with _open_readonly(db) as store:
        candidates = discover(store, top=top, min_documents=min_documents, kinds=kinds)
    for c in candidates:
        if as_json:
            click.echo(json.dumps(asdict(c), ensure_ascii=False))
        else:
            click.echo(f"{c.score:8.2f}  {c.text}\t{c.years} years, {c.months} months, {c.outlets} outlets, "
                       f"{c.provinces} provinces, {c.documents} docs, first {c.first_seen or '-'} ({c.first_document})")
    if tsv_path:
        source = f"{Path(db).stem} discover {datetime.date.today().isoformat()}"
        rows = [CANDIDATE_COLUMNS, *candidate_rows(candidates, source)]
        Path(tsv_path).write_text("".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")


@cli.group()
def spark() -> None:
    """Run extraction as an Apache Spark job (needs: pip install 'neican[spark]' and Java 17).

    \b
    Example:
        neican spark extract corpus/ news.jsonl.gz --out out/ --master local[2]
        spark-submit --py-files neican.whl -m neican spark extract hdfs:///news/ --out hdfs:///neican/
    """


@spark.command("extract")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", required=True, help="Output folder (local path or Hadoop URI).")
@click.option("--master", help="Spark master, e.g. local[2]; default: spark-submit's, else local[*].")
@click.option("--threshold", default=0.9, show_default=True, help="Containment that makes a reprint (as `cluster`).")
@click.option("--partitions", type=int, help="Partitions to process in (default: the cluster's parallelism).")
def spark_extract(inputs: tuple[str, ...], out: str, master, threshold: float, partitions) -> None:
    """Extract INPUTS on Spark: records as Parquet partitioned by month, failures, reprint clusters.

    \b
    Example:
        neican spark extract examples/ --out spark-out/ --master local[2]
    """
    try:
        from .spark.job import run
    except ImportError as exc:
        raise click.ClickException(f"Spark is not installed ({exc}): pip install 'neican[spark]'") from exc
    report = run(list(inputs), out, master=master, threshold=threshold, partitions=partitions)
    for sample in report.failure_samples:
        click.echo(f"neican: {sample}", err=True)
    click.echo(f"{out}: {report.records} records, {report.failures} failed, {report.clusters} reprint clusters "
               f"over {report.clustered_documents} documents", err=True)
    if report.failures:
        sys.exit(1)


@cli.command()
@click.argument("folder")
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file (created if missing).")
def load(folder: str, db: str) -> None:
    """Load the Parquet output of `neican spark extract` into the store (idempotent).

    \b
    Example:
        neican load spark-out/ --db neican.db
    """
    from . import api
    from .spark.job import load as load_parquet

    with api.open_store(db) as store:
        added, failed = load_parquet(folder, store)
    click.echo(f"{db}: {added} records added or updated, {failed} failures recorded", err=True)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file (opened read-only).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("-p", "--port", default=8001, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--get", "get_path", metavar="PATH", help="Print the response to GET PATH and exit, without a server.")
@click.option("-w", "--workers", default=1, show_default=True, type=click.IntRange(1, 64),
              help="Server processes (each answers on a pool of threads, one read-only connection a thread).")
@click.option("--cache-entries", default=2000, show_default=True, type=click.IntRange(0),
              help="Answers each worker keeps by URL until the database file changes (0: none).")
def serve(db: str, host: str, port: int, get_path, workers: int, cache_entries: int) -> None:
    """Browse the store in a web browser: search, indexes of people, formulations and regions, documents.

    Starlette on uvicorn (HTTP/1.1, gzip, ETags). JSON under /api/ (described at
    /api/openapi.json). Ctrl-C or SIGTERM finish the requests in flight, then stop. With --get,
    render one page or API response to stdout; exit 1 when its status is 400 or more.

    \b
    Example:
        neican serve --db neican.db            # then open http://127.0.0.1:8001/
        neican serve --db neican.db --host 0.0.0.0 --port 8080 --workers 4
        neican serve --db neican.db --get '/api/search?q=振兴'
    """
    from .web import App, serve as serve_store

    _open_readonly(db).close()  # a missing or unreadable store is reported here, not per request
    if get_path is not None:
        response = App(db).get(get_path)
        click.echo(response.body.decode("utf-8"), nl=not response.body.endswith(b"\n"))
        sys.exit(0 if response.status < 400 else 1)
    click.echo(f"neican: serving {db} at http://{host}:{port}/ with {workers} worker(s) (Ctrl-C stops)", err=True)
    serve_store(db, host, port, workers, cache_entries)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl", "parquet"]), default="csv", show_default=True,
              help="File format: one file a table.")
@click.option("--out", required=True, help="Folder to write into (created if missing).")
def export(db: str, fmt: str, out: str) -> None:
    """Write every table of the store to OUT, one file a table (parquet needs pyarrow).

    \b
    Example:
        neican export --db neican.db --format csv --out export/
        neican export --db neican.db --format parquet --out parquet/
    """
    from .export import export_store

    with _open_readonly(db) as store:
        try:
            report = export_store(store, out, fmt)
        except NeicanError as exc:
            raise click.ClickException(str(exc)) from exc
    for table, rows in report.tables.items():
        click.echo(f"{table}\t{rows}")
    click.echo(f"{out}: {len(report.tables)} tables, {sum(report.tables.values())} rows as {fmt}", err=True)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
@click.option("--threshold", default=0.9, show_default=True,
              help="Containment that makes a reprint: share of the shorter copy found in the longer.")
@click.option("--max-days", default=30, show_default=True, help="Most days between two copies of a story (0: no limit).")
def cluster(db: str, threshold: float, max_days: int) -> None:
    """Group reprints (near-duplicate copies of one story) into clusters; rebuilds the table.

    \b
    Example:
        neican cluster --db neican.db
        neican cluster --db neican.db --threshold 0.9 --max-days 60
    """
    from .corpus import build_clusters

    if not 0.0 < threshold <= 1.0:
        raise click.BadParameter(f"must be in (0, 1], got {threshold}", param_hint="--threshold")
    with _open_writable(db) as store:
        stats = build_clusters(store, threshold=threshold, max_days=max_days or None)
    click.echo(f"{db}: {stats.clusters} clusters of two or more over {stats.clustered_documents} of "
               f"{stats.documents} documents (largest {stats.largest}) in {stats.seconds:.1f}s", err=True)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
def people(db: str) -> None:
    """Resolve person names to entities (one per person and province) and link them to events.

    Ids are stable: a hash of the name and the province, so running it again keeps /person/ID links.

    \b
    Example:
        neican people --db neican.db
    """
    from .corpus import build_people

    with _open_writable(db) as store:
        stats = build_people(store)
    click.echo(f"{db}: {stats.entities} person entities ({stats.placed} placed in a province) from "
               f"{stats.mentions} mentions of {stats.names} names ({stats.credits} only in credits, no entity); "
               f"{stats.event_links} event links", err=True)


@cli.command()
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database file.")
def compact(db: str) -> None:
    """Make a store as small as it can be: pack every document with dictionaries trained on the
    store's own documents, merge the full-text index, and rewrite the file (VACUUM, 16 KB pages).

    For a store written by an older neican or holding fewer than 5,000 documents (larger ones
    train their dictionaries while they are ingested). Close `neican serve` on it first.

    \b
    Example:
        neican compact --db neican.db
    """
    with _open_writable(db) as store:
        try:
            before, after = store.compact()
        except NeicanError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(f"{db}: {before / 2**20:.1f} MB -> {after / 2**20:.1f} MB", err=True)


def _open_writable(db: str):
    """An existing store opened for writing (never a new empty one)."""
    from pathlib import Path

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database (create it with `neican ingest PATH --db {db}`)")
    from . import api

    try:
        return api.open_store(db)
    except NeicanError as exc:
        raise click.ClickException(str(exc)) from exc


def _open_readonly(db: str):
    from pathlib import Path

    if not Path(db).exists():
        raise click.ClickException(f"{db}: no such database (create it with `neican ingest PATH --db {db}`)")
    from . import api

    try:
        return api.open_store(db, readonly=True)
    except NeicanError as exc:
        raise click.ClickException(str(exc)) from exc


def main() -> None:
    cli(prog_name="neican")
