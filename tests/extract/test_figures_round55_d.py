"""QA round 55 (helper d): one figure in both articles left unpaired because of extraction."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.models import Figure, FigureKind, Span, in_compared_unit
from support import aligned_texts, figures_of


def by_text(text: str) -> dict[str, Figure]:
    return {figure.text: figure for figure in figures_of(text)}


# sentence, figure printed, unit (None: no figure of that text)
COUNT_LEVELS = [
    # A noun's "numbers" count it, as "the number of" does; "reached" needs no "to".
    ("Visitor numbers reached 2,450,000 in the year to June.", "2,450,000", "visitor"),
    ("Student numbers rose to 31,200 this autumn, the university said.", "31,200", "student"),
    ("Subscriber numbers totalled 412,000 at the end of March.", "412,000", "subscriber"),
    # Controls: a small number, a year, or nothing counted says too little.
    ("Student numbers reached 12 this term.", "12", None),
    ("Sales reached 350 in May.", "350", None),
    ("The index reached 2019 levels.", "2019", None),
]


@pytest.mark.parametrize(("text", "printed", "unit"), COUNT_LEVELS)
def test_a_level_of_a_nouns_numbers(text: str, printed: str, unit: str | None) -> None:
    figures = by_text(text)
    if unit is None:
        assert printed not in figures
    else:
        assert figures[printed].kind is FigureKind.COUNT
        assert figures[printed].unit == unit


MAGNITUDES = [
    # Another agency's reading of the quake the sentence names.
    (
        "Chile's seismology centre measured the quake at magnitude 6.2, while the USGS put it "
        "at 6.0.",
        "put it at 6.0",
        Decimal("6.0"),
    ),
    (
        "The tremor was felt in the capital, and the European agency estimated the quake at 5.7.",
        "estimated the quake at 5.7",
        Decimal("5.7"),
    ),
]


@pytest.mark.parametrize(("text", "printed", "value"), MAGNITUDES)
def test_a_quakes_magnitude_put_at(text: str, printed: str, value: Decimal) -> None:
    figure = by_text(text)[printed]
    assert (figure.unit, figure.value) == ("magnitude", value)


@pytest.mark.parametrize(
    "text",
    [
        # Controls: a money, a share or a count put at a value is no magnitude.
        "The quake damaged 300 homes, and insurers put it at 2.5 million.",
        "The earthquake hit output, and the IMF put it at 1.5% of GDP.",
    ],
)
def test_put_at_is_no_magnitude_without_a_reading(text: str) -> None:
    assert all(figure.unit != "magnitude" for figure in figures_of(text))


MARGINS = [
    # "under" a deal or a contract names the terms, no level the figure falls short of.
    ("The bloc agreed to buy 30 million doses under an advance purchase deal.",
     "30 million doses", False),
    ("Germany will receive 12 million doses under the contract signed in May.",
     "12 million doses", False),
    ("The city paid £4 million under the settlement.", "£4 million", False),
    # Controls: a budget or a limit is a level.
    ("The bridge came in £5 million under the budget.", "£5 million", True),
    ("Emissions were 20% below the limit.", "20%", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "margin"), MARGINS)
def test_under_a_deal_is_no_margin(text: str, printed: str, margin: bool) -> None:
    assert ("margin" in by_text(text)[printed].measure) is margin


TOLLS = [
    # Hospitalisations counted are people in hospital; so are a place's people sent there.
    ("Flu causes an estimated 41,000 hospitalisations among children each year.",
     "an estimated 41,000 hospitalisations", "people in hospital"),
    ("The agency says it sends about 41,000 young Canadians to hospital each year.",
     "about 41,000 young Canadians", "people in hospital"),
    # Controls: a place's people with no toll, and vans, keep their own noun.
    ("About 5,000 Americans living abroad voted by post.", "About 5,000 Americans", "american"),
    ("Two delivery vans were sent to hospital car parks.", "Two delivery vans", "van"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "unit"), TOLLS)
def test_hospital_tolls(text: str, printed: str, unit: str) -> None:
    assert by_text(text)[printed].unit == unit


def test_a_noun_set_beside_a_figure_names_it() -> None:
    figure = by_text(
        "The carrier filled 81.4 percent of its seats, a load factor 0.8 percentage points "
        "higher than a year earlier."
    )["81.4 percent"]
    assert {"load", "factor", "seat"} <= set(figure.measure)
    # Control: an aside with no change after it adds nothing.
    control = by_text("The carrier filled 81.4 percent of its seats, a record for July.")
    assert "record" not in control["81.4 percent"].measure


def test_fahrenheit_is_compared_in_celsius() -> None:
    figure = Figure(
        id="a:f1",
        article_id="a",
        kind=FigureKind.RANGE,
        text="36 to 46 degrees Fahrenheit",
        span=Span(start=0, end=1),
        low=Decimal(36),
        high=Decimal(46),
        unit="°F",
        precision=Decimal(1),
        measure=[],
        sentence=Span(start=0, end=1),
    )
    compared = in_compared_unit(figure)
    assert compared.unit == "°C"
    assert round(compared.low, 2) == Decimal("2.22")
    assert round(compared.high, 2) == Decimal("7.78")


PAIRS = [
    (
        "Passenger numbers reached 21,300,000 in the half, the airline said.",
        "The airline carried 21.3 million passengers in the first half.",
        ("21,300,000", "21.3 million passengers"),
    ),
    (
        "The Japan Meteorological Agency put the quake at magnitude 6.6, while the U.S. "
        "Geological Survey put it at 6.4.",
        "A magnitude 6.4 earthquake struck off the coast, the U.S. Geological Survey said.",
        ("put it at 6.4", "magnitude 6.4"),
    ),
    (
        "The Commission agreed to buy 30 million doses under an advance purchase deal.",
        "The Commission agreed last spring to buy 30m doses in a deal.",
        ("30 million doses", "30m doses"),
    ),
    (
        "Flu causes an estimated 41,000 hospitalisations among U.S. children each year.",
        "The agency estimates it sends about 41,000 young Americans to hospital each year.",
        ("an estimated 41,000 hospitalisations", "about 41,000 young Americans"),
    ),
    (
        "The vaccine can be kept in a fridge at 2 to 8 degrees Celsius for a month.",
        "The vaccine can be kept in a standard fridge at 36 to 46 degrees Fahrenheit.",
        ("2 to 8 degrees Celsius", "36 to 46 degrees Fahrenheit"),
    ),
    (
        "The carrier filled 81.4 percent of its seats, a load factor 0.8 percentage points "
        "higher than a year earlier.",
        "The load factor, the share of seats filled, rose by 0.8 points to 82.4%.",
        ("81.4 percent", "82.4%"),
    ),
]


@pytest.mark.parametrize(("a", "b", "pair"), PAIRS)
def test_one_figure_in_both_pairs(a: str, b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(a, b)


def test_celsius_does_not_pair_with_another_fahrenheit_range() -> None:
    # Control: a freezer's range does not pair with a fridge's.
    pairs = aligned_texts(
        "The vaccine can be kept in a fridge at 2 to 8 degrees Celsius for a month.",
        "The vaccine must be kept in a freezer at minus 13 to 5 degrees Fahrenheit.",
    )
    assert ("2 to 8 degrees Celsius", "minus 13 to 5 degrees Fahrenheit") not in pairs
