"""factcheck: cross-verify news articles covering the same event."""

__version__ = "0.1.0"
