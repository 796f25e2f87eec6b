"""QA round 71: one fact worded apart by two outlets is paired: a distance off a place a boat
went down is where it sank, not an amount a level moved by; a search is searched, combed or
scoured; and price reductions that average a figure are the average cut."""

from __future__ import annotations

import pytest

from factcheck.models import MOVED_BY
from support import assert_pairs, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # "went down 83 nautical miles off Carrick Head": where the boat sank.
        (
            "Two fishermen remained missing on Thursday after the scallop trawler Northern Wren "
            "sank 38 nautical miles off Carrick Head before dawn on Wednesday.",
            "Rescuers were preparing on Thursday to wind down the search for three fishermen "
            "lost when a Kilmoran scallop boat went down 83 nautical miles off Carrick Head.",
            [("38 nautical miles", "83 nautical miles")],
            [],
        ),
        # Searched for hours, spent hours combing: one search.
        (
            "Brennan said the coastguard had searched for more than 40 hours, covering 1,180 "
            "square nautical miles, with two helicopters.",
            "Commander Aoife Brennan of the Irish Coast Guard said aircraft and ships had now "
            "spent more than 30 hours combing nearly 1,200 square nautical miles of ocean.",
            [("more than 40 hours", "more than 30 hours")],
            [],
        ),
    ],
)
def test_worded_apart_paired(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("sentence", "printed", "moved_by"),
    [
        (
            "A Kilmoran scallop boat went down 83 nautical miles off Carrick Head.",
            "83 nautical miles",
            False,
        ),
        ("The climber fell 30 metres off a ledge near the summit.", "30 metres", False),
        # Controls: a level's move is still the amount it moved by.
        ("The river rose 2 metres overnight at the gauge.", "2 metres", True),
        ("The share price went down 40 cents on Tuesday.", "40 cents", True),
    ],
)
def test_distance_off_a_place_is_no_move(sentence: str, printed: str, moved_by: bool) -> None:
    figure = {f.text: f for f in figures_of(sentence)}[printed]
    assert (MOVED_BY in figure.measure) is moved_by


@pytest.mark.parametrize(
    ("sentence", "printed"),
    [
        # "The reductions average 21%": the average price cut, as "cut by an average of 12%".
        ("Marlow & Finch slashed the price of 1,600 products. The reductions average 21%.", "21%"),
        ("Officials announced several reductions of 15% across the budget.", "15%"),
    ],
)
def test_reductions_are_a_fall(sentence: str, printed: str) -> None:
    figure = {f.text: f for f in figures_of(sentence)}[printed]
    assert "fall" in figure.measure
