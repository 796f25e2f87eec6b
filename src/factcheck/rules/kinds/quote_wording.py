"""Quote worded differently: the same quote sentence, printed with other words."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field, model_validator

from factcheck.align.diff import describe, fold
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params


class QuoteWordingParams(Params):
    min_score: float = Field(60, ge=0, le=100, description="Below this, not the same quote.")
    paraphrase_below: float = Field(
        85, ge=0, le=100, description="Below this the pair is a paraphrase, above a rewording."
    )
    verbatim_min: float = Field(
        100, ge=0, le=100, description="At or above this (punctuation and case aside), verbatim."
    )

    @model_validator(mode="after")
    def _ordered_bands(self) -> QuoteWordingParams:
        if not self.min_score <= self.paraphrase_below <= self.verbatim_min:
            raise ValueError("bands must satisfy min_score <= paraphrase_below <= verbatim_min")
        return self


def check(params: QuoteWordingParams, ctx: CheckContext) -> Iterator[Hit]:
    for match in ctx.alignment.quotes:
        if match.score < params.min_score or match.score >= params.verbatim_min:
            continue
        if fold(match.a.text) == fold(match.b.text):
            continue
        band = "paraphrased" if match.score < params.paraphrase_below else "reworded"
        yield Hit(
            evidence=((match.a.article_id, match.a.span), (match.b.article_id, match.b.span)),
            values={
                "article_a": ctx.label(match.a.article_id),
                "article_b": ctx.label(match.b.article_id),
                "quote_a": match.a.text,
                "quote_b": match.b.text,
                "score": f"{match.score:g}",
                "band": band,
                "changes": describe(match.diff),
            },
            diff=match.diff,
        )


KIND = RuleKind(
    name="quote_wording",
    params=QuoteWordingParams,
    check=check,
    placeholders=("article_a", "article_b", "quote_a", "quote_b", "score", "band", "changes"),
    cross_article=True,
    summary="The same quote is worded differently in two articles.",
    aligns="quotes",
)
