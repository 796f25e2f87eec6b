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
    years: dict[str, int | None] | None = None,
) -> Alignment:
    """Align each pair of articles; scores below the floors (set by the rules) are no match.
    With the articles' ``texts`` (by id), figures in alike sentences pair too; with the
    ``years`` they were written in (by id), a year after them is no year of the event."""
    quotes = []
    figures = []
    texts = texts or {}
    years = years or {}
    for a, b in combinations(extractions, 2):
        quotes.extend(align_quotes(a, b, quote_min_score))
        written = [y for y in (years.get(a.article_id), years.get(b.article_id)) if y is not None]
        figures.extend(
            align_figures(
                a,
                b,
                figure_min_score,
                texts.get(a.article_id),
                texts.get(b.article_id),
                max(written, default=None),
            )
        )
    return Alignment(quotes=quotes, figures=figures)
