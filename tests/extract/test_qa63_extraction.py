"""Round 63: figures read whole (a court "ruling 5-2" as a tally, a span a noun's "of" takes
before "before …", a level after "rose to" whose counted noun is "the number of people", a
mass noun before the noun counted) and words that are no figure's (a verb's particle "up to",
the year one thing was installed)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import assert_figure, figures_of

GRID = (
    "About 1.3 million customers lost power in rotations of 30 to 45 minutes before the "
    "emergency was lifted shortly after 9 p.m."
)
WAITING = (
    "The number of people waiting more than a year for treatment rose to 9,340, while 68.3 "
    "per cent of cancer patients began treatment within 62 days of an urgent referral, against "
    "a target of 85 per cent."
)
CENTRES = (
    "Several large industrial customers, including two data centres, also agreed to curtail "
    "their use during the evening peak at the council's request."
)
HEATED = (
    "Luis Ferrer, 71, said his apartment heated up to 94 degrees within half an hour of the "
    "power going off."
)
MAIN = (
    "The 12-inch cast-iron main was installed in 1931, according to Northgate records "
    "reviewed by the Ledger."
)


def by_text(text: str) -> dict[str, object]:
    return {f.text: f for f in figures_of(text)}


# sentence, figure printed, kind, unit, value (or the range's ends)
FIGURES = [
    # A span a noun's "of" takes is that thing's length, never a date told by its distance.
    (GRID, "30 to 45 minutes", "range", "minute", (Decimal(30), Decimal(45))),
    (
        "Workers faced waits of two hours before the gates were opened.",
        "two hours",
        "duration",
        "hour",
        Decimal(2),
    ),
    # "The number of people …" names what the level after "rose to" counts.
    (WAITING, "9,340", "count", "people", Decimal(9340)),
    # ... and a number of others is not the dead's.
    (
        "The number of people evacuated from the coast, officials said, reached 4,000.",
        "4,000",
        "count",
        "people",
        Decimal(4000),
    ),
    # A mass noun before a plural names its kind: the plural is counted.
    (CENTRES, "two data centres", "count", "centre", Decimal(2)),
    (
        "The company hired five software engineers last year.",
        "five software engineers",
        "count",
        "engineer",
        Decimal(5),
    ),
]


@pytest.mark.parametrize(("sentence", "printed", "kind", "unit", "value"), FIGURES)
def test_figure_read_whole(
    sentence: str, printed: str, kind: str, unit: str, value: object
) -> None:
    assert_figure(sentence, printed, kind, unit, value)


# A court's vote: the verb "ruling" before the tally, as "ruled" is; each side counted.
TALLIES = [
    (
        "Minnesota's Supreme Court on Thursday struck down the state's 2.5 percent tax on "
        "digital advertising revenue, ruling 5-2 that the levy illegally taxed the same sales "
        "twice.",
        (Decimal(5), Decimal(2)),
    ),
    ("The justices split 4-3.", (Decimal(4), Decimal(3))),
    ("The board voted 7-4 on Wednesday to raise the fare.", (Decimal(7), Decimal(4))),
]


@pytest.mark.parametrize(("sentence", "sides"), TALLIES)
def test_tally_sides(sentence: str, sides: tuple[Decimal, Decimal]) -> None:
    votes = [f for f in figures_of(sentence) if f.unit == "vote"]
    assert [f.value for f in votes] == list(sides)


def test_a_verb_particle_up_to_is_no_ceiling() -> None:
    figure = by_text(HEATED)["94 degrees"]
    assert figure.bound.value == "exact"
    # A ceiling stays one: "can heat up to" is what the oven may reach.
    assert by_text("The oven can heat up to 250 degrees.")["up to 250 degrees"].bound.value == (
        "at_most"
    )


def test_the_year_one_thing_was_installed_is_no_period() -> None:
    assert by_text(MAIN)["12-inch"].period is None


def test_a_later_year_stays_the_period_of_its_figure() -> None:
    # The year the theatre was built dates it; the tickets are sold in 2023.
    sentence = "The 300-seat theatre, which was built in 1931, sold 40,000 tickets in 2023."
    assert by_text(sentence)["40,000 tickets"].period == "2023"
