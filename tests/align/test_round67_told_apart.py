"""QA round 67: figures their own clauses show to be two facts are not paired, however alike
their measures or sentences: two listings of one share, each named in its clause ("in New
York", "in Frankfurt"); so many more against the total the same article also tells; a whole's
average against one member's figure."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Two listings of one company, each named in the figure's clause.
        (
            "Orbitex shares fell 7.4 per cent in New York on Tuesday, wiping roughly $620 "
            "million off the company's market value.",
            "Orbitex's shares in Frankfurt closed down 6.9% on Tuesday.",
            [],
            [("7.4 per cent", "6.9%")],
        ),
        # Control: one listing named on both sides is one price.
        (
            "Orbitex shares fell 7.4 per cent in New York on Tuesday.",
            "Orbitex's shares in New York closed down 6.9% on Tuesday.",
            [("7.4 per cent", "6.9%")],
            [],
        ),
        # So many more is no total, when the article of the more tells that total too.
        (
            "The company operates 1,412 satellites and plans to launch another 600 by the end "
            "of next year.",
            "One was Orbitex's OX-1187, part of a constellation of 1,412 satellites. The "
            "company plans to launch about 600 more satellites by the end of next year.",
            [("1,412 satellites", "1,412 satellites")],
            [("1,412 satellites", "about 600 more satellites")],
        ),
        # A whole's average is not one member's rate.
        (
            "Northbridge, which has 31,200 students, recorded a student satisfaction score of "
            "76 per cent. Its graduate employment rate stood at 68 per cent.",
            "Wexcombe's graduate employment rate of 88% was among the best, well above the "
            "national average graduate employment rate of 74%.",
            [],
            [("68 per cent", "74%")],
        ),
        # Control: two national averages are one measure.
        (
            "The national average graduate employment rate stood at 68 per cent.",
            "The national average graduate employment rate was 74%.",
            [("68 per cent", "74%")],
            [],
        ),
    ],
)
def test_told_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
