"""The one-to-one assignment: greedy by best score, with a pair that blocks two traded."""

from __future__ import annotations

from factcheck.align.assign import one_to_one


def test_pairs_are_taken_best_first_and_used_once() -> None:
    chosen = one_to_one([(90.0, 0, 0), (80.0, 0, 1), (70.0, 1, 0), (65.0, 1, 1)])
    assert sorted(chosen) == [(65.0, 1, 1), (90.0, 0, 0)]


def test_a_pair_blocking_two_near_it_is_traded_for_them() -> None:
    # QA round 42: the Kouga Dam's 6.8% took the other outlet's combined 14.3 per cent (87.5),
    # leaving its own 8.6 per cent (80) and the two combined 14.3s apart.
    chosen = one_to_one([(87.5, 0, 0), (80.0, 0, 1), (79.0, 1, 0)])
    assert sorted(chosen) == [(79.0, 1, 0), (80.0, 0, 1)]


def test_two_weak_pairs_do_not_displace_a_strong_one() -> None:
    chosen = one_to_one([(95.0, 0, 0), (61.0, 0, 1), (61.0, 1, 0)])
    assert chosen == [(95.0, 0, 0)]
