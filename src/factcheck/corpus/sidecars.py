"""Sidecar metadata files (``NAME.meta.yml`` next to ``NAME.txt``): they belong to their article.

A change to a sidecar is a change to the article it describes (its title, its event), and a
sidecar named where an article is expected stands for that article.
"""

from __future__ import annotations

from pathlib import Path

from factcheck.load import ARTICLE_SUFFIXES, SIDECAR_SUFFIXES


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIXES)


def articles_of_sidecar(path: Path) -> list[Path]:
    """The article files next to ``path`` that the sidecar describes (usually one)."""
    stem = next(path.name[: -len(s)] for s in SIDECAR_SUFFIXES if path.name.endswith(s))
    candidates = [path.with_name(stem + suffix) for suffix in ARTICLE_SUFFIXES]
    return [candidate for candidate in candidates if candidate.is_file()]
