"""Review 75: true mismatches the round-74 narrowing lost. A compound count whose head is a
unit of its qualifier ("85,000 apprenticeship places", "5,000 vaccine doses") counts the
qualifier and pairs with the other's near count of it; a signing is a player unless qualified
by a thing signed ("book signings"); contracts are tenders where both are qualified alike."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "The government will fund 85,000 apprenticeship places next year.",
            "The government will fund 90,000 apprenticeships next year.",
        ),
        (
            "The clinic gave out 5,000 vaccine doses on Saturday.",
            "The clinic gave out 5,500 vaccines on Saturday.",
        ),
        (
            "Arsenal made nine new signings over the summer.",
            "Arsenal signed 11 new players over the summer.",
        ),
        (
            "Chelsea spent 400 million pounds on 11 signings this summer.",
            "Chelsea spent 400 million pounds on 13 new players this summer.",
        ),
        (
            "The cartel carved up 46 public contracts between 2015 and 2020.",
            "The cartel carved up 64 public tenders between 2015 and 2020.",
        ),
    ],
)
def test_mismatch_flagged(text_a: str, text_b: str) -> None:
    assert len(rule_messages("FC105", text_a, text_b)) == 1
    assert len(rule_messages("FC105", text_b, text_a)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Places in schools are no count of schools, nor seats on councils of councils.
        (
            "The council will create 2,000 school places next year.",
            "The council will build four schools next year.",
        ),
        (
            "The party won 40 council seats in the election.",
            "The party won 30 councils in the election.",
        ),
        (
            "The author held 40 book signings across the country last year.",
            "The author, who signed 12 players to his literary agency, toured the country.",
        ),
        # Contracts won, unqualified and with no bidding told, are no tenders rigged.
        (
            "Prosecutors said the group won 40 contracts worth 30 million euros between 2018 "
            "and 2022.",
            "Prosecutors said the group rigged 64 public tenders between 2018 and 2022.",
        ),
    ],
)
def test_no_false_mismatch(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []
    assert rule_messages("FC105", text_b, text_a) == []
