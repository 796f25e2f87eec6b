"""QA round 72: a quote after "She said …, adding:" is hers; a forecast's plural source named
after the figure ("the $4.87 analysts had forecast") sources the sentence, "close to the limit"
is no unnamed source, and a claim told by its figure is not sourced by a sentence printing none
(FC110); "since the industry was privatised in 1989" scopes a record (FC113)."""

from __future__ import annotations

import pytest

from support import rule_messages


def _speakers(text: str) -> list[str | None]:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    extraction = extract(article_from_text(f"A\n\n{text}\n", article_id="a"))
    return [quote.speaker.name for quote in extraction.quotes]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The pronoun's clause goes on into "adding:": the quote after the colon is hers.
        (
            "“Without migrants, the population would already be shrinking,” Interior Minister "
            "Rasa Vilk told reporters after the release. She said the government would set out "
            "its response in the spring, adding: “We do not have the luxury of waiting another "
            "decade.”",
            ["Rasa Vilk", "Rasa Vilk"],
        ),
        (
            "Interior Minister Rasa Vilk spoke after the release. She said the government would "
            "act, adding: “We do not have the luxury of waiting another decade.”",
            ["Rasa Vilk"],
        ),
        # Controls, read before: a named subject; "adding that" with a partial quote.
        (
            "Interior Minister Rasa Vilk spoke after the release. Vilk said the government would "
            "act, adding: “We do not have the luxury of waiting another decade.”",
            ["Rasa Vilk"],
        ),
        (
            "Interior Minister Rasa Vilk spoke after the release. She said the government would "
            "act, adding that “we do not have the luxury of waiting another decade”.",
            ["Rasa Vilk"],
        ),
    ],
)
def test_quote_after_adding_colon(text: str, speakers: list[str | None]) -> None:
    assert _speakers(text) == speakers


