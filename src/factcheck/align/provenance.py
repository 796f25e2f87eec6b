"""Find each quote in a primary source (transcript, press release): where, and how it differs.

A quote may be a trimmed part of a long source sentence, span two of its sentences, or skip
words with an ellipsis; each part between ellipses is located with rapidfuzz's partial
alignment over the source's words, so the passage found carries exact character offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz

from factcheck.align.diff import fold, word_diff
from factcheck.models import Article, Extraction, Quote, QuoteKind, SourceMatch, SourcePart, Span

_WORD = re.compile(r"\w+(?:[’'‘-]\w+)*|\[[^\]]*\]")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.\s?\.)\s*")


@dataclass(frozen=True)
class _Words:
    """A text's words, folded and joined by single spaces, with each word's span."""

    joined: str
    words: list[str]  # each word folded (one word may fold to two: "world-class")
    starts: list[int]  # offset in ``joined`` of each word
    spans: list[Span]  # span of each word in the original text

    @classmethod
    def of(cls, text: str, offset: int = 0) -> _Words:
        spans = [Span(start=offset + m.start(), end=offset + m.end()) for m in
                 _WORD.finditer(text)]  # fmt: skip
        words = [fold(text[s.start - offset : s.end - offset]) or "_" for s in spans]
        starts, position = [], 0
        for word in words:
            starts.append(position)
            position += len(word) + 1
        return cls(" ".join(words), words, starts, spans)

    def word_at(self, char: int) -> int:
        """Index of the word that holds character ``char`` of ``joined``."""
        low, high = 0, len(self.starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.starts[middle] <= char:
                low = middle
            else:
                high = middle - 1
        return low


def unbracket(text: str) -> str:
    """ "intend[s]" → "intends": a bracket inside a word is an adaptation of that word."""
    return re.sub(r"(\w)\[(\w+)\]", r"\1\2", text)


def _locate(part: str, source: _Words, text: str) -> SourcePart | None:
    query = fold(unbracket(part))
    if not query or not source.joined:
        return None
    found = fuzz.partial_ratio_alignment(query, source.joined)
    if found is None:
        return None
    first = source.word_at(found.dest_start)
    last = source.word_at(max(found.dest_start, found.dest_end - 1))
    # Characters can align into a neighbouring word: drop source words at either end that
    # the quote does not have.
    quoted_words = query.split()
    while first < last and source.words[first].split()[0] not in quoted_words[:3]:
        first += 1
    while last > first and source.words[last].split()[-1] not in quoted_words[-3:]:
        last -= 1
    span = Span(start=source.spans[first].start, end=source.spans[last].end)
    passage = text[span.start : span.end]
    # partial_ratio aligns characters; the word-level score says how alike the words are.
    score = fuzz.ratio(query, fold(passage))
    return SourcePart(
        quoted=part,
        span=span,
        text=passage,
        score=round(score, 1),
        first_word=first,
        last_word=last,
        diff=word_diff(passage, unbracket(part)),
    )


def locate_quote(quote: Quote, reference: Article) -> SourceMatch:
    """Where the quote's words are in the reference, part by part (parts split at ellipses)."""
    source = _Words.of(reference.text)
    parts = [p for p in _ELLIPSIS.split(quote.text.strip(" ,")) if p.strip(" ,.")]
    located = [_locate(part, source, reference.text) for part in parts]
    found = [p for p in located if p is not None]
    return SourceMatch(
        quote_id=quote.id,
        article_id=quote.article_id,
        reference_id=reference.id,
        quote=quote.text,
        ellipsis=len(parts) > 1 or bool(_ELLIPSIS.search(quote.text.strip())),
        parts=found,
    )


def locate_quotes(extractions: list[Extraction], reference: Article) -> list[SourceMatch]:
    return [
        locate_quote(quote, reference)
        for extraction in extractions
        for quote in extraction.quotes
        if quote.kind is QuoteKind.FULL
    ]
