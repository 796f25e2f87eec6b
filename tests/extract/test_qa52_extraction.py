"""Figures read whole: a height in feet and inches, a part of a scale of money, a toll told
verb first, and the periods a year that dates something else must not give."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import figures_of


def printed(text: str) -> dict[str, tuple[str, Decimal | None, str]]:
    return {f.text: (f.kind.value, f.value, f.unit) for f in figures_of(text)}


# sentence, figure printed, kind, value, unit
WHOLE = [
    # A height in feet and inches is one length, in inches.
    ("The 6ft 1in defender signed a four-year deal.", "6ft 1in", "quantity", "73", "in"),
    ("She stands 5 feet 7 inches tall, the report said.", "5 feet 7 inches", "quantity", "67",
     "in"),
    ("The 6-foot-3 guard scored 31 points.", "6-foot-3", "quantity", "75", "in"),
    ("The keeper, 6 foot 4 inches, saved twice.", "6 foot 4 inches", "quantity", "76", "in"),
    # Controls: feet alone stay feet; inches are not taken from words after.
    ("The dam wall is 40 feet high.", "40 feet", "quantity", "40", "ft"),
    ("The river rose 4 feet in the night.", "4 feet", "quantity", "4", "ft"),
    # A part of a scale before a currency word is one amount.
    ("The regulator set a fine of a quarter of a million euros a day.",
     "a quarter of a million euros a day", "money", "250000", "EUR/day"),
    ("Investors pulled half a billion dollars from the fund.", "half a billion dollars",
     "money", "500000000", "USD"),
    ("The charity raised three-quarters of a million pounds in a month.",
     "three-quarters of a million pounds", "money", "750000", "GBP"),
    # A rate "before" or "after" a charge is still the rate.
    ("The striker will earn £140,000 a week before bonuses.", "£140,000 a week", "money",
     "140000", "GBP/week"),
    ("Nurses take home £600 a week after tax.", "£600 a week", "money", "600", "GBP/week"),
    # Controls.
    ("Rents were £300 a week before the reform.", "£300", "money", "300", "GBP"),
    ("The club paid 2 million euros for the winger.", "2 million euros", "money", "2000000",
     "EUR"),
    ("The club paid a million pounds for him.", "million pounds", "money", "1000000", "GBP"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit"), WHOLE)
def test_read_whole(sentence, text, kind, value, unit) -> None:
    found = printed(sentence)
    assert found.get(text) == (kind, Decimal(value), unit), found


# A death toll told with the verb before it: sentence, the toll's number printed, value.
TOLLS = [
    ("Police raised the death toll from the mudslide in the hill town to 38 on Sunday.", "38",
     "38"),
    ("The health ministry put the toll at 17 late on Friday.", "17", "17"),
    ("Officials revised the official death toll to 212 after counting the missing.", "212",
     "212"),
    ("The latest deaths bring to 95 the number of people killed since the storm hit.", "95",
     "95"),
    ("Two more bodies took to 41 the death toll from the collapse.", "41", "41"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "value"), TOLLS)
def test_toll_verb_first(sentence, text, value) -> None:
    found = printed(sentence)
    assert found.get(text) == ("count", Decimal(value), "people dead"), found


@pytest.mark.parametrize(
    "sentence",
    [
        # Controls: a verb, "to" and a number with no toll are no toll.
        "The bank raised its price target to 64 on Monday.",
        "The union put the offer to 300 members on Tuesday.",
        "Heavy rain brought to 3 the number of matches called off.",
    ],
)
def test_no_toll(sentence) -> None:
    assert all(f.unit != "people dead" for f in figures_of(sentence)), printed(sentence)


def period_of(sentence: str, text: str) -> str | None:
    figures = {f.text: f for f in figures_of(sentence)}
    assert text in figures, list(figures)
    return figures[text].period


# A year that dates something else is no figure's period: sentence, figure, period.
PERIODS = [
    # The end of a term.
    ("The midfielder signed a deal running until June 2029 and will earn £120,000 a week.",
     "£120,000 a week", None),
    ("He agreed a contract until 2030 worth £80,000 a week.", "£80,000 a week", None),
    ("The lease, which expires in 2032, costs £3 million a year.", "£3 million a year", None),
    # The making of a thing.
    ("Bonhams had put an estimate of $20 million-$30 million on the 1889 canvas.",
     "$20 million-$30 million", None),
    ("The 1961 portrait sold for $12 million on Tuesday.", "$12 million", None),
    # Controls: a year the figure is told for stays its period.
    ("Revenue rose 7% in 2024, the company said.", "7%", "2024"),
    ("Rates will stay at 4.5% until 2027, the bank said.", "4.5%", "2027"),
    ("In 2023, the charity had 6,200 volunteers.", "6,200 volunteers", "2023"),
    ("The 2024 budget set aside $3 billion for roads.", "$3 billion", "2024"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "period"), PERIODS)
def test_period_not_another_date(sentence, text, period) -> None:
    assert period_of(sentence, text) == period
