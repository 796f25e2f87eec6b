"""Round 68: figures the extractor never read (QA round 68)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.models import FigureKind
from support import figure_printed, figures_of

# A count whose noun comes after a product's name of several capitalised words.
NAMED_COUNTS = [
    ("Brightwell Toys Inc. is recalling about 1.4 million Zippy Stacker magnetic building sets "
     "after reports of injuries.", "about 1.4 million Zippy Stacker magnetic building sets",
     "1400000", "set"),
    ("The supplier shipped 300 General Electric jet engine parts last year.",
     "300 General Electric jet engine parts", "300", "part"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "value", "unit"), NAMED_COUNTS)
def test_count_past_a_named_product(sentence: str, printed: str, value: str, unit: str) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.kind is FigureKind.COUNT
    assert figure.value == Decimal(value)
    assert figure.unit == unit


# Containers in twenty-foot equivalent units, singular as printed or plural.
TEU = [
    ("Container volumes rose 6.1% to 12.4 million TEU, with the strongest growth on routes "
     "between Asia and West Africa.", "12.4 million TEU", "12400000"),
    ("The company moved 12.4 million TEU, the industry’s standard measure of container volume.",
     "12.4 million TEU", "12400000"),
    ("The port handled 3.2 million TEUs last year.", "3.2 million TEUs", "3200000"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "value"), TEU)
def test_containers_in_teu(sentence: str, printed: str, value: str) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.kind is FigureKind.COUNT
    assert figure.value == Decimal(value)
    assert figure.unit == "teu"


def test_treaty_article_is_no_count_of_teu() -> None:
    assert not [f for f in figures_of("Britain triggered Article 50 TEU in March 2017.")
                if f.unit == "teu"]  # fmt: skip


# A venue's capacity as a level, a range, or a change of the capacity named before.
CAPACITIES = [
    ("Harbourside plan to raise capacity to between 46,000 and 48,000 by rebuilding the south "
     "stand.", "between 46,000 and 48,000", None, ("46000", "48000")),
    ("Capacity, currently just over 42,000, is due to rise to between 46,000 and 50,000 when "
     "the south stand is rebuilt.", "just over 42,000", "42000", None),
    ("Capacity, currently just over 42,000, is due to rise to between 46,000 and 50,000 when "
     "the south stand is rebuilt.", "between 46,000 and 50,000", None, ("46000", "50000")),
    ("The club will raise capacity to 60,000 by 2028.", "60,000", "60000", None),
    ("The stadium's capacity will increase to 38,500 after the works.", "38,500", "38500", None),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "value", "ends"), CAPACITIES)
def test_capacity_level(
    sentence: str, printed: str, value: str | None, ends: tuple[str, str] | None
) -> None:
    figure = figure_printed(sentence, printed)
    assert figure.unit == "capacity"
    if ends is None:
        assert figure.kind is FigureKind.COUNT
        assert figure.value == Decimal(value or "")
    else:
        assert figure.kind is FigureKind.RANGE
        assert (figure.low, figure.high) == (Decimal(ends[0]), Decimal(ends[1]))


# Not a venue's capacity: a unit or a noun after the number, no capacity named, or too few.
NOT_CAPACITIES = [
    "The utility will raise capacity to 4,000 MW by 2030.",
    "The hospital plans to raise capacity to 300 beds.",
    "Sales rose to 5,000 in March.",
    "Spare capacity fell to 12 after the storm.",
]


@pytest.mark.parametrize("sentence", NOT_CAPACITIES)
def test_not_a_capacity(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.unit == "capacity"]


# A count of seats whose noun the sentence named just before, after the same kind of verb.
ELIDED_SEATS = [
    ("Regional First won 12 seats, the Greens took 7 on 9.1% of the vote, and the Centre "
     "Party won 8.", ("7", "8")),
    ("Elsewhere, Regional First won 12 seats on 11.4% of the vote, the Greens won 7 seats with "
     "9.1%, and the Centre Party took 8.", ("8",)),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed"), ELIDED_SEATS)
def test_seats_left_out_after_a_count_of_seats(sentence: str, printed: tuple[str, ...]) -> None:
    for number in printed:
        figure = figure_printed(sentence, number)
        assert figure.kind is FigureKind.COUNT
        assert figure.value == Decimal(number)
        assert figure.unit == "seat"


# No seats named before, or another sentence: the number counts nothing said.
NOT_ELIDED = [
    ("The party won 12 seats. It took 3 in the by-elections.", "3"),
    ("The Greens took 7 on 9.1% of the vote.", "7"),
    ("The side won 12 games, then took 4, and lost 2.", "4"),
]


@pytest.mark.parametrize(("sentence", "printed"), NOT_ELIDED)
def test_no_seats_left_out(sentence: str, printed: str) -> None:
    assert not [f for f in figures_of(sentence) if f.text == printed and f.unit == "seat"]
