"""Figures both articles give, worded apart, that must still pair (so that a changed value is
reported), and controls that must stay apart."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # Two digits side by side swapped, three significant digits: one cost misprinted,
        # however differently the two outlets word it.
        (
            "The cost of building the new bridge over the estuary has climbed to £537 million, "
            "the watchdog said.",
            "The report found that the crossing will cost taxpayers £573m.",
            ("£537 million", "£573m"),
            True,
        ),
        # Two digits of money swapped, in the same year: one price paid.
        (
            "Hartley bought the house in 1994 for $1.8 million from a retired banker.",
            "The retired surgeon, who paid $8.1 million for it in 1994, sold it this week.",
            ("$1.8 million", "$8.1 million"),
            True,
        ),
        # Control: the same digits in another order, not two side by side swapped.
        (
            "The cost of building the new bridge over the estuary has climbed to £537 million, "
            "the watchdog said.",
            "The report found that the crossing will cost taxpayers £735m.",
            ("£537 million", "£735m"),
            False,
        ),
        # Control: two digits swapped, but nothing else in common (no year, no word).
        (
            "Hartley bought the house for $1.8 million from a retired banker.",
            "The retired surgeon paid $8.1 million for it.",
            ("$1.8 million", "$8.1 million"),
            False,
        ),
        # Two amounts each the only one "in" one thing in its article: the add-ons, not the
        # fee's margin over the old record.
        (
            "The guaranteed fee could rise by up to £8m in add-ons linked to appearances, "
            "taking the potential total to £56m.",
            "The fee is almost £20 million more than the previous club record. Palace could pay "
            "up to £10 million more in add-ons, tied to the player's appearances.",
            ("up to £8m", "up to £10 million"),
            True,
        ),
        # Control: a word shared and nothing else, two fees for two players.
        (
            "The fee beats the £63m Newcastle paid for Isak in 2022. Palace agreed a fee of £48m.",
            "Palace agreed a £48 million deal for the winger. Sunderland paid £55 million for a "
            "striker last summer.",
            ("£63m", "£55 million"),
            False,
        ),
        # Control: "in" a time or a place names no thing.
        (
            "The club made £14m in the first half of the year and £9m in London.",
            "The club earned £12 million in the second half and £11 million in Madrid.",
            ("£14m", "£12 million"),
            False,
        ),
        # Bodies recovered are the dead: one toll.
        (
            "At least 17 people died when the bus plunged into a ravine, and 40 were injured.",
            "Rescuers have recovered 19 bodies from the ravine, and 40 people were hurt.",
            ("At least 17 people", "19 bodies"),
            True,
        ),
        # Control: divers searching for bodies are no toll.
        (
            "At least 14 people died when the boat capsized.",
            "Some 14 divers searched the wreck for bodies on Sunday.",
            ("At least 14 people", "14 divers"),
            False,
        ),
        # A count in "units" whose measure names what the other article counts counts that.
        (
            "Kaito cut its full-year global vehicle sales forecast to 2.76 million units from "
            "2.9 million.",
            "Kaito now expects to sell 2.76 million vehicles this year.",
            ("2.76 million units", "2.76 million vehicles"),
            True,
        ),
        # Control: "units" whose measure names none of the other's things.
        (
            "The new factory will make 150,000 units a year.",
            "Kaito plans to hire 150,000 workers.",
            ("150,000 units", "150,000 workers"),
            False,
        ),
        # A range with one end moved: the end kept and a word of the measure name it.
        (
            "The court said Norvik's emissions had fallen by between 7 and 11 per cent since "
            "2015, far short of the pace needed.",
            "The company, which employs 9,000 people, argued it was already cutting. But the "
            "judges found its CO2 output had fallen by only between 7 and 13% since 2015.",
            ("between 7 and 11 per cent", "between 7 and 13%"),
            True,
        ),
        (
            "The 45-metre ferry was listing badly in waves of 1.5 to 2 metres before it took on "
            "water.",
            "Survivors said the boat, 45 metres long, was struck by waves of 1.5 to 3 metres "
            "shortly before midnight.",
            ("1.5 to 2 metres", "1.5 to 3 metres"),
            True,
        ),
        (
            "The group said tariffs would reduce its operating profit by between ¥120 billion "
            "and ¥160 billion this fiscal year.",
            "The maker estimated the levies would cost it ¥120 billion to ¥190 billion in profit.",
            ("between ¥120 billion and ¥160 billion", "¥120 billion to ¥190 billion"),
            True,
        ),
        # Control: one end alike, but the measures share no word (and neither is the only
        # length in its article).
        (
            "The lake rose by 1.5 to 2 metres overnight. The dam is 40 metres high.",
            "Snow drifts of 1.5 to 3 metres blocked the pass, 20 metres wide.",
            ("1.5 to 2 metres", "1.5 to 3 metres"),
            False,
        ),
        # Control: one end alike and a movement shared, but another range of the unit in each
        # article: prices' range is not wages'.
        (
            "Import prices rose by between 10 and 15 per cent last year, the survey found. "
            "Rents rose between 20 and 25 per cent.",
            "Wages rose between 10 and 12% last year, the survey found. Import prices climbed "
            "by 15 to 18 per cent.",
            ("between 10 and 15 per cent", "between 10 and 12%"),
            False,
        ),
        # Control: single-digit shares, which many things have.
        (
            "Economists expect growth of between 2 and 3 per cent.",
            "Analysts forecast growth of 2 to 4% next year.",
            ("between 2 and 3 per cent", "2 to 4%"),
            False,
        ),
    ],
)
def test_missed_pairs(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired
