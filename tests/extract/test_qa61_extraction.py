"""Round 61: a quote closing a "she said that …, “…”" sentence is the subject's."""

from __future__ import annotations

import pytest

from factcheck.extract import body_sentences
from factcheck.extract.quotes import extract_quotes
from factcheck.load import article_from_text


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
