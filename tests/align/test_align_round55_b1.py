"""QA round 55 (helper b1): a full-year range and the same range for a named year, ranges
whose sentences share their words, and the one span of days in each article."""

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair"),
    [
        # A forecast range "full-year" and the one "for 2025", an end kept alike: one range,
        # not the quarter's single figure that shares its word "profit".
        (
            "Operating profit came to 410 million dollars in the quarter. Halden now expects"
            " full-year operating profit of 2.10 billion to 2.30 billion dollars.",
            "Halden now sees operating profit for 2025 at between 2.10 billion and 2.40 billion"
            " dollars.",
            (
                "2.10 billion to 2.30 billion dollars",
                "between 2.10 billion and 2.40 billion dollars",
            ),
        ),
        # Each article's only range of percentages, in sentences sharing their words, measures
        # worded apart.
        (
            "Council data show waiting times of between 6% and 12% in the"
            " region's busiest clinics.",
            "Council figures suggest between 6% and 17% of appointments run late at the"
            " region's busiest clinics.",
            ("between 6% and 12%", "between 6% and 17%"),
        ),
        # The one span of days in each, of one thing: "action".
        (
            "The stoppage is the first of four days of action planned over the next month.",
            "Drivers began what their union says will be six days of industrial action over"
            " the coming month.",
            ("four days", "six days"),
        ),
    ],
)
def test_round55_pairs(text_a: str, text_b: str, pair) -> None:
    assert pair in aligned_texts(text_a, text_b)


@pytest.mark.parametrize(
    ("text_a", "text_b", "unpaired"),
    [
        # Controls. A single full-year figure is not the one of a named year: it may be last
        # year's.
        (
            "Halden expects full-year revenue of 8.2 billion dollars.",
            "Halden's revenue was 7.6 billion dollars in 2023.",
            ("8.2 billion dollars", "7.6 billion dollars"),
        ),
        # Ranges in sentences with no words in common stay apart.
        (
            "Turnout was between 40% and 55% in the first round.",
            "Polls gave the mayor between 40% and 48% of the vote.",
            ("between 40% and 55%", "between 40% and 48%"),
        ),
        # The only spans of days, of things their measures do not share.
        (
            "Rescuers searched the ridge for three days.",
            "The airport was closed for five days.",
            ("three days", "five days"),
        ),
    ],
)
def test_round55_controls(text_a: str, text_b: str, unpaired) -> None:
    assert unpaired not in aligned_texts(text_a, text_b)
