"""Controls for the round 59-62 extraction fixes, from a review of them."""

from __future__ import annotations

from support import figures_of


def test_a_two_state_solution_counts_no_states() -> None:
    assert figures_of("Both sides said they backed a two-state solution.") == []
    assert [f.text for f in figures_of("A three-nation tour begins on Monday.")] == ["three-nation"]
