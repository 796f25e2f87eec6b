from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.align.figures import align_figures, periods_compatible
from factcheck.models import Extraction, Figure, FigureKind, Span


def figure(
    article: str,
    n: int,
    kind: FigureKind,
    value: str,
    unit: str,
    measure: list[str],
    period: str | None = None,
) -> Figure:
    return Figure(
        id=f"{article}:f{n}",
        article_id=article,
        kind=kind,
        text=value,
        span=Span(start=n, end=n + 1),
        value=Decimal(value),
        unit=unit,
        precision=Decimal(1),
        period=period,
        measure=measure,
        sentence=Span(start=0, end=10),
    )


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("Q4", "Q4 2023", True),
        ("Q4 2023", "Q4 2023", True),
        (None, "Q1", True),
        ("Q4", "Q1", False),
        ("Q4 2023", "Q4 2022", False),
    ],
)
def test_periods_compatible(a, b, compatible) -> None:
    assert periods_compatible(a, b) is compatible


def test_figures_align_by_measure_unit_and_period_one_to_one() -> None:
    money, pct = FigureKind.MONEY, FigureKind.PERCENT
    a = Extraction(article_id="a", sentences=[], figures=[
        figure("a", 1, money, "40110000000", "USD", ["revenue"], "Q4"),
        figure("a", 2, pct, "25", "%", ["increase", "revenue"], "Q4"),
        figure("a", 3, money, "39170000000", "USD", ["consensus", "estimate"]),
    ])  # fmt: skip
    b = Extraction(article_id="b", sentences=[], figures=[
        figure("b", 1, money, "34500000000", "USD", ["revenue"], "Q1"),
        figure("b", 2, money, "40100000000", "USD", ["revenue"], "Q4 2023"),
        figure("b", 3, pct, "25", "%", ["revenue", "growth", "increase"]),
        figure("b", 4, money, "39200000000", "USD", ["analyst", "consensus", "estimate"]),
    ])  # fmt: skip
    pairs = {(m.a, m.b) for m in align_figures(a, b, min_score=60)}
    assert pairs == {("a:f1", "b:f2"), ("a:f2", "b:f3"), ("a:f3", "b:f4")}


def test_different_units_never_align() -> None:
    a = Extraction(
        article_id="a",
        sentences=[],
        figures=[figure("a", 1, FigureKind.MONEY, "5", "USD", ["price"])],
    )
    b = Extraction(
        article_id="b",
        sentences=[],
        figures=[figure("b", 1, FigureKind.MONEY, "5", "EUR", ["price"])],
    )
    assert align_figures(a, b, min_score=0) == []


def test_among_equally_good_measures_the_closest_values_pair() -> None:
    # "The deficit widened by £2.1bn to £15.2bn" against "The deficit widened to £15.2bn":
    # both of A's figures measure the deficit; the level pairs with the level.
    change = figure("a", 1, FigureKind.MONEY, "2100000000", "GBP", ["deficit"])
    level = figure("a", 2, FigureKind.MONEY, "15200000000", "GBP", ["deficit"])
    other = figure("b", 1, FigureKind.MONEY, "15200000000", "GBP", ["deficit"])
    a = Extraction(article_id="a", sentences=[], figures=[change, level])
    b = Extraction(article_id="b", sentences=[], figures=[other])
    (match,) = align_figures(a, b, min_score=60)
    assert (match.a, match.b) == ("a:f2", "b:f1")
