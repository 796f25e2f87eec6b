"""QA round 69: one fact worded differently by two outlets is paired: the only counts of one
noun that print two digits swapped, one told of a place; a payment and compensation paid out;
a share move in early trading and one told with no time, at one value; a year and a half and
18 months; nautical miles and kilometres."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # The only counts of pupils (students) in each, two digits swapped.
        (
            "A ransomware attack has forced the district to close its schools, disrupting "
            "classes for about 41,000 pupils, the district said on Thursday.",
            "Some 14,000 students in Harlan Valley were kept home for a fourth straight day "
            "after a ransomware gang crippled the school district's network.",
            [("about 41,000 pupils", "Some 14,000 students")],
            [],
        ),
        # Control: digits not swapped, worded apart, stay apart.
        (
            "A ransomware attack has forced the district to close its schools, disrupting "
            "classes for about 41,000 pupils, the district said on Thursday.",
            "Some 13,000 students in Harlan Valley were kept home for a fourth straight day "
            "after a ransomware gang crippled the school district's network.",
            [],
            [("about 41,000 pupils", "Some 13,000 students")],
        ),
        # A goodwill payment and compensation, per passenger.
        (
            "Northline said it would refund all fares and make a goodwill payment of £500 to "
            "every passenger.",
            "Northline Ferries said it would refund tickets and pay every passenger £300 in "
            "compensation.",
            [("£500", "£300")],
            [],
        ),
        # One share move, in early trading and with no time said.
        (
            "Brightwave, which is listed in New York, saw its shares fall 2.4 percent in early "
            "trading.",
            "The settlement ends the case. Its shares dropped 2.4% in New York.",
            [("2.4 percent", "2.4%")],
            [],
        ),
        # A year and a half is 18 months.
        (
            "The cap takes effect in 18 months, giving landlords time to adjust leases.",
            "The law applies to 460,000 households. It takes effect in a year and a half.",
            [("18 months", "a year and a half")],
            [],
        ),
        # Nautical miles and kilometres: one distance.
        (
            "The fire broke out 14 nautical miles off the Scottish coast.",
            "The fire tore through the ferry about 26 kilometres off the coast.",
            [("14 nautical miles", "about 26 kilometres")],
            [],
        ),
    ],
)
def test_round69_pairs(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
