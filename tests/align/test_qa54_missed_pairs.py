"""QA round 54: misprinted figures that went unpaired, their measures worded apart."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # Two digits swapped, a zero among them: "370,000" and "307,000" print "370" and "307".
        (
            "Alvarez collects 370,000 dollars and 250 ranking points.",
            "She moves up to No. 5 on Monday, along with a winner's purse of $307,000.",
            [("370,000 dollars", "$307,000")],
        ),
        # A scale word misprinted, the year the contract was signed beside one: one figure.
        (
            "The flight is the second of four under a $586 million contract Orbis signed with "
            "Helix in 2022. Helix flew 9 missions in 2024.",
            "Helix put the satellite in orbit, the first flight of a four-launch deal worth "
            "$586 billion.",
            [("$586 million", "$586 billion")],
        ),
        # Controls: no swap for a value printed to fewer places ("$1.3 million" holds no
        # "1.30" to swap with "$1.03 million").
        (
            "The school received a grant of $1.3 million from the foundation.",
            "The district spent $1.03 million on new buses last spring.",
            [],
        ),
        # A swap has no say where the same value stands in the other article.
        (
            "The champion takes home 370,000 dollars from the final.",
            "The winner earns $370,000 and the runner-up $307,000 from the final.",
            [("370,000 dollars", "$370,000")],
        ),
    ],
)
def test_misprinted_figures_pair(text_a: str, text_b: str, pairs: list[tuple[str, str]]) -> None:
    assert aligned_texts(text_a, text_b) == pairs
