"""QA round 68: one fact worded differently by two outlets is paired: the one length of a
unit left in each article once the lengths both give alike are set aside (a tornado's path); a
span told against a plan is a delay ("four years later than planned"); the amounts a thing sold
for are its prices; a length set before a noun is that noun's ("along the 432 km route"), and
a route is a line. Plurals in "-oes" lose their "es" ("tornadoes" is a tornado)."""

from __future__ import annotations

import pytest

from support import assert_pairs, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # The one path length left once the widths both give (in miles and km) are set aside.
        (
            "The most powerful twister stayed on the ground for 82 miles, from southwest of "
            "Hollis to the state line. At its widest it measured 1.5 miles across.",
            "The deadliest of them carved a 68-mile track across Hollis and Lamar counties. "
            "Surveyors measured the damage path at about 2.4 kilometres wide at its broadest.",
            [("82 miles", "68-mile"), ("1.5 miles", "about 2.4 kilometres")],
            [("82 miles", "about 2.4 kilometres")],
        ),
        # Control: with no length alike, two lengths in each are no lone pair.
        (
            "The most powerful twister stayed on the ground for 82 miles. At its widest it "
            "measured 1.5 miles across.",
            "The deadliest of them carved a 68-mile track across Hollis and Lamar counties. "
            "Surveyors measured the damage path at about 5 kilometres wide at its broadest.",
            [],
            [("82 miles", "68-mile")],
        ),
        # A delay, told against the plan or the date promised.
        (
            "The line will cost €27.9 billion and will not open before 2035, four years later "
            "than planned, the national audit office said.",
            "The railway will cost €29.7 billion and will not open until 2034, three years "
            "later than the 2031 date promised when the project was launched.",
            [("four years", "three years")],
            [],
        ),
        # The amounts a thing sold for are its prices.
        (
            "The sets were sold at twelve national retailers, including Target and Walmart, "
            "and online between March 2021 and September 2024 for $35 to $60, depending on "
            "the number of pieces.",
            "The company sold about 4.1 million of the sets between March 2021 and September "
            "2024, at prices ranging from $35 to $80.",
            [("$35 to $60", "$35 to $80")],
            [],
        ),
        # A length before a noun is the noun's, not the purchase's before it; a route is a line.
        (
            "The 412-kilometre line, which includes 38 kilometres of tunnels through the "
            "Ostmark hills, is designed for fast trains.",
            "The price of buying land along the 432 km route has tripled.",
            [("412-kilometre", "432 km")],
            [("38 kilometres", "432 km")],
        ),
    ],
)
def test_round68_pairs_b(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("text", "printed", "word"),
    [
        ("The outbreak spawned 31 tornadoes across three states.", "31 tornadoes", "tornado"),
        ("Volunteers planted 400 potatoes on Saturday.", "400 potatoes", "potato"),
        ("The club has sold 120 canoes this season.", "120 canoes", "canoe"),
        (
            "The price of buying land along the 432 km route has tripled.",
            "432 km",
            "route",
        ),
    ],
)
def test_round68_measure_words(text: str, printed: str, word: str) -> None:
    figure = next(f for f in figures_of(text) if f.text == printed)
    assert word in figure.measure
    if printed == "432 km":
        assert "purchase" not in figure.measure
