"""QA round 63: what a place is built for is not the count it holds ("built for about 400
people" against "held more than 1,200 people"), and the span an amount is spread over pairs
with the other article's span of that amount ("£320 million for the board over three years"
against "£320 million over two years"), not with an unrelated wait of the same length."""

from __future__ import annotations

import pytest

from support import assert_pairs

_WAITS_A = (
    "Health minister Gareth Lloyd announced an extra £320 million for the board over three "
    "years, most of it for additional theatre capacity and staff. Orthopaedics remains the "
    "longest queue, with 58,900 people waiting for hip, knee and other joint procedures. Some "
    "patients have waited more than two years."
)
_WAITS_B = (
    "Health minister Gareth Lloyd responded by pledging £320 million over two years to cut the "
    "backlog. Orthopaedic patients face the longest waits: almost 59,000 are queueing for joint "
    "operations, and some have waited over two years."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A capacity and a count held, each article giving both (one with no noun after it).
        (
            "The island's reception center, built for about 400 people, was housing more than "
            "1,200 on Sunday after 19 boats landed over the weekend.",
            "The island's Red Cross-run reception center, which has room for about 400, held "
            "more than 1,200 people on Sunday after 19 boats arrived during the weekend.",
            [],
            [("about 400 people", "more than 1,200 people")],
        ),
        (
            "The camp, built for about 3,000 people, was sheltering more than 9,000 on Friday, "
            "the agency said.",
            "The camp, which has room for about 3,000, held more than 9,000 people on Friday, "
            "the agency said.",
            [],
            [("about 3,000 people", "more than 9,000 people")],
        ),
        (
            "The prison, designed to hold 800 inmates, housed 1,450 last month, inspectors found.",
            "Inspectors found that the prison, which can hold 800, housed 1,450 inmates last "
            "month.",
            [],
            [("800 inmates", "1,450 inmates")],
        ),
        # Control: two capacities are one fact, however far apart their values.
        (
            "The reception center was built for about 400 people, officials said.",
            "The reception center has a capacity of 450 people, officials said.",
            [("about 400 people", "450 people")],
            [],
        ),
        # Control: two counts held are one fact.
        (
            "The reception center was housing more than 1,200 people on Sunday.",
            "The reception center held more than 1,300 people on Sunday.",
            [("more than 1,200 people", "more than 1,300 people")],
            [],
        ),
        # The funding's span, past who it is for, pairs with the other's funding span; the
        # wait of two years is another fact.
        (
            _WAITS_A,
            _WAITS_B,
            [("£320 million", "£320 million"), ("three years", "two years")],
            [("more than two years", "two years")],
        ),
        # Control: a deal's span told right after it still pairs.
        (
            "The company agreed to pay $7.42 billion over 12 years to settle the claims.",
            "The company agreed to pay roughly $7.4 billion, spread across 15 years, to settle "
            "the claims.",
            [("12 years", "15 years")],
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
