"""Line up quote sentences across two articles: a one-to-one assignment by best score."""

from __future__ import annotations

from rapidfuzz import fuzz

from factcheck.align.assign import one_to_one
from factcheck.align.diff import fold, word_diff
from factcheck.models import Extraction, QuoteKind, QuoteMatch, QuoteRef


def quote_refs(extraction: Extraction) -> list[QuoteRef]:
    """Every sentence of every full quote: the unit that is compared across articles."""
    return [
        QuoteRef(
            article_id=extraction.article_id,
            quote_id=quote.id,
            sentence_index=index,
            text=sentence.text,
            span=sentence.span,
        )
        for quote in extraction.quotes
        if quote.kind is QuoteKind.FULL
        for index, sentence in enumerate(quote.sentences)
    ]


# A quote that one outlet trims (“We're between two major growth waves”) is still the same
# quote as the longer one: containment counts, a little below an equal-length match.
CONTAINMENT_WEIGHT = 0.95
MIN_CONTAINED_WORDS = 5
MIN_CONTAINMENT = 90  # below this, partial similarity is chance overlap, not a trimmed quote


def similarity(a: str, b: str) -> float:
    """0–100: whole-sentence similarity, or containment of the shorter in the longer."""
    score = fuzz.ratio(a, b)
    if min(a.count(" "), b.count(" ")) + 1 >= MIN_CONTAINED_WORDS:
        contained = fuzz.partial_ratio(a, b, score_cutoff=MIN_CONTAINMENT)
        score = max(score, contained * CONTAINMENT_WEIGHT)
    return score


def align_quotes(a: Extraction, b: Extraction, min_score: float) -> list[QuoteMatch]:
    refs_a, refs_b = quote_refs(a), quote_refs(b)
    folded_b = [fold(ref.text) for ref in refs_b]
    candidates: list[tuple[float, int, int]] = []
    for i, ref in enumerate(refs_a):
        folded = fold(ref.text)
        for j, other in enumerate(folded_b):
            score = similarity(folded, other)
            if score >= min_score:
                candidates.append((score, i, j))
    matches = [
        QuoteMatch(
            a=refs_a[i],
            b=refs_b[j],
            score=round(score, 1),
            diff=word_diff(refs_a[i].text, refs_b[j].text),
        )
        for score, i, j in one_to_one(candidates)
    ]
    matches.sort(key=lambda m: (m.a.span.start, m.b.span.start))
    return matches
