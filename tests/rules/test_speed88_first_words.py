"""Speed 88: `FirstWords` says a sentence may hold a match of a phrase pattern whenever the
pattern finds one in it (it only lets the pattern be skipped), including where `str.lower` and
`re`'s IGNORECASE part ways ("İ", "ı", "ſ"); and FC110 finds what it found before the gates."""

import re

import pytest

from factcheck.rules.kinds._attribution import FirstWords, cue_pattern, phrase_pattern
from factcheck.rules.kinds.source_dropped import content_words
from support import rule_messages

_PHRASES = ["according to", "people familiar with", "expects", "expected", "sources"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The airline expects to resume flights by Friday.",
        "ACCORDING TO the regulator, the fine was the largest yet.",
        "Revenue rose 4%, people   familiar with\nthe matter said.",
        "The stadium will open in March, sources close to the club said.",
        "The deal was EXPECTED to close this year.",
        "Shares fell 3% after the results were published.",
        "The council voted to close the library on Tuesday.",
        "Exports to the U.S. rose by a third in the first quarter.",
        # Letters IGNORECASE matches to ASCII ones while `str.lower` does not.
        "The ministry ſays the plan is on track.",
        "The company expects İncome to rise, according to its filing.",
        "Sales fell, according to figures from the trade body.",
        "The firm is expected to report a loss, ſources said.",
        "Thé café reopened after the floods, its owner said.",
        "",
    ],
)
def test_first_words_never_rule_out_a_match(sentence: str) -> None:
    words = FirstWords(_PHRASES)
    for pattern in (phrase_pattern(_PHRASES), cue_pattern(_PHRASES)):
        if pattern.search(sentence) is not None:
            assert words.may_hold(sentence), (pattern.pattern, sentence)


@pytest.mark.parametrize(
    ("sentence", "may_hold"),
    [
        ("The council voted to close the library on Tuesday.", False),
        ("Shares fell 3% after the results were published.", False),
        ("The airline said it expected delays.", True),  # "expect" inside "expected"
        ("The ministry ſays the plan is on track.", True),  # the pattern is left to decide
    ],
)
def test_first_words_rule_out_sentences_without_the_words(sentence: str, may_hold: bool) -> None:
    assert FirstWords(["expect", "says", "according to"]).may_hold(sentence) is may_hold


def test_no_phrases_rule_out_nothing() -> None:
    # An empty list's pattern ("\b(?:)\b") matches at any word: nothing may be skipped.
    assert re.search(phrase_pattern([]).pattern, "Prices rose.", re.IGNORECASE)
    assert FirstWords([]).may_hold("Prices rose.")
    # Nor words outside ASCII, which IGNORECASE pairs in ways `str.lower` does not.
    assert FirstWords(["ὀδυσσεύς"]).may_hold("Prices rose.")


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # A claim the other article hedges, stated flat: still found.
        (
            "The airline expects the new route to carry 400,000 passengers a year.",
            "The new route will carry 400,000 passengers a year.",
            True,
        ),
        (
            "People familiar with the talks said the merger would cut 1,200 jobs.",
            "The merger will cut 1,200 jobs.",
            True,
        ),
        # Told flat in both: nothing to flag, with or without the gates.
        (
            "The new route will carry 400,000 passengers a year.",
            "The new route carries 400,000 passengers a year.",
            False,
        ),
        (
            "The merger will cut 1,200 jobs at the two banks.",
            "The merger cut 1,200 jobs at the two banks.",
            False,
        ),
    ],
)
def test_fc110_finds_what_it_found(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged


def test_ignorecase_letters_are_left_to_the_pattern() -> None:
    # The case the guard is for: `re` finds "sources" in "ſources", `str.lower` would not.
    assert phrase_pattern(["sources"]).search("Two ſources said so.") is not None
    assert "sources" not in "Two ſources said so.".lower()
    assert FirstWords(["sources"]).may_hold("Two ſources said so.")


def test_content_words_are_a_fresh_list_each_call() -> None:
    # Kept per text: a caller changing its list must not change the next caller's.
    sentence = "The regulator fined the bank $40 million for failing to report trades."
    first = content_words(sentence)
    first.append("changed")
    assert content_words(sentence) == first[:-1]
    assert content_words(sentence) is not content_words(sentence)
