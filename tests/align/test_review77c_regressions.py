"""Review 77: true pairs the round-76 alignment fixes lost. A closed compound is a kind of its
head unless its front or head makes words of their own ("airstrikes" are strikes, "airports"
no ports); arrests are people whose own verb says they were held or apprehended, not people
who attended or marched; contracts are tenders where qualified alike by any word that is not
one any count may have ("school catering", not "new")."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Closed compounds that are kinds of their head.
        (
            "Israel carried out 120 airstrikes on Gaza overnight, the military said.",
            "Israel carried out 210 strikes on Gaza overnight, the military said.",
        ),
        (
            "Russia launched 120 airstrikes on the city overnight.",
            "Russia launched 210 strikes on the city overnight.",
        ),
        (
            "Seismologists recorded 45 earthquakes in the region on Sunday.",
            "Seismologists recorded 54 quakes in the region on Sunday.",
        ),
        (
            "The country was hit by 12 earthquakes of magnitude 5 or above last year.",
            "The country was hit by 21 quakes of magnitude 5 or above last year.",
        ),
        (
            "The agency recorded 1,200 cyberattacks on hospitals last year.",
            "The agency recorded 2,100 attacks on hospitals last year.",
        ),
        (
            "Deminers cleared 1,200 landmines from the border area last year.",
            "Deminers cleared 2,100 mines from the border area last year.",
        ),
        (
            "More than 300 aftershocks have rattled the region since Monday.",
            "More than 30 shocks have rattled the region since Monday.",
        ),
        (
            "The navy sent 14 warships to the strait on Monday.",
            "The navy sent 41 ships to the strait on Monday.",
        ),
        # Arrests against people the count's own verb tells held.
        (
            "Police made 21 arrests at the protest on Saturday.",
            "Police said 12 people were held at the protest on Saturday.",
        ),
        (
            "Officers made 30 arrests during the raids on Tuesday.",
            "Officers held 13 people during the raids on Tuesday.",
        ),
        (
            "Police made 21 arrests after the match on Saturday.",
            "Police said 12 people had been apprehended after the match on Saturday.",
        ),
        (
            "Police made 47 arrests during the riot on Saturday night.",
            "Police said 74 people were held during the riot on Saturday night.",
        ),
        (
            "Police made 21 arrests at the protest on Saturday.",
            "Police said 12 people were taken into custody at the protest on Saturday.",
        ),
        # Contracts and tenders qualified alike by a word naming their kind.
        (
            "The firms carved up 46 school catering contracts, the competition watchdog said.",
            "The firms carved up 64 school catering tenders, the competition watchdog said.",
        ),
        (
            "Suppliers colluded on 46 medical equipment contracts, prosecutors said.",
            "Suppliers colluded on 64 medical equipment tenders, prosecutors said.",
        ),
        (
            "The cartel carved up 46 waste collection contracts, prosecutors said.",
            "The cartel carved up 64 waste collection tenders, prosecutors said.",
        ),
    ],
)
def test_paired_again(text_a: str, text_b: str) -> None:
    assert len(rule_messages("FC105", text_a, text_b)) == 1
    assert len(rule_messages("FC105", text_b, text_a)) == 1


@pytest.mark.parametrize(
    ("text_a", "text_b"),
    [
        # Review 76: words that merely end in another word.
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
        (
            "More than 2,000 headteachers signed the open letter on Monday.",
            "More than 200 teachers signed the open letter on Monday.",
        ),
        # Review 76: arrests against people who did something else, "held" or not.
        (
            "Police made 23 arrests at the festival, which ended on Sunday.",
            "About 32,000 people attended the festival, which ended on Sunday.",
        ),
        (
            "Police made 23 arrests at the festival, which ended on Sunday.",
            "About 32,000 people attended the festival, which was held on Sunday.",
        ),
        (
            "Officers made 8 arrests after the bomb threat at the station on Friday.",
            "Officers evacuated 800 people from the station after the bomb threat on Friday.",
        ),
        (
            "Police made 14 arrests as demonstrators marched through central London on Saturday.",
            "About 4,000 people marched through central London on Saturday, police said.",
        ),
        (
            "Police made 21 arrests at the vigil on Saturday.",
            "Some 5,000 people held a vigil on Saturday.",
        ),
        # Review 76: contracts and tenders both merely "new" or "more".
        (
            "The firm won 46 new contracts last year, its annual report said.",
            "The firm submitted 64 new tenders last year, its annual report said.",
        ),
        (
            "The firm signed 46 more contracts this year.",
            "The firm lost 64 more tenders this year.",
        ),
    ],
)
def test_still_apart(text_a: str, text_b: str) -> None:
    assert rule_messages("FC105", text_a, text_b) == []
    assert rule_messages("FC105", text_b, text_a) == []
