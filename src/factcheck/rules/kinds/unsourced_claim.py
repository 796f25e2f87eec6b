"""Unsourced claim: a sentence on one of the rule's terms, with no source and no corroboration.

A sentence is sourced when it names where the claim comes from (an attribution cue such as
"said" or "according to") or quotes someone. It is corroborated when another article in the
comparison mentions the same term.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pydantic import Field

from factcheck.models import QuoteKind, Span
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params

DEFAULT_CUES = [
    "said", "says", "say", "told", "tells", "according to", "reported", "reports", "announced",
    "announces", "stated", "states", "confirmed", "confirms", "disclosed", "declared", "noted",
    "wrote", "statement", "filing", "press release", "cited", "citing",
]  # fmt: skip


class UnsourcedClaimParams(Params):
    terms: list[str] = Field(min_length=1, description="Words or phrases that make a claim.")
    attribution_cues: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CUES),
        description="Words that, in the same sentence, name the claim's source.",
    )


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len)
    return re.compile(r"\b(?:" + "|".join(reversed(alternatives)) + r")\b", re.IGNORECASE)


def _key(term: str) -> str:
    """Singular and plural of a term corroborate each other."""
    return re.sub(r"\s+", " ", term.casefold()).removesuffix("s")


def check(params: UnsourcedClaimParams, ctx: CheckContext) -> Iterator[Hit]:
    terms, cues = _pattern(params.terms), _pattern(params.attribution_cues)
    mentioned: dict[str, set[str]] = {}
    for extraction in ctx.extractions:
        text = ctx.article(extraction.article_id).text
        mentioned[extraction.article_id] = {
            _key(m.group()) for s in extraction.sentences for m in terms.finditer(s.slice(text))
        }
    for extraction in ctx.extractions:
        text = ctx.article(extraction.article_id).text
        quoted = [q.span for q in extraction.quotes if q.kind is QuoteKind.FULL]
        for sentence in extraction.sentences:
            words = sentence.slice(text)
            match = terms.search(words)
            if match is None or cues.search(words) or _overlaps(sentence, quoted):
                continue
            key = _key(match.group())
            if any(
                key in found for other, found in mentioned.items() if other != extraction.article_id
            ):
                continue
            start = sentence.start + match.start()
            yield Hit(
                evidence=((extraction.article_id, sentence),),
                values={
                    "article": ctx.label(extraction.article_id),
                    "term": text[start : sentence.start + match.end()],
                    "sentence": words,
                },
            )


def _overlaps(sentence: Span, spans: list[Span]) -> bool:
    return any(span.start < sentence.end and sentence.start < span.end for span in spans)


KIND = RuleKind(
    name="unsourced_claim",
    params=UnsourcedClaimParams,
    check=check,
    placeholders=("article", "term", "sentence"),
    cross_article=False,
    summary="A claim on a watched subject with no attribution and no corroboration.",
)
