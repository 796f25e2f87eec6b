"""QA round 54: figures misread by extraction."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text


def printed(text: str) -> list[str]:
    article = article_from_text(f"T\n\n{text}\n", article_id="a")
    return [figure.text for figure in extract(article).figures]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # A place then a comma, then a number with a thousands separator: a count, no age.
        (
            "In Greece, 2,150 firefighters were tackling more than 30 fires on Sunday.",
            "2,150 firefighters",
            "2",
        ),
        ("In Chile, 1,200 miners walked out on Monday.", "1,200 miners", "1"),
        # Controls: a name and a small number between commas is an age.
        ("Maria Lopez, 54, was taken to hospital.", "54", None),
        ("Tom Hart, 31, and his brother were rescued.", "31", None),
    ],
)
def test_a_comma_before_a_thousands_number_is_no_age(
    text: str, expected: str, absent: str | None
) -> None:
    figures = printed(text)
    assert expected in figures
    if absent is not None:
        assert absent not in figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "them" calls back to the one count of the sentence before.
        (
            "Forty-two workers were trapped when the shaft flooded on Monday. Divers had "
            "reached 19 of them by Tuesday evening.",
            ("19 of them", "worker"),
        ),
        (
            "Eighteen climbers were caught by the avalanche. Guides led 12 of them down to "
            "the hut, some after 20 hours on the ridge.",
            ("12 of them", "climber"),
        ),
    ],
)
def test_of_them_counts_part_of_the_sentence_before(text: str, expected: tuple[str, str]) -> None:
    article = article_from_text(f"T\n\n{text}\n", article_id="a")
    parts = [(f.text, f.measure[0]) for f in extract(article).figures if f.text.endswith("them")]
    assert parts == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # Controls: two counts before, or none in the sentence just before: no guess.
        "Twelve nurses and nine doctors stayed on the ward. Officials praised 14 of them.",
        "Forty workers were trapped on Monday. The mine is old. Divers reached 19 of them.",
    ],
)
def test_of_them_without_one_group_before_is_not_counted(text: str) -> None:
    article = article_from_text(f"T\n\n{text}\n", article_id="a")
    assert not [f for f in extract(article).figures if f.text.endswith("them")]
