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


_RESULTS = (
    "Revenue rose 14% from a year earlier to $11.42 billion, and net income was $2.34 billion, "
    "or $5.12 a share. Analysts polled by LSEG had expected revenue of $11.25 billion and "
    "earnings of $4.87 a share."
)
_HEADROOM = (
    "Dr Kieran Lowe, who teaches football finance at Ellison University, estimated that the "
    "club had about £15 million of headroom left under the rules."
)


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        # The forecast's source named after its figure: the sentence names its source.
        (
            _RESULTS,
            "Earnings per share came in at $5.12, above the $4.87 analysts had forecast.",
            False,
        ),
        (
            _RESULTS,
            "Earnings per share came in at $5.12, above the $4.87 economists expected.",
            False,
        ),
        # "running close to the limit" is no "people close to the club": nothing hedged.
        (
            "Analysts said the club was running close to the limit of the league's profit and "
            "sustainability rules, which allow losses of up to £105 million over three seasons.",
            "Under the league's profit and sustainability rules, clubs can lose up to £105m over "
            "three years.",
            False,
        ),
        # Control: someone close to a party is an unnamed source.
        (
            "People close to the club said the league's rules would allow losses of up to £105 "
            "million over three seasons.",
            "Under the league's rules, clubs can lose up to £105m over three years.",
            True,
        ),
        # One person close to a party too (review: the narrowed list had only plurals).
        (
            "The government will delay the vote until September, an official close to the "
            "negotiations said.",
            "The government will delay the vote until September.",
            True,
        ),
        (
            "The government will delay the vote until September, a diplomat close to the talks "
            "said.",
            "The government will delay the vote until September.",
            True,
        ),
        # An estimate's figure told flat: the owner's pledge about the same rules, printing no
        # figure, does not source it.
        (
            _HEADROOM,
            "Chairman and owner Viktor Halvorsen insisted the club would stay within the league's "
            "spending limits. The squad was overhauled. The club has about £15m of headroom "
            "under the league's spending rules.",
            True,
        ),
        # Control: a sentence printing the figure does.
        (
            _HEADROOM,
            "Halvorsen said the club had about £15m of headroom under the league's spending "
            "limits. The squad was overhauled. The club has about £15m of headroom under the "
            "league's spending rules.",
            False,
        ),
    ],
)
def test_source_dropped(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", a, b)) is flagged


_TARIFF = "Bills will rise by 9% from April, the regulator said."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # Since a thing began is all its history, as "in its history" is.
        (
            "The increase is the largest in the region since the industry was privatised in 1989.",
            True,
        ),
        ("It is the biggest loss since the club was founded in 1886.", True),
        # Controls: since a date or a later event is no record's scope; a source named.
        ("The increase is the largest since April.", False),
        ("The increase is the largest since the price cap was lifted.", False),
        (
            "The increase is the largest since the industry was privatised in 1989, the "
            "regulator said.",
            False,
        ),
    ],
)
def test_record_since_beginning(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC113", _TARIFF, sentence)) is flagged
