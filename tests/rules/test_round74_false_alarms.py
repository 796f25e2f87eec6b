"""QA round 74 false alarms: a dividend two outlets tell to the cent corroborates their other
mentions of it, though one calls it a payout (FC107); a stock's gain so far this year is no
day's move (FC105); a pace per kilometre is one per mile converted (FC105); a hedge after
"and" is a second verb's, not the figure's (FC109); a valuation before a round's money is not
one after it (alignment)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import aligned_texts, figure_printed, rule_messages

DIVIDEND_A = (
    "Harborline raised its quarterly dividend to 68 cents a share from 62 cents, payable "
    "Nov. 15 to shareholders of record on Oct. 31."
)
DIVIDENDS = [
    # QA round 74, bank results: b's payout is a's dividend to the cent, and its lede and last
    # line tell the dividend the two agree on.
    (DIVIDEND_A,
     "Harborline Bancorp on Thursday posted third-quarter earnings that topped forecasts and "
     "lifted its dividend. The bank lifted its quarterly payout to 68 cents from 64 cents and "
     "unveiled a $2 billion buyback. The dividend is payable Nov. 15 to shareholders of record "
     "on Oct. 31.",
     False),
    # Control: a payout of another amount corroborates nothing.
    (DIVIDEND_A,
     "Harborline Bancorp on Thursday posted third-quarter earnings that topped forecasts and "
     "lifted its dividend. The bank lifted its quarterly payout to 72 cents from 64 cents and "
     "unveiled a $2 billion buyback. The dividend is payable Nov. 15 to shareholders of record "
     "on Oct. 31.",
     True),
    # Control: a dividend two outlets agree on says nothing of another year's.
    ("The 2025 budget, approved in December, had assumed a dividend of €2.5 billion.",
     "Officials had built a dividend of €2.5 billion into the 2025 budget. The bank posted a "
     "small loss in 2022, and it paid no dividend in 2022.",
     True),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "flagged"), DIVIDENDS)
def test_dividend_told_to_the_cent_corroborates(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC107", a, b)) is flagged


SHARE_MOVES = [
    # QA round 74, bank results: the year's gain is no day's.
    ("Shares of Harborline rose 3.4% to $58.12 in afternoon trading in New York. The stock has "
     "gained 14% this year, trailing a 19% rise in the KBW regional bank index.",
     "The stock closed up 3.4% at $58.12 on Thursday, its biggest one-day gain since March.",
     False),
    ("The shares have fallen about 22% this year. They closed down 1.2% on Monday.",
     "The shares closed down 1.2% on Monday.",
     False),
    # Control: two years' gains so far are one fact.
    ("The stock has gained 14% this year.",
     "The stock has gained 12% this year.",
     True),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "flagged"), SHARE_MOVES)
def test_gain_this_year_is_no_days_move(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC105", a, b)) is flagged


PACES = [
    # QA round 74, marathon: 2:51 a kilometre is 4:35 a mile.
    ("Kipruto's average pace was just over 2 minutes 51 seconds per kilometre.",
     "He held an average of about 4 minutes 35 seconds per mile over the 26.2-mile course.",
     False),
    ("Kipruto's average pace was 2 minutes 51 seconds per kilometre.",
     "He held an average of 4 minutes 35 seconds per mile over the 26.2-mile course.",
     False),
    # Control: a pace per mile that is not the other's, converted.
    ("Kipruto's average pace was 2 minutes 51 seconds per kilometre.",
     "He held an average of about 4 minutes 55 seconds per mile over the 26.2-mile course.",
     True),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "flagged"), PACES)
def test_pace_per_kilometre_is_pace_per_mile_converted(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC105", a, b)) is flagged


def test_pace_is_time_per_length() -> None:
    pace = figure_printed(
        "Kipruto's average pace was just over 2 minutes 51 seconds per kilometre.",
        "just over 2 minutes 51 seconds per kilometre",
    )
    assert (pace.unit, pace.value) == ("second/km", Decimal(171))


HEDGES = [
    # QA round 74, biotech funding: "plans to" is the company's plan for about 120, not the 64
    # it employs.
    ("Cellarion currently employs 64 people and plans to grow to about 120 by the end of next "
     "year.",
     "The company makes gene therapies for rare liver disorders.",
     "64 people", False),
    ("Cellarion currently employs 64 people and plans to grow to about 120 by the end of next "
     "year.",
     "The company makes gene therapies for rare liver disorders.",
     "about 120", True),
    # Control: a hedge right after the figure's noun hedges it.
    ("Some 300 people are believed to be missing after the landslide.",
     "The landslide struck the village before dawn.",
     "Some 300 people", True),
    ("Some 300 people and 20 cars are believed to be missing after the landslide.",
     "The landslide struck the village before dawn.",
     "Some 300 people", True),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "figure", "flagged"), HEDGES)
def test_hedge_after_and_is_a_second_verbs(a: str, b: str, figure: str, flagged: bool) -> None:
    messages = rule_messages("FC109", a, b)
    assert any(f": {figure} (" in message for message in messages) is flagged, messages


POST_MONEY_A = (
    "Cellarion said it had raised $185.4 million in a Series B funding round that values the "
    "company at $1.2 billion after the investment."
)
VALUATIONS = [
    # QA round 74, biotech funding: the pre-money worth is the post-money one less the round.
    (POST_MONEY_A,
     "The deal gives the company a pre-money valuation of about $1 billion, according to two "
     "people familiar with the terms.",
     False),
    # Control: a post-money worth told in other words is the same worth.
    (POST_MONEY_A,
     "The deal gives the company a post-money valuation of about $1.2 billion, according to "
     "two people familiar with the terms.",
     True),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "paired"), VALUATIONS)
def test_pre_money_is_not_post_money(a: str, b: str, paired: bool) -> None:
    pairs = aligned_texts(a, b)
    assert any(printed_a == "$1.2 billion" for printed_a, _ in pairs) is paired
