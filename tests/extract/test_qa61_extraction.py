"""Round 61: a quote closing a "she said that …, “…”" sentence is the subject's; ranges of
people with no noun after them ("between 20 and 25 remained missing", "left 20 to 30
unaccounted for"); a span compared by "later than"; a body's size in words
("thirteen-member"); what a venue "holds"; a share "out of" a whole in a sentence with no
"in"; a level after a change by a share ("deliveries slid 18% to about 21,000")."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract import body_sentences
from factcheck.extract.quotes import extract_quotes
from factcheck.load import article_from_text
from support import figures_of


def speakers_of(text: str) -> list[str | None]:
    """Each quote's speaker's name, in order."""
    article = article_from_text(text, body_only=True)
    quotes, _ = extract_quotes(article, body_sentences(article))
    return [q.speaker.name for q in quotes]


_NATARAJAN = (
    "“The price is low enough that this looks like a bargain next to new gas,” said Priya "
    "Natarajan, chief executive of industry group Offshore Power UK. "
)

SPEAKERS = [
    # The comma closing a phrase that opens the reported clause is no break: the quote goes on
    # with the words of "She said that …", and "She" is the speaker named before.
    pytest.param(
        _NATARAJAN + "She said that after years of cost inflation, “this round shows the market "
        "is back.”",
        ["Priya Natarajan", "Priya Natarajan"],
        id="pronoun-said-that-phrase-comma-quote",
    ),
    pytest.param(
        "Finance chief Omar Haddad spoke after the results. He said that despite the strike, "
        "“the quarter was our best in a decade.”",
        ["Omar Haddad"],
        id="he-said-that-despite-comma-quote",
    ),
    # Control: without the comma, as before.
    pytest.param(
        _NATARAJAN + "She said that after years of cost inflation “this round shows the market "
        "is back.”",
        ["Priya Natarajan", "Priya Natarajan"],
        id="control-said-that-no-comma",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_of(text) == expected


def ranges(text: str) -> dict[str, tuple[Decimal | None, Decimal | None, str]]:
    return {f.text: (f.low, f.high, f.unit) for f in figures_of(text) if f.kind.value == "range"}


# sentence, range printed, low, high
RANGES = [
    (
        "At least 14 people were killed and between 20 and 25 remained missing on Sunday after "
        "a flash flood tore through the mountain town of Brezna, rescue officials said.",
        "between 20 and 25",
        "20",
        "25",
    ),
    (
        "Rescue teams dug through mud and wreckage on Sunday in the mountain resort of Brezna, "
        "where a flash flood on Saturday night killed 16 people and left 20 to 30 unaccounted "
        "for.",
        "20 to 30",
        "20",
        "30",
    ),
    ("Between 40 and 50 were injured in the crush.", "Between 40 and 50", "40", "50"),
]


@pytest.mark.parametrize(("text", "span", "low", "high"), RANGES)
def test_bare_ranges(text: str, span: str, low: str, high: str) -> None:
    found = ranges(text)
    assert span in found
    assert found[span][:2] == (Decimal(low), Decimal(high))


def test_bare_range_keeps_toll() -> None:
    # The range's toll is the missing, as "25 remained missing" alone was.
    [missing] = [
        f
        for f in figures_of("Officials said between 20 and 25 remained missing on Sunday.")
        if f.kind.value == "range"
    ]
    assert missing.unit == "people missing"


# Sentences whose bare count is no range: "and" with no "between", a change "from … to".
NOT_RANGES = [
    "The storm killed 16 and 30 were injured.",
    "The number of those unaccounted for fell from 40 to 30 were missing by night.",
]


@pytest.mark.parametrize("text", NOT_RANGES)
def test_bare_count_not_a_range(text: str) -> None:
    assert ranges(text) == {}


def printed(text: str) -> dict[str, tuple[str, Decimal | None, str]]:
    return {f.text: (f.kind.value, f.value, f.unit) for f in figures_of(text)}


# sentence, figure printed, kind, value, unit
FIGURES = [
    # A span "later than" another time is a delay, not a date.
    (
        "The results were published nine days later than scheduled after the department "
        "extended the bidding window to allow more floating projects to qualify.",
        "nine days",
        "duration",
        "9",
        "day",
    ),
    (
        "Nineteen projects had entered the auction, according to the department, which "
        "published the results 9 days later than scheduled.",
        "9 days",
        "duration",
        "9",
        "day",
    ),
    # A body's size in words, as "13-member" in figures.
    (
        "The thirteen-member council debated the measure for more than two hours before voting.",
        "thirteen-member",
        "count",
        "13",
        "member",
    ),
    # What a venue holds, with no noun after the number.
    (
        "The team currently plays at Harbor Field, which holds 48,300 and opened in 1974.",
        "48,300",
        "count",
        "48300",
        "capacity",
    ),
    ("The ground holds 14,600.", "14,600", "count", "14600", "capacity"),
    # A level after a change by a share, of the owner's plural before the verb.
    (
        "In China, where a price war among domestic brands has squeezed foreign carmakers, "
        "Voltara's deliveries slid 18% to about 21,000.",
        "about 21,000",
        "count",
        "21000",
        "delivery",
    ),
    (
        "In China, where a price war among domestic brands has squeezed foreign carmakers, "
        "Voltara's deliveries slid 18% to about 21,000.",
        "18%",
        "percent",
        "18",
        "%",
    ),
    # A share "out of" a whole in a sentence with no "in".
    (
        "Two Tucson restaurants scored under 70 out of 100 and have not reopened.",
        "under 70 out of 100",
        "percent",
        "70",
        "%",
    ),
]


@pytest.mark.parametrize(("text", "span", "kind", "value", "unit"), FIGURES)
def test_figures(text: str, span: str, kind: str, value: str, unit: str) -> None:
    assert printed(text)[span] == (kind, Decimal(value), unit)


# Sentences that must keep no such figure.
NOT_FIGURES = [
    ("Two days later, the bridge collapsed.", "Two days"),
    ("A one-man show opened in the square.", "one-man"),
    ("The fund holds 12 and sold 3.", "12"),
    # What has a price is no count: "210" is the share price.
    ("Acme's shares fell 3% to 210.", "210"),
]


@pytest.mark.parametrize(("text", "span"), NOT_FIGURES)
def test_not_figures(text: str, span: str) -> None:
    assert span not in printed(text)
