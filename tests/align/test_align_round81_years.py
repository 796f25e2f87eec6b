"""QA round 81 pairs of another year's or quarter's figure: a sentence that opens at an earlier
occasion ("In the whole of 2022, …", "Last year's fair drew …", "In 2018, the last time …")
keeps its figures from one of the story whose sentence tells no time; a quarter ended "Sept. 30"
is the quarter to September, one with the months that name it, and no other numbered quarter
where an article names both."""

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # A whole earlier year's total against the story's running count: two facts.
        (
            "Measles has spread to nine nurseries in Leicester, with 88 confirmed cases, "
            "health officials said on Monday.",
            "In the whole of 2022, Leicester recorded 21 cases of measles.",
            ("88 confirmed cases", "21 cases"),
            False,
        ),
        # The same count with no earlier year: one fact, worded apart.
        (
            "Measles has spread to nine nurseries in Leicester, with 88 confirmed cases, "
            "health officials said on Monday.",
            "Leicester has now recorded 81 cases of measles, officials said.",
            ("88 confirmed cases", "81 cases"),
            True,
        ),
        # Last year's attendance against this one's.
        (
            "More than 2,600 exhibitors attended this fair, organisers said.",
            "Last year's fair drew 2,050 exhibitors.",
            ("More than 2,600 exhibitors", "2,050 exhibitors"),
            False,
        ),
        # Last year's told after another figure, in a clause of its own, dates that clause only:
        # the later range is the story's.
        (
            "The tunnel carried about 31,000 cars a day as of last year's survey, and the "
            "closure was expected to last 10 to 14 months.",
            "The director said the tunnel would stay shut for 10 to 16 months.",
            ("10 to 14 months", "10 to 16 months"),
            True,
        ),
        # The last occasion, with its year: not even the same value is the story's.
        (
            "Moreau attacked with 6 km to go and finished 37 seconds clear of Hallberg.",
            "In 2018, the last time the race climbed the pass, Hallberg won the stage by 37 "
            "seconds, while a 20-year-old Moreau was dropped early.",
            ("37 seconds", "37 seconds"),
            False,
        ),
        # Nor is the rider's age that year his age now.
        (
            "“I only thought about the finish,” said Moreau, 26, after the stage.",
            "In 2018, the last time the race climbed the pass, Hallberg won the stage by 37 "
            "seconds, while a 20-year-old Moreau was dropped early.",
            ("26", "20-year-old"),
            False,
        ),
        # "The last time" as the final time, in a quote, dates nothing.
        (
            "“She rang me on Sunday. That was the last time I heard her voice,” said Ruth "
            "Ambler, 63, whose daughter is missing.",
            "At the church hall, Ruth Ambler, 63, held a photograph of her daughter. “That was "
            "the last time I heard her voice.”",
            ("63", "63"),
            True,
        ),
    ],
)
def test_earlier_occasion(text_a: str, text_b: str, pair, paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # The second quarter is no quarter to September where the article names that one too.
        (
            "Operating profit rose to 2.4 trillion won in the three months ended Sept. 30.",
            "Operating profit for the July-September period reached 2.4tn won. In the second "
            "quarter, operating profit was 2.2tn won.",
            ("2.4 trillion won", "2.2tn won"),
            False,
        ),
        # The quarter to September and the July-September period are one quarter, though a
        # scale word is misprinted and the second quarter's value is nearer.
        (
            "Operating profit rose to 2.4 trillion won in the three months ended Sept. 30.",
            "Operating profit for the July-September period reached 2.4bn won. In the second "
            "quarter, operating profit was 2.3tn won.",
            ("2.4 trillion won", "2.4bn won"),
            True,
        ),
        (
            "Operating profit rose to 2.4 trillion won in the three months ended Sept. 30.",
            "Operating profit for the July-September period reached 2.4bn won. In the second "
            "quarter, operating profit was 2.3tn won.",
            ("2.4 trillion won", "2.3tn won"),
            False,
        ),
        # A fiscal second quarter to September, with no months named beside it: one quarter.
        (
            "Operating profit rose to ¥611.5 billion in the quarter to September.",
            "Second-quarter operating profit was ¥616.5 billion.",
            ("¥611.5 billion", "¥616.5 billion"),
            True,
        ),
    ],
)
def test_quarters_by_their_months(text_a: str, text_b: str, pair, paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Sales were $3 billion in the three months ended Sept. 30.", "quarter to September"),
        ("Sales were $3 billion in the quarter ended Dec. 31, 2024.", "quarter to December 2024"),
        ("Sales were $3 billion in the three months ended September 30.", "quarter to September"),
    ],
)
def test_quarter_end_month_printed_short(text: str, label: str) -> None:
    from factcheck.extract.periods import find_periods

    assert [period.label for period in find_periods(text)] == [label]


@pytest.mark.parametrize(
    ("one", "other", "compatible"),
    [
        ("quarter to September", "July to September", True),
        ("quarter to September 2025", "July to September 2025", True),
        ("quarter to June", "July to September", False),
        ("quarter to September 2025", "July to September 2022", False),
    ],
)
def test_quarter_and_its_months(one: str, other: str, compatible: bool) -> None:
    from factcheck.align.figures import periods_compatible

    assert periods_compatible(one, other) is compatible
    assert periods_compatible(other, one) is compatible
