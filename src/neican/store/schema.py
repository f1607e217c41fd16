"""The database schema as an ordered list of migrations, tracked with ``PRAGMA user_version``.

Migration N (1-based) takes a database from version N-1 to N. Never edit a released migration;
append a new one, so every database, however old, reaches the same schema.
"""
from __future__ import annotations

import sqlite3
from collections.abc import Sequence

V1 = """
CREATE TABLE documents (
    rowid INTEGER PRIMARY KEY,
    id TEXT UNIQUE NOT NULL,
    path TEXT,
    content_hash TEXT,
    record_hash TEXT NOT NULL,      -- SHA-1 of the stored JSON: decides unchanged vs updated
    title TEXT,
    original_title TEXT,            -- 原标题
    published TEXT,
    source TEXT,
    original_source TEXT,
    script TEXT,
    text TEXT NOT NULL DEFAULT '',
    record TEXT NOT NULL,           -- the full record, JSON
    ingested_at TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_path ON documents(path);

CREATE TABLE bylines (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    role TEXT NOT NULL,             -- author, editor
    name TEXT
);
CREATE INDEX bylines_doc_id ON bylines(doc_id);
CREATE INDEX bylines_name ON bylines(name);

CREATE TABLE articles (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    title TEXT,
    authors TEXT,                   -- JSON list
    start_offset INTEGER,
    end_offset INTEGER
);
CREATE INDEX articles_doc_id ON articles(doc_id);

CREATE TABLE removed (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    text TEXT,
    reason TEXT
);
CREATE INDEX removed_doc_id ON removed(doc_id);

CREATE TABLE warnings (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    warning TEXT
);
CREATE INDEX warnings_doc_id ON warnings(doc_id);

CREATE TABLE people (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    name TEXT,
    surface TEXT,                   -- JSON list
    titles TEXT,                    -- JSON list
    mentions TEXT                   -- JSON list of [start, end]
);
CREATE INDEX people_doc_id ON people(doc_id);
CREATE INDEX people_name ON people(name);

CREATE TABLE events (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    kind TEXT,
    name TEXT,
    date TEXT,
    time_of_day TEXT,
    place TEXT,
    format TEXT,
    data TEXT                       -- JSON: the event's other keys
);
CREATE INDEX events_doc_id ON events(doc_id);

CREATE TABLE tours (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    delegation TEXT,
    origin TEXT,
    start_date TEXT,
    end_date TEXT,
    data TEXT
);
CREATE INDEX tours_doc_id ON tours(doc_id);

CREATE TABLE statements (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    speaker TEXT,
    verb TEXT,
    text TEXT,
    data TEXT
);
CREATE INDEX statements_doc_id ON statements(doc_id);

CREATE TABLE formulations (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    text TEXT,
    kind TEXT,
    count INTEGER,
    number INTEGER,
    head TEXT,
    data TEXT
);
CREATE INDEX formulations_doc_id ON formulations(doc_id);
CREATE INDEX formulations_text ON formulations(text);

CREATE TABLE targets (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    text TEXT,
    value TEXT,
    unit TEXT,
    subject TEXT,
    data TEXT
);
CREATE INDEX targets_doc_id ON targets(doc_id);

CREATE TABLE regions (
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    name TEXT,
    code TEXT,                      -- GB/T 2260
    level TEXT,
    count INTEGER
);
CREATE INDEX regions_doc_id ON regions(doc_id);
CREATE INDEX regions_code ON regions(code);

CREATE TABLE failures (
    path TEXT PRIMARY KEY,
    reason TEXT NOT NULL,
    message TEXT,
    at TEXT NOT NULL
);

CREATE TABLE store_meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- Contentless: the text lives once, in documents; rowid = documents.rowid.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='', tokenize='unicode61 remove_diacritics 2'
);
"""

# Version 2: the cross-document layer (neican.corpus). These tables are derived: each is rebuilt
# whole by its builder (build_clusters, build_people), never edited row by row.
V2 = """
CREATE TABLE clusters (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(rowid) ON DELETE CASCADE,
    cluster_id INTEGER NOT NULL,    -- rowid of the cluster's canonical copy
    canonical INTEGER NOT NULL,     -- 1 for the canonical copy, else 0
    similarity REAL                 -- estimated Jaccard with the canonical copy
);
CREATE INDEX clusters_cluster_id ON clusters(cluster_id);

CREATE TABLE person_entities (
    entity_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    province TEXT,                  -- full name of the province its titles place it in, if any
    province_code TEXT,
    first_seen TEXT,
    last_seen TEXT,
    documents INTEGER
);
CREATE INDEX person_entities_name ON person_entities(name);

CREATE TABLE person_mentions (
    entity_id INTEGER NOT NULL REFERENCES person_entities(entity_id) ON DELETE CASCADE,
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    titles TEXT                     -- JSON list, as in people.titles
);
CREATE INDEX person_mentions_entity_id ON person_mentions(entity_id);
CREATE INDEX person_mentions_doc_id ON person_mentions(doc_id);

-- One row per title a mention carries: careers and a province's leaders without parsing JSON.
CREATE TABLE person_titles (
    entity_id INTEGER NOT NULL REFERENCES person_entities(entity_id) ON DELETE CASCADE,
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    title TEXT,
    region TEXT,
    region_code TEXT,
    province_code TEXT
);
CREATE INDEX person_titles_entity_id ON person_titles(entity_id);
CREATE INDEX person_titles_province_code ON person_titles(province_code);

-- Who attended which event (events.rowid), resolved to person entities.
CREATE TABLE event_people (
    event_id INTEGER NOT NULL,
    doc_id INTEGER NOT NULL REFERENCES documents(rowid) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES person_entities(entity_id) ON DELETE CASCADE,
    role TEXT NOT NULL              -- host, speaker, participant
);
CREATE INDEX event_people_entity_id ON event_people(entity_id);
CREATE INDEX event_people_event_id ON event_people(event_id);

-- Lexicon formulations keep their canonical term in data; diffusion looks it up.
CREATE INDEX formulations_canonical ON formulations(json_extract(data, '$.canonical'));
"""

# Version 3: the text once. documents.record becomes the record without its text (which stays in
# documents.text), JSON compressed with zlib: neican_pack_record and neican_record are SQL functions
# every neican connection registers (store.connection). Run VACUUM afterwards to return the space.
V3 = """
UPDATE documents SET record = neican_pack_record(record) WHERE typeof(record) = 'text';
"""

# Version 4: zstd dictionaries trained on the store's own documents (store.packing). documents.text
# and documents.record become zstd frames as documents are written; the values already stored stay
# readable as they are (plain text, zlib records) until the store repacks them (Store.compact).
# person_mentions loses its copy of the mention's titles: they are in people (same doc_id and
# name) and, one row a title, in person_titles. No query looks documents up by path (the id is
# the key), so its index goes: 1% of the xwlb store.
V4 = """
ALTER TABLE person_mentions DROP COLUMN titles;
DROP INDEX documents_path;
CREATE TABLE compression_dicts (
    id INTEGER NOT NULL UNIQUE,     -- the zstd dictionary id each frame packed with it names
    kind TEXT NOT NULL,             -- text or record: what it packs from now on (the newest of a kind)
    data BLOB NOT NULL,
    documents INTEGER,              -- how many documents it was trained on
    created_at TEXT NOT NULL
);
"""

# Version 5: what the sentence that stated a title did to the post (appointed, elected, nominated,
# removed, held_before; NULL where it only says the post is held), the dated evidence a career
# reads as taken up or left.
V5 = """
ALTER TABLE person_titles ADD COLUMN change TEXT;
"""

# Tables a builder may replace whole through Store.replace_derived.
DERIVED_TABLES = frozenset({"clusters", "person_entities", "person_mentions", "person_titles", "event_people"})

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4, V5)


class MigrationError(Exception):
    """A migration could not be applied; the store turns this into a StoreError with the path."""

    def __init__(self, reason: str, detail: str):
        self.reason, self.detail = reason, detail
        super().__init__(f"{reason}: {detail}")


def schema_version(conn: sqlite3.Connection) -> int:
    """The version a database is at: 0 for a new file."""
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, migrations: Sequence[str] = MIGRATIONS) -> int:
    """Apply the migrations a database lacks, each in its own transaction; return the new version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). A failed migration is rolled
    back, leaving the database at the last version that applied cleanly.
    """
    current = schema_version(conn)
    if current > len(migrations):
        raise MigrationError(
            "too_new", f"schema version {current}; this neican knows up to {len(migrations)}"
        )
    for version, script in enumerate(migrations[current:], start=current + 1):
        try:
            # executescript would commit an open transaction first, so the script opens its own.
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationError("migration_failed", f"migration {version}: {exc}") from exc
    return len(migrations)
