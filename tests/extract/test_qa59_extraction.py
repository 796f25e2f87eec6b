"""Round 59: a quote's speaker after an apposition and a coordinated verb, a state after a
town in a description not read as a person, and figures read whole (ranges of ages, spans
hyphened as adjectives, a part of a bare whole, a capped count, a total's level), with their
measures and periods."""

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


SPEAKERS = [
    # The subject with an apposition, a verb that is no verb of saying, then "and called":
    # the subject's words.
    pytest.param(
        "Helen Park, the state insurance commissioner, estimated insured losses at $130 million "
        "and called the blaze “one of the costliest fires this county has ever seen.”",
        ["Helen Park"],
        id="apposition-then-and-called",
    ),
    pytest.param(
        "Helen Park, the state insurance commissioner, estimated insured losses at $130 million "
        "and said the blaze was “one of the costliest fires this county has ever seen.”",
        ["Helen Park"],
        id="apposition-then-and-said",
    ),
    pytest.param(
        "Tom Reid, 54, visited the site and said it was “a disaster.”",
        ["Tom Reid"],
        id="age-then-and-said",
    ),
    # The state after a town in a description in apposition to a name is no person, though a
    # "who" follows it: the "she" is the woman's.
    pytest.param(
        "For Gloria Mendes, 58, a school bus driver in Quincy, Massachusetts, who was in the "
        "Mediterranean group, the results were personal. “I never felt hungry, and for the "
        "first time in twenty years I didn't gain the weight back,” she said.",
        ["Gloria Mendes"],
        id="state-after-town-in-description",
    ),
    # Control: a surname after a place a sentence opens with is still a person.
    pytest.param(
        "Speaking in Dublin, Brennan, who chairs the committee, said the talks were over. "
        "“We are done,” she said.",
        ["Brennan"],
        id="control-name-after-opening-place",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers(text: str, expected: list[str | None]) -> None:
    assert speakers_of(text) == expected


def printed(text: str) -> dict[str, tuple[str, Decimal | None, Decimal | None, str]]:
    return {f.text: (f.kind.value, f.value, f.low, f.unit) for f in figures_of(text)}


# sentence, figure printed, kind, value (the high end for a range), low end, unit
FIGURES = [
    # Both ends of a range of ages.
    ("The victims, whose names have not been released, were between 19 and 71 years old.",
     "between 19 and 71 years old", "range", None, "19", "years old"),
    ("Patients were 18 to 65 years old.", "18 to 65 years old", "range", None, "18",
     "years old"),
    ("The trial enrolled 1,148 people between the ages of 40 and 70 at 14 clinics across "
     "three countries.", "ages of 40 and 70", "range", None, "40", "years old"),
    # Control: two ages listed stay two.
    ("Two women aged 30 and 32 were held.", "aged 30", "quantity", "30", None, "years old"),
    # A span hyphened before a noun.
    ("A year-long study found the diet helped.", "A year", "duration", "1", None, "year"),
    ("Naomi Sterling told analysts during an hour-and-a-half call.", "an hour-and-a-half",
     "duration", "1.5", None, "hour"),
    # A length after a dateline's dash: "A" opens the clause, no model's name.
    ("MILLBROOK, Ohio, Oct. 14 (Ohio Valley Wire) — A 210-foot steel span carrying State "
     "Route 47 over Harlan Creek gave way.", "210-foot", "quantity", "210", None, "ft"),
    # A share of each part.
    ("States must pass a quarter of each share directly to counties and cities.",
     "a quarter of each share", "percent", "25", None, "%"),
    # The part of a whole printed bare, with no "the".
    ("Alvarez won 67 of 94 precincts, cutting deep into west-side neighborhoods.", "67",
     "count", "67", None, "precinct"),
    ("Alvarez won 67 of 94 precincts, cutting deep into west-side neighborhoods.",
     "94 precincts", "count", "94", None, "precinct"),
    # A cap on a count names what is counted.
    ("The board also agreed to cap night flights at 42 between 11 p.m. and 6 a.m.", "42",
     "count", "42", None, "flight"),
    # The level a change brings a total to.
    ("The company added 3.4 million paid subscribers, bringing its total to 118.6 million.",
     "118.6 million", "count", "118600000", None, ""),
    ("That took its paid base to about 119 million worldwide.", "about 119 million", "count",
     "119000000", None, ""),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "low", "unit"), FIGURES)
def test_figures(sentence, text, kind, value, low, unit) -> None:
    found = printed(sentence)
    expected = (
        kind,
        None if value is None else Decimal(value),
        None if low is None else Decimal(low),
        unit,
    )
    assert found.get(text) == expected, found


def test_surname_is_no_currency() -> None:
    """ "Naomi Sterling" names a person: no "pound" in the measure."""
    (figure,) = figures_of("Chief Executive Naomi Sterling told analysts during a 90-minute call.")
    assert "pound" not in figure.measure


def test_currency_sterling_still_pound() -> None:
    (figure,) = figures_of("The value of sterling fell 2% against the euro.")
    assert "pound" in figure.measure


# sentence, figure printed, period
PERIODS = [
    # "its first quarter above $5 billion": a record, not Q1; the sentence's quarter is Q4.
    ("For the fourth quarter, Lumora forecast revenue of $5.05 billion to $5.15 billion, which "
     "would be its first quarter above $5 billion.", "above $5 billion", "Q4"),
    # Control: "its first quarter" with no mark after it is Q1.
    ("Revenue in its first quarter rose to $5 billion.", "$5 billion", "Q1"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "period"), PERIODS)
def test_periods(sentence: str, text: str, period: str) -> None:
    found = {f.text: f.period for f in figures_of(sentence)}
    assert found.get(text) == period, found
