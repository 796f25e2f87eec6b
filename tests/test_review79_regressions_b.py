"""Review 79 regressions (b): an existing level keeps its pair with the other article's level
unless that figure's own clause tells it as still to come or of a new thing, whatever the rest
of its sentence says will become of it; a radius is a zone's reach only when its measure names
a zone, cordon, exclusion or evacuation, not the reach of a blast."""

from __future__ import annotations

import pytest

from support import assert_pairs

# Each row: article a, article b, pairs that must be found, pairs that must not.
EXISTING = [
    # The change to come is in another clause, or after the figure: the level there now.
    (
        "The existing mill employs 380 workers.",
        "The mill, which employs 520 workers, will shut next spring.",
        [("380 workers", "520 workers")],
        [],
    ),
    (
        "The existing tunnel carries 35,000 cars a day.",
        "The tunnel carries 48,000 cars a day and will be doubled by 2031.",
        [("35,000 cars a day", "48,000 cars a day")],
        [],
    ),
    (
        "The existing smelter makes 250 tonnes a day.",
        "The smelter, which makes 310 tonnes a day, is set to be enlarged.",
        [("250 tonnes a day", "310 tonnes a day")],
        [],
    ),
    (
        "Under the existing deal, porters earn £24,000.",
        "Porters earn £27,000 but are to get a rise in April.",
        [("£24,000", "£27,000")],
        [],
    ),
    # Negative: the other figure's own clause is still to come or of a new one.
    (
        "The existing mill employs 380 workers.",
        "The owners said on Friday that the mill will employ 520 workers.",
        [],
        [("380 workers", "520 workers")],
    ),
    (
        "The existing tunnel carries 35,000 cars a day.",
        "The new tunnel carries 48,000 cars a day.",
        [],
        [("35,000 cars a day", "48,000 cars a day")],
    ),
    (
        "The existing smelter makes 250 tonnes a day.",
        "The firm bought the site in May, which is expected to make 310 tonnes a day.",
        [],
        [("250 tonnes a day", "310 tonnes a day")],
    ),
]

RADIUS = [
    # A blast's reach is no zone's.
    (
        "The blast damaged buildings within a 2 km radius, officials said.",
        "A 5 km no-fly zone was declared over the city.",
        [],
        [("2 km", "5 km")],
    ),
    (
        "The quake damaged homes within a 30 km radius, officials said.",
        "A 12 km no-fly zone was declared over the town.",
        [],
        [("30 km", "12 km")],
    ),
    # Negative: a radius evacuated or cordoned off is the zone's reach.
    (
        "Firefighters set up a 4 km exclusion zone around the depot.",
        "Firefighters evacuated homes within a 2 km radius of the depot.",
        [("4 km", "2 km")],
        [],
    ),
    (
        "Rangers widened the exclusion zone around the summit to 4 kilometres on Monday.",
        "Rangers enlarged the no-entry zone around the summit to a radius of 6 kilometers.",
        [("4 kilometres", "6 kilometers")],
        [],
    ),
    (
        "Troops widened the exclusion zone around the dam to 8 kilometres.",
        "Troops moved the cordon around the dam out to a radius of 11 kilometers.",
        [("8 kilometres", "11 kilometers")],
        [],
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "paired", "not_paired"), EXISTING + RADIUS)
def test_review79_b_pairs(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
