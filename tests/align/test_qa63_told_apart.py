"""QA round 63: what a place is built for is not the count it holds ("built for about 400
people" against "held more than 1,200 people")."""

from __future__ import annotations

import pytest

from support import aligned_texts


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
    ],
)
def test_told_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    pairs = aligned_texts(text_a, text_b)
    for pair in paired:
        assert pair in pairs
    for pair in not_paired:
        assert pair not in pairs
