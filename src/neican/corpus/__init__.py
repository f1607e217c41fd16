"""Cross-document work over a store: discovery, clustering, timelines."""
