"""QA round 67: one fact worded differently by two outlets is paired: boats are the vessels
(ships) of a fleet, fragments the pieces of debris, councils the local authorities; the one
maximum fine each article tells, as a noun or a verb; and the span an anchored amount is
spread over, when the verb that spreads it follows who it is for ("to be paid over")."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Boats and vessels of one fleet are one count.
        (
            "Around 210 British vessels will be licensed to fish in Norwegian waters next year.",
            "Some 120 British boats hold licences to fish in Norwegian waters under the renewed "
            "access arrangement.",
            [("Around 210 British vessels", "Some 120 British boats")],
            [],
        ),
        (
            "The deal gives 140 Norwegian boats access to UK waters.",
            "Some 120 British boats hold licences, and 140 Norwegian vessels can work in UK "
            "waters.",
            [("140 Norwegian boats", "140 Norwegian vessels")],
            [],
        ),
        # Fragments are the pieces of debris a collision left.
        (
            "The collision destroyed both satellites, producing about 1,240 trackable "
            "fragments that now threaten other spacecraft.",
            "More than 2,140 pieces of trackable debris were catalogued after the collision.",
            [("about 1,240 trackable fragments", "More than 2,140 pieces")],
            [],
        ),
        # Councils are local authorities.
        (
            "By Sunday, seventeen local authorities had declared a major incident.",
            "17 councils declared a major incident over the weekend.",
            [("seventeen local authorities", "17 councils")],
            [],
        ),
        # The one maximum fine each tells, a noun in one and a verb in the other, ten times
        # apart.
        (
            "The ban starts on 8 July. People who break the rules face fines of up to £1,000.",
            "Anyone caught flouting the ban could be fined up to £100.",
            [("up to £1,000", "up to £100")],
            [],
        ),
        # Control: two fines in one article leave neither the lone one.
        (
            "Firms face fines of up to £5,000, and individuals fines of up to £1,000.",
            "Anyone caught flouting the ban could be fined up to £100.",
            [],
            [("up to £1,000", "up to £100"), ("up to £5,000", "up to £100")],
        ),
        # The span one amount is spread over, past who it is for and "to be paid".
        (
            "Ministers announced a £32 million support package for affected vessels, to be paid "
            "over three years, covering decommissioning grants.",
            "The UK Government has promised £32 million in help for the worst-hit boats, spread "
            "over five years.",
            [("£32 million", "£32 million"), ("over three years", "over five years")],
            [],
        ),
    ],
)
def test_round67_pairs(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
