"""The web interface: pages and a JSON API over a store, read-only (``neican serve``).

Example: ``App("neican.db").get("/search?q=振兴").status`` → 200; ``make_server("neican.db").serve_forever()``.
"""
from .app import App, Response
from .server import Server, make_server, serve_in_background

__all__ = ["App", "Response", "Server", "make_server", "serve_in_background"]
