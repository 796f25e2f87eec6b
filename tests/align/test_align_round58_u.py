"""QA round 58, helper u: figures of one fact left unpaired."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # A year something is due by is no year of the event: the waiting list's "by 2028"
        # does not make the price "reached … in 2025" a figure of years before.
        (
            "The average house price in the town reached £287,400 in 2025, the survey found. "
            "The council expects its waiting list to pass 9,000 by 2028.",
            "The average price of a home in the town was £278,400 last year, the survey said. "
            "The waiting list will pass 9,000 by 2028.",
            ("£287,400", "£278,400"),
            True,
        ),
        # A count that names no unit, in a sentence opening on the whole it divides, counts
        # that whole: "Of the recalled vehicles, 174,000 are in Germany".
        (
            "Germany accounts for the largest share, with 147,000 vehicles. The recall was "
            "announced on Monday.",
            "Of the recalled vehicles, 174,000 are in Germany. The recall was announced on Monday.",
            ("147,000 vehicles", "174,000"),
            True,
        ),
        # Control: a lead on another thing ("Of the affected dealers") gives no unit of vehicles.
        (
            "Germany accounts for the largest share, with 147,000 vehicles.",
            "Of the affected dealers, 174,000 are in Germany.",
            ("147,000 vehicles", "174,000"),
            False,
        ),
    ],
)
def test_round58_missed_pairs(text_a, text_b, pair, paired) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired
