"""Review 84, FC110: where a share, a sum or people came from is no party's account of a
mishap; an estimate's figure ties a flat sentence only when both tell one thing of what it
counts; "the European Union" is no trade union."""

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # Where a share, a sum or people came from, told flat: no mishap's cause.
        (
            "The retailer said 45% of its revenue came from Germany.",
            "About 45% of the retailer's revenue came from Germany.",
            False,
        ),
        (
            "The airline said the travellers on the flight came from 14 countries.",
            "The travellers on the flight came from 14 countries.",
            False,
        ),
        (
            "The senator's team said the funding came from the party's reserves.",
            "The funding came from the party's reserves.",
            False,
        ),
        (
            "The charity's lawyers said the money for the grants came from private donors.",
            "The money for the grants came from private donors.",
            False,
        ),
        # A person's side's account of where a banned substance came from, told flat.
        (
            "Moreau's team said the substance came from a cough syrup belonging to his sister.",
            "The substance came from his sister's cough syrup.",
            True,
        ),
        (
            "The swimmer's lawyers said the contamination stemmed from a tainted supplement "
            "bought online.",
            "The contamination stemmed from a tainted supplement bought online.",
            True,
        ),
    ],
)
def test_where_a_thing_came_from(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # One count of homes, two happenings: damaged against evacuated.
        (
            "The county estimated that 3,400 homes were damaged by the storm.",
            "The storm forced 3,400 homes to be evacuated on Monday.",
            False,
        ),
        (
            "Officials estimated that 1,800 cars were destroyed in the blaze at the depot.",
            "Some 1,800 cars were towed away from the depot on Tuesday.",
            False,
        ),
        # One count telling one thing, in other words: the estimate dropped.
        (
            "The regulator estimated that some 520,000 patients in Ireland are currently taking "
            "the pill.",
            "About 520,000 people in Ireland take Dormexa.",
            True,
        ),
        (
            "The county estimated that 3,400 homes were damaged by the storm.",
            "The storm damaged 3,400 homes across the county.",
            True,
        ),
    ],
)
def test_an_estimated_count_against_another_happening(
    text_a: str, text_b: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged


@pytest.mark.parametrize(
    ("text_a", "text_b", "flagged"),
    [
        # A bloc of states is no advocate: its count of a harm is not hedged.
        (
            "The European Union said the duties had cost exporters 4,100 jobs.",
            "The duties have cost exporters 4,100 jobs.",
            False,
        ),
        (
            "The African Union said the drought had cost farmers 4,100 jobs.",
            "The drought has cost farmers 4,100 jobs.",
            False,
        ),
        # A trade union's is its case.
        (
            "The union said the closure had cost the sector 4,100 jobs.",
            "The closure has cost the sector 4,100 jobs.",
            True,
        ),
    ],
)
def test_a_union_of_states_is_no_advocate(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", text_a, text_b)) is flagged
