"""Round 69: figures the extractor never read (QA round 69)."""

from __future__ import annotations

import pytest

from support import figures_of

# A legislature's tally: the chamber that voted right before it, a time of the vote or a comma
# allowed between.
CHAMBER_TALLIES = [
    ("The measure cleared the House 71-62 last week and the Senate 34 to 33 on Monday.",
     [("71", "62"), ("34", "33")]),
    ("The bill squeaked through the Senate 35-32 on Monday after a compromise.", [("35", "32")]),
    ("It passed the House last week, 71 to 62.", [("71", "62")]),
    ("The city council 7-2 approved the zoning change.", [("7", "2")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "sides"), CHAMBER_TALLIES)
def test_tally_after_a_chamber(sentence: str, sides: list[tuple[str, str]]) -> None:
    votes = [f for f in figures_of(sentence) if f.unit == "vote"]
    pairs = [(str(votes[i].value), str(votes[i + 1].value)) for i in range(0, len(votes), 2)]
    assert pairs == sides


# No vote: a chamber's name before two numbers that are no tally.
NOT_TALLIES = [
    "The House 2023-24 budget rose.",
    "Members of the committee 10 to 12 years ago were younger.",
]


@pytest.mark.parametrize("sentence", NOT_TALLIES)
def test_no_tally_after_a_chamber(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.unit == "vote"]
