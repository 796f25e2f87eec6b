"""Unsourced claim: a sentence on one of the rule's terms, with no source and no corroboration.

A sentence is sourced when it names where the claim comes from (an attribution cue such as
"said" or "according to") or quotes someone. It is corroborated when another article in the
comparison reports the same term in a sourced sentence (``corroborate_with: any`` accepts any
mention).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Literal

from pydantic import Field, field_validator
from rapidfuzz import fuzz

from factcheck.align.diff import fold
from factcheck.models import Figure, FigureKind, QuoteKind, Span
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._attribution import (
    DEFAULT_CUES,
    Spans,
    cue_pattern,
    names_a_source,
    phrase_pattern,
)
from factcheck.rules.kinds._params import Params
from factcheck.rules.kinds.figure_mismatch import FigureMismatchParams, agree
from factcheck.rules.kinds.source_dropped import content_words


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
    demands: list[str] = Field(
        default_factory=list,
        description="Phrases that make a term what someone asks for, not a claim that it is so "
        "(“investors who have pushed for bigger buybacks”, “called for a dividend”): a term "
        "at most `demand_words` words after one is no claim.",
    )
    demand_words: int = Field(3, ge=0, description="Words at most between a demand and its term.")
    exceptions: list[str] = Field(
        default_factory=list,
        description="Phrases that hold a term in another sense, where they overlap it: “jury "
        "is considering” (a verdict, weighed in public), “is weighing just” (a weight).",
    )


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
    terms, cues = phrase_pattern(phrases), cue_pattern(params.attribution_cues)
    demands = phrase_pattern(params.demands) if params.demands else None
    exceptions = phrase_pattern(params.exceptions) if params.exceptions else None
    claims = _claims(params.terms)

    def _key(term: str) -> str:
        normal = _normal(term)
        return claims.get(normal, normal)

    # Per article: each mention of a term, and whether its sentence names a source.
    mentions: dict[str, list[tuple[Span, re.Match[str], bool]]] = {}
    for extraction in ctx.extractions:
        text = ctx.article(extraction.article_id).text
        quoted = Spans([q.span for q in extraction.quotes if q.kind is QuoteKind.FULL])
        found = []
        for sentence in extraction.sentences:
            words = sentence.slice(text)
            # Each claim the sentence tells, once: "… a share buyback …, bringing total
            # distributions to about 2.6 billion euros including dividends" tells of both.
            keys: set[str] = set()
            for match in terms.finditer(words):
                if (
                    _key(match.group()) in keys
                    or _demanded(demands, words, match, params)
                    or _excepted(exceptions, words, match)
                ):
                    continue
                keys.add(_key(match.group()))
                sourced = names_a_source(cues, words, match) or quoted.overlap(sentence)
                found.append((sentence, match, sourced))
        mentions[extraction.article_id] = found
    agreed = _agreeing_figures(ctx, mentions, _key) | _retold(ctx, mentions, _key)
    amounts = _amounts_by_sentence(ctx)
    for article_id, found in mentions.items():
        # What the other articles report, and (by default) only where they name a source:
        # two outlets repeating the same unsourced claim do not corroborate each other. A
        # mention told to the cent by another outlet is corroborated, and so corroborates
        # as a sourced one does: the lede's "lifted its dividend" and a last line giving the
        # dividend's dates tell the claim two outlets agree on.
        elsewhere: dict[str, list[tuple[list[Figure], frozenset[str]]]] = {}
        for other, items in mentions.items():
            if other == article_id:
                continue
            other_text = ctx.article(other).text
            for sentence, match, sourced in items:
                if sourced or params.corroborate_with == "any" or (other, sentence.start) in agreed:
                    told = amounts.get((other, sentence.start), [])
                    years = _years(sentence.slice(other_text))
                    elsewhere.setdefault(_key(match.group()), []).append((told, years))
        text = ctx.article(article_id).text
        flagged: set[int] = set()
        for sentence, match, sourced in found:
            own = amounts.get((article_id, sentence.start), [])
            own_years = _years(sentence.slice(text))
            if (
                sentence.start in flagged  # one warning a sentence, on its first claim
                or sourced
                or any(
                    _may_be_one(own, told) and not _years_apart(own_years, years)
                    for told, years in elsewhere.get(_key(match.group()), [])
                )
                or (article_id, sentence.start) in agreed
            ):
                continue
            flagged.add(sentence.start)
            yield Hit(
                evidence=((article_id, sentence),),
                values={
                    "article": ctx.label(article_id),
                    "term": match.group(),
                    "sentence": sentence.slice(text),
                },
            )


def _excepted(exceptions: re.Pattern[str] | None, words: str, term: re.Match[str]) -> bool:
    """Whether an exception phrase overlaps the term ("The jury is considering its verdict")."""
    if exceptions is None:
        return False
    reach = max(0, term.start() - 60)
    return any(
        found.start() < term.end() and term.start() < found.end()
        for found in exceptions.finditer(words, reach, term.end() + 60)
    )


# Nothing but words between a demand and its term: a comma or a full stop ends the demand.
_WORDS_ONLY = re.compile(r"[\w’'-]+(?:\s+[\w’'-]+)*")


def _demanded(
    demands: re.Pattern[str] | None, words: str, term: re.Match[str], params: UnsourcedClaimParams
) -> bool:
    """Whether the term is what someone asks for, a few words after a demand ("investors who
    have pushed for bigger buybacks"): the sentence claims no buyback."""
    if demands is None:
        return False
    for demand in demands.finditer(words, 0, term.start()):
        between = words[demand.end() : term.start()].strip()
        if not between or (
            _WORDS_ONLY.fullmatch(between) is not None
            and len(between.split()) <= params.demand_words
        ):
            return True
    return False


# When two amounts agree: as FC105's defaults say.
_AGREEMENT = FigureMismatchParams()
# The figures that size a claim: "a $50 billion share buyback", "a dividend of 22 cents".
_AMOUNT_KINDS = frozenset((FigureKind.MONEY, FigureKind.PERCENT))


def _amounts_by_sentence(ctx: CheckContext) -> dict[tuple[str, int], list[Figure]]:
    amounts: dict[tuple[str, int], list[Figure]] = {}
    for extraction in ctx.extractions:
        for figure in extraction.figures:
            if figure.kind in _AMOUNT_KINDS and figure.value is not None:
                key = (extraction.article_id, figure.sentence.start)
                amounts.setdefault(key, []).append(figure)
    return amounts


def _may_be_one(own: list[Figure], told: list[Figure]) -> bool:
    """Whether another article's sourced mention may tell the same claim: not when both size
    it in one unit and no two of their amounts agree ("The company also plans a $50 billion
    share buyback" is not "a $2 billion share repurchase programme, Li said")."""
    units = {figure.unit for figure in own} & {figure.unit for figure in told}
    if not units:
        return True
    return any(a.unit == b.unit and agree(a, b, _AGREEMENT) for a in own for b in told)


_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _years(words: str) -> frozenset[str]:
    return frozenset(_YEAR.findall(words))


def _years_apart(own: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether two mentions are told of other years: "it paid no dividend that year" of 2022
    is not "had assumed a dividend of €2.5 billion" in the 2025 budget."""
    return bool(own) and bool(theirs) and own.isdisjoint(theirs)


# How alike two figures' measures must be for their agreement to corroborate a claim.
AGREEING_SCORE = 60.0


def _agreeing_figures(
    ctx: CheckContext,
    mentions: dict[str, list[tuple[Span, re.Match[str], bool]]],
    key: Callable[[str], str],
) -> set[tuple[str, int]]:
    """The mentions (article, sentence start) whose sentence gives a figure that a figure in
    another article's mention of the same claim agrees with: "The bank proposed a dividend of €1.10
    per share" and "The bank will pay a dividend of 1.10 euros a share" each tell the other's
    claim to the cent, as a rumour two outlets repeat seldom does. A sentence copied word for
    word is no second telling."""
    claim_at: dict[tuple[str, int], set[str]] = {}
    for article_id, found in mentions.items():
        for sentence, match, _ in found:
            claim_at.setdefault((article_id, sentence.start), set()).add(key(match.group()))
    claims: set[str] = set().union(*claim_at.values())

    def _claims_of(figure: Figure) -> set[str]:
        # The claims its sentence tells, and the one its measure names: "lifted its quarterly
        # payout to 68 cents" measures a dividend though the sentence never says the word.
        told = set(claim_at.get((figure.article_id, figure.sentence.start), ()))
        return told | {key(word) for word in figure.measure if key(word) in claims}

    agreed: set[tuple[str, int]] = set()
    for pair in ctx.alignment.figures:
        if pair.score < AGREEING_SCORE:
            continue
        a, b = ctx.figure(pair.a), ctx.figure(pair.b)
        claim_a, claim_b = _claims_of(a), _claims_of(b)
        if (
            not claim_a.isdisjoint(claim_b)
            and agree(a, b, _AGREEMENT)
            and not _copied(ctx, a.article_id, a.sentence, b.article_id, b.sentence)
        ):
            agreed |= {(a.article_id, a.sentence.start), (b.article_id, b.sentence.start)}
    return agreed


# A number as printed ("500", "1.10", "2,000") with its unit, for a claim told alike in
# words: "3 kronor" and "3 per cent" are two claims. An earlier value ("up from 500 won") is
# the claim's past, not the claim.
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<from>\bfrom\s+)?(?P<sign>[$€£¥₩])?(?P<number>\d+(?:[.,]\d+)*)"
    r"(?P<unit>\s*%|\s+per\s+cent\b|\s*[a-z]+)?",
    re.IGNORECASE,
)
# Units one claim is told in either way.
_PER_CENT = re.compile(r"^(?:%|per\s+cent|percent|pct)$", re.IGNORECASE)


def _amounts(words: str) -> frozenset[str]:
    """A sentence's numbers with their units ("500 won", "3 percent", "$2 billion"), not a
    year nor an earlier value "from" one."""
    years = _years(words)
    found: set[str] = set()
    for match in _NUMBER.finditer(words):
        number = match.group("number")
        if match.group("from") is not None or number in years:
            continue
        unit = " ".join((match.group("unit") or "").lower().split())
        if _PER_CENT.match(unit):
            unit = "percent"
        found.add(f"{match.group('sign') or ''}{number} {unit}".strip())
    return frozenset(found)


# Content words two mentions must share, and their share of the shorter's, to tell one claim.
RETOLD_WORDS = 3
RETOLD_SHARE = 0.5


def _retold(
    ctx: CheckContext,
    mentions: dict[str, list[tuple[Span, re.Match[str], bool]]],
    key: Callable[[str], str],
) -> set[tuple[str, int]]:
    """The mentions (article, sentence start) whose claim another article tells in its own
    words with the same number in the same unit, though neither's amount is a figure the
    extractor read: "will pay a quarterly dividend of 500 won a share" and "The quarterly
    dividend was kept at 500 won per share" share the number and half the shorter's words, as
    a rumour two outlets repeat in passing seldom does. "3 kronor" is not "3 per cent", nor
    is an earlier value ("from 500 won") the claim; a year is no amount; a sentence copied
    word for word no second telling."""
    told: list[tuple[str, Span, str, frozenset[str], frozenset[str]]] = []
    for article_id, found in mentions.items():
        text = ctx.article(article_id).text
        for sentence, match, _ in found:
            words = sentence.slice(text)
            numbers = _amounts(words)
            if numbers:
                told.append(
                    (
                        article_id,
                        sentence,
                        key(match.group()),
                        numbers,
                        frozenset(content_words(words)),
                    )
                )
    retold: set[tuple[str, int]] = set()
    for i, (article_a, a, claim_a, numbers_a, words_a) in enumerate(told):
        for article_b, b, claim_b, numbers_b, words_b in told[i + 1 :]:
            shared = len(words_a & words_b)
            if (
                article_a != article_b
                and claim_a == claim_b
                and not numbers_a.isdisjoint(numbers_b)
                and shared >= RETOLD_WORDS
                and shared >= RETOLD_SHARE * min(len(words_a), len(words_b))
                and not _copied(ctx, article_a, a, article_b, b)
            ):
                retold |= {(article_a, a.start), (article_b, b.start)}
    return retold


# Sentences this alike are one outlet's copy of the other's (a wire story printed twice), not
# two outlets telling one claim each in its own words.
COPIED_SCORE = 90.0


def _copied(ctx: CheckContext, article_a: str, a: Span, article_b: str, b: Span) -> bool:
    text_a, text_b = a.slice(ctx.article(article_a).text), b.slice(ctx.article(article_b).text)
    return fuzz.ratio(fold(text_a), fold(text_b)) >= COPIED_SCORE


KIND = RuleKind(
    name="unsourced_claim",
    params=UnsourcedClaimParams,
    check=check,
    placeholders=("article", "term", "sentence"),
    cross_article=False,
    summary="A claim on a watched subject with no attribution and no corroboration.",
)
