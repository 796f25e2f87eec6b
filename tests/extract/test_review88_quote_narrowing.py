"""Review of round 88's quote changes: a short phrase one speaker is given in both articles
pairs as reworded (FC101) only when one is the other with a word or two put in, never with a
word changed, nor across two people of one surname; a style is read as a title only before a
person's name ("the Honourable Society of…", "the Reverend Billy Graham Evangelistic
Association" are bodies), and "RT." (the broadcaster) ends a sentence."""

from __future__ import annotations

import pytest

from support import rule_messages


def _speakers(text: str) -> list[str | None]:
    from factcheck.extract import extract
    from factcheck.load import article_from_text

    article = article_from_text(f"T\n\n{text}\n", article_id="x")
    return [quote.speaker.name for quote in extract(article).quotes]


# One speaker's phrase with words put in by one outlet: still one phrase reworded.
REWORDED = [
    pytest.param(
        "Chief Constable Ruth Okonjo called the shooting “a cold and cynical crime”.",
        "Chief Constable Ruth Okonjo described the shooting as “a cold, cynical and cruel crime”.",
        id="words-added-and-moved",
    ),
    pytest.param(
        "Coach Liam Brandt said his side had played “with real heart tonight”.",
        "Coach Liam Brandt said his side had played “with real, raw heart tonight”.",
        id="word-put-in",
    ),
]

# A word changed, or two people of one surname: two remarks, not one reworded.
NOT_REWORDED = [
    pytest.param(
        "Coach Liam Brandt said the squad would take it “one match at a time”.",
        "Coach Liam Brandt said recovery would come “one day at a time”.",
        id="noun-changed",
    ),
    pytest.param(
        "Senator Ana Pike called the treaty “a poor deal for farmers”.",
        "Senator Ana Pike called the old treaty “a fair deal for farmers”.",
        id="adjective-changed",
    ),
    pytest.param(
        "Judge Mark Ellery said the man was “a risk to the community”.",
        "Judge Mark Ellery said the man was “no risk to the community”.",
        id="article-to-no",
    ),
    pytest.param(
        "Venus Williams said the win was “a proud night for Compton”.",
        "Serena Williams said the win was “a proud night for California”.",
        id="two-people-one-surname",
    ),
    pytest.param(
        "Venus Williams called the final “a hard and long match”.",
        "Serena Williams called the final “a hard, long and bruising match”.",
        id="words-added-two-people-one-surname",
    ),
    pytest.param(
        "Coach Liam Brandt said his side had played “with real heart tonight”.",
        "Coach Liam Brandt said his rivals had played “with real heart and skill and pace "
        "tonight”.",
        id="too-many-words-put-in",
    ),
]


@pytest.mark.parametrize(("a", "b"), REWORDED)
def test_phrase_with_words_put_in_reworded(a: str, b: str) -> None:
    assert len(rule_messages("FC101", a, b)) == 1


@pytest.mark.parametrize(("a", "b"), NOT_REWORDED)
def test_phrase_changed_not_reworded(a: str, b: str) -> None:
    assert rule_messages("FC101", a, b) == []
    assert rule_messages("FC104", a, b) == []


SPEAKERS = [
    pytest.param(
        "“Our doors stay open to everyone,” said the Rt Hon Sir Alan Brode.",
        ["Alan Brode"],
        id="rt-hon-sir",
    ),
    pytest.param(
        "“Our doors stay open to everyone,” the Right Honourable Alma Tuck said.",
        ["Alma Tuck"],
        id="right-honourable",
    ),
    pytest.param(
        "“Our doors stay open to everyone,” the Rev. Tom Ferris's lawyer, Ivy Cole, said.",
        ["Ivy Cole"],
        id="possessive-styled-name",
    ),
    pytest.param(
        "“Our doors stay open to everyone,” the Honourable Society of Gray's Inn said.",
        ["Honourable Society of Gray's Inn"],
        id="honourable-society",
    ),
    pytest.param(
        "“Our doors stay open to everyone,” the Reverend Amos Hale Evangelistic Association said.",
        ["Reverend Amos Hale Evangelistic Association"],
        id="body-named-after-reverend",
    ),
    pytest.param(
        "“Our doors stay open to everyone,” the Rev Oliver Pike Memorial Trust said.",
        [None],
        id="memorial-trust",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_style_only_before_a_person(text: str, expected: list[str | None]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("The minister told RT. Russia has lost ground.", 2, id="broadcaster-rt"),
        pytest.param("He spoke to rt. Then he left.", 2, id="lower-case-rt"),
        pytest.param("Rt. Rev. Jane Reid spoke. She left.", 2, id="rt-rev"),
        pytest.param("It was the Rt. Hon. Tom Reid. He left.", 2, id="rt-hon"),
    ],
)
def test_rt_ends_a_sentence_only_before_no_style(text: str, count: int) -> None:
    from factcheck.extract.sentences import split_sentences

    assert len(split_sentences(text)) == count
