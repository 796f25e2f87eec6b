"""FC111 on real sentences: the same figure, for one fact, dated differently."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [
        # QA round 52: a contract's year changed; the date follows the figure's clause.
        ("The two dual-fuel ferries were ordered from the Clydeside yard in October 2015 under a "
         "£97 million fixed-price contract.",
         "The two ferries were commissioned in October 2016 in a £97m deal with the Clydeside "
         "yard, which promised both ships in 2018.",
         "£97 million (clydeside yard fixed-price contract) is dated October 2015 in a but "
         "October 2016 in b"),
        # A record's year, told in the clause after the figure.
        ("The result beat the previous auction record for Schiele of $41.2 million, set in 2008 "
         "when Sotheby's sold a landscape in London.",
         "The previous auction record for the artist was $41.2 million, paid at Sotheby's in "
         "2018 for a landscape.",
         "$41.2 million (auction record schiele) is dated 2008 in a but 2018 in b"),
    ],
)  # fmt: skip
def test_a_figure_dated_to_another_year_is_flagged(a: str, b: str, message: str) -> None:
    assert rule_messages("FC111", a, b) == [message]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # One date, at two precisions.
        ("The ferries were ordered from the yard in October 2015 under a £97 million contract.",
         "The ferries were ordered in 2015 in a £97m deal with the yard."),
        # A date in another clause dates something else: when she became chief executive.
        ("Her total compensation for 2024 was C$4.9 million, the annual report showed.",
         "Thibodeau, who became chief executive in 2022, earned C$4.9 million in total "
         "compensation in 2024."),
        # A year counted from, or compared with, is no date of the figure.
        ("The yard posted revenue of £97 million in 2024, the most since 2019.",
         "The yard posted revenue of £97 million in 2024."),
        ("Exports reached $12.4 billion in 2024, up from 2021.",
         "Exports reached $12.4 billion in 2024."),
        # Two dates in the clause: which one dates the figure is not said.
        ("The fund, set up in 2009, paid £3.1 million in 2023 and 2024.",
         "The fund paid £3.1 million in 2022."),
        # Figures that differ are FC105's, not this rule's.
        ("The ferries were ordered in October 2015 under a £97 million contract.",
         "The ferries were ordered in October 2016 under a £79 million contract."),
    ],
)  # fmt: skip
def test_the_same_date_or_none_to_compare_is_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC111", a, b) == []


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # QA round 59, runway: one forecast, its target year moved. The alignment keeps figures
        # of two years apart, so only the value, told alike and nowhere else, ties them.
        ("The airport handled 9.2 million passengers last year. Its planners forecast traffic of "
         "14.5 million passengers a year by 2040.",
         "Its consultants project 14.5 million passengers a year by 2045, nearly 58 percent "
         "more than today.", True),
        # The year is the sentence's, not the figure's: "10.4 per cent now".
        ("The fund plans to raise its infrastructure allocation to 15% by 2030, from 10.4% at "
         "the end of 2024.",
         "The fund wants infrastructure to make up 18 per cent of its portfolio by 2030, up from "
         "10.4 per cent now.", False),
        # One value of two measures: an investment is no revenue.
        ("The group will invest $1.25 billion in the plant by 2030.",
         "Analysts expect the unit's revenue to reach $1.25 billion by 2028.", False),
        # A round value tells too little to tie two years' figures.
        ("The airport expects 2 million passengers a year by 2030.",
         "The airport expects 2 million passengers a year by 2035.", False),
        # An article printing the value twice may date two figures.
        ("Traffic should reach 14.5 million passengers a year by 2040 and 14.5 million "
         "passengers a year by 2045 on the low case.",
         "Its consultants project 14.5 million passengers a year by 2045.", False),
    ],
)  # fmt: skip
def test_one_value_dated_to_two_years_the_alignment_keeps_apart(a, b, flagged) -> None:
    assert bool(rule_messages("FC111", a, b)) is flagged
