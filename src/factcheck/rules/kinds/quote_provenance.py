"""Quote against its primary source: verbatim, trimmed, adapted, paraphrased, misquoted or not
in the source. Each rule of this kind reports one verdict; the score bands are its parameters.

- verbatim: the same words (punctuation, case, curly quotes and spacing aside);
- trimmed: words left out at the ends or at an ellipsis, nothing changed;
- adapted: square-bracket insertions or replacements, an "and" dropped at the start;
- paraphrased: words changed inside the quote marks;
- misquoted: a figure, a negation or a name changed, the word order changed, or parts joined
  from places far apart in the source;
- not in source: no passage matches well enough (the words may come from another occasion).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Literal

from pydantic import Field

from factcheck.align.diff import describe, fold, word_diff
from factcheck.extract.numbers import MULTIPLIERS, ORDINALS, TENS, UNITS
from factcheck.models import DiffOp, SourceMatch, SourcePart, Span, WordDiff
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params

Verdict = Literal["verbatim", "trimmed", "adapted", "paraphrased", "misquoted", "not_in_source"]

_NEGATIONS = frozenset("not no never none nobody nothing neither nor cannot without".split())
_NUMBER_WORDS = frozenset([*UNITS, *TENS, *MULTIPLIERS, *ORDINALS, "half", "dozen"])
_OPENING_CONJUNCTIONS = frozenset("and but so or well".split())


class QuoteProvenanceParams(Params):
    verdict: Verdict = Field(description="The verdict this rule reports.")
    not_in_source_below: float = Field(
        60, ge=0, le=100, description="A part of a quote scoring below this is not in the source."
    )
    max_gap_words: int = Field(
        40, ge=0, description="Parts of one quote further apart in the source are misjoined."
    )


def _tokens(words: str) -> list[str]:
    return words.split()


def _kind_of_change(change: WordDiff, at_start: bool, bracketed: set[str]) -> str:
    """adapted, misquoted or paraphrased: what one changed run of words does to the quote."""
    source, quoted = _tokens(change.a), _tokens(change.b)
    if quoted and all(word in bracketed for word in quoted):
        return "adapted"  # “[Meta] will…”: the writer's words, marked as such
    if at_start and change.op is DiffOp.DELETE and fold(change.a) in _OPENING_CONJUNCTIONS:
        return "adapted"
    if _same_numbers(change.a, change.b):
        return "same"  # "ten-year" printed "10-year": house style, the same words
    # Imported here, as in verdict_of: only a comparison with a primary source needs it.
    from factcheck.align.provenance import comparable_words

    if comparable_words(change.a) == comparable_words(change.b):
        return "paraphrased"  # "do not" printed "don't": reworded, the negation kept
    folded = {fold(word) for word in source + quoted}
    if change.op is DiffOp.DELETE and not folded & _NEGATIONS:
        # Words cut with no ellipsis: the quote is no longer the speaker's words, but nothing
        # was changed, even where the cut words held a number.
        return "paraphrased"
    if any(any(c.isdigit() for c in word) or word in _NUMBER_WORDS for word in folded):
        return "misquoted:a figure changed"
    if folded & _NEGATIONS or any(word.endswith("n't") or word.endswith("n’t")
                                  for word in source + quoted):  # fmt: skip
        return "misquoted:a negation changed"
    names = [w for w in source + quoted if w[:1].isupper() and fold(w) not in ("i",)]
    if names and not at_start:
        return "misquoted:a name changed"
    return "paraphrased"


def _same_numbers(source: str, quoted: str) -> bool:
    """The same numbers, written one way in the source and another in the quote ("ten-year"
    and "10-year", "Two feet" and "2 feet"), and no other word changed."""
    # Imported here: only a comparison with a primary source gets this far.
    from factcheck.extract.numerals import find_numbers

    numbers = [find_numbers(text) for text in (source, quoted)]
    if not numbers[0] or [n.value for n in numbers[0]] != [n.value for n in numbers[1]]:
        return False
    rest = []
    for text, found in zip((source, quoted), numbers, strict=True):
        kept, at = [], 0
        for number in found:
            kept.append(text[at : number.span.start])
            at = number.span.end
        rest.append(fold(" ".join(kept) + " " + text[at:]))
    return rest[0] == rest[1]


def _bracketed(text: str) -> set[str]:
    """The words a writer put in square brackets: “[capital expenditure]”, “intend[s]”."""
    words = {word for inside in re.findall(r"\[([^\]]*)\]", text) for word in inside.split()}
    return words | {a + b for a, b in re.findall(r"(\w+)\[(\w+)\]", text)}


def _rearranged(quote: str, folded: str) -> bool:
    """Most three-word runs of the quote are in the source, though no passage matches."""
    words = fold(quote).split()
    runs = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    return len(runs) >= 3 and sum(f" {run} " in folded for run in runs) >= 0.7 * len(runs)


def _moved(change: WordDiff, part: SourcePart, folded_source: str) -> bool:
    """Three or more quoted words in a row that the source says, but elsewhere than here."""
    words = fold(change.b).split()
    passage = " " + fold(part.text) + " "
    runs = [" ".join(words[i : i + 3]) for i in range(len(words) - 2)]
    return any(f" {run} " in folded_source and f" {run} " not in passage for run in runs)


def _cut_from_sentence(span: Span, sentences: list[Span], text: str) -> str | None:
    """What the passage leaves out of its sentence: None if nothing, "and" if only an opening
    conjunction, else "words"."""
    for sentence in sentences:
        if sentence.start <= span.start < sentence.end:
            before = text[sentence.start : span.start].strip(" “”\"'‘’([")
            after = text[span.end : sentence.end].strip(" .,;:!?“”\"'‘’)]")
            if not before and not after:
                return None
            if not after and fold(before) in _OPENING_CONJUNCTIONS:
                return "and"
            return "words"
    return None


def verdict_of(
    match: SourceMatch,
    params: QuoteProvenanceParams,
    sentences: list[Span],
    source: str,
    folded_source: str | None = None,
) -> tuple[Verdict, str]:
    """The verdict on one quote, and the reason in a few words. ``folded_source`` (the source
    folded, padded with spaces) spares folding it again for every quote."""
    # Imported here: only a comparison with a primary source gets this far, and the module
    # is a cost every other run of `compare` would pay at start-up.
    from factcheck.align.provenance import unbracket

    folded_source = folded_source or " " + fold(source) + " "
    if not match.parts or any(p.score < params.not_in_source_below for p in match.parts):
        if _rearranged(match.quote, folded_source):
            return "misquoted", "the source's words, rearranged"
        return "not_in_source", "no passage of the source matches"
    for left, right in zip(match.parts, match.parts[1:], strict=False):
        gap = right.first_word - left.last_word - 1
        if gap < 0 or gap > params.max_gap_words:
            return "misquoted", "words joined from places far apart in the source"
    kinds: list[str] = []
    for part in match.parts:
        diff = word_diff(part.text, unbracket(part.quoted))
        bracketed = _bracketed(part.quoted)
        changes = [(i, d) for i, d in enumerate(diff) if d.op is not DiffOp.EQUAL]
        source_words = Counter(fold(part.text).split())
        quoted_words = Counter(fold(part.quoted).split())
        if changes and source_words == quoted_words:
            return "misquoted", "the word order changed"
        if any(_moved(d, part, folded_source) for _, d in changes):
            return "misquoted", "words moved from elsewhere in the source"
        kinds += [_kind_of_change(d, at_start=i == 0, bracketed=bracketed) for i, d in changes]
        kinds = [kind for kind in kinds if kind != "same"]
    misquotes = [k for k in kinds if k.startswith("misquoted")]
    if misquotes:
        return "misquoted", misquotes[0].split(":", 1)[1]
    if "paraphrased" in kinds:
        return "paraphrased", "words changed inside the quote marks"
    cuts = [_cut_from_sentence(p.span, sentences, source) for p in match.parts]
    if "adapted" in kinds or (cuts[0] == "and" and not match.ellipsis):
        return "adapted", "editorial changes only (brackets, an opening conjunction)"
    if match.ellipsis or any(cuts):
        return "trimmed", "words left out, nothing changed"
    return "verbatim", "the speaker's words"


def check(params: QuoteProvenanceParams, ctx: CheckContext) -> Iterator[Hit]:
    if ctx.reference is None:
        return
    source = ctx.reference.text
    folded = " " + fold(source) + " "
    for match in ctx.alignment.sources:
        verdict, reason = verdict_of(match, params, ctx.reference_sentences, source, folded)
        if verdict != params.verdict:
            continue
        quote = ctx.quote(match.quote_id)
        evidence: list[tuple[str, Span]] = [(match.article_id, quote.span)]
        evidence += [(match.reference_id, part.span) for part in match.parts
                     if verdict != "not_in_source"]  # fmt: skip
        diff = [d for part in match.parts for d in part.diff] if match.parts else None
        yield Hit(
            evidence=tuple(evidence),
            values={
                "article": ctx.label(match.article_id),
                "source": ctx.label(match.reference_id),
                "quote": match.quote,
                "passage": " … ".join(part.text for part in match.parts) or "(none)",
                "verdict": verdict.replace("_", " "),
                "reason": reason,
                "changes": describe(diff) if diff else "",
            },
            diff=diff if verdict != "not_in_source" else None,
        )


KIND = RuleKind(
    name="quote_provenance",
    params=QuoteProvenanceParams,
    check=check,
    placeholders=("article", "source", "quote", "passage", "verdict", "reason", "changes"),
    cross_article=False,
    summary="A quote judged against the primary source (transcript, press release).",
    needs_reference=True,
)
