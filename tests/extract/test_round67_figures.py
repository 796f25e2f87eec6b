"""Round 67: figures the extractor missed or misread (QA round 67)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.models import PREVIOUS, FigureKind
from support import figure_printed, figures_of

# A part of a group whose noun has a street in it: no address after "of its".
PARTS = [
    ("Meridian Bank will close 137 of its high street branches across England.",
     "137 of its high street branches", "137", "branch"),
    ("The chain is to shut 40 of its main street stores by March.",
     "40 of its main street stores", "40", "store"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "value", "unit"), PARTS)
def test_part_with_a_street_noun(sentence: str, printed: str, value: str, unit: str) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.kind is FigureKind.COUNT
    assert figure.value == Decimal(value)
    assert figure.unit == unit


# A score with no noun after its number: its points, measured as a score.
SCORES = [
    ("Wexcombe scored 91.4 out of 100, edging out last year's leader.", "91.4 out of 100",
     "91.4"),
    ("Wexcombe's overall score of 94.1 put it narrowly ahead of Castleford.", "94.1", "94.1"),
    ("Castleford, which scored 90.8 and had topped the table, came second.", "90.8", "90.8"),
    ("The ship scored 96 out of 100 in its most recent sanitation inspection.",
     "96 out of 100", "96"),
    ("It passed its most recent sanitation inspection in August with a score of 96.", "96",
     "96"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "value"), SCORES)
def test_bare_score_is_a_figure(sentence: str, printed: str, value: str) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.kind is FigureKind.COUNT
    assert figure.value == Decimal(value)
    assert figure.unit == "point"
    assert "score" in figure.measure
    assert PREVIOUS not in figure.measure


# No score of anyone's: a pass mark, or a count the count pattern reads with its noun.
NOT_SCORES = [
    ("Ships scoring 85 or lower fail the inspection.", "85"),
    ("Kane scored 2 goals in the final.", "2"),
    ("Northbridge recorded a student satisfaction score of 76 per cent.", "76"),
]


@pytest.mark.parametrize(("sentence", "number"), NOT_SCORES)
def test_no_bare_score(sentence: str, number: str) -> None:
    assert all(f.text != number for f in figures_of(sentence))


def test_score_of_last_year_is_the_previous_level() -> None:
    figure = figure_printed("Last year Wexcombe scored 89.7 and finished fourth.", "89.7")
    assert figure.measure[0] == PREVIOUS
    # Not once the sentence turns back to now.
    later = figure_printed("Last year it scored 85, but this year it scored 88.", "88")
    assert PREVIOUS not in later.measure


# "from X km to Y km" after a verb of spread is one span; after a verb of change it is not.
SPANS = [
    ("The fragments had been detected from 430 km to 720 km in altitude.", "430 km to 720 km",
     ("430", "720"), "km"),
    ("Debris was scattered from 300 kilometres to 900 kilometres above the Earth.",
     "300 kilometres to 900 kilometres", ("300", "900"), "km"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "ends", "unit"), SPANS)
def test_spread_from_to_is_a_range(
    sentence: str, printed: str, ends: tuple[str, str], unit: str
) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.kind is FigureKind.RANGE
    assert (figure.low, figure.high) == (Decimal(ends[0]), Decimal(ends[1]))
    assert figure.unit == unit


@pytest.mark.parametrize(
    "sentence",
    ["The plume rose from 5 km to 7 km.", "The limit was lowered from 50 km/h to 30 km/h."],
)
def test_moved_from_to_is_no_range(sentence: str) -> None:
    assert all(f.kind is not FigureKind.RANGE for f in figures_of(sentence))


# A speed per second is a speed, not the distance its length word names.
SPEEDS = [
    ("It struck at a closing speed of 11.2 kilometres per second.",
     "11.2 kilometres per second", "11.2", "km/s"),
    ("The station circles the Earth at 7.66 km/s.", "7.66 km/s", "7.66", "km/s"),
    ("Gusts reached 40 metres per second.", "40 metres per second", "40", "m/s"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "value", "unit"), SPEEDS)
def test_speed_per_second(sentence: str, printed: str, value: str, unit: str) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.kind is FigureKind.QUANTITY
    assert figure.value == Decimal(value)
    assert figure.unit == unit


def test_a_second_time_is_no_speed() -> None:
    assert [f.unit for f in figures_of("She ran 5 km a second time.")] == ["km"]
