"""QA round 73: figures of one fact told alike are no conflict, figures of two facts are not
paired. A bare "117 degrees" in an article naming no scale is the other's "117 degrees
Fahrenheit"; shares "in Santiago" are listed in Chile, not London."""

from __future__ import annotations

import pytest

from support import rule_messages


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
