"""QA round 60: figures whose sentences tell two facts (shares on two exchanges, the exchange
named after the figure; last winter's toll and this winter's; a state's rate and the nation's;
an amount a day and the same amount a week) are not paired, while the same facts told alike
still are."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # A listing named after the figure ("in Frankfurt trading") against one named before.
        (
            "Vantix shares fell 2.3% in Frankfurt trading after the announcement.",
            "Vantix’s Nasdaq-listed stock closed down 1.1% in New York.",
            [],
        ),
        (
            "Halden shares fell 4.2% in Oslo on Wednesday, wiping about 1.9 billion crowns off "
            "the company’s market value.",
            "Halden’s U.S.-listed shares slid 3.1% in New York trading on Wednesday.",
            [],
        ),
        # The exchange past a day: "on Wednesday in London trading".
        (
            "Its shares fell 3.4% on Wednesday in London trading.",
            "Its Tokyo-listed shares fell 2.2% on Wednesday.",
            [],
        ),
        # Control: one exchange named two ways is one listing.
        (
            "Halden shares fell 4.2% in Oslo on Wednesday.",
            "Halden shares fell 3.1% in Oslo trading on Wednesday.",
            [("4.2%", "3.1%")],
        ),
        # Control: a listing named on one side only still pairs.
        (
            "Halden shares fell 4.2% in Oslo on Wednesday.",
            "Halden shares fell 3.1% on Wednesday.",
            [("4.2%", "3.1%")],
        ),
        # Control: a month or a region after the figure is no exchange.
        (
            "Its shares fell 4.2% in March.",
            "Its Tokyo-listed shares fell 3.1% in March.",
            [("4.2%", "3.1%")],
        ),
        (
            "Its shares fell 4.2% in Europe.",
            "Its Tokyo-listed shares fell 3.1% on Friday.",
            [("4.2%", "3.1%")],
        ),
        # Last winter's toll is not this winter's, each opening its sentence.
        (
            "Last winter, 14 people died in avalanches across Tyrol, according to the regional "
            "government.",
            "So far this winter, nine people have died in avalanches in Tyrol, the regional "
            "government said.",
            [],
        ),
        (
            "Last year, 14 people died in avalanches across Tyrol.",
            "So far this year, nine people have died in avalanches in Tyrol.",
            [],
        ),
        # Control: last winter's toll against last winter's still conflicts.
        (
            "Last winter, 14 people died in avalanches across Tyrol.",
            "Nine people died in avalanches in Tyrol last winter.",
            [("14 people", "Nine people")],
        ),
        # Control: a winter and a year may overlap.
        (
            "Last winter, 14 people died in avalanches across Tyrol.",
            "Nine people died in avalanches in Tyrol this year.",
            [("14 people", "Nine people")],
        ),
        # Last season's tally is not this season's.
        (
            "The team scored 30 goals last season.",
            "The team has scored 28 goals this season.",
            [],
        ),
        # A state's rate is not the nation's, however close.
        (
            "Statewide, 92.1% of kindergartners were fully vaccinated.",
            "Nationally, 92.7% of kindergartners received the MMR vaccine in the 2023-24 school "
            "year, according to the Centers for Disease Control and Prevention.",
            [],
        ),
        # Nor a district's, told beside the state's, the nation's.
        (
            "Only 84.6% of kindergartners in the Marlow Valley School District had received "
            "both doses. Statewide, 92.1% of kindergartners were fully vaccinated.",
            "Nationally, 92.7% of kindergartners received the MMR vaccine in the 2023-24 school "
            "year.",
            [],
        ),
        # Control: an article that tells the nation's figure elsewhere may tell this one too.
        (
            "Nationwide, 40,000 people joined the protests on Saturday.",
            "Police said 52,000 people joined the protests on Saturday. Nationwide, turnout was "
            "the highest in a decade.",
            [("40,000 people", "52,000 people")],
        ),
        # Control: two statewide rates conflict.
        (
            "Statewide, 92.1% of kindergartners were fully vaccinated.",
            "About 92.7% of kindergartners were fully vaccinated statewide.",
            [("92.1%", "About 92.7%")],
        ),
        # Control: a rate told of no whole, in an article that names none, still pairs.
        (
            "About 92.1% of kindergartners were fully vaccinated.",
            "Nationally, 92.7% of kindergartners were fully vaccinated.",
            [("About 92.1%", "92.7%")],
        ),
        # An amount each day is not the same amount each week.
        (
            "The blockage is holding up roughly $9.6 billion of trade each day, according to "
            "estimates from the maritime insurer.",
            "Analysts put the value of goods held up by the closure at roughly $9.6 billion of "
            "trade each week.",
            [],
        ),
        # Control: each day and a day are one rate.
        (
            "The blockage is holding up roughly $9.6 billion of trade each day.",
            "The closure is holding up about $9.6 billion of trade a day.",
            [("roughly $9.6 billion", "about $9.6 billion")],
        ),
    ],
)
def test_round60_pairs(text_a: str, text_b: str, pairs: list[tuple[str, str]]) -> None:
    assert sorted(aligned_texts(text_a, text_b)) == sorted(pairs)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The blockage is holding up roughly $9.6 billion of trade each day.", "USD/day"),
        ("It puts the loss at $2 million of output every week.", "USD/week"),
        ("Mills burn 40 tonnes of coal each day.", "tonne/day"),
        # Not a day that starts a date.
        ("It sold $2 million of bonds a day earlier.", "USD"),
    ],
)
def test_amount_of_what_per_time(text: str, unit: str) -> None:
    (figure,) = figures_of(text)
    assert figure.unit == unit
