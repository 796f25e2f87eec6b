"""Stage 2 — extract: quotes (with speakers) and figures from one article's body text."""

from __future__ import annotations

import gc
from functools import cache

from factcheck.models import Article, Extraction, Span

# The extractors are imported when first called, not here: compiling their regular expressions
# is a third of a cached `factcheck compare`, which never extracts, and modules that only need
# the number words (`factcheck.extract.numbers`) import this package too.


def body_sentences(article: Article) -> list[Span]:
    from factcheck.extract.sentences import split_sentences

    blocks = article.body_blocks() if article.blocks else None
    if blocks is None:
        return split_sentences(article.text)
    return [
        sentence
        for block in blocks
        for sentence in split_sentences(article.text, block.span.start, block.span.end)
    ]


@cache
def _import_extractors() -> None:
    """Import the extractors, their patterns built from the compiled code an earlier run kept
    (see `factcheck.extract.kept_patterns`): once a process."""
    from factcheck.extract.kept_patterns import kept_patterns

    with kept_patterns():
        import factcheck.extract.figures
        import factcheck.extract.quotes  # noqa: F401


def extract(article: Article) -> Extraction:
    _import_extractors()
    from factcheck.extract.figures import extract_figures
    from factcheck.extract.quotes import extract_quotes

    # Extraction makes hundreds of thousands of short-lived objects (matches, words, models)
    # and no reference cycles: the cyclic collector, run every few hundred allocations, only
    # walks them, a tenth of the time on long articles. It is paused for the call and put
    # back as it was; anything it would have collected is collected afterwards.
    collecting = gc.isenabled()
    gc.disable()
    try:
        sentences = body_sentences(article)
        quotes, defects = extract_quotes(article, sentences)
        return Extraction(
            article_id=article.id,
            sentences=sentences,
            quotes=quotes,
            defects=defects,
            figures=extract_figures(article, sentences),
        )
    finally:
        if collecting:
            gc.enable()
