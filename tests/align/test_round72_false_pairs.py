"""QA round 72, figures paired with the wrong counterpart: a rise a regulator allowed "up to",
a change two ways by amounts far apart, the level a change still to be made starts from, and
a toll of people sent "to area hospitals"."""

from __future__ import annotations

import pytest

from support import aligned_texts, rule_messages

_WATER_A = (
    "Northfold Water will raise household bills by 8.4% from April 1, the company said on "
    "Wednesday."
)
_WATER_B = (
    "Northfold Water on Wednesday announced a bill increase for April. The regulator had "
    "allowed Northfold to raise bills by up to 9% this year."
)
_CENSUS_A = (
    "The statistics office said it expected the working-age population, defined as those aged "
    "20 to 64, to fall by about 4% by 2035 unless migration accelerates. Most of the "
    "newcomers settled in and around the capital, whose population grew 8.4% to 702,500."
)
_CENSUS_B = "The working-age population will fall by about 4% by 2035."


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # A rise someone was allowed is the most it may be, no rise announced.
        (_WATER_A, _WATER_B, []),
        # Control: two rises announced still pair.
        (
            _WATER_A,
            "Northfold Water will raise household bills by 9% from April 1, the company said.",
            [("8.4%", "9%")],
        ),
        # A population that grew 8.4% is not one that will fall by about 4%; the same fall is.
        (_CENSUS_A, _CENSUS_B, [("about 4%", "about 4%")]),
        # Control: the same change told the other way by a close amount is one fact misreported.
        (
            "The city's population grew 4.1% over the decade.",
            "The city's population fell 4% over the decade.",
            [("4.1%", "4%")],
        ),
        # The level a change still to be made starts from is the level now.
        (
            "She called for Northfold's social tariff discount to be widened from 30% to 50%.",
            "Customers could apply for its social tariff, which currently offers a 30% discount.",
            [("30%", "30%")],
        ),
        # "to area hospitals" is a hospital's toll, as "to hospitals" is.
        (
            "A chlorine leak at the plant sent 47 people to hospitals on Tuesday. Twelve of "
            "those treated were admitted, according to the medical center.",
            "The release sent 74 people to area hospitals. The medical center said 12 patients "
            "had been admitted.",
            [("47 people", "74 people")],
        ),
    ],
)
def test_round72_pairs(text_a: str, text_b: str, pairs: list[tuple[str, str]]) -> None:
    assert sorted(aligned_texts(text_a, text_b)) == sorted(pairs)


@pytest.mark.parametrize(
    ("text_a", "text_b", "expected"),
    [
        (
            "She called for Northfold's social tariff discount to be widened from 30% to 50%.",
            "Customers could apply for its social tariff, which currently offers a 30% discount.",
            [],
        ),
        (_CENSUS_A, _CENSUS_B, []),
    ],
)
def test_round72_no_figure_mismatch(text_a: str, text_b: str, expected: list[str]) -> None:
    assert rule_messages("FC105", text_a, text_b) == expected
