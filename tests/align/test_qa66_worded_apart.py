"""QA round 66: two figures of one unit, close in value, whose measures are worded apart are
still paired: a count whose measure is only its unit's noun ("there were 718 homicides") has
no subject of its own that a figure of another unit ("the highest homicide rate") could name
better."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A count named only by its noun against one with more words of its own: a rate of the
        # noun in the first article is no better-worded figure for the second's count.
        (
            "Police reported 778 homicides last year, 12 fewer than in 2023. Among cities, "
            "Winnipeg had the highest homicide rate, at 4.12 per 100,000.",
            "Winnipeg recorded the highest homicide rate of any city, at 4.12 per 100,000. "
            "Nationally, there were 718 homicides, 12 fewer than the year before. Hate crimes "
            "reported to police climbed 6% to 4,950 incidents.",
            [("778 homicides", "718 homicides")],
            [],
        ),
        # Control: two counts of one noun, each with a subject of its own that the other
        # article gives a figure of, stay apart.
        (
            "The combination would create an operator with about 41.3 million mobile "
            "subscribers and 9.6 million broadband customers across Spain and Portugal.",
            "The tie-up would create a group with more than 41 million mobile customers and "
            "9.6 million broadband subscribers in four countries.",
            [],
            [("about 41.3 million mobile subscribers", "9.6 million broadband subscribers")],
        ),
    ],
)
def test_worded_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
