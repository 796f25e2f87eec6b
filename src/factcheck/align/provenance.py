"""Find each quote in a primary source (transcript, press release): where, and how it differs.

A quote may be a trimmed part of a long source sentence, span two of its sentences, or skip
words with an ellipsis; each part between ellipses is located with rapidfuzz's partial
alignment over the source's words, so the passage found carries exact character offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import pairwise

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from factcheck.align.diff import CONTRACTED, IRREGULAR, WRITTEN_OUT, fold, one_spelling, word_diff
from factcheck.extract.numbers import TENS, UNITS
from factcheck.models import Article, Extraction, Quote, QuoteKind, SourceMatch, SourcePart, Span

_WORD = re.compile(r"\w+(?:[’'‘-]\w+)*|\[[^\]]*\]")
_ELLIPSIS = re.compile(r"\s*(?:…|\.\s?\.\s?\.)\s*")


@dataclass(frozen=True)
class _Words:
    """A text's words, folded, with each word's span."""

    words: list[str]  # each word folded (one word may fold to two: "world-class")
    spans: list[Span]  # span of each word in the original text

    @classmethod
    def of(cls, text: str, offset: int = 0) -> _Words:
        spans = [Span(start=offset + m.start(), end=offset + m.end()) for m in
                 _WORD.finditer(text)]  # fmt: skip
        words = [fold(text[s.start - offset : s.end - offset]) or "_" for s in spans]
        return cls(words, spans)


def unbracket(text: str) -> str:
    """ "intend[s]" → "intends": a bracket inside a word is an adaptation of that word."""
    return re.sub(r"(\w)\[(\w+)\]", r"\1\2", text)


def _windows(text: str, sentences: list[Span]) -> list[Span]:
    """Where a quote can come from: each sentence, and each two sentences in a row."""
    if not sentences:
        return [Span(start=0, end=len(text))]
    pairs = [Span(start=a.start, end=b.end) for a, b in pairwise(sentences)]
    return sentences + pairs


def _aligned_stretch(window: list[str], quoted: list[str]) -> tuple[int, int]:
    """First and last window word of the stretch the quote's words line up with, by a word-level
    alignment; a lone word matched far from the rest (a stray "the") does not count."""
    equal = [
        (op.src_start, op.src_end, op.dest_start, op.dest_end)
        for op in Levenshtein.opcodes(window, quoted)
        if op.tag == "equal"
    ]
    if not equal:
        return 0, len(window) - 1
    runs = [run for run in equal if run[1] - run[0] >= 2] or equal
    first, last = runs[0], runs[-1]
    # Lone matched words next to the main stretch (one word apart at most) belong to it.
    for run in reversed(equal):
        if run[1] <= first[0] and first[0] - run[1] <= 1:
            first = run
    for run in equal:
        if run[0] >= last[1] and run[0] - last[1] <= 1:
            last = run
    low, high = first[0], last[1] - 1
    # Quoted words before or after the stretch that the window has right there, though the
    # alignment matched them elsewhere ("the" in "the credits help, but the demand…").
    before, after = first[2], last[3]
    while before and low and window[low - 1] == quoted[before - 1]:
        low, before = low - 1, before - 1
    while after < len(quoted) and high + 1 < len(window) and window[high + 1] == quoted[after]:
        high, after = high + 1, after + 1
    return low, high


_SMALL_NUMBERS = {word: str(value) for word, value in {**UNITS, **TENS}.items()}


def comparable_words(text: str) -> list[str]:
    """A text's words as a quote and its source are compared: folded, small numbers as
    digits, contractions written out ("We don't" and "we do not" read alike)."""
    return [part for word in fold(text).split() for part in _comparable(word)]


def _comparable(word: str) -> list[str]:
    """The folded word as compared: small numbers as digits, contractions written out (one
    folded word may also hold two, "world class")."""
    parts = []
    for piece in word.split():
        if piece in IRREGULAR:
            parts += IRREGULAR[piece]
            continue
        contracted = CONTRACTED.match(piece)
        if contracted:
            parts += [contracted.group(1), WRITTEN_OUT[contracted.group(2)]]
            continue
        parts.append(_SMALL_NUMBERS.get(piece, one_spelling(piece)))
    return parts or [word]


def _score(query: str, window: str) -> float:
    """Whole-window likeness, or containment of the quote in a longer window."""
    score = fuzz.ratio(query, window)
    if len(query) < len(window):
        score = max(score, fuzz.partial_ratio(query, window) * 0.95)
    return score


@dataclass(frozen=True)
class _Source:
    """The reference prepared once: its words, its windows, each window folded."""

    text: str
    words: _Words
    starts: list[int]  # character offset of each word, for bisection
    windows: list[Span]
    folded: list[str]
    labels: list[tuple[int, str]]  # where each speaker's turn starts, and the label

    @classmethod
    def of(cls, reference: Article, sentences: list[Span]) -> _Source:
        words = _Words.of(reference.text)
        windows = _windows(reference.text, sentences)
        return cls(
            reference.text,
            words,
            [span.start for span in words.spans],
            windows,
            [fold(reference.text[w.start : w.end]) for w in windows],
            speaker_turns(reference.text),
        )

    def speaker_at(self, offset: int) -> str | None:
        index = bisect_left(self.labels, (offset + 1, "")) - 1
        return self.labels[index][1] if index >= 0 else None


# A transcript's speaker labels open a line: "GOVERNOR SMITH:", "Q:", "Mark Zuckerberg:".
_LABEL = re.compile(
    r"^[ \t]*(?P<label>[A-Z][A-Z.’'-]*(?:[ \t]+[A-Z][A-Z.’'-]*){0,4}"
    r"|[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,3})[ \t]*:[ \t]",
    re.MULTILINE,
)


def speaker_turns(text: str) -> list[tuple[int, str]]:
    """Where each speaker's turn starts in a transcript, with its label. Labels in capitals
    count at once; a label in ordinary case ("Mark Zuckerberg:") only when it recurs or
    another speaker is labelled too, so a "Note:" line makes no transcript."""
    found = [(m.start("label"), m.group("label")) for m in _LABEL.finditer(text)]
    if len({label for _, label in found}) >= 2:
        return found
    return [(at, label) for at, label in found if label.isupper()]


def _locate(part: str, source: _Source) -> SourcePart | None:
    query = fold(unbracket(part))
    if not query or not source.windows:
        return None
    best = max(range(len(source.windows)), key=lambda i: (_score(query, source.folded[i]), -i))
    window = source.windows[best]
    text = source.text
    words = _Words.of(text[window.start : window.end], offset=window.start)
    if not words.spans:
        return None
    # Numbers compare as digits ("Two feet" is "2 feet") and contractions written out ("don't"
    # is "do not"), each compared word remembering the source word it comes from.
    window_words: list[str] = []
    owner: list[int] = []
    for index, word in enumerate(words.words):
        for compared in _comparable(word):
            window_words.append(compared)
            owner.append(index)
    quoted_words = comparable_words(query)
    low, high = _aligned_stretch(window_words, quoted_words)
    # Source words at either end that the quote does not have are not part of the passage.
    quoted = set(quoted_words)
    while low < high and window_words[low] not in quoted:
        low += 1
    while high > low and window_words[high] not in quoted:
        high -= 1
    low, high = owner[low], owner[high]
    first = bisect_left(source.starts, words.spans[low].start)
    last = bisect_left(source.starts, words.spans[high].start)
    spans = source.words.spans
    span = Span(start=spans[first].start, end=spans[last].end)
    passage = text[span.start : span.end]
    return SourcePart(
        quoted=part,
        span=span,
        text=passage,
        score=round(fuzz.ratio(query, fold(passage)), 1),
        first_word=first,
        last_word=last,
        diff=word_diff(passage, unbracket(part)),
    )


def locate_quote(quote: Quote, reference: Article, source: _Source) -> SourceMatch:
    """Where the quote's words are in the reference, part by part (parts split at ellipses)."""
    parts = [p for p in _ELLIPSIS.split(quote.text.strip(" ,")) if p.strip(" ,.")]
    located = [_locate(part, source) for part in parts]
    found = [p for p in located if p is not None]
    return SourceMatch(
        quote_id=quote.id,
        article_id=quote.article_id,
        reference_id=reference.id,
        quote=quote.text,
        ellipsis=len(parts) > 1 or bool(_ELLIPSIS.search(quote.text.strip())),
        parts=found,
        speaker=source.speaker_at(found[0].span.start) if found else None,
    )


def locate_quotes(extractions: list[Extraction], reference: Article) -> list[SourceMatch]:
    from factcheck.extract import body_sentences

    source = _Source.of(reference, body_sentences(reference))
    return [
        locate_quote(quote, reference, source)
        for extraction in extractions
        for quote in extraction.quotes
        if quote.kind is QuoteKind.FULL
    ]
