"""Round 72: figures the extractor never read (QA round 72)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import figures_of

# A level with no noun after it, of a plural or a population the clause is about, past "a
# record": each a count.
LEVELS = [
    ("Estmark's population rose to a record 6,214,380 at the start of this year, the first full "
     "census in twelve years showed on Friday.", "6214380", "people"),
    ("The city's population reached a new record 702,500 last year.", "702500", "people"),
    ("Births fell to 48,912 in 2024, the lowest since the statistics office began keeping "
     "comparable records in 1950.", "48912", "birth"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "unit"), LEVELS)
def test_level_with_no_noun(sentence: str, value: str, unit: str) -> None:
    counts = [f for f in figures_of(sentence) if f.kind.value == "count"]
    assert [(str(f.value), f.unit) for f in counts] == [(value, unit)]


# A plural that counts nothing opening the sentence: no count.
NOT_LEVELS = [
    "Prices rose to 1,200 in March.",
    "Temperatures reached 104 on Tuesday.",
]


@pytest.mark.parametrize("sentence", NOT_LEVELS)
def test_no_count_of_an_uncounted_subject(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.kind.value == "count"]


# Spans of time read as lengths: a hedged span "over" which something went on, one since
# something began, and numbers listed before the span that prints their unit.
SPANS = [
    ("Between 2,000 and 2,500 pounds of chlorine escaped over roughly 90 minutes before workers "
     "isolated the car.", [("90", "minute")]),
    ("Talks began 18 months ago and broke down twice before a mediator was appointed in "
     "September.", [("18", "month")]),
    ("Two other managers were given suspended terms of 18 and 14 months.",
     [("18", "month"), ("14", "month")]),
    ("They were jailed for three, five and seven years.",
     [("3", "year"), ("5", "year"), ("7", "year")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "spans"), SPANS)
def test_spans(sentence: str, spans: list[tuple[str, str]]) -> None:
    durations = [f for f in figures_of(sentence) if f.kind.value == "duration"]
    assert [(str(f.value), f.unit) for f in durations] == spans


# Still no span: a range, a date told by its distance.
NOT_SPANS = [
    ("The work will take between 18 and 24 months.", "range"),
    ("The plant opened seven years ago.", None),
]


@pytest.mark.parametrize(("sentence", "kind"), NOT_SPANS)
def test_not_listed_spans(sentence: str, kind: str | None) -> None:
    found = figures_of(sentence)
    assert [f.kind.value for f in found] == ([kind] if kind else [])


def test_part_of_those_a_participle_names() -> None:
    found = figures_of(
        "Twelve of those treated were admitted, mostly for breathing difficulties, according "
        "to the hospital."
    )
    assert [f.value for f in found] == [Decimal(12)]


# "every day" and "each week" make an amount a rate as "a day" does; not "every year since".
RATES = [
    ("The company processes payments worth €2.3 million every day.", "EUR/day"),
    ("The operator loses £400,000 each week the line is closed.", "GBP/week"),
    ("The company processes transactions worth about €2.3 billion a day.", "EUR/day"),
    ("It has lost €2 million every year since 2019.", "EUR"),
]


@pytest.mark.parametrize(("sentence", "unit"), RATES)
def test_money_every_day(sentence: str, unit: str) -> None:
    money = [f for f in figures_of(sentence) if f.kind.value == "money"]
    assert [f.unit for f in money] == [unit]
