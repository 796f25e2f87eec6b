"""QA round 56: two figures of one fact left unpaired (each "reported only by one article")."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # A scale word misprinted, two digits only, measures worded apart: the words right
        # around the two figures tell them one.
        (
            "The mill, which makes 2.4 million tonnes of paper a year, has received £460 "
            "million in public loans and subsidies since 2018, official figures show.",
            "It has been kept afloat by £460 billion in state loans and subsidies since 2018, "
            "according to the ministry.",
            [("£460 million", "£460 billion")],
        ),
        (
            "The cattle association estimates losses to ranchers across the region could "
            "reach A$2.7 billion if the dry spell lasts into spring.",
            "Association chair Tom Ellery said losses to ranchers in the region could reach "
            "A$2.7 million unless it rains by October.",
            [("A$2.7 billion", "A$2.7 million")],
        ),
        # Control: the same number a scale word apart, in unlike words, stays apart.
        (
            "The council spent £45 million on new roads last year.",
            "Residents said the airport expansion would add £45 billion to the economy.",
            [],
        ),
        # Four digits, two swapped, however little the measures share.
        (
            "The thriller took in $163.8 million at U.S. and Canadian cinemas over its "
            "opening weekend.",
            "The thriller opened to a studio-record $168.3 million in North America.",
            [("$163.8 million", "$168.3 million")],
        ),
        # Control: the value printed in the other article is its pair, not the swap.
        (
            "The thriller took in $163.8 million at U.S. and Canadian cinemas. Its "
            "predecessor opened to $168.3 million in 2021.",
            "The thriller opened to $163.8 million in North America.",
            [("$163.8 million", "$163.8 million")],
        ),
    ],
)
def test_round56_misprinted_figures_pair(text_a: str, text_b: str, pairs) -> None:
    assert aligned_texts(text_a, text_b) == pairs
