"""QA round 81 wrong verdicts in alignment and FC105: two places a sentence opens on, or names
right after its count with "at", keep their counts apart; one number under scale words a
thousand apart, each told per the same span and its article's only amount of that number, is
one amount misprinted; a bound on a time of day reaches minutes past it, not a share of the
minutes since midnight."""

import pytest

from support import aligned_texts, rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # Two stations a sentence opens on: two counts.
        (
            "At Brindle Junction, which reopened by noon, 212 trains were delayed.",
            "At Harlow Cross, which shut for most of the morning, 187 trains were delayed.",
            ("212 trains", "187 trains"),
            False,
        ),
        # One station in both: one count, told apart.
        (
            "At Brindle Junction, which reopened by noon, 212 trains were delayed.",
            "At Brindle Junction, 187 trains were delayed, the operator said.",
            ("212 trains", "187 trains"),
            True,
        ),
        # A place named with "at" right after the count, against another opening its sentence.
        (
            "More than 640 trains at Waverton were delayed on Monday.",
            "At Brindle Junction, which reopened by noon, 212 trains were delayed on Monday.",
            ("More than 640 trains", "212 trains"),
            False,
        ),
        # Opening on a month is no place.
        (
            "In March, 212 trains were delayed across the network.",
            "Across the network, 187 trains were delayed in March.",
            ("212 trains", "187 trains"),
            True,
        ),
    ],
)
def test_places_a_sentence_opens_on(text_a: str, text_b: str, pair, paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # One yearly sum a scale word apart, worded apart: one amount misprinted.
        (
            "Ministers defended a grant of £4.7bn a year for rural bus routes.",
            "The scheme costs ratepayers £4.7 million a year, the auditors found.",
            ("£4.7bn a year", "£4.7 million a year"),
            True,
        ),
        # Told per two spans: two amounts.
        (
            "Ministers defended a grant of £4.7bn a year for rural bus routes.",
            "The scheme costs ratepayers £4.7 million a month, the auditors found.",
            ("£4.7bn a year", "£4.7 million a month"),
            False,
        ),
        # Only one told per a span: nothing says they are one.
        (
            "Ministers defended a grant of £4.7bn a year for rural bus routes.",
            "The scheme has cost ratepayers £4.7 million, the auditors found.",
            ("£4.7bn a year", "£4.7 million"),
            False,
        ),
    ],
)
def test_one_yearly_sum_a_scale_word_apart(text_a: str, text_b: str, pair, paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("text_a", "text_b", "conflict"),
    [
        # "shortly after" one time is not an hour later.
        (
            "The ferry ran aground at around 5:15 p.m. near the harbour mouth.",
            "The ferry ran aground shortly after 4:15 p.m. near the harbour mouth.",
            True,
        ),
        # Minutes past the bound: one time.
        (
            "The ferry ran aground at around 4:20 p.m. near the harbour mouth.",
            "The ferry ran aground shortly after 4:15 p.m. near the harbour mouth.",
            False,
        ),
    ],
)
def test_a_bound_on_a_time_of_day(text_a: str, text_b: str, conflict: bool) -> None:
    messages = rule_messages("FC105", text_a, text_b)
    assert any("4:15 p.m." in message for message in messages) is conflict
