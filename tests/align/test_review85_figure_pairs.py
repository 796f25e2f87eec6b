"""QA round 83 facts worded apart, each pair now compared: ranges of people two outlets count
in two nouns, an end moved; a margin from a month's average; an Australian outlet's bare "$"
against A$ in an article that converts its A$ in brackets; a sum the people counted right
before it bore; a change's new level against the other's, from one old level. With the pairs
that must stay apart: seats are no people, US dollars are no A$, a change's old level is not
the other's new one."""

import pytest

from support import aligned_texts, figures_of, rule_messages

_SEATS = (
    "The Metroliner, which was carrying between 60 and 75 passengers, left the rails near "
    "the depot.",
    "The Metroliner, which has between 60 and 90 seats, left the rails near the depot.",
)

_CROWD = (
    "Stewards estimated that between 400 and 500 supporters ran on to the pitch from the "
    "visiting section of the western terrace.",
    "Stewards said between 400 and 600 fans came onto the field from the visiting section of "
    "the western terrace.",
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # A noun of people and plain "people", of one vehicle (a compound's head): one count.
        (
            "The Metroliner, which was carrying between 60 and 75 passengers, left the rails "
            "near the depot.",
            "The liner had between 60 and 90 people on board when it derailed.",
            ("between 60 and 75 passengers", "between 60 and 90 people"),
            True,
        ),
        # Two nouns of people in sentences that share their own words: one crowd.
        (*_CROWD, ("between 400 and 500 supporters", "between 400 and 600 fans"), True),
        # Officers are no crowd, however alike the sentences.
        (
            _CROWD[0],
            "Stewards said between 400 and 600 officers came onto the field from the visiting "
            "section of the western terrace.",
            ("between 400 and 500 supporters", "between 400 and 600 officers"),
            False,
        ),
        # Seats are no people, however alike the sentences.
        (*_SEATS, ("between 60 and 75 passengers", "between 60 and 90 seats"), False),
        # Two groups of people, nothing of their own shared: two counts.
        (
            "The ship was carrying between 60 and 75 passengers.",
            "Between 60 and 90 firefighters were sent to the blaze at the depot.",
            ("between 60 and 75 passengers", "Between 60 and 90 firefighters"),
            False,
        ),
        # Two groups named apart are two headcounts, however alike the sentences.
        (
            "The liner was carrying between 600 and 750 passengers when it struck rocks off "
            "the headland.",
            "Between 600 and 900 crew were aboard the liner when it struck rocks off the headland.",
            ("between 600 and 750 passengers", "Between 600 and 900 crew"),
            False,
        ),
        # An article with two ranges of people leaves which one the other's is open.
        (
            "The Metroliner was carrying between 60 and 75 passengers and between 10 and 12 staff.",
            "The liner had between 60 and 90 people on board when it derailed.",
            ("between 60 and 75 passengers", "between 60 and 90 people"),
            False,
        ),
    ],
)
def test_ranges_of_people(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


def test_ranges_of_people_conflict() -> None:
    messages = rule_messages("FC105", *_CROWD)
    assert len(messages) == 1
    assert "between 400 and 500 supporters" in messages[0]
    assert rule_messages("FC105", *_SEATS) == []


@pytest.mark.parametrize(
    ("text", "printed", "level"),
    [
        # A month before the level names no law or place.
        (
            "Sea temperatures were between 1.5C and 2C above the March average, the bureau said.",
            "1.5C and 2C",
            "above-average",
        ),
        # The level, not the preposition after it.
        (
            "Water temperatures were between 1.5 and 2.5 degrees above average through March.",
            "between 1.5 and 2.5 degrees",
            "above-average",
        ),
        # A name after "under" is a law, no level.
        (
            "The court made a confiscation order of £1.48 million under the Proceeds of Crime Act.",
            "£1.48 million",
            None,
        ),
        # A weekday is no name either, and a place after "above" still is.
        (
            "Prices closed 3% above the Monday close in trading on Tuesday.",
            "3%",
            "above-close",
        ),
    ],
)
def test_margin_level(text: str, printed: str, level: str | None) -> None:
    (figure,) = [f for f in figures_of(text) if f.text == printed]
    if level is None:
        assert "margin" not in figure.measure
    else:
        assert figure.measure[:2] == ["margin", level]


@pytest.mark.parametrize(
    ("text_b", "paired"),
    [
        # A margin from the month's average, one end moved: one anomaly.
        (
            "Water temperatures had been between 1.5 and 2.5 degrees above average through "
            "March, the bureau said.",
            True,
        ),
        # A level is no margin from one.
        (
            "Water temperatures had been between 1.5C and 2.5C at the seabed, the bureau said.",
            False,
        ),
    ],
)
def test_margin_ranges(text_b: str, paired: bool) -> None:
    text_a = (
        "Sea surface temperatures were between 1.5C and 2C above the March average, according "
        "to the bureau."
    )
    pairs = aligned_texts(text_a, text_b)
    assert any(a == "1.5C and 2C" for a, _ in pairs) is paired


_CONVERTED = (
    "Sydney — The minister announced A$120 million ($78 million) in extra funding for reef "
    "water quality projects."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # An Australian outlet's "$" is the A$ the other converts in brackets.
        (
            _CONVERTED,
            "Brisbane — The minister pledged an extra $150m for reef water quality projects.",
            ("A$120 million", "$150m"),
            True,
        ),
        # The bracketed US dollars are not the Australian outlet's dollars.
        (
            _CONVERTED,
            "Brisbane — The minister pledged an extra $80m for reef water quality projects.",
            ("$78 million", "$80m"),
            False,
        ),
        # Nor are US dollars the other names so.
        (
            _CONVERTED.replace("($78 million)", "(US$78 million)"),
            "Brisbane — The minister pledged an extra $80m for reef water quality projects.",
            ("US$78 million", "$80m"),
            False,
        ),
        # A bare "$" the other prints of its own may be its dollar too: no A$ read into it.
        (
            "Sydney — The minister announced A$120 million in extra funding for reef water "
            "quality projects and $90 million for the port.",
            "Brisbane — The minister pledged an extra $150m for reef water quality projects.",
            ("A$120 million", "$150m"),
            False,
        ),
        # An American setting keeps the bare "$" the US dollar.
        (
            _CONVERTED,
            "Brisbane — The minister, speaking in Washington, pledged an extra $150m for reef "
            "water quality projects.",
            ("A$120 million", "$150m"),
            False,
        ),
    ],
)
def test_outlet_dollars(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("text", "printed", "noun", "kept"),
    [
        # What the people counted right before a sum bore.
        (
            "The collapse of the lender cost more than 4,000 savers a total of £58 million.",
            "£58 million",
            "saver",
            True,
        ),
        (
            "The insurer paid 350 families £2.1 million after the floods.",
            "£2.1 million",
            "family",
            True,
        ),
        # Things sold are no people a sum is given to.
        (
            "The developer sold more than 4,000 homes for a total of £580 million.",
            "£580 million",
            "home",
            False,
        ),
        # Nor is a count a comma sets off before the sum.
        (
            "The scheme drew in more than 4,000 savers, raising a total of £58 million.",
            "£58 million",
            "saver",
            False,
        ),
    ],
)
def test_sum_given_to_a_count(text: str, printed: str, noun: str, kept: bool) -> None:
    (figure,) = [f for f in figures_of(text) if f.text == printed]
    assert (noun in figure.measure) is kept


@pytest.mark.parametrize(
    ("text_b", "pair", "paired"),
    [
        # What savers lost, in a total: one sum.
        (
            "Savers lost a total of £52 million when the lender halted withdrawals.",
            ("£58 million", "£52 million"),
            True,
        ),
        # Bonuses paid to staff are another sum.
        (
            "The lender paid 40 staff a total of £5.2 million in bonuses before it collapsed.",
            ("£58 million", "£5.2 million"),
            False,
        ),
    ],
)
def test_sum_given_pairs(text_b: str, pair: tuple[str, str], paired: bool) -> None:
    text_a = (
        "Its founder was jailed for nine years for a fraud that cost more than 4,000 savers a "
        "total of £58 million."
    )
    assert (pair in aligned_texts(text_a, text_b)) is paired


_CUT_A = "The council voted to cut the museum's annual grant to $450,000 from $1.8 million."


@pytest.mark.parametrize(
    ("text_b", "pair", "paired"),
    [
        # From one old level, the new levels are one, however far apart.
        (
            "The budget cuts the museum's yearly grant from $1.8m to $300,000.",
            ("$450,000", "$300,000"),
            True,
        ),
        # The old level is no new level.
        (
            "The budget cuts the museum's yearly grant from $1.8m to $300,000.",
            ("$1.8 million", "$300,000"),
            False,
        ),
        (
            "The budget cuts the museum's yearly grant from $1.8m to $300,000.",
            ("$450,000", "$1.8m"),
            False,
        ),
    ],
)
def test_new_levels_of_one_change(text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(_CUT_A, text_b)) is paired
