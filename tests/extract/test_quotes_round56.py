"""QA round 56: a work's title in quote marks is no quote; two fragments of one speaker's
words, one in each article, are lined up once."""

from __future__ import annotations

import pytest

from factcheck.align.quotes import align_quotes
from factcheck.extract import body_sentences, extract
from factcheck.extract.quotes import extract_quotes
from factcheck.load import article_from_text


def quoted(text: str) -> list[tuple[str, str, str | None]]:
    """Each quote: its words, kind and speaker's name."""
    article = article_from_text(text, body_only=True)
    quotes, _ = extract_quotes(article, body_sentences(article))
    return [(q.text, q.kind.value, q.speaker.name) for q in quotes]


# text, expected quotes [(words, kind, speaker)]
TITLE_CASES = [
    # A title after a noun naming a work: no one's words.
    pytest.param(
        "Ruth Okonjo said the studio expected a strong run, as long as it holds up against "
        'the animated sequel "Moss & Pebble 3," which arrives next week.',
        [],
        id="title-after-sequel",
    ),
    pytest.param(
        "Harlan Voss said the label would push the new album “Salt of the Harbour” hard in "
        "the spring.",
        [],
        id="title-after-album",
    ),
    # A title followed by its takings or its release.
    pytest.param(
        "Analyst Ruth Okonjo said the weekend was crowded. “Iron Lanterns” took $31.2 million "
        "in its second weekend.",
        [],
        id="title-before-took",
    ),
    pytest.param(
        "Ruth Okonjo said the studio had learned from the last instalment. The previous "
        "entry, “Iron Lanterns II,” opened to $88 million in 2021.",
        [],
        id="title-before-opened",
    ),
    # Controls: short real quotes stay quotes, with their speakers.
    pytest.param(
        "“Never Again,” said Tomas Reyes, the union's organiser.",
        [("Never Again,", "full", "Tomas Reyes")],
        id="control-short-capitalised-quote-said",
    ),
    pytest.param(
        "Tomas Reyes called the ruling “Outrageous,” and said the union would appeal.",
        [("Outrageous,", "full", "Tomas Reyes")],
        id="control-one-word-scare-quote",
    ),
    pytest.param(
        "Tomas Reyes said the new contract was “a fair deal for everyone,” which opened the "
        "way to a vote.",
        [("a fair deal for everyone,", "partial", "Tomas Reyes")],
        id="control-lower-case-words-before-opened",
    ),
    pytest.param(
        "The film's director, Ines Marlow, said: “We Made It For Them.”",
        [("We Made It For Them.", "full", "Ines Marlow")],
        id="control-capitalised-quote-after-colon",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_titles_are_not_quotes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quoted(text) == expected


def test_the_title_does_not_take_the_next_quote_s_place() -> None:
    # The title dropped, the quote after it keeps its own speaker.
    text = (
        'Lena Park said the film must hold off the sequel "Moss & Pebble 3," which opens '
        "Friday.\n\n“We are confident,” said Omar Field, the studio's head of distribution."
    )
    assert quoted(text) == [("We are confident,", "full", "Omar Field")]


def _extraction(article: str, text: str):
    return extract(article_from_text(f"{article}\n\n{text}\n", article_id=article))


FRAGMENT_CASES = [
    pytest.param(
        "Transport minister Alan Greer said the network was “back on track” and pointed to "
        "300 extra services a week.",
        "Transport minister Alan Greer said: “We have more to do, but we are moving.” He added "
        "that the network was “back on track” after the storms.",
        1,
        id="one-fragment-each-side-pairs-once",
    ),
    pytest.param(
        "Transport minister Alan Greer said the network was “back on track” and the fares "
        "were “fair to every passenger” this year.",
        "Transport minister Alan Greer said the network was “back on track” and that fares "
        "were “fair to every passenger” this year.",
        2,
        id="control-two-fragments-pair-each",
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pairs"), FRAGMENT_CASES)
def test_fragments_of_one_speaker_pair_once(text_a: str, text_b: str, pairs: int) -> None:
    matches = align_quotes(_extraction("a", text_a), _extraction("b", text_b), min_score=60)
    keys = [(m.a.quote_id, m.b.quote_id) for m in matches]
    assert len(keys) == len(set(keys)) == pairs
