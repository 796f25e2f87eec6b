"""QA round 65: data rates read as one unit ("100Mbps", "150 megabits per second", "1 gigabit
per second"), an estimate of two near numbers joined by "or" as a range ("three or four more
retailers"), amounts in currencies named after them ("40 billion ariary"), and the speaker of
a quote after a verb of advising ("advised the winner to “…”")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract import body_sentences
from factcheck.extract.quotes import extract_quotes
from factcheck.load import article_from_text
from support import assert_figure, figures_of

SPEEDS = (
    "FibreNet is required to offer every premises a guaranteed minimum download speed of 150 "
    "megabits per second, with most customers able to order packages of up to 1 gigabit per "
    "second."
)
CONTRACT = (
    "Under the contract, customers must be offered a minimum of 100Mbps, while top packages "
    "reach 1,000Mbps."
)
RETAILERS = (
    "She said three or four more retailers could file before the end of the year if the "
    "shares held their gains."
)
ALLOCATION = (
    "He announced an emergency allocation of 40 billion ariary, about $8.9 million, for "
    "shelter, food and clean water."
)


def by_text(text: str) -> dict[str, object]:
    return {f.text: f for f in figures_of(text)}


# sentence, figure printed, kind, unit, value (or the range's ends)
FIGURES = [
    # Rates in one unit, megabits per second, whatever scale and spelling they are printed in.
    (SPEEDS, "150 megabits per second", "quantity", "Mbps", Decimal(150)),
    (SPEEDS, "up to 1 gigabit per second", "quantity", "Mbps", Decimal(1000)),
    (CONTRACT, "100Mbps", "quantity", "Mbps", Decimal(100)),
    (CONTRACT, "1,000Mbps", "quantity", "Mbps", Decimal(1000)),
    (
        "Rural lines average 25 Mbps, and mobile data slows to 512kbps at peak hours.",
        "512kbps",
        "quantity",
        "Mbps",
        Decimal("0.512"),
    ),
    # Two near numbers joined by "or" are an estimate between them.
    (RETAILERS, "three or four more retailers", "range", "retailer", (Decimal(3), Decimal(4))),
    (
        "Police said 20 or 30 protesters remained outside the building overnight.",
        "20 or 30 protesters",
        "range",
        "protester",
        (Decimal(20), Decimal(30)),
    ),
    # A currency named after the amount.
    (ALLOCATION, "40 billion ariary", "money", "MGA", Decimal(40_000_000_000)),
    (
        "The BNGRC spent 18 billion ariary responding to last year's storms.",
        "18 billion ariary",
        "money",
        "MGA",
        Decimal(18_000_000_000),
    ),
    (
        "The ministry set aside 2,000 million Angolan kwanzas for the repairs.",
        "2,000 million Angolan kwanzas",
        "money",
        "AOA",
        Decimal(2_000_000_000),
    ),
]


@pytest.mark.parametrize(("sentence", "printed", "kind", "unit", "value"), FIGURES)
def test_figure_read_whole(
    sentence: str, printed: str, kind: str, unit: str, value: object
) -> None:
    assert_figure(sentence, printed, kind, unit, value)


def test_a_choice_between_far_numbers_is_no_range() -> None:
    # "1 or 100": no estimate, the count after "or" stands alone.
    figures = by_text("The shop will sell you 1 or 100 copies, as you like.")
    assert figures["100 copies"].kind.value == "count"


def test_a_rate_and_its_conversion_compare_equal() -> None:
    gigabit = by_text(SPEEDS)["up to 1 gigabit per second"]
    assert gigabit.value == by_text(CONTRACT)["1,000Mbps"].value


def speakers(text: str) -> list[tuple[str, str | None]]:
    article = article_from_text(text, body_only=True)
    quotes, _ = extract_quotes(article, body_sentences(article))
    return [(q.text, q.speaker.name) for q in quotes]


SPEAKER_CASES = [
    (
        "National Lottery spokeswoman Niamh Keating advised the winner to “sign the back of the "
        "ticket, keep it somewhere safe” and to get in touch with the operator.",
        ("sign the back of the ticket, keep it somewhere safe", "Niamh Keating"),
    ),
    (
        "Health officer Brendan Moloney encouraged residents to “stay indoors until the smoke "
        "clears” and to check on elderly neighbours.",
        ("stay indoors until the smoke clears", "Brendan Moloney"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_CASES)
def test_speaker_of_quote_after_advising_verb(text: str, expected: tuple[str, str]) -> None:
    assert expected in speakers(text)
