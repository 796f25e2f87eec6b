"""Stage 2 — extract: quotes (with speakers) and figures from one article's body text."""

from __future__ import annotations

from factcheck.extract.figures import extract_figures
from factcheck.extract.quotes import extract_quotes
from factcheck.extract.sentences import split_sentences
from factcheck.models import Article, Extraction, Span


def body_sentences(article: Article) -> list[Span]:
    blocks = article.body_blocks() if article.blocks else None
    if blocks is None:
        return split_sentences(article.text)
    return [
        sentence
        for block in blocks
        for sentence in split_sentences(article.text, block.span.start, block.span.end)
    ]


def extract(article: Article) -> Extraction:
    sentences = body_sentences(article)
    quotes, defects = extract_quotes(article, sentences)
    return Extraction(
        article_id=article.id,
        sentences=sentences,
        quotes=quotes,
        defects=defects,
        figures=extract_figures(article, sentences),
    )
