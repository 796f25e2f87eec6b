"""QA round 85 quotes: a clergyman's or an office holder's style printed with its article
("the Rt Rev David Okafor", "said the Very Rev Helen Marsh") leaves the name the speaker; two
short quotes one speaker is given in both articles, most of their words shared, are one phrase
reworded (FC101), never two speakers' phrases or a stock phrase with its noun changed."""

from __future__ import annotations

import pytest

from support import rule_messages


def _speakers(text: str) -> list[str | None]:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article = article_from_text(f"T\n\n{text}\n", article_id="x")
    return [quote.speaker.name for quote in extract(article).quotes]


STYLED = [
    pytest.param(
        "The Archdeacon of Elmbridge, the Ven Ruth Adeyemi, called the appeal “a gift from the "
        "whole parish to the next century”.",
        ["Ruth Adeyemi"],
        id="ven-in-apposition-after-office",
    ),
    pytest.param(
        "The Rector of Harwell, the Rt Rev Colin Mabry, described the fire as “a wound that "
        "this town will heal together”.",
        ["Colin Mabry"],
        id="rt-rev-in-apposition",
    ),
    pytest.param(
        "“We will keep the doors open every single day,” said the Very Rev. Colin Mabry, the "
        "Dean of Tarrow.",
        ["Colin Mabry"],
        id="very-rev-after-cue",
    ),
    pytest.param(
        "“We will keep the doors open every single day,” said Rt. Rev. Colin Mabry.",
        ["Colin Mabry"],
        id="rt-rev-with-stops-no-article",
    ),
    pytest.param(
        "The Most Rev Colin Mabry told worshippers that the fire was “a wound that this town "
        "will heal together”.",
        ["Colin Mabry"],
        id="most-rev-opening-sentence",
    ),
    pytest.param(
        "“We marched for jobs and we will march again,” the Reverend Alma Tuck said.",
        ["Alma Tuck"],
        id="reverend-before-cue",
    ),
    pytest.param(
        "The Right Hon Alma Tuck said the closure was “a betrayal of every worker here”.",
        ["Alma Tuck"],
        id="right-hon",
    ),
]

# Controls: a name inside the quote, a society named after a saint, a firm whose name opens
# with "Hon", and capitalised words merely opening with a style's letters.
STYLED_CONTROLS = [
    pytest.param(
        "“I thank the Rev Jane Ferris for her prayers this week,” the mayor said.",
        [None],
        id="styled-name-inside-quote",
    ),
    pytest.param(
        "The Venerable Bede Society called the closure “a betrayal of every worker here”.",
        ["Venerable Bede Society"],
        id="venerable-saint-society",
    ),
    pytest.param(
        "The Revenue Service said the closure was “a betrayal of every worker here”.",
        ["Revenue Service"],
        id="revenue-not-a-style",
    ),
    pytest.param(
        "Workers at the Hon Hai plant called the deal “a lifeline for the whole town”.",
        [None],
        id="hon-hai-plant",
    ),
    pytest.param(
        "“We will keep the doors open every single day,” said Helen Marsh, the Very "
        "Revealing Records founder.",
        ["Helen Marsh"],
        id="very-revealing-not-a-style",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STYLED + STYLED_CONTROLS)
def test_styled_speakers(text: str, expected: list[str | None]) -> None:
    assert _speakers(text) == expected


def test_styled_speaker_no_source_speaker_finding() -> None:
    a = (
        "The Bishop of Tarrow, the Rt Rev Colin Mabry, called the rebuilding “a task shared by "
        "a whole county”."
    )
    b = "The Rt. Rev. Colin Mabry described the rebuilding as “a task shared by a whole county.”"
    assert rule_messages("FC108", a, b) == []
    assert rule_messages("FC104", a, b) == []


# One speaker's short phrase, reworded by one outlet.
REWORDED = [
    pytest.param(
        "Inspector Dana Roux called the fire “a reckless and deliberate act”.",
        "Inspector Dana Roux described the fire as “a reckless, deliberate and cruel act”.",
        id="word-added-and-moved",
    ),
    pytest.param(
        "Mayor Tom Reid said the budget was “fair to every single household”.",
        "Mayor Tom Reid said the budget was “fair to every household”.",
        id="word-cut-from-middle",
    ),
    pytest.param(
        "Harlow Water said the repair would be “finished well before the winter”.",
        "Harlow Water said the repair would be “finished well before the coming winter”.",
        id="organisation-word-added",
    ),
]

NOT_REWORDED = [
    pytest.param(
        "Inspector Dana Roux called the fire “a reckless and deliberate act”.",
        "Fire chief Omar Lind called the fire “a reckless, deliberate and cruel act”.",
        id="two-speakers",
    ),
    pytest.param(
        "The fire was “a reckless and deliberate act”, the report found.",
        "The fire was “a reckless, deliberate and cruel act”, residents were told.",
        id="no-named-speaker",
    ),
    pytest.param(
        "Inspector Dana Roux said the family faced “a very difficult time”.",
        "Inspector Dana Roux said closing the road was “a very difficult decision”.",
        id="stock-phrase-noun-changed",
    ),
    pytest.param(
        "Mayor Tom Reid said it was “a dark day for Harlow”.",
        "Mayor Tom Reid said there was “a bright future for Harlow”.",
        id="same-speaker-other-phrase",
    ),
    pytest.param(
        "Inspector Dana Roux called the fire “a reckless and deliberate act”.",
        "Inspector Dana Roux called the fire “a reckless and deliberate act”.",
        id="same-words",
    ),
    pytest.param(
        "Mayor Tom Reid said the budget was “fair to every household”.",
        "Mayor Tom Reid said the levy was “fair to nobody”.",
        id="few-words-shared",
    ),
]


@pytest.mark.parametrize(("a", "b"), REWORDED)
def test_short_phrase_reworded(a: str, b: str) -> None:
    assert len(rule_messages("FC101", a, b)) == 1


@pytest.mark.parametrize(("a", "b"), NOT_REWORDED)
def test_short_phrase_not_reworded(a: str, b: str) -> None:
    assert rule_messages("FC101", a, b) == []
    assert rule_messages("FC104", a, b) == []
