"""A stock index's level is a figure in points: a close, a level reached and a forecast range,
in a clause naming the index (QA round 78)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import assert_pairs, figures_of, rule_messages


def _printed(text: str) -> list[str]:
    return [figure.text for figure in figures_of(text)]


# (sentence, level as printed, value or (low, high)): each is an index level in points.
LEVELS = [
    ("The FTSE 100 closed up 0.6% at 8,312.7 on Friday.", "8,312.7", "8312.7"),
    ("The Hang Seng ended at 19,044.18, its lowest in a month.", "19,044.18", "19044.18"),
    ("The DAX fell 1.8 per cent to 17,905 in afternoon trade.", "17,905", "17905"),
    ("India's Sensex touched 81,250 before paring gains.", "81,250", "81250"),
    ("The S&P 500 finished at 5,611.85 after a choppy session.", "5,611.85", "5611.85"),
    ("The Dow Jones Industrial Average dropped 612 points, or 1.5%, to 40,117.3 on Wednesday.",
     "40,117.3", "40117.3"),
    ("Strategists at the bank expect the KOSPI to trade between 2,450 and 2,700 this quarter.",
     "between 2,450 and 2,700", ("2450", "2700")),
    ("He sees the CAC 40 in a range of 7,100 to 7,600 by June.", "7,100 to 7,600",
     ("7100", "7600")),
    ("Kovac expects the index to trade between 5,200 and 5,900 into the summer.",
     "between 5,200 and 5,900", ("5200", "5900")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "value"), LEVELS)
def test_an_index_level_is_a_figure_in_points(text: str, printed: str, value: object) -> None:
    found = [figure for figure in figures_of(text) if figure.text == printed]
    assert found, _printed(text)
    figure = found[0]
    assert figure.unit == "points"
    if isinstance(value, tuple):
        assert (figure.low, figure.high) == (Decimal(value[0]), Decimal(value[1]))
    else:
        assert figure.value == Decimal(value)


# (sentence, a number that is no index level): the number in an index's name, a year, a count of
# companies, a level with a unit of its own, and a level in a clause naming no index.
NOT_LEVELS = [
    ("The Nikkei 225 slipped in early trade.", "225"),
    ("Only 14 of the FTSE 100's members rose on the day.", "100"),
    ("The top 100 companies rose to 412 by the end of the year.", "412"),
    ("The benchmark index rose to 2019 levels.", "2019"),
    ("The Sensex hit 2024 highs as foreign funds returned.", "2024"),
    ("The index fell 3% to 40 companies after the review.", "40"),
    ("The average house price rose to 286,400 last year.", "286,400"),
    ("The Topix rose 1.2%, and the number of visitors climbed to 3,400.", "3,400"),
]


@pytest.mark.parametrize(("text", "number"), NOT_LEVELS)
def test_no_index_level(text: str, number: str) -> None:
    assert not [
        figure for figure in figures_of(text) if figure.unit == "points" and number in figure.text
    ]


def test_a_move_in_points_stays_a_count_of_points() -> None:
    text = "The Dow fell 1,140 points, or 2.7%, to 41,020 on Monday."
    figures = {figure.text: figure for figure in figures_of(text)}
    assert figures["1,140 points"].unit == "point"
    assert figures["41,020"].unit == "points"


def test_forecast_ranges_of_an_index_pair_and_differ() -> None:
    a = "Lindqvist expects the Hang Seng to trade between 17,500 and 20,000 through June."
    b = "She sees the Hang Seng in a range of 17,500 to 21,000 until the end of June."
    assert_pairs(a, b, [("between 17,500 and 20,000", "17,500 to 21,000")], [])
    assert rule_messages("FC105", a, b)


def test_the_same_close_corroborates() -> None:
    a = "The FTSE 100 closed down 1.1% at 8,204.5, its lowest since May."
    b = "London's FTSE 100 lost 1.1 per cent to finish at 8,204.5."
    assert_pairs(a, b, [("8,204.5", "8,204.5")], [])
    assert not rule_messages("FC105", a, b)
