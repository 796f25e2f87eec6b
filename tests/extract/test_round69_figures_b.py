"""Round 69 (b): temperatures, finishers and days of a kind the extractor misread or missed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.models import FigureKind
from support import figure_printed

# A heatwave's bare degrees between 25 and 49 are Celsius even where the article prints only
# Fahrenheit; a cold reading, or an article not about heat, keeps the printed scale.
HEAT = [
    ("Organisers defend decision to run in a heatwave.\n\nThe mercury reached 36 degrees at "
     "midday. Even at the start, it was 75 degrees Fahrenheit.", "36 degrees", "°C"),
    ("Organisers defend decision to run in a heatwave.\n\nThe mercury reached 96 degrees at "
     "midday. Even at the start, it was 75 degrees Fahrenheit.", "96 degrees", "°F"),
    ("A cold front moved in overnight.\n\nThe mercury fell to 36 degrees at midday. On "
     "Monday it was 55 degrees Fahrenheit.", "36 degrees", "°F"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "unit"), HEAT)
def test_bare_degrees_of_a_heatwave(text: str, printed: str, unit: str) -> None:
    assert figure_printed(text, printed).unit == unit


# A field's count with no noun before "reached the finish".
FINISHERS = [
    ("Of the 14,612 runners who started, 12,381 reached the finish on the Place Bellecour, "
     "according to official results.", "12,381", "12381"),
    ("About 9,000 set off and 8,214 reached the finish line.", "8,214", "8214"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "value"), FINISHERS)
def test_bare_count_reaching_the_finish(sentence: str, printed: str, value: str) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.kind is FigureKind.COUNT
    assert figure.value == Decimal(value)


# Days of a kind are days: "school days", "working days", "trading days", "business days".
DAYS = [
    ("All 26 schools will stay closed for seven school days in total.", "seven school days", "7"),
    ("The refund will be paid within 10 working days.", "10 working days", "10"),
    ("The index fell for three trading days in a row.", "three trading days", "3"),
    ("Replies are due within five business days.", "five business days", "5"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "value"), DAYS)
def test_days_of_a_kind(sentence: str, printed: str, value: str) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.kind is FigureKind.DURATION
    assert figure.value == Decimal(value)
    assert figure.unit == "day"
