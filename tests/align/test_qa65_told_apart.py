"""QA round 65: a possessive "Last year's bloom" opening a sentence names its figure's year;
last year's figure is not a month's of no year ("in February"), nor a peak fallen from in a
year named ("from a peak of 310,000 vehicles in 2017"); "the 12 months to July" is a period,
no span of 12 months, and "that fiscal year" is a full fiscal year."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "not_paired"),
    [
        # A possessive from-now year opening the subject, an aside between commas.
        (
            "Last year's bloom, which was far smaller, closed beaches for 11 days.",
            "Crews have hauled fish off the beaches, and this year's closures have now lasted "
            "23 days.",
            ("11 days", "23 days"),
        ),
        (
            "Last year's strike closed the port for 9 days.",
            "This year the port has been shut for 14 days.",
            ("9 days", "14 days"),
        ),
        # Last year's average against a month's of no year.
        (
            "An average of 212,000 vehicles entered the area each weekday last year.",
            "An average of 174,000 vehicles a weekday entered the zone in February, and "
            "analysts put the reduction at 35,000 trips a day.",
            ("212,000 vehicles", "174,000 vehicles"),
        ),
        (
            "The airport handled 1.2 million passengers a month last year.",
            "The airport handled 1.5 million passengers in the fourth quarter.",
            ("1.2 million passengers", "1.5 million passengers"),
        ),
        # Last year's output against a peak fallen from in a year named.
        (
            "Kessler said the plant built 212,000 vehicles last year but was running at half "
            "its capacity.",
            "Output in Valladolid has fallen from a peak of 310,000 vehicles in 2017, and the "
            "factory now uses half of its capacity.",
            ("212,000 vehicles", "310,000 vehicles"),
        ),
        # A fiscal year against the 12 months to another month.
        (
            "Revenue rose 18% to $2.9 billion in that fiscal year, and net income was $214 "
            "million.",
            "Cobalt Lane had revenue of $3.1 billion in the 12 months to July and a gross margin "
            "above 46 percent.",
            ("$2.9 billion", "$3.1 billion"),
        ),
    ],
)
def test_told_apart(text_a: str, text_b: str, not_paired: tuple[str, str]) -> None:
    assert not_paired not in aligned_texts(text_a, text_b)


@pytest.mark.parametrize(
    ("text", "printed", "period"),
    [
        (
            "Cobalt Lane had revenue of $3.1 billion in the 12 months to July.",
            "$3.1 billion",
            "year to July",
        ),
        (
            "Sales were $40 million in the twelve months to June 2024.",
            "$40 million",
            "year to June 2024",
        ),
        ("Revenue rose 18% to $2.9 billion in that fiscal year.", "$2.9 billion", "FY"),
    ],
)
def test_periods(text: str, printed: str, period: str) -> None:
    figures = figures_of(text)
    assert [f.period for f in figures if f.text == printed] == [period]
    # "the 12 months to July" is the period, no span of its own.
    assert not any("months" in f.text for f in figures)


# Controls: one year named from now on both sides still pairs, as does a quarter of last year
# against a quarter of no year, and a peak against a peak.
@pytest.mark.parametrize(
    ("text_a", "text_b", "pair"),
    [
        (
            "Last year's bloom, which was far smaller, closed beaches for 11 days.",
            "Last year's bloom closed beaches for 12 days.",
            ("11 days", "12 days"),
        ),
        (
            "The airport handled 1.2 million passengers in the fourth quarter of last year.",
            "The airport handled 1.5 million passengers in the fourth quarter.",
            ("1.2 million passengers", "1.5 million passengers"),
        ),
        (
            "Output has fallen from a peak of 310,000 vehicles in 2017.",
            "Output peaked at 301,000 vehicles in 2017.",
            ("310,000 vehicles", "301,000 vehicles"),
        ),
        (
            "Revenue was $3.1 billion in the 12 months to July.",
            "Revenue reached $3.4 billion in the year to July.",
            ("$3.1 billion", "$3.4 billion"),
        ),
    ],
)
def test_still_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)
