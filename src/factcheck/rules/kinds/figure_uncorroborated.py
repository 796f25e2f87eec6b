"""Figure reported by only one article: no other article gives that measure."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from factcheck.models import FigureKind
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params


class FigureUncorroboratedParams(Params):
    min_score: float = Field(60, ge=0, le=100, description="A match at this score corroborates.")
    kinds: list[FigureKind] = Field(
        default_factory=lambda: list(FigureKind), min_length=1, description="Kinds to report."
    )


def check(params: FigureUncorroboratedParams, ctx: CheckContext) -> Iterator[Hit]:
    if len(ctx.extractions) < 2:
        return
    matched = ctx.matched_figures(params.min_score)
    for extraction in ctx.extractions:
        others = ctx.others(extraction.article_id)
        for figure in extraction.figures:
            if figure.id in matched or figure.kind not in params.kinds:
                continue
            yield Hit(
                evidence=((extraction.article_id, figure.span),),
                values={
                    "article": ctx.label(extraction.article_id),
                    "figure": figure.text,
                    "measure": " ".join(figure.measure) or figure.unit,
                    "others": others,
                },
            )


KIND = RuleKind(
    name="figure_uncorroborated",
    params=FigureUncorroboratedParams,
    check=check,
    placeholders=("article", "figure", "measure", "others"),
    cross_article=True,
    summary="A figure that no other article reports.",
    aligns="figures",
)
