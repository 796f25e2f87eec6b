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
