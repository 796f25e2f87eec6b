"""QA round 79: dates and times of day two articles print apart. A day range ("18 to 20 June",
"June 25-27") is read as one date and set against another range or a day; goods "seized" and
"intercepted" on a day are one act; "due" and "planned" are one plan; "noon", "midday" and
"midnight" are times of day, and two deadlines on one printed date pair however worded."""

from __future__ import annotations

import pytest

from factcheck.extract.dates import find_dates
from factcheck.models import Span
from support import figures_of, rule_messages


def dates_in(text: str) -> list[tuple[str, int | None, int | None, int | None, int | None]]:
    found = find_dates(text, [Span(start=0, end=len(text))])
    return [(d.text, d.year, d.month, d.day, d.last_day) for d in found]


RANGES = [
    ("The fair will run from 3 to 5 September on the common.",
     [("3 to 5 September", None, 9, 3, 5)]),
    ("The summit is planned for Oct. 14-16, 2028, in the capital.",
     [("Oct. 14-16, 2028", 2028, 10, 14, 16)]),
    ("Races are held 11-13 August 2026 at the lake.", [("11-13 August 2026", 2026, 8, 11, 13)]),
    # Not a range: the first day after the last, and a score beside a month.
    ("Shifts swap 30-2 March by rota.", []),
    # A single day stays one day.
    ("The fair opens on 3 September.", [("3 September", None, 9, 3, None)]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), RANGES)
def test_day_ranges_are_read(sentence: str, expected: list) -> None:
    assert dates_in(sentence) == expected


DATED_APART = [
    # A day range against a range worded the other way round; "due" and "planned" are one plan.
    ("The 2028 regatta had been due to take place from 9 to 11 July on the estuary near Kelso.",
     "The regatta was planned for July 16-18 next summer.",
     ("9 to 11 July", "July 16-18")),
    # One thing seized and intercepted on a day, the clauses otherwise worded apart.
    ("The trucks were intercepted on March 8 after crossing from the border town at night.",
     "Police found 900 rifles hidden in three trucks seized on 6 March near the depot.",
     ("March 8", "6 March")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_event_dated_apart(a: str, b: str, dates: tuple[str, str]) -> None:
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


DATED_ALIKE = [
    # A day inside the other's range is no other date.
    ("The regatta had been due to take place from 9 to 11 July on the estuary.",
     "The regatta was planned to open on July 10 on the estuary."),
    # Two things seized on two days: trucks are not boats.
    ("The trucks were intercepted on March 8 after crossing from the border town.",
     "Two boats were seized on 6 March off the coast by the navy."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), DATED_ALIKE)
def test_no_mismatch(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


NAMED_TIMES = [
    ("Bids must be lodged by noon on Monday.", "noon", 720),
    ("The bar stays open until midnight on weekends.", "midnight", 1440),
    ("The tremor struck shortly after midnight, residents said.", "shortly after midnight", 0),
    ("Markets closed early at midday in Oslo.", "midday", 720),
]


@pytest.mark.parametrize(("sentence", "printed", "minutes"), NAMED_TIMES)
def test_named_times_of_day(sentence: str, printed: str, minutes: int) -> None:
    clocks = [f for f in figures_of(sentence) if f.unit.startswith("time of day")]
    assert [(f.text, f.value) for f in clocks] == [(printed, minutes)]


@pytest.mark.parametrize(
    "sentence",
    ["The midday heat kept crowds away.", "Afternoon rain and a midnight feast were planned."],
)
def test_named_times_need_a_word_that_times_by_them(sentence: str) -> None:
    assert [f for f in figures_of(sentence) if f.unit.startswith("time of day")] == []


def test_deadlines_on_one_printed_date_pair() -> None:
    messages = rule_messages(
        "FC105",
        "Tenants who sign up will get a rebate. The scheme closes at 4pm on Tuesday 3 March.",
        "Tenants can claim the rebate, provided they register by noon on Tuesday 3 March.",
    )
    assert len(messages) == 1 and "4pm in a but noon in b" in messages[0]


def test_times_on_other_dates_do_not_pair() -> None:
    messages = rule_messages(
        "FC105",
        "Tenants who sign up will get a rebate. The scheme closes at 4pm on Tuesday 3 March.",
        "Tenants can claim the rebate, provided they register by noon on Friday 6 March.",
    )
    assert messages == []
