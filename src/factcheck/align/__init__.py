"""Stage 3 — align: pair up the quotes and figures of every two articles."""

from __future__ import annotations

from itertools import combinations

from factcheck.align.figures import align_figures
from factcheck.align.quotes import align_quotes
from factcheck.models import Alignment, Extraction


def align(
    extractions: list[Extraction], quote_min_score: float, figure_min_score: float
) -> Alignment:
    """Align each pair of articles; scores below the floors (set by the rules) are no match."""
    quotes = []
    figures = []
    for a, b in combinations(extractions, 2):
        quotes.extend(align_quotes(a, b, quote_min_score))
        figures.extend(align_figures(a, b, figure_min_score))
    return Alignment(quotes=quotes, figures=figures)
