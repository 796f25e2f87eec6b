"""Calendar dates read from real sentences: the forms news prints, what is not a date, and the
clause that tells what happens on it."""

from __future__ import annotations

import pytest

from factcheck.extract.dates import find_dates
from factcheck.models import Span


def dates_in(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    found = find_dates(text, [Span(start=0, end=len(text))])
    return [(date.text, date.year, date.month, date.day) for date in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The national minimum wage will rise to €13.85 an hour from January 1, 2026.",
         [("January 1, 2026", 2026, 1, 1)]),
        ("The new rate takes effect from 1 March 2026.", [("1 March 2026", 2026, 3, 1)]),
        ("The bridge was last inspected in March 2023.", [("March 2023", 2023, 3, None)]),
        ("Election officials said the count would be certified by Nov. 18.",
         [("Nov. 18", None, 11, 18)]),
        # The sentence's full stop is not the date's.
        ("The evacuation order runs until at least 23 November.",
         [("23 November", None, 11, 23)]),
        ("The squad plays three friendlies between July 19 and July 27.",
         [("July 19", None, 7, 19), ("July 27", None, 7, 27)]),
        ("The season ran from Sept. 3 to Oct. 12, 2025.",
         [("Sept. 3", None, 9, 3), ("Oct. 12, 2025", 2025, 10, 12)]),
        # Not dates: the modal, a first name, a month with nothing after it (a day range is one
        # date, its first day).
        ("May the best team win, Jan Novak said in May.", []),
        ("The festival runs July 19-27 this year.", [("July 19-27", None, 7, 19)]),
        ("The budget for 2025-26 was approved in March.", []),
        # A year alone after a word that dates an event by it; not a name's year, nor a
        # season, nor a list's "and".
        ("The coal plant will close in 2029, the company said.", [("2029", 2029, None, None)]),
        ("Emissions fell between 2015 and 2021.",
         [("2015", 2015, None, None), ("2021", 2021, None, None)]),
        ("It ran from 2019 to 2023.", [("2019", 2019, None, None), ("2023", 2023, None, None)]),
        ("The 2024 election was close, and sales and 2025 targets fell up to 2025.", []),
        ("Prices rose 2025% since 1990.", [("1990", 1990, None, None)]),
        # Capitals and a dash mid-text are no dateline.
        ("NATO leaders met on March 3 — and agreed to raise spending.",
         [("March 3", None, 3, 3)]),
    ],
)  # fmt: skip
def test_dates_as_printed(sentence: str, expected: list) -> None:
    assert dates_in(sentence) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "DUBLIN, Oct 7 (Irish Wire Service) — The government on Tuesday announced a rise.",
        "DUBLIN, 7 October — Roughly 164,000 employees will get a rise next year.",
        "CEDAR HOLLOW, Aug. 3 (Wire) – Firefighters made progress on Sunday.",
    ],
)
def test_the_datelines_date_is_not_an_events(paragraph: str) -> None:
    assert dates_in(paragraph) == []


def test_the_clause_holds_the_date_whatever_commas_the_date_prints() -> None:
    text = (
        "The bridge's most recent inspection, in March 2022, rated its superstructure a 4, "
        "and engineers returned on June 5, 2024, to check the bearings."
    )
    inspection, return_visit = find_dates(text, [Span(start=0, end=len(text))])
    assert text[inspection.clause.start : inspection.clause.end].strip() == "in March 2022"
    clause = text[return_visit.clause.start : return_visit.clause.end]
    assert clause == "and engineers returned on June 5, 2024"
