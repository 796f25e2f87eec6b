"""QA round 68: figures their own words show to be two facts are not paired, however alike
their measures: a part named "alone" and the whole; a peak and the level its article says it
fell to; one of several named subjects' figures and another's; a dividend and a buyback. And
"up to" a number against the other's peak is that peak."""

from __future__ import annotations

import pytest

from support import assert_pairs, rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A part named "alone" is not the whole; the wholes pair.
        (
            "At least 23 people were killed after a swarm of tornadoes tore across the state. "
            "Dunning said 14 of the deaths were in Hollis County alone.",
            "A night of tornadoes killed 32 people across the South. In Hollis County alone, "
            "14 people died.",
            [("At least 23 people", "32 people")],
            [("At least 23 people", "14 people")],
        ),
        # Control: the part named on both sides is one count.
        (
            "In Hollis County alone, 16 people died.",
            "In Hollis County alone, 14 people died.",
            [("16 people", "14 people")],
            [],
        ),
        # A peak and the level its article says it fell to: each pairs with its own.
        (
            "At the peak of the storms, more than 212,000 customers were without power across "
            "the two states. By Sunday evening that number had fallen to about 64,000.",
            "Crews had restored service to most of them by Sunday night, though about 64,000 "
            "customers remained without power.",
            [],
            [("more than 212,000 customers", "about 64,000 customers")],
        ),
        # Control: with no level fallen to, the two are one count told apart.
        (
            "At the peak of the storms, more than 212,000 customers were without power.",
            "About 64,000 customers were without power at the peak of the storms.",
            [("more than 212,000 customers", "About 64,000 customers")],
            [],
        ),
        # One of several parties' seats is not another party's.
        (
            "The Civic Union emerged as the largest party, winning 34 of the 80 seats.",
            "Elsewhere, Regional First won 12 seats on 11.4% of the vote, the Greens won 7 "
            "seats with 9.1%, and the Centre Party took 8.",
            [],
            [("34", "7 seats")],
        ),
        # A dividend's total is not a share buyback.
        (
            "The board proposed a dividend of $4.50 per share, totalling $1.1 billion, to be "
            "paid after the annual general meeting.",
            "Shareholders will receive a dividend of $5.40 a share, and the company also "
            "announced a $1 billion share buyback.",
            [],
            [("$1.1 billion", "$1 billion")],
        ),
        # Control: two buybacks are one.
        (
            "The company announced a $1.1 billion share buyback.",
            "The company also announced a $1 billion share buyback.",
            [("$1.1 billion", "$1 billion")],
            [],
        ),
    ],
)
def test_told_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # "up to 190 mph" of winds says the strongest was 190: not the other's peak of 170.
        (
            "The twister, rated EF4 with estimated peak winds of 170 mph, stayed on the ground "
            "for an hour.",
            "The twister, an EF4, carried winds of up to 190 mph and stayed on the ground for "
            "an hour.",
            True,
        ),
        # Control: with no peak named, "up to" is a bound that reaches the other.
        (
            "The storm brought winds of 170 mph to the coast.",
            "The storm brought winds of up to 190 mph to the coast.",
            False,
        ),
    ],
)
def test_up_to_against_a_peak(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC105", text_a, text_b)) is flagged
