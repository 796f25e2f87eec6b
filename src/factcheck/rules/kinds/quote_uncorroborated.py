"""Quote found in only one article: no other article prints any sentence of it."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from factcheck.models import QuoteKind
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params


class QuoteUncorroboratedParams(Params):
    min_score: float = Field(60, ge=0, le=100, description="A match at this score corroborates.")
    min_words: int = Field(4, ge=1, description="Shorter quotes are not reported.")


def check(params: QuoteUncorroboratedParams, ctx: CheckContext) -> Iterator[Hit]:
    if len(ctx.extractions) < 2:
        return
    matched = {
        ref.quote_id
        for match in ctx.alignment.quotes
        if match.score >= params.min_score
        for ref in (match.a, match.b)
    }
    for extraction in ctx.extractions:
        others = ctx.others(extraction.article_id)
        for quote in extraction.quotes:
            if quote.kind is not QuoteKind.FULL or quote.id in matched:
                continue
            if len(quote.text.split()) < params.min_words:
                continue
            yield Hit(
                evidence=((extraction.article_id, quote.span),),
                values={
                    "article": ctx.label(extraction.article_id),
                    "quote": quote.text,
                    "speaker": quote.speaker.name or "unknown speaker",
                    "others": others,
                },
            )


KIND = RuleKind(
    name="quote_uncorroborated",
    params=QuoteUncorroboratedParams,
    check=check,
    placeholders=("article", "quote", "speaker", "others"),
    cross_article=True,
    summary="A quote that no other article carries.",
    aligns="quotes",
)
