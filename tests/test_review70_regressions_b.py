"""Review 70, regressions of recent fixes on real-style sentences: a national average against a
figure whose sentence names no member (FC105), "confirmed a woman had died" is reported speech
and no act (FC110), "about"/"around" qualify only an amount (FC101), "Among other things," names
no group, and a headline's "voting record" is no record claim (FC113)."""

from __future__ import annotations

import pytest

from factcheck.rules.kinds.quote_wording import _qualifies
from factcheck.rules.kinds.unsourced_superlative import _headline_record
from support import assert_pairs, figures_of, rule_messages

AVERAGES = [
    # A whole's average and a figure told of no member: one measure, a conflict.
    ("The national average for a gallon of regular gasoline rose to $3.62 on Monday, according "
     "to AAA.",
     "A gallon of regular gasoline cost $3.26 on Monday, up from $3.51 a month ago, AAA said.",
     [("$3.62", "$3.26")], []),
    # University rankings N7: one member's rate ("Its") is not the national average.
    ("Its graduate employment rate stood at 68 per cent.",
     "Wexcombe's graduate employment rate of 88% was among the best, well above the national "
     "average graduate employment rate of 74%.",
     [], [("68 per cent", "74%")]),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "paired", "not_paired"), AVERAGES)
def test_an_average_is_apart_only_from_a_members_figure(
    a: str, b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(a, b, paired, not_paired)


REPORTED_CLAUSE = [
    # "confirmed a woman had died": a clause said, whose source runs on to the next sentence.
    ("Police said the crash may have been caused by a burst tyre on the northbound carriageway.",
     "Police confirmed a woman had died in the collision. The crash was caused by a burst tyre "
     "on the northbound carriageway."),
    ("Officials said the fire may have started in a kitchen on the ground floor.",
     "Officials reported a man was taken to hospital. The fire started in a kitchen on the "
     "ground floor."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), REPORTED_CLAUSE)
def test_a_reported_clause_is_no_act(a: str, b: str) -> None:
    assert rule_messages("FC110", a, b) == []


def test_an_act_with_its_object_still_sources_nothing_after_it() -> None:
    # Drought rationing, P8.
    messages = rule_messages(
        "FC110",
        "Hydrologists at the agency warned that reservoirs could fall below 25% by the end of "
        "August if the dry weather continued.",
        "The Environment Agency declared a drought for the area on Wednesday. Reservoirs will "
        "fall below 25% by the end of August unless the weather breaks.",
    )
    assert len(messages) == 1


def test_a_quote_opening_after_about_in_another_sense_is_trimmed() -> None:
    assert (
        rule_messages(
            "FC101",
            "“This is about making sure nurses and teachers can afford to live in the city they "
            "serve,” Park told reporters.",
            "Park said her housing plan was “making sure nurses and teachers can afford to live "
            "in the city they serve.”",
        )
        == []
    )


@pytest.mark.parametrize(
    ("left", "then", "qualifies"),
    [
        ("This is about", "making sure", False),
        ("prices rose around", "the city", False),
        ("it is just", "the start", False),
        ("about", "40% of them", True),
        ("around", "a third of", True),
        ("just", "five people", True),
        ("nearly", "every one", True),
        ("not", "worked", True),
    ],
)
def test_an_approximator_qualifies_only_an_amount(left: str, then: str, qualifies: bool) -> None:
    assert _qualifies(left, then) is qualifies


def test_among_other_things_names_no_group() -> None:
    (figure,) = figures_of("Among other things, the plan would cut 120 jobs.")
    assert "other" not in figure.measure
    assert "thing" not in figure.measure


@pytest.mark.parametrize(
    ("title", "record"),
    [
        ("Nordvik Air tightens outlook after record load factor; fuel spending climbs", True),
        ("Course record falls as Kipruto wins Frankfurt Marathon", True),
        ("Senator's voting record draws fire", False),
        ("Police record rise in thefts", False),
        ("Utility's record in spotlight after blast", False),
    ],
)
def test_a_headline_record_is_not_an_account_or_the_verb(title: str, record: bool) -> None:
    assert _headline_record(title) is record
