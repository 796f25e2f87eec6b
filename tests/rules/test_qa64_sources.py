"""QA round 64 (FC109, FC110): a subject that "is forecasting" owns its claim, a phrase of time
before it or not; a participle after its noun ("a work estimated at $3 million") is no subject
giving its view; a range in words ("three to five million dollars") is one figure; a hedged
lede figure the article sources further down is sourced."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import figures_of, rule_messages


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        (
            "It was estimated at three to five million dollars, and failed to sell.",
            3_000_000,
            5_000_000,
            "USD",
        ),
        (
            "The repairs will cost between two and three billion euros.",
            2_000_000_000,
            3_000_000_000,
            "EUR",
        ),
    ],
)
def test_range_in_words(text: str, low: int, high: int, unit: str) -> None:
    (figure,) = figures_of(text)
    assert (figure.low, figure.high, figure.unit) == (Decimal(low), Decimal(high), unit)


def test_range_in_words_not_a_list() -> None:
    (figure,) = figures_of("The fund holds cats and five million dollars.")
    assert figure.value == Decimal(5_000_000)


@pytest.mark.parametrize(
    ("sourced", "claim", "flagged"),
    [
        # The subject owns the claim: the progressive is its forecast as much as "forecasts".
        (
            "The ministry forecast growth of 6% to 8% in arrivals in 2025, with most of the "
            "increase expected outside the July-August peak.",
            "For 2025, the ministry is forecasting a rise of 6% to 9% in arrivals, with much of "
            "the growth expected in the shoulder months.",
            False,
        ),
        (
            "The ministry forecast growth of 6% to 8% in arrivals in 2025, with most of the "
            "increase expected outside the July-August peak.",
            "The ministry is forecasting a rise of 6% to 9% in arrivals in 2025, with much of "
            "the growth expected in the shoulder months.",
            False,
        ),
        # Control: the same claim told flat.
        (
            "The ministry forecast growth of 6% to 8% in arrivals in 2025, with most of the "
            "increase expected outside the July-August peak.",
            "Arrivals will rise by 6% to 8% in 2025, with most of the increase coming outside "
            "the July-August peak.",
            True,
        ),
        # A participle after its noun names no one who estimates: neither sentence is sourced.
        (
            "A Galloway work on paper estimated at $3 million to $5 million went unsold at Croft "
            "& Vane, and an early Delacourt still life at Hallam's was withdrawn hours before "
            "the sale.",
            "A Galloway work on paper, estimated at three to five million dollars, failed to "
            "sell, and Hallam's pulled an early Delacourt still life on the morning of the sale.",
            False,
        ),
    ],
)
def test_source_dropped_round64(sourced: str, claim: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, claim)) is flagged


@pytest.mark.parametrize(
    ("article", "flagged"),
    [
        # The hedged lede's job cuts are sourced further down, in the same article.
        (
            "Shareholders approved the merger, clearing the way for a deal that is expected to "
            "eliminate more than a thousand jobs.\n\nThe board met on Wednesday.\n\nThe "
            "companies have said they plan to cut between 1,200 and 1,500 jobs as they combine "
            "newsrooms.",
            False,
        ),
        # Control: the later figure names no source.
        (
            "Shareholders approved the merger, clearing the way for a deal that is expected to "
            "eliminate more than a thousand jobs.\n\nThe board met on Wednesday.\n\nBetween "
            "1,200 and 1,500 jobs went in the last merger of two broadcasters.",
            True,
        ),
        # Control: a sourced count of another size is not this one.
        (
            "Shareholders approved the merger, clearing the way for a deal that is expected to "
            "eliminate more than a thousand jobs.\n\nThe board met on Wednesday.\n\nThe "
            "companies have said they employ 9,000 jobs in all.",
            True,
        ),
    ],
)
def test_hedged_lede_sourced_further_down(article: str, flagged: bool) -> None:
    other = "Shareholders of the broadcaster approved the merger on Wednesday."
    assert bool(rule_messages("FC109", article, other)) is flagged


@pytest.mark.parametrize(
    ("sourced", "claim", "flagged"),
    [
        # "suggested": the dealers' reading of the results, stated as fact.
        (
            "Dealers said the results suggested the top of the market had fully recovered from "
            "two years of decline.",
            "The result shows the top of the market has fully recovered after two years of "
            "falling prices.",
            True,
        ),
        # Control: the reading kept as the dealers'.
        (
            "Dealers said the results suggested the top of the market had fully recovered from "
            "two years of decline.",
            "Dealers said the top of the market had fully recovered after two years of falling "
            "prices.",
            False,
        ),
        # "reach profitability" and "be profitable": one claim, the plan stated as fact.
        (
            "The company said it planned to reach profitability by 2027, helped by higher-margin "
            "analytics products that it will begin selling to large shippers later this year.",
            "Haulwise will be profitable by 2027, as it starts selling higher-margin analytics "
            "tools to big shippers in the second half of the year.",
            True,
        ),
        # Control: the plan kept as the company's.
        (
            "The company said it planned to reach profitability by 2027, helped by higher-margin "
            "analytics products that it will begin selling to large shippers later this year.",
            "Haulwise plans to be profitable by 2027, as it starts selling higher-margin "
            "analytics tools to big shippers in the second half of the year.",
            False,
        ),
    ],
)
def test_hedge_dropped_round64(sourced: str, claim: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, claim)) is flagged
