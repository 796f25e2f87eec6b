"""QA round 55: figures extraction missed or misread."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text


def figures(text: str) -> list[tuple[str, str, str | None, list[str]]]:
    article = article_from_text(f"T\n\n{text}\n", article_id="a")
    return [(f.text, f.unit or "", f.period, f.measure) for f in extract(article).figures]


def printed(text: str) -> list[str]:
    return [text for text, _, _, _ in figures(text)]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # A day-first date in a dateline: the place is no measure of the figure after it.
        (
            "NEW ORLEANS, 4 March 2025 — Shares of Brightwell Foods, a grocer, jumped 12% in "
            "their debut on Tuesday.",
            "12%",
            "orleans",
        ),
        (
            "SAN DIEGO, 21 May 2024 — Shares of Orvane Labs, a chip designer, fell 8% in "
            "their debut on Friday.",
            "8%",
            "diego",
        ),
    ],
)
def test_a_dateline_with_a_day_first_date_feeds_no_measure(
    text: str, expected: str, absent: str
) -> None:
    found = {printed_text: measure for printed_text, _, _, measure in figures(text)}
    assert absent not in found[expected]


@pytest.mark.parametrize(
    ("text", "expected", "period"),
    [
        # The date a thing is due to open or be finished is not its figures' period.
        ("The 18,200-seat arena was originally due to open in March 2025.", "18,200-seat", None),
        ("The 640-bed hospital is expected to be completed by 2029.", "640-bed", None),
        # Controls: a period the figure is told for.
        ("The chain plans to open 45 stores in 2026.", "45 stores", "2026"),
        ("Revenue rose 8% in March to $2 billion.", "$2 billion", "March"),
    ],
)
def test_a_planned_opening_date_is_no_period(text: str, expected: str, period: str | None) -> None:
    found = {printed_text: when for printed_text, _, when, _ in figures(text)}
    assert found[expected] == period


@pytest.mark.parametrize(
    ("text", "periods"),
    [
        # A period right after a figure, then "and then" to the next: the first figure's.
        (
            "The levy will go up by one point to 9.5% in July and then to 10% from January 2027.",
            {"9.5%": "July", "10%": None},
        ),
        # Control: without a step between them, the period covers both.
        ("Sales rose 6% in October to $900 million.", {"6%": "October", "$900 million": "October"}),
    ],
)
def test_a_period_after_a_figure_is_not_the_next_steps(
    text: str, periods: dict[str, str | None]
) -> None:
    found = {printed_text: when for printed_text, _, when, _ in figures(text)}
    for key, when in periods.items():
        assert found[key] == when


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # An amount paid by the month, and one set against it, in a name that is other words.
        (
            "The disability grant will rise to 740 rand a month from 700 rand.",
            ["740 rand a month", "700 rand"],
            [],
        ),
        (
            "The foster grant rises to 125 rand a week from 118 rand.",
            ["125 rand a week", "118 rand"],
            [],
        ),
        ("Pensioners will get 480 rand a month.", ["480 rand a month"], []),
        ("Farm workers earn 900 lei a week.", ["900 lei a week"], []),
        # Controls: a name, a year.
        ("Ayn Rand wrote 4 novels.", ["4 novels"], []),
        ("In 2023 lei were hard to find.", [], ["2023 lei"]),
    ],
)
def test_small_amounts_in_a_name_that_is_other_words(
    text: str, expected: list[str], absent: list[str]
) -> None:
    found = printed(text)
    for item in expected:
        assert item in found
    for item in absent:
        assert item not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A wait that ended with an act told as a gerund.
        (
            "The watchdog criticised the bank for waiting 38 days before warning customers.",
            "38 days",
        ),
        # A span set beside a date: the time between two events.
        (
            "The airline told passengers only on 12 June, 23 days after finding the fault.",
            "23 days",
        ),
        ("The council acted on March 3, 2024, 16 days after receiving the report.", "16 days"),
    ],
)
def test_a_span_between_two_events_is_read(text: str, expected: str) -> None:
    assert expected in printed(text)


@pytest.mark.parametrize(
    "text",
    [
        # Controls: a span dating an event stays no figure.
        "Two days after winning the final, she retired.",
        "The meeting was held two days before the vote took place.",
        "He waited three days before the storm.",
    ],
)
def test_a_span_dating_an_event_is_still_no_figure(text: str) -> None:
    assert not [p for p in printed(text) if "days" in p]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A range of magnitudes, the unit printed once before the low end.
        (
            "Seismologists counted 60 aftershocks, ranging from magnitude 2.8 to 4.9.",
            ("magnitude 2.8 to 4.9", "magnitude"),
        ),
        ("Tremors of magnitude 4-5.5 shook the coast.", ("magnitude 4-5.5", "magnitude")),
        # Controls: one magnitude; a depth after it is no magnitude's high end.
        ("A magnitude 6.2 earthquake hit the island.", ("magnitude 6.2", "magnitude")),
        ("A quake of magnitude 5 struck 10 km below the town.", ("magnitude 5", "magnitude")),
    ],
)
def test_a_range_of_magnitudes(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(printed_text, unit) for printed_text, unit, _, _ in figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of two nouns joined counts both: no count of the first alone.
        (
            "The ministry sent 3,000 troops and police to the border on Friday.",
            ("3,000 troops and police", "troop and police"),
        ),
        (
            "The plant employs 800 engineers and technicians.",
            ("800 engineers and technicians", "engineer and technician"),
        ),
        # Controls: a count of its own after "and", a verb after "and", a verb before "to".
        (
            "The ministry sent 2,000 troops and 800 police officers.",
            ("2,000 troops", "troop"),
        ),
        ("Floods killed 14 people and injured 60.", ("14 people", "people dead")),
        ("The union has 900 members and hopes to grow.", ("900 members", "member")),
    ],
)
def test_a_count_of_two_nouns_joined(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(printed_text, unit) for printed_text, unit, _, _ in figures(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A place's capacity told with a verb, and room for so many people: one capacity.
        ("For festivals, with the floor cleared, its capacity will be 18,000.",
         ("18,000", "capacity")),
        ("The arena will host boxing, with room for up to 21,000 fans.",
         ("up to 21,000 fans", "capacity")),
        ("The new hall can hold 2,400 people.", ("2,400 people", "capacity")),
        # Controls: a crowd that came; a capacity in seats; room for things.
        ("A crowd of 30,500 watched the final.", ("30,500", "attendance")),
        ("Its capacity will be 18,000 seats.", ("18,000 seats", "seat")),
        ("The depot has room for 300 buses.", ("300 buses", "bus")),
    ],
)  # fmt: skip
def test_a_capacity_told_with_a_verb(text: str, expected: tuple[str, str]) -> None:
    assert expected in [(printed_text, unit) for printed_text, unit, _, _ in figures(text)]
