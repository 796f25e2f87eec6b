"""Round 77: a part of a scale joined to it, denied comparatives and a part of a spelled whole
(QA round 77)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import figures_of


def _figure(text: str, printed: str):
    found = [figure for figure in figures_of(text) if figure.text == printed]
    assert found, [figure.text for figure in figures_of(text)]
    return found[0]


# (sentence, figure as printed, value): a half or quarter hyphened or joined to its scale is
# that part of it; "half a million" keeps reading as before.
PART_OF_SCALE = [
    ("The insurer agreed a half-billion-dollar settlement with regulators.",
     "a half-billion-dollar", "500000000"),
    ("The charity raised a quarter-million-dollar prize for the winners.",
     "a quarter-million-dollar", "250000"),
    ("A half-million fans lined the parade route in Denver.", "A half-million fans", "500000"),
    ("The town spent a half million dollars on new lighting.", "a half million dollars",
     "500000"),
    ("Almost half a million visitors came through the gates.",
     "Almost half a million visitors", "500000"),
    # Not a part: a whole scale with no part before it.
    ("The league signed a billion-dollar broadcast deal.", "billion-dollar", "1000000000"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "value"), PART_OF_SCALE)
def test_part_of_a_scale_joined_to_it(text: str, printed: str, value: str) -> None:
    assert Decimal(_figure(text, printed).value) == Decimal(value)


# (sentence, figure as printed, bound): "no"/"not" before a comparative turns the bound over.
DENIED = [
    ("Offices must keep thermostats no lower than 24 degrees in summer.",
     "no lower than 24 degrees", "at_least"),
    ("The hall may hold no more than 450 guests.", "no more than 450 guests", "at_most"),
    ("No fewer than 16 trawlers were lost in the gale.", "No fewer than 16 trawlers",
     "at_least"),
    ("The repairs will cost no less than $7 million.", "no less than $7 million", "at_least"),
    ("Not more than 25 visitors may enter the crypt at once.", "Not more than 25 visitors",
     "at_most"),
    ("Cars must be kept no higher than 90 degrees.", "no higher than 90 degrees", "at_most"),
    # Not denied: the comparative alone keeps its own side.
    ("Offices keep thermostats lower than 24 degrees in summer.", "lower than 24 degrees",
     "at_most"),
    ("More than 25 visitors entered the crypt at once.", "More than 25 visitors", "at_least"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "printed", "bound"), DENIED)
def test_denied_comparative_bounds_from_the_other_side(text: str, printed: str, bound: str) -> None:
    assert _figure(text, printed).bound.value == bound


# (sentence, part as printed, whole as printed): a spelled part of a spelled whole.
PARTS = [
    ("Seven of twelve jurors voted to acquit the former mayor.", "Seven", "twelve jurors"),
    ("Three of four surveyed landlords plan to raise rents.", "Three", "four surveyed landlords"),
    ("Six of 10 analysts polled expect a cut.", "Six", "10 analysts"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "part", "whole"), PARTS)
def test_spelled_part_of_a_spelled_whole(text: str, part: str, whole: str) -> None:
    printed = [figure.text for figure in figures_of(text)]
    assert part in printed
    assert whole in printed


def test_one_of_a_spelled_whole_counts_nothing() -> None:
    assert "One" not in [figure.text for figure in figures_of("One of two pilots was hurt.")]
