"""The embedded store: records in SQLite, queryable by SQL and searchable in either script.

Example: ``with open_store("corpus.db") as store: store.add(records); store.search("沈阳")``.
"""
from neican.store.search import SearchHit
from neican.store.store import IngestStats, Store, open_store

__all__ = ["IngestStats", "SearchHit", "Store", "open_store"]
