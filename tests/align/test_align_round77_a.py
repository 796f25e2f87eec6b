"""QA round 77 (a): figures their sentences show to be of two things are not paired: an
earlier study's rate, dated in the phrase opening its sentence, and this study's; a plant
already there and the new one still to come. Two baselines set against paired figures pair
with each other. Two lower bounds, one told as a fraction, agree when the finer lies past it.
Controls: the same fact told both ways still pairs, and bounds on the wrong side conflict."""

from __future__ import annotations

import pytest

from support import assert_pairs, rule_messages

FILING = " The company plans to file for approval in 2027."

# Each row: article a, article b, pairs that must be found, pairs that must not.
CASES = [
    # An earlier study, dated in its opening phrase, is not this one.
    (
        "In the new trial, 54% of patients on the drug were free of seizures by week 20." + FILING,
        "In a smaller pilot study published in 2023, 41% of patients were free of seizures."
        + FILING,
        [],
        [("54%", "41%")],
    ),
    # The baseline set against a paired rate pairs with the other's baseline, not with the
    # baseline of another outcome.
    (
        "Headaches were reported in 7.2% of patients on the drug versus 3.4% on placebo, and "
        "1.8% of patients on the drug left the trial, compared with 1.1% on placebo. Dizziness "
        "was seen in 2.6% of patients on the drug against 3.9% on placebo.",
        "Dizziness was rare. On safety, headaches were reported in 7.2% of patients, compared "
        "with 3.9% in the placebo arm.",
        [("7.2%", "7.2%"), ("3.4%", "3.9%")],
        [("3.9%", "3.9%")],
    ),
    # A plant already there is not the new one still to come.
    (
        "The new depot near Kirkby will handle 140 lorries a day. The group's existing depot, "
        "outside Selby, handles about 90 lorries a day.",
        "The hauler opened the site on Monday, which will handle up to 120 lorries a day.",
        [("140 lorries a day", "up to 120 lorries a day")],
        [("about 90 lorries a day", "up to 120 lorries a day")],
    ),
]

# The same fact told in both: still paired.
CONTROLS = [
    # Dated no earlier than the latest year the articles name: this study's.
    (
        "In the new trial, 54% of patients on the drug were free of seizures by week 20." + FILING,
        "In the new trial reported in 2027, 41% of patients were free of seizures." + FILING,
        [("54%", "41%")],
        [],
    ),
    # No opening phrase with a year: one study.
    (
        "In the new trial, 54% of patients on the drug were free of seizures by week 20." + FILING,
        "In the smaller trial, 41% of patients were free of seizures." + FILING,
        [("54%", "41%")],
        [],
    ),
    # Both told now, the one plant: still one fact.
    (
        "The group's existing depot, outside Selby, handles about 90 lorries a day.",
        "The depot handles up to 120 lorries a day.",
        [("about 90 lorries a day", "up to 120 lorries a day")],
        [],
    ),
    # "existing" of a plant still to change is no plant there now.
    (
        "After the upgrade, the group's existing depot will handle about 90 lorries a day.",
        "The depot will handle up to 120 lorries a day.",
        [("about 90 lorries a day", "up to 120 lorries a day")],
        [],
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "paired", "not_paired"), CASES + CONTROLS)
def test_round77_a_pairs(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


# Each row: a's bound, b's bound, whether FC105 flags them.
BOUNDS = [
    # "more than 36%" is "more than a third" told more closely.
    ("more than 36%", "more than a third", False),
    ("at least 52%", "at least half", False),
    # Below the fraction: not more than a third.
    ("more than 30%", "more than a third", True),
    ("more than 36%", "more than half", True),
]


@pytest.mark.parametrize(("bound_a", "bound_b", "flagged"), BOUNDS)
def test_round77_a_lower_bounds(bound_a: str, bound_b: str, flagged: bool) -> None:
    messages = rule_messages(
        "FC105",
        f"A committee of lenders, which holds {bound_a} of the company's notes, rejected it.",
        f"A committee of lenders holding {bound_b} of the notes has rejected the offer.",
    )
    assert bool(messages) is flagged, messages
