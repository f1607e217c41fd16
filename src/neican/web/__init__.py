"""The web interface: pages and a JSON API over a store, read-only (``neican serve``).

Example: ``App("neican.db").get("/search?q=振兴").status`` → 200; ``serve("neican.db", workers=2)``.
"""
from .app import App, Response
from .server import BackgroundServer, serve, serve_in_background

__all__ = ["App", "BackgroundServer", "Response", "serve", "serve_in_background"]
