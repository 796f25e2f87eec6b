"""Round 74: figures the extractor never read (QA round 74)."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of

# Counts with no noun after their number, of what the clause is about: a plural one word
# qualifies, a level after a change by a number, a level before a change, an estimate's top,
# a field, a part of a whole the sentence opens on, a level a headcount is to reach.
COUNTS = [
    ("Payrolled employees fell by 63,000 in September, the Office for National Statistics said "
     "on Tuesday.", "63000", "employee"),
    ("Vacancies fell by 21,000 to 812,000, the 27th consecutive quarterly decline.", "812000",
     "vacancy"),
    ("Vacancies, meanwhile, dropped to 812,000, down 21,000 on the quarter.", "812000",
     "vacancy"),
    ("Enrollment has dropped from about 21,000 in 2019 to 18,700 this spring.", "18700",
     "people"),
    ("Enrollment has dropped from about 21,000 in 2019 to 18,700 this spring.", "21000",
     "people"),
    ("The report's authors estimated that the number of people living in vehicles could be as "
     "high as 1,900, though they cautioned that such counts are difficult to verify.", "1900",
     "people"),
    ("The count found 6,842 people experiencing homelessness on a single night in January, up "
     "14% from 6,003 a year earlier.", "6003", "people"),
    ("The county's survey found the homeless population up sharply from 6,003 a year earlier.",
     "6003", "people"),
    ("Organisers said 34,500 runners started, the largest field in the event's history, "
     "compared with last year's field of 31,000.", "31000", "entrant"),
    ("Of the 312 positions, about 140 will be eliminated through layoffs and the rest through "
     "retirements.", "140", "job"),
    ("Cellarion currently employs 64 people and plans to grow to about 120 by the end of next "
     "year.", "120", "employee"),
    ("Sixty-four people work at Cellarion today.", "64", "employee"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "unit"), COUNTS)
def test_count_read(sentence: str, value: str, unit: str) -> None:
    counts = [(str(f.value), f.unit) for f in figures_of(sentence) if f.kind.value == "count"]
    assert (value, unit) in counts


# Numbers that name or say nothing counted stay unread.
NOT_COUNTS = [
    ("State Route 20 will be closed for 72 hours, the state transportation department said.",
     "20"),
    ("Crowds have averaged 24,800 this season, down from 27,300 last season.", "27300"),
    ("Enrollment has dropped sharply this year.", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value"), NOT_COUNTS)
def test_no_count(sentence: str, value: str | None) -> None:
    counts = [str(f.value) for f in figures_of(sentence) if f.kind.value == "count"]
    assert value not in counts if value is not None else not counts


def test_part_of_those_after_a_level_before() -> None:
    text = (
        "The count found 6,842 people experiencing homelessness on a single night in January, "
        "up 14% from 6,003 a year earlier. Of those, 3,910 were unsheltered."
    )
    counts = {str(f.value): f.unit for f in figures_of(text) if f.kind.value == "count"}
    assert counts["3910"] == "people"


def test_race_time_when_the_clock_stopped() -> None:
    sentence = "The Kenyan, 22, stopped the clock at 2:00:17 in the Olympic Stadium."
    times = [(f.text, str(f.value)) for f in figures_of(sentence) if f.kind.value == "duration"]
    assert times == [("2:00:17", "7217")]


def test_a_clock_time_at_stays_a_time() -> None:
    sentence = "The fire alarm sounded at 10:42:17 on Tuesday."
    assert not [f for f in figures_of(sentence) if f.kind.value == "duration"]


# A range of spans "from now" is a window's length; one span from now is a date.
SPANS = [
    ("Around 140 employees will be laid off between 12 and 24 months from now.",
     "between 12 and 24 months"),
    ("It will open three to five years from now.", "three to five years"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed"), SPANS)
def test_window_from_now(sentence: str, printed: str) -> None:
    assert [f.text for f in figures_of(sentence) if f.kind.value == "range"] == [printed]


def test_one_span_from_now_is_a_date() -> None:
    assert not figures_of("The plant will close two years from now.")


def test_as_high_as_a_maximum_is_no_bound() -> None:
    sentence = "The number of people living in vehicles could be as high as 1,900."
    [figure] = figures_of(sentence)
    assert figure.bound.value == "exact"


def test_headcounts_pair() -> None:
    # Staff who work at a company are its employees, as those it employs are.
    a = "Cellarion currently employs 64 people and plans to grow to about 120 by next year."
    b = "Sixty-four people work at Cellarion today. It intends to reach about 150 employees."
    assert ("64 people", "Sixty-four people") in aligned_texts(a, b)
