"""Unsourced claim: a sentence on one of the rule's terms, with no source and no corroboration.

A sentence is sourced when it names where the claim comes from (an attribution cue such as
"said" or "according to") or quotes someone. It is corroborated when another article in the
comparison reports the same term in a sourced sentence (``corroborate_with: any`` accepts any
mention).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import accumulate
from typing import Literal

from pydantic import Field, field_validator

from factcheck.models import QuoteKind, Span
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params

DEFAULT_CUES = [
    "said", "says", "say", "told", "tells", "according to", "reported", "reports", "announced",
    "announces", "stated", "states", "confirmed", "confirms", "disclosed", "declared", "noted",
    "wrote", "statement", "filing", "press release", "cited", "citing",
]  # fmt: skip


class UnsourcedClaimParams(Params):
    terms: list[str | list[str]] = Field(
        min_length=1,
        description="Words or phrases that make a claim; a list of them is one claim worded "
        "apart ([buyback, buy back, share repurchase]), each corroborating the others.",
    )
    corroborate_with: Literal["sourced", "any"] = Field(
        "sourced",
        description="Which mentions in other articles corroborate: only sourced ones, or any.",
    )

    @field_validator("terms")
    @classmethod
    def _no_empty_terms(cls, terms: list[str | list[str]]) -> list[str | list[str]]:
        # An empty term or group would match at every word boundary, or watch nothing.
        for group in terms:
            words = [group] if isinstance(group, str) else group
            if not words or not all(word.strip() for word in words):
                raise ValueError("a term, or a group of terms, is empty")
        return terms

    attribution_cues: list[str] = Field(
        default_factory=lambda: list(DEFAULT_CUES),
        min_length=1,  # an empty list would match everywhere and source every claim
        description="Words that, in the same sentence, name the claim's source.",
    )


def _pattern(phrases: list[str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len)
    return re.compile(r"\b(?:" + "|".join(reversed(alternatives)) + r")\b", re.IGNORECASE)


def _cue_pattern(phrases: list[str]) -> re.Pattern[str]:
    """Cues as written anywhere in a sentence, or capitalised where they open it ("According
    to the filing, …"): not the "States" of "the United States", a name that spells a cue."""
    lower = sorted((re.escape(p).replace(r"\ ", r"\s+") for p in phrases), key=len)[::-1]
    opening = [p[0].upper() + p[1:] for p in lower]
    return re.compile(rf"\b(?:{'|'.join(lower)})\b|^\W*(?:{'|'.join(opening)})\b")


# "when it reports results", "announced results": a company doing business, not a source.
_BUSINESS_OBJECT = re.compile(
    r"\s+(?:its\s+|their\s+|full-year\s+|quarterly\s+|annual\s+|interim\s+|half-year\s+|"
    r"(?:first|second|third|fourth)-(?:quarter|half)\s+)*"
    r"(?:results|earnings|profits?|figures|revenue|sales|losses|numbers)\b",
    re.IGNORECASE,
)


def _names_a_source(cues: re.Pattern[str], words: str, term: re.Match[str]) -> bool:
    """Whether the sentence names where the claim about ``term`` comes from. A claim told in
    an aside ("SkyIndus, which reinstated its dividend in May, said the aircraft had
    returned") is sourced only by a cue inside the aside: the sentence's "said" sources what
    the company said, not the aside."""
    aside = next((m for m in _ASIDE.finditer(words) if m.start() < term.start() < m.end()), None)
    start, end = (aside.start(), aside.end()) if aside else (0, len(words))
    return any(
        _BUSINESS_OBJECT.match(words, cue.end()) is None
        and _STILL_TO_COME.search(words, max(0, cue.start() - 20), cue.start()) is None
        and not (
            _PASSIVE_BEFORE.search(words, max(0, cue.start() - 20), cue.start())
            and _BY_AFTER.match(words, cue.end()) is None
        )
        # "…the $90bn Kestrel has earmarked for share buybacks this year, and analysts said
        # the impact would be limited": a cue in a clause of its own after the claim sources
        # that clause only.
        and not (
            cue.start() > term.end()
            and _NEXT_CLAUSE.search(words, term.end(), cue.start()) is not None
        )
        for cue in cues.finditer(words, start, end)
    )


# A statement still to come names no source: "a £500m share buyback, to be announced
# alongside its half-year results next month".
_STILL_TO_COME = re.compile(
    r"\b(?:to\s+be|will\s+be|would\s+be|is\s+expected\s+to\s+be|due\s+to\s+be)\s+$", re.IGNORECASE
)


# A passive with no one by it names no source: "its shares have fallen by almost 30 per cent
# since the recall was announced" (but "was announced by the board" does).
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+", re.IGNORECASE)


_ASIDE = re.compile(r",\s+(?:which|who|whose)\b[^,;:]*,")


def _normal(term: str) -> str:
    """Singular and plural of a term are one term."""
    return re.sub(r"\s+", " ", term.casefold()).removesuffix("s")


def _claims(terms: list[str | list[str]]) -> dict[str, str]:
    """Each term, normalised, to the claim it makes: its group's first term."""
    claims: dict[str, str] = {}
    for group in terms:
        words = [group] if isinstance(group, str) else group
        for word in words:
            claims.setdefault(_normal(word), _normal(words[0]))
    return claims


def check(params: UnsourcedClaimParams, ctx: CheckContext) -> Iterator[Hit]:
    phrases = [t for group in params.terms for t in ([group] if isinstance(group, str) else group)]
    terms, cues = _pattern(phrases), _cue_pattern(params.attribution_cues)
    claims = _claims(params.terms)

    def _key(term: str) -> str:
        normal = _normal(term)
        return claims.get(normal, normal)

    # Per article: each mention of a term, and whether its sentence names a source.
    mentions: dict[str, list[tuple[Span, re.Match[str], bool]]] = {}
    for extraction in ctx.extractions:
        text = ctx.article(extraction.article_id).text
        quoted = _Spans([q.span for q in extraction.quotes if q.kind is QuoteKind.FULL])
        found = []
        for sentence in extraction.sentences:
            words = sentence.slice(text)
            match = terms.search(words)
            if match is not None:
                sourced = _names_a_source(cues, words, match) or quoted.overlap(sentence)
                found.append((sentence, match, sourced))
        mentions[extraction.article_id] = found
    for article_id, found in mentions.items():
        # What the other articles report, and (by default) only where they name a source:
        # two outlets repeating the same unsourced claim do not corroborate each other.
        elsewhere = {
            _key(match.group())
            for other, items in mentions.items()
            if other != article_id
            for _, match, sourced in items
            if sourced or params.corroborate_with == "any"
        }
        text = ctx.article(article_id).text
        for sentence, match, sourced in found:
            if sourced or _key(match.group()) in elsewhere:
                continue
            yield Hit(
                evidence=((article_id, sentence),),
                values={
                    "article": ctx.label(article_id),
                    "term": match.group(),
                    "sentence": sentence.slice(text),
                },
            )


class _Spans:
    """Spans that answer "does any overlap this one?" by bisection, not by a scan per
    sentence (long articles have thousands of quotes)."""

    def __init__(self, spans: list[Span]) -> None:
        ordered = sorted(spans, key=lambda span: span.start)
        self.starts = [span.start for span in ordered]
        self.max_ends = list(accumulate((span.end for span in ordered), max))

    def overlap(self, other: Span) -> bool:
        # Of the spans starting before ``other`` ends, does the one reaching furthest pass
        # its start?
        before = bisect_left(self.starts, other.end)
        return before > 0 and self.max_ends[before - 1] > other.start


KIND = RuleKind(
    name="unsourced_claim",
    params=UnsourcedClaimParams,
    check=check,
    placeholders=("article", "term", "sentence"),
    cross_article=False,
    summary="A claim on a watched subject with no attribution and no corroboration.",
)
