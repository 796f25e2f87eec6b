"""QA round 59: figures whose sentences tell two facts (two years named from now, an earlier
event's count, two sessions of trading, two outcomes of one group, a year-ago quarter against
another quarter) are not paired, while the same facts told alike still are; and "67 of 94
precincts" counts the 67."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract.periods import find_periods, period_for
from support import aligned_texts, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "present", "absent"),
    [
        # Last year's traffic is not this year's, the year unsaid.
        (
            "The airport handled 9.2 million passengers last year.",
            "The airport is on pace for 9.8 million passengers this year.",
            set(),
            {("9.2 million passengers", "9.8 million passengers")},
        ),
        # Control: last year's traffic against last year's still conflicts.
        (
            "The airport handled 9.2 million passengers last year.",
            "The airport handled 9.8 million passengers last year.",
            {("9.2 million passengers", "9.8 million passengers")},
            set(),
        ),
        # A count told after an opening "When … in 2010," clause is that earlier event's (a
        # year before the latest the articles name).
        (
            "State transportation director Marcus Oyelaran said the crossing carried about "
            "22,000 vehicles a day as of last year's count. It was last inspected in 2023.",
            "When the state last widened the bridge approaches in 2010, the crossing carried "
            "about 15,000 vehicles a day.",
            set(),
            {("about 22,000 vehicles a day", "about 15,000 vehicles a day")},
        ),
        # Control: two counts of now still conflict.
        (
            "State transportation director Marcus Oyelaran said the crossing carried about "
            "22,000 vehicles a day.",
            "Oyelaran said the crossing carried about 15,000 vehicles a day.",
            {("about 22,000 vehicles a day", "about 15,000 vehicles a day")},
            set(),
        ),
        # A move in after-hours trading is no close on another listing.
        (
            "Lumora’s shares rose 9 percent to $412.30 in after-hours trading on the Nasdaq.",
            "The company’s Toronto-listed shares had closed up 2.1 percent at C$561.40 before "
            "the results were released.",
            set(),
            {("9 percent", "2.1 percent")},
        ),
        # Control: two moves after the session still conflict.
        (
            "Shares fell about 6% in extended trading.",
            "Its stock dropped 8% after the bell.",
            {("about 6%", "8%")},
            set(),
        ),
        # Those who finished and those who dropped out are two shares of one group.
        (
            "About 81 percent of participants completed the trial, a high retention rate for "
            "nutrition research, Raman said.",
            "Only 19 percent of participants dropped out, which Raman called unusually low for "
            "a diet trial.",
            set(),
            {("About 81 percent", "19 percent")},
        ),
        # Control: two dropout rates still conflict.
        (
            "About 21 percent of participants dropped out, Raman said.",
            "Only 19 percent of participants dropped out, Raman said.",
            {("About 21 percent", "19 percent")},
            set(),
        ),
        # Revenue a year before the third quarter is not the second quarter's.
        (
            "Lumora Media reported third-quarter revenue of $4.87 billion on Tuesday, up 14 "
            "percent from $4.27 billion a year earlier.",
            "Revenue for the three months to September came to $4.78 billion, up from $4.52 "
            "billion in the second quarter.",
            {("$4.87 billion", "$4.78 billion")},
            {("$4.27 billion", "$4.52 billion")},
        ),
        # "X of Y precincts": the X against the other's X, not its total.
        (
            "Alvarez carried 61 of the city’s 94 precincts, according to an analysis.",
            "Alvarez won 67 of 94 precincts, cutting deep into west-side neighborhoods.",
            {("61", "67"), ("94 precincts", "94 precincts")},
            {("61", "94 precincts")},
        ),
    ],
)
def test_told_apart(
    text_a: str, text_b: str, present: set[tuple[str, str]], absent: set[tuple[str, str]]
) -> None:
    pairs = set(aligned_texts(text_a, text_b))
    assert present <= pairs
    assert not absent & pairs


@pytest.mark.parametrize(
    ("sentence", "printed", "value"),
    [
        ("Alvarez won 67 of 94 precincts, cutting deep into west-side neighborhoods.", "67", 67),
        ("Alvarez carried 61 of the city’s 94 precincts.", "61", 61),
    ],
)
def test_part_of_a_whole(sentence: str, printed: str, value: int) -> None:
    found = {figure.text: figure.value for figure in figures_of(sentence)}
    assert found.get(printed) == Decimal(value)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        # A year before a quarter with no year is that quarter still.
        (
            "Lumora reported third-quarter revenue of $4.87 billion, up from $4.27 billion a "
            "year earlier.",
            "$4.27 billion",
            "Q3",
        ),
        (
            "Revenue was $4.8 billion in Q3 2024, up from $4.2 billion a year earlier.",
            "$4.2 billion",
            "Q3 2023",
        ),
    ],
)
def test_year_before_a_quarter(sentence: str, figure: str, expected: str) -> None:
    start = sentence.index(figure)
    spans = [(sentence.index(f), sentence.index(f) + len(f)) for f in ("$4.87 billion", figure)
             if f in sentence]  # fmt: skip
    assert (
        period_for(find_periods(sentence), start, sentence, figures=spans, sentence_start=0)
        == expected
    )
