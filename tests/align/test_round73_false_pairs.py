"""QA round 73: figures of one fact told alike are no conflict, figures of two facts are not
paired. A bare "117 degrees" in an article naming no scale is the other's "117 degrees
Fahrenheit"; shares "in Santiago" are listed in Chile, not London. A record dated to its
month is the other's dated to its year."""

from __future__ import annotations

import pytest

from support import assert_pairs, rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # The scale named in one article only: one reading.
        (
            "Sacramento recorded the hottest day in its history on Tuesday, with the downtown "
            "weather station reaching 117 degrees Fahrenheit.",
            "The thermometer at the downtown station touched 117 degrees at 4:52 p.m., "
            "eclipsing the old record.",
        ),
        # One company's shares on two exchanges: Santiago's is Chile's listing.
        (
            "Cordillera's shares rose 4.2% in Santiago on Thursday, their biggest one-day gain "
            "since November.",
            "Investors cheered the news. Cordillera's London-listed shares closed 3.1% higher, "
            "and analysts said the decision removed a cloud.",
        ),
    ],
)
def test_no_conflict(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # A bare reading against the other's Fahrenheit still differs.
        (
            "Sacramento recorded the hottest day in its history on Tuesday, with the downtown "
            "weather station reaching 117 degrees Fahrenheit.",
            "The thermometer at the downtown station touched 112 degrees at 4:52 p.m., "
            "eclipsing the old record.",
        ),
    ],
)
def test_still_conflicts(text_a: str, text_b: str) -> None:
    assert len(rule_messages("FC105", text_a, text_b)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Last year's capital spending is not last year's revenue: two levels before a change
        # that share only "previous" and the movement.
        (
            "Quorvex also raised its capital spending forecast for the year to between $2.1 "
            "billion and $2.3 billion, up from $1.4 billion last year, as it builds out clusters "
            "of AI chips.",
            "Revenue climbed to $3.24 billion from $3.05 billion a year earlier, topping analyst "
            "forecasts.",
            [],
            [("$1.4 billion", "$3.05 billion")],
        ),
        # One record, dated to its month in one article and to its year in the other.
        (
            "Demand on its grid peaked at 52,061 megawatts at 5:40 p.m. on Tuesday, surpassing "
            "the previous record of 50,270 megawatts set in September 2022.",
            "On the grid, demand reached 52,061 megawatts on Tuesday evening, breaking the 2022 "
            "record of 50,270 megawatts, the operator said.",
            [("50,270 megawatts", "50,270 megawatts")],
            [],
        ),
        # One level before a change, told alike, still pairs.
        (
            "Revenue rose to $3.42 billion from $3.05 billion a year earlier.",
            "Revenue climbed to $3.24 billion from $3.05 billion a year earlier.",
            [("$3.05 billion", "$3.05 billion")],
            [],
        ),
    ],
)
def test_pairs(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
