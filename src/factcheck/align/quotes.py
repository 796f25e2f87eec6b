"""Line up quote sentences across two articles: a one-to-one assignment by best score."""

from __future__ import annotations

from collections import Counter

from rapidfuzz import fuzz, process

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


MIN_SHARED_WORDS = 0.8  # containment needs most of the shorter sentence's words in the longer


def _contained(a: str, b: str) -> float:
    """Containment score of the shorter sentence in the longer, 0 when it is not contained."""
    if min(a.count(" "), b.count(" ")) + 1 < MIN_CONTAINED_WORDS:
        return 0.0
    return fuzz.partial_ratio(a, b, score_cutoff=MIN_CONTAINMENT) * CONTAINMENT_WEIGHT


def similarity(a: str, b: str) -> float:
    """0–100: whole-sentence similarity, or containment of the shorter in the longer."""
    return max(fuzz.ratio(a, b), _contained(a, b))


def align_quotes(a: Extraction, b: Extraction, min_score: float) -> list[QuoteMatch]:
    refs_a, refs_b = quote_refs(a), quote_refs(b)
    folded_a = [fold(ref.text) for ref in refs_a]
    folded_b = [fold(ref.text) for ref in refs_b]
    words_b = [set(text.split()) for text in folded_b]
    # Which b sentences hold each word: containment candidates come from shared words, so no
    # Python loop runs over every pair.
    holders: dict[str, list[int]] = {}
    for j, words in enumerate(words_b):
        for word in words:
            holders.setdefault(word, []).append(j)
    candidates: list[tuple[float, int, int]] = []
    for i, text in enumerate(folded_a):
        scores: dict[int, float] = {}
        # rapidfuzz scores the whole row in C, keeping only pairs above the floor.
        for _, score, j in process.extract(
            text, folded_b, scorer=fuzz.ratio, score_cutoff=min_score, limit=None
        ):
            scores[j] = score
        # Containment (partial_ratio) is costly: only where one sentence is clearly shorter
        # and most of its words are in the other.
        words = set(text.split())
        shared = Counter(j for word in words for j in holders.get(word, ()))
        for j, count in shared.items():
            shorter = min(len(words), len(words_b[j]))
            if (
                shorter >= MIN_CONTAINED_WORDS
                and count >= MIN_SHARED_WORDS * shorter
                and scores.get(j, 0.0) < CONTAINMENT_WEIGHT * 100
                and min(len(text), len(folded_b[j])) < 0.9 * max(len(text), len(folded_b[j]))
            ):
                scores[j] = max(scores.get(j, 0.0), _contained(text, folded_b[j]))
        candidates += [(score, i, j) for j, score in scores.items() if score >= min_score]
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
