"""Figure differs: the same measure reported with values that cannot both be right.

Each printed figure stands for an interval of true values: ``$40.1 billion`` for
[40.05, 40.15] billion when rounding is allowed for its kind, ``more than $40 billion`` for
[40, ∞), ``between $34.5 billion and $37 billion`` for its range, ``about 350,000`` for ±10%.
Two figures agree when their intervals overlap, or lie no further apart than the tolerance.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from pydantic import Field

from factcheck.models import Bound, Figure, FigureKind
from factcheck.rules.context import CheckContext, Hit, RuleKind
from factcheck.rules.kinds._params import Params

_INFINITY = Decimal("Infinity")


class FigureMismatchParams(Params):
    min_score: float = Field(
        60, ge=0, le=100, description="How alike the measures must be for figures to be compared."
    )
    rounding_kinds: list[FigureKind] = Field(
        default_factory=lambda: [
            FigureKind.MONEY,
            FigureKind.COUNT,
            FigureKind.QUANTITY,
            FigureKind.DURATION,
            FigureKind.RANGE,
        ],
        description="Kinds where a less precise figure may be a rounding of a more precise one.",
    )
    absolute_tolerance: dict[FigureKind, Decimal] = Field(
        default_factory=dict, description="Largest gap that still agrees, per kind (25% vs 24.7%)."
    )
    relative_tolerance: Decimal = Field(
        Decimal(0), ge=0, le=1, description="Largest gap as a share of the larger value."
    )
    approximate_tolerance: Decimal = Field(
        Decimal("0.1"), ge=0, le=1, description="How far 'about X' may be from X, as a share."
    )


def interval(figure: Figure, params: FigureMismatchParams) -> tuple[Decimal, Decimal]:
    slack = figure.precision / 2 if figure.kind in params.rounding_kinds else Decimal(0)
    if figure.kind is FigureKind.RANGE or figure.value is None:
        low = figure.low if figure.low is not None else -_INFINITY
        high = figure.high if figure.high is not None else _INFINITY
        return low - slack, high + slack
    value = figure.value
    if figure.bound is Bound.APPROXIMATE:
        spread = max(abs(value) * params.approximate_tolerance, slack)
        return value - spread, value + spread
    if figure.bound is Bound.AT_LEAST:
        return value - slack, _INFINITY
    if figure.bound is Bound.AT_MOST:
        return -_INFINITY, value + slack
    return value - slack, value + slack


def agree(a: Figure, b: Figure, params: FigureMismatchParams) -> bool:
    low_a, high_a = interval(a, params)
    low_b, high_b = interval(b, params)
    gap = max(low_a - high_b, low_b - high_a, Decimal(0))
    if gap == 0:
        return True
    tolerance = max(
        params.absolute_tolerance.get(a.kind, Decimal(0)),
        params.absolute_tolerance.get(b.kind, Decimal(0)),
    )
    magnitude = max(
        abs(x) for x in (a.value, a.low, a.high, b.value, b.low, b.high) if x is not None
    )
    return gap <= max(tolerance, params.relative_tolerance * magnitude)


def check(params: FigureMismatchParams, ctx: CheckContext) -> Iterator[Hit]:
    for match in ctx.alignment.figures:
        if match.score < params.min_score:
            continue
        a, b = ctx.figure(match.a), ctx.figure(match.b)
        if agree(a, b, params):
            continue
        measure = " ".join(a.measure or b.measure) or a.unit
        yield Hit(
            evidence=((a.article_id, a.span), (b.article_id, b.span)),
            values={
                "article_a": ctx.label(a.article_id),
                "article_b": ctx.label(b.article_id),
                "figure_a": a.text,
                "figure_b": b.text,
                "measure": measure,
                "period": a.period or b.period or "unstated period",
            },
        )


KIND = RuleKind(
    name="figure_mismatch",
    params=FigureMismatchParams,
    check=check,
    placeholders=("article_a", "article_b", "figure_a", "figure_b", "measure", "period"),
    cross_article=True,
    summary="The same measure is given different values, beyond rounding and tolerance.",
    aligns="figures",
)
