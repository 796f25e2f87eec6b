"""Round 81: figures left out or misread: a bare level whose noun the sentence named before
("cases of mumps … climbed to 163"), wire style's "crowns", won by the share or a year
earlier, and a vote told side by side ("Seven voted in favour and six against")."""

from __future__ import annotations

import pytest

from support import figures_of, rule_messages


def _printed(text: str) -> dict[str, object]:
    return {f.text: f for f in figures_of(text)}


@pytest.mark.parametrize(
    ("text", "printed", "value", "unit"),
    [
        # The counted plural opens a later clause, a phrase of its own before the verb.
        (
            "Doctors renewed their appeal after confirmed cases of mumps linked to two "
            "Leeds colleges climbed to 163.",
            "163",
            163,
            "case",
        ),
        ("Exports slowed as orders from Asian buyers rose to 2,750.", "2,750", 2750, "order"),
        # "The number of …" counts a camp named by what it does, however few reach the level.
        (
            "The number of states backing the treaty has grown to 27, diplomats said.",
            "27",
            27,
            "state",
        ),
        # Governments counted are countries: "27 countries" elsewhere.
        ("The number of governments signing the pledge has risen to 41.", "41", 41, "country"),
        # The verb after the noun is no noun: "cases has".
        ("The number of confirmed infections has risen to 580.", "580", 580, "infection"),
    ],
)
def test_level_of_a_noun_named_before(text: str, printed: str, value: int, unit: str) -> None:
    found = _printed(text)
    assert printed in found, list(found)
    assert found[printed].value == value
    assert found[printed].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The striker's club climbed to No. 4 in the table.",
        "Temperatures rose to 7 in the early hours.",
        "Shoppers stayed home as temperatures in the city climbed to 114.",
        # Fewer than a hundred, with no "number of" to say what: too little said.
        "Officials left after delegates from the north rose to 12.",
        "The number of strikes rose by 12.",
        # No camp: too little said of a few.
        "The number of walkouts has grown to 14.",
    ],
)
def test_no_level_without_its_noun(text: str) -> None:
    assert not [f for f in figures_of(text) if f.text.isdigit()], [f.text for f in figures_of(text)]


def test_local_governments_stay_governments() -> None:
    found = _printed("The number of local governments joining the scheme has grown to 46.")
    assert found["46"].unit == "government"


@pytest.mark.parametrize(
    ("text", "printed", "currency", "value"),
    [
        # "Crowns" are the currency of the crown country the story names.
        (
            "An Oslo court fined the shipowner 28 million crowns ($2.5 million) on Friday.",
            "28 million crowns",
            "NOK",
            28_000_000,
        ),
        ("The Swedish regulator fined the lender 14,500 crowns.", "14,500 crowns", "SEK", 14_500),
        # Named most: a Danish story that mentions Sweden once.
        (
            "The Danish brewer, which also sells in Sweden, expects 3 billion crowns in sales "
            "after Copenhagen and Aarhus reopen.",
            "3 billion crowns",
            "DKK",
            3_000_000_000,
        ),
        # Won by the share, and a year earlier.
        ("Hanbit will pay a dividend of 350 won a share.", "350 won", "KRW", 350),
        ("The payout was held at 350 won per share.", "350 won", "KRW", 350),
        (
            "Profit reached 3.4 trillion won, against 1.8 trillion won a year earlier.",
            "1.8 trillion won",
            "KRW",
            1_800_000_000_000,
        ),
        (
            "Sales hit 7.2tn won, up from 6.1tn won a year ago.",
            "6.1tn won",
            "KRW",
            6_100_000_000_000,
        ),
    ],
)
def test_money_read(text: str, printed: str, currency: str, value: int) -> None:
    found = _printed(text)
    assert printed in found, list(found)
    assert found[printed].unit == currency
    assert found[printed].value == value


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        # Crowns with no country, or as titles: no money.
        (
            "The club has won 40 million crowns in prize money, its chairman said.",
            "40 million crowns",
        ),
        ("The Swedish skier has won three crowns in four seasons.", "three crowns"),
        ("A Norwegian dentist fitted 12 crowns last week.", "12 crowns"),
        # "won a share of" is the verb.
        ("Of the 60 entrants, 15 won a share of the prize.", "15 won"),
    ],
)
def test_not_money(text: str, printed: str) -> None:
    money = [f.text for f in figures_of(text) if f.kind.value == "money"]
    assert printed not in money


@pytest.mark.parametrize(
    ("text", "for_printed", "for_value", "against_printed", "against_value"),
    [
        (
            "Seven commissioners voted in favour and six against.",
            "Seven commissioners voted in favour",
            7,
            "six against",
            6,
        ),
        (
            "After the debate the vote was 11 in favor, 2 against.",
            "11 in favor",
            11,
            "2 against",
            2,
        ),
        (
            "Ten trustees voted for the merger and three against it.",
            "Ten trustees voted for",
            10,
            "three against",
            3,
        ),
    ],
)
def test_tally_told_by_its_sides(
    text: str, for_printed: str, for_value: int, against_printed: str, against_value: int
) -> None:
    found = _printed(text)
    assert for_printed in found and against_printed in found, list(found)
    assert (found[for_printed].value, found[for_printed].unit) == (for_value, "vote")
    assert (found[against_printed].value, found[against_printed].unit) == (against_value, "vote")
    assert found[for_printed].measure[0] == "for"
    assert found[against_printed].measure[0] == "against"


@pytest.mark.parametrize(
    "text",
    [
        # No vote: speakers at a hearing are no tally.
        "Eleven residents spoke in favour and four against.",
        # A score stays a score.
        "Rovers won 9-4 in the cup final.",
    ],
)
def test_no_tally(text: str) -> None:
    assert not [f for f in figures_of(text) if f.unit == "vote"]


def test_side_by_side_tally_conflicts_with_dashed_one() -> None:
    messages = rule_messages(
        "FC105",
        "The county board voted 6-3 on Tuesday to approve the levy.",
        "Five board members voted in favour and four against the levy on Tuesday.",
    )
    assert any("6" in m and "Five board members voted in favour" in m for m in messages), messages
    assert any("3" in m and "four against" in m for m in messages), messages


def test_rough_numbers_say_nothing_measured() -> None:
    found = _printed("The insurer must pay NOK 12 million after tens of thousands of claims.")
    assert not {"ten", "thousand"} & set(found["NOK 12 million"].measure)
