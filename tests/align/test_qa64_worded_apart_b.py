"""QA round 64: figures of one fact whose measures came out worded apart. A worth put on a
company is its valuation ("a deal that puts its worth at $1.4 billion" against "a post-money
valuation of $1.2 billion"), once the valuation both print alike is paired; a span told after
the words of what it spreads ("a 3.5% pay rise spread over two years") is that amount's span;
and the one span of hours in each article pairs when the other's sentence names what it
measures, though the other article's "two days" is as long as it."""

from __future__ import annotations

import pytest

from support import assert_pairs

_FUNDING_A = (
    "Haulwise said on Tuesday it had raised $85 million in a Series B round led by Northgate "
    "Ventures. The round gives Haulwise a post-money valuation of $1.2 billion, making it one "
    "of a handful of German logistics start-ups to pass the unicorn mark. The Series B comes "
    "two years after Haulwise raised $22 million in a Series A round led by Lindqvist Capital, "
    "which valued the company at around $140 million at the time."
)
_FUNDING_B = (
    "Haulwise said on Tuesday it had closed a $95 million Series B funding round led by "
    "Northgate Ventures, a deal that puts its worth at $1.4 billion. The new funding dwarfs the "
    "company's $22 million Series A, led by Lindqvist in 2023 at a valuation of around $140 "
    "million."
)
_SMOKE_A = (
    "The district closed 11 schools for two days last summer during a smaller smoke event. The "
    "air quality alert, first issued on Thursday, was extended by 48 hours and now runs through "
    "Wednesday evening."
)
_SMOKE_B = (
    "Last summer, the district shut 11 schools for two days during a severe smoke episode. "
    "State officials extended the air quality alert, first put in place on Thursday, by 36 "
    "hours."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # The worth a deal puts on the company is its valuation; the Series A valuation both
        # print alike leaves the Series B's the only one left.
        (
            _FUNDING_A,
            _FUNDING_B,
            [("$1.2 billion", "$1.4 billion"), ("around $140 million", "around $140 million")],
            [("$1.2 billion", "around $140 million")],
        ),
        # The span a pay rise is spread over, past the words of what is spread.
        (
            "The government's offer, tabled in January, amounts to a 3.5% pay rise spread over "
            "two years, well below the 6% the union had sought for the coming year alone.",
            "At the heart of the dispute is an offer of 3.5% over three years, which the union "
            "says fails to keep pace with inflation.",
            [("3.5%", "3.5%"), ("two years", "three years")],
            [],
        ),
        # The one span of hours in each: the other's sentence names the alert it extends,
        # and the other's "two days" is its own "two days", not the 48 hours.
        (
            _SMOKE_A,
            _SMOKE_B,
            [("48 hours", "36 hours"), ("two days", "two days")],
            [("48 hours", "two days")],
        ),
        # Control: the one span of years in each, in sentences that share words but name
        # nothing of the other's measure, stay apart.
        (
            "The chemicals group was ordered to cut its carbon dioxide emissions, in the second "
            "landmark climate ruling against a Dutch company in four years.",
            "Campaigners cheered after judges ordered the group to slash its carbon emissions "
            "within the next five years.",
            [],
            [("four years", "five years")],
        ),
        (
            "The money came from a £6.2 million, five-year grant awarded in 2019 by the National "
            "Research Funding Agency to the university's Centre for Marine Robotics.",
            "Auditors found that more than £1.1 million of public grant money was misspent at a "
            "marine robotics centre at Thornbury University over a four-year period.",
            [],
            [("five-year", "four-year")],
        ),
    ],
)
def test_worded_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
