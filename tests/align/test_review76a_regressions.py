"""Review 76: false pairs the round-75 alignment fixes made. Arrests are people only against
people arrested or detained; a closed compound is a kind of its head only where its front is
a word that qualifies the head ("seabirds", "warships"), not a plain ending ("airports",
"townships"); contracts are tenders only where qualified alike by a word naming their buyer
or kind, not "new"; places in a building are never the buildings; a bare signing is no
player."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Arrests against people who did something else.
        (
            "Police made 23 arrests at the festival, which ended on Sunday.",
            "About 32,000 people attended the festival, which ended on Sunday.",
        ),
        (
            "Officers made 8 arrests after the bomb threat at the station on Friday.",
            "Officers evacuated 800 people from the station after the bomb threat on Friday.",
        ),
        (
            "Police made 14 arrests as demonstrators marched through central London on Saturday.",
            "About 4,000 people marched through central London on Saturday, police said.",
        ),
        # Words that merely end in another word.
        (
            "Storm Henk forced the closure of four airports across the region on Monday.",
            "Storm Henk forced the closure of 11 ports across the region on Monday.",
        ),
        (
            "The cyclone flattened 14 townships along the coast, officials said.",
            "The cyclone sank 41 ships along the coast, officials said.",
        ),
        (
            "The strike disrupted 12 airlines at the hub on Friday, union officials said.",
            "The strike disrupted four lines at the hub on Friday, union officials said.",
        ),
        (
            "More than 200 firefighters were deployed to the front line of the blaze on Tuesday.",
            "More than 2,000 fighters were deployed to the front line on Tuesday, the army said.",
        ),
        # Contracts won and tenders submitted, both merely "new".
        (
            "The firm won 46 new contracts last year, its annual report said.",
            "The firm submitted 64 new tenders last year, its annual report said.",
        ),
        # Places in schools are no schools, however near the counts.
        (
            "The council will create 2,000 school places by 2026, officials said.",
            "The council will build 1,200 schools by 2026, officials said.",
        ),
        # An author's signings are no players.
        (
            "The author held 12 signings across the country on her tour.",
            "The author met 20 players across the country on her tour.",
        ),
    ],
)
def test_not_paired(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []
    assert rule_messages("FC105", text_b, text_a) == []


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        (
            "Police made 21 arrests after the match on Saturday.",
            "Police said 12 people were arrested after the match on Saturday.",
        ),
        (
            "Rescuers counted 312 oiled seabirds on the beach on Monday.",
            "Rescuers counted 213 oiled birds on the beach on Monday.",
        ),
        (
            "The navy sent 14 warships to the strait on Monday.",
            "The navy sent 41 ships to the strait on Monday.",
        ),
        (
            "The cartel carved up 46 public contracts between 2015 and 2020.",
            "The cartel carved up 64 public tenders between 2015 and 2020.",
        ),
        (
            "The government will fund 85,000 apprenticeship places next year.",
            "The government will fund 90,000 apprenticeships next year.",
        ),
        (
            "The clinic gave 900 booster shots on Saturday.",
            "The clinic gave 600 boosters on Saturday.",
        ),
        (
            "Arsenal made nine new signings over the summer.",
            "Arsenal signed 11 new players over the summer.",
        ),
    ],
)
def test_still_flagged(text_a: str, text_b: str) -> None:
    assert len(rule_messages("FC105", text_a, text_b)) == 1
    assert len(rule_messages("FC105", text_b, text_a)) == 1
