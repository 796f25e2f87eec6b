"""Review of round 81's figures: a level after a clause's plural that counts nothing ("as pollen
counts climbed to 124"), governments in succession read as countries, and "crowns" that are
things (a dentist's, regalia) or whose country is named just after them."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of


def _printed(text: str) -> dict[str, object]:
    return {f.text: f for f in figures_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hay fever sufferers were warned to stay indoors as pollen counts in London climbed to 124 "
        "on Tuesday.",
        "Ministers came under pressure after waiting lists in Wales grew to 790,000.",
        "Drivers were told to avoid the bridge as queues at the border rose to 2,300.",
        "The firm sought help after debts at its Leeds branch climbed to 48,000.",
    ],
)
def test_clause_plural_that_counts_nothing_gives_no_level(text: str) -> None:
    assert not [f.text for f in figures_of(text) if f.kind.value == "count"]


@pytest.mark.parametrize(
    ("text", "printed", "unit"),
    [
        # A plural that counts still gives its level.
        (
            "Vets were called in after outbreaks of the disease in Devon climbed to 212.",
            "212",
            "outbreak",
        ),
        ("Exports slowed as orders from Gulf buyers rose to 3,150.", "3,150", "order"),
    ],
)
def test_clause_plural_that_counts_gives_its_level(text: str, printed: str, unit: str) -> None:
    found = _printed(text)
    assert printed in found, list(found)
    assert found[printed].unit == unit


@pytest.mark.parametrize(
    "text",
    [
        "The negotiations have outlasted six governments.",
        "The bypass was shelved by four successive governments.",
        "The scheme limped on under seven governments.",
        "Peru has had six governments in five years.",
        "Belgium has had 14 governments since 1999.",
    ],
)
def test_governments_in_succession_stay_governments(text: str) -> None:
    units = {f.unit for f in figures_of(text) if "government" in f.text.casefold()}
    assert units == {"government"}, units


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Nineteen governments have signed the accord.", "Nineteen governments"),
        ("The number of governments supporting a moratorium has risen to 29.", "29"),
    ],
)
def test_governments_side_by_side_count_countries(text: str, printed: str) -> None:
    found = _printed(text)
    assert printed in found, list(found)
    assert found[printed].unit == "country"


def test_governments_in_succession_are_no_countries_taking_part() -> None:
    pairs = aligned_texts(
        "The peace process has outlasted four governments.",
        "Four countries are mediating in the peace process.",
    )
    assert ("four governments", "Four countries") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian dentists fitted more than 30,000 crowns last year, according to the Norwegian "
        "dental association.",
        "The exhibition at the castle in Copenhagen shows 1,300 crowns, tiaras and sceptres from "
        "Denmark's royal collection.",
        "The Prague museum holds 2,400 crowns, jewels and other regalia from Czech kings.",
    ],
)
def test_crowns_that_are_things_are_no_money(text: str) -> None:
    money = [f.text for f in figures_of(text) if f.kind.value == "money"]
    assert not money, money


@pytest.mark.parametrize(
    ("text", "printed", "currency"),
    [
        # A large amount with nothing saying what crowns are is still money.
        (
            "Borrowers in Sweden saw repayments climb by an average of 3,700 crowns, the Swedish "
            "bank said.",
            "3,700 crowns",
            "SEK",
        ),
        # Paid: money, however near the jewels.
        (
            "The Danish jeweller was fined 9,000 crowns by a Copenhagen court.",
            "9,000 crowns",
            "DKK",
        ),
    ],
)
def test_crowns_as_money(text: str, printed: str, currency: str) -> None:
    found = _printed(text)
    assert printed in found, list(found)
    assert found[printed].unit == currency


@pytest.mark.parametrize(
    ("text", "currencies"),
    [
        # The country named just after the amount, not the one the text names most.
        (
            "Denmark's drugmaker raised prices; a pen costs 1,800 crowns in Norway and 1,400 "
            "crowns in Denmark.",
            {"1,800 crowns": "NOK", "1,400 crowns": "DKK"},
        ),
        (
            "A Danish ferry ticket costs 600 crowns from Sweden and 450 crowns in Denmark, "
            "Danish operators said.",
            {"600 crowns": "SEK", "450 crowns": "DKK"},
        ),
        # No country after: the one named most.
        (
            "The Danish retailer said a Copenhagen flat costs 9,500 crowns a month in rent.",
            {"9,500 crowns a month": "DKK"},
        ),
    ],
)
def test_crowns_of_the_country_named_after(text: str, currencies: dict[str, str]) -> None:
    found = _printed(text)
    assert {printed: found[printed].unit for printed in currencies if printed in found} == (
        currencies
    )
