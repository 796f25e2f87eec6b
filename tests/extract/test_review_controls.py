"""Controls for the round 59-62 extraction fixes, from a review of them."""

from __future__ import annotations

from support import figures_of


def test_a_two_state_solution_counts_no_states() -> None:
    assert figures_of("Both sides said they backed a two-state solution.") == []
    assert [f.text for f in figures_of("A three-nation tour begins on Monday.")] == ["three-nation"]


def test_ordered_from_a_supplier_is_no_evacuation() -> None:
    ordered = figures_of("About 40 jets were ordered from Boeing last year.")
    assert all("evacuated" not in figure.measure for figure in ordered)
    fled = figures_of("Some 3,100 people were ordered from their homes on Tuesday.")
    assert any("evacuated" in figure.measure for figure in fled)
