"""Stage 3 — align: pair up the quotes and figures of every two articles."""

from __future__ import annotations

from itertools import combinations

from factcheck.align.figures import align_figures
from factcheck.align.quotes import align_quotes
from factcheck.models import Alignment, Extraction


def align(
    extractions: list[Extraction],
    quote_min_score: float,
    figure_min_score: float,
    texts: dict[str, str] | None = None,
) -> Alignment:
    """Align each pair of articles; scores below the floors (set by the rules) are no match.
    With the articles' ``texts`` (by id), figures in alike sentences pair too."""
    quotes = []
    figures = []
    texts = texts or {}
    for a, b in combinations(extractions, 2):
        quotes.extend(align_quotes(a, b, quote_min_score))
        figures.extend(
            align_figures(a, b, figure_min_score, texts.get(a.article_id), texts.get(b.article_id))
        )
    return Alignment(quotes=quotes, figures=figures)
