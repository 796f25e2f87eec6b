"""Round 55 (b2): figure alignment fixes, table-driven with controls."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "expected"),
    [
        # A price's peak may be the top of the other's session move: the digits-swapped pair
        # is found, and the old contract price is left alone.
        (
            "Arabica coffee futures jumped as much as 5.1% to $4,320 a tonne, the highest "
            "since the contract began trading in 1972. Some roasters have defaulted on "
            "contracts agreed last year at less than $2,000 a tonne in Brazil.",
            "Coffee futures in New York climbed to an all-time high of $4,230 a tonne on "
            "Monday after Brazil cut its crop estimate.",
            ("$4,320 a tonne", "$4,230 a tonne"),
            True,
        ),
        (
            "Arabica coffee futures jumped as much as 5.1% to $4,320 a tonne, the highest "
            "since the contract began trading in 1972. Some roasters have defaulted on "
            "contracts agreed last year at less than $2,000 a tonne in Brazil.",
            "Coffee futures in New York climbed to an all-time high of $4,230 a tonne on "
            "Monday after Brazil cut its crop estimate.",
            ("less than $2,000 a tonne", "$4,230 a tonne"),
            False,
        ),
        # Control: a close at a high is a close, not the session's furthest move.
        (
            "Shares of Corvel rose as much as 9% to $41.80 in early trading.",
            "Corvel shares closed at a record high of $39.60 on Friday.",
            ("$41.80", "$39.60"),
            False,
        ),
        # Two lines of profit are two facts.
        (
            "Brackley Foods reported pre-tax profit of £48 million for the year to June.",
            "Brackley Foods made an operating profit of £57 million in the year to June.",
            ("£48 million", "£57 million"),
            False,
        ),
        (
            "The group's net income fell to $1.2 billion in the quarter.",
            "Its operating income was $1.9 billion in the quarter.",
            ("$1.2 billion", "$1.9 billion"),
            False,
        ),
        # Control: one line of profit, worded two ways, still pairs.
        (
            "Brackley Foods reported pre-tax profit of £48 million for the year to June.",
            "Brackley Foods made a profit before tax of £52 million in the year to June.",
            ("£48 million", "£52 million"),
            True,
        ),
        (
            "Brackley Foods reported pre-tax profit of £48 million for the year to June.",
            "Brackley Foods made a profit of £52 million in the year to June.",
            ("£48 million", "£52 million"),
            True,
        ),
        # The one valuation in each: however it is worded.
        (
            "Norvik sold 12 million shares at $21 each. The offer valued the Austin, "
            "Texas-based firm at $3.4 billion.",
            "Norvik priced 12 million shares at $21. The deal gave it a valuation of $4.3 billion.",
            ("$3.4 billion", "$4.3 billion"),
            True,
        ),
        # Control: a market value at the close is no valuation at pricing.
        (
            "The offer valued the Austin, Texas-based firm at $3.4 billion.",
            "The stock closed at $27, giving the company a market value of $4.4 billion.",
            ("$3.4 billion", "$4.4 billion"),
            False,
        ),
        # An offer oversubscribed a number of times is that multiple of the shares on offer.
        (
            "The share sale was oversubscribed more than 15 times, bankers said.",
            "Orders for the stock were more than 15 times the number of shares on offer.",
            ("more than 15 times", "more than 15 times"),
            True,
        ),
        # Control: times a thing happened are still occasions.
        (
            "Inspectors visited the plant 14 times last year.",
            "Inspectors went to the plant on 14 occasions last year.",
            ("14 times", "14 occasions"),
            True,
        ),
        # Two close levels, each restated as a change right after it: the changes pair,
        # however many other percentages the sentence holds.
        (
            "Brazil, which grows about 35% of the world's soybeans, now expects its harvest "
            "to total 148 million tonnes, down 9% from 163 million tonnes a year earlier.",
            "The crop agency said the harvest would come in at about 150 million tonnes, 12% "
            "less than last season.",
            ("9%", "12%"),
            True,
        ),
        (
            "Brazil, which grows about 35% of the world's soybeans, now expects its harvest "
            "to total 148 million tonnes, down 9% from 163 million tonnes a year earlier.",
            "The crop agency said the harvest would come in at about 150 million tonnes, 12% "
            "less than last season.",
            ("about 35%", "12%"),
            False,
        ),
        # Two producing countries' counts are two facts; the same country's one count pairs.
        (
            "For the roughly 600,000 farmers who grow coffee in Colombia, the rally has "
            "brought little.",
            "Peru's 220,000 coffee farmers have been hit by leaf rust. About 600,000 farmers "
            "in Colombia depend on coffee for their income.",
            ("roughly 600,000 farmers", "220,000 coffee farmers"),
            False,
        ),
        (
            "For the roughly 600,000 farmers who grow coffee in Colombia, the rally has "
            "brought little.",
            "Peru's 220,000 coffee farmers have been hit by leaf rust. About 600,000 farmers "
            "in Colombia depend on coffee for their income.",
            ("roughly 600,000 farmers", "About 600,000 farmers"),
            True,
        ),
    ],
)
def test_round55_b2_pairs(text_a, text_b, pair, expected) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is expected
