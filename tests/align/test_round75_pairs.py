"""QA round 75, planted conflicts left as two single-source figures: digits swapped in a
specific count whose sentence names a place the other's leaves out ("off southern Oregon"),
a count of a closed compound against the other's count of its head ("seabirds", "birds"), and a
count of arrests against one of people arrested, and a share an amount both print is restated as
("$14.2 million of the domestic total, or 16%")."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Two digits side by side swapped are one figure misprinted: a place named in one
        # sentence only is no bar to it, as it is none to the same value.
        (
            "A Norwegian-owned oil tanker that ran aground off southern Oregon late on Tuesday "
            "has spilled about 12,400 barrels of crude oil, the U.S. Coast Guard said. The ship "
            "was carrying roughly 610,000 barrels of Alaska crude.",
            "Coast Guard officials estimated that roughly 14,200 barrels of oil escaped from two "
            "ruptured tanks before divers plugged the breach. The remaining cargo, about 600,000 "
            "barrels, will be offloaded, and the vessel towed to Portland for repairs.",
            [("about 12,400 barrels", "roughly 14,200 barrels")],
            [],
        ),
        # Control: two places named, one each, are still two places.
        (
            "A tanker that ran aground off southern Oregon has spilled about 12,400 barrels of "
            "crude oil, the Coast Guard said.",
            "In California, officials estimated that roughly 14,200 barrels of oil escaped from "
            "a ruptured pipeline.",
            [],
            [("about 12,400 barrels", "roughly 14,200 barrels")],
        ),
        # A seabird is a bird: the one count of each is one count, its digits apart.
        (
            "Wildlife teams had collected 312 oiled seabirds by Wednesday evening, said the "
            "rescue centre's director.",
            "Oregon Coast Wildlife Rescue has taken in 213 oiled birds, said its director.",
            [("312 oiled seabirds", "213 oiled birds")],
            [],
        ),
        # Control: two kinds counted together are no kind of the one the other counts.
        (
            "The government deployed 2,000 soldiers and police to the area.",
            "The government dispatched 1,500 soldiers and 500 police to the area.",
            [],
            [("2,000 soldiers and police", "500 police")],
        ),
        # A count of arrests counts the people arrested.
        (
            "In Madrid, 12 people were arrested, most of them for public disorder, police said.",
            "Police made 21 arrests, mainly for public disorder, and six officers were hurt.",
            [("12 people", "21 arrests")],
            [],
        ),
        # An amount restated as its share of a whole, past the whole's words: one share.
        (
            "IMAX screens accounted for $14.2 million of the domestic total, or 16%, the "
            "studio said.",
            "IMAX contributed $14.2 million, 19% of the weekend haul, according to the studio.",
            [("16%", "19%")],
            [],
        ),
        # Control: the people arrested are not the people hurt.
        (
            "Police made 21 arrests during the march.",
            "At least 12 people were injured during the march, medics said.",
            [],
            [("21 arrests", "12 people")],
        ),
    ],
)
def test_swapped_and_compound_counts(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    pairs = aligned_texts(text_a, text_b)
    for pair in paired:
        assert pair in pairs, pairs
    for pair in not_paired:
        assert pair not in pairs, pairs
