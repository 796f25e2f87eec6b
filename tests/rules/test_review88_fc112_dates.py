"""FC112 after QA round 85: one person's death told once in each article, dated by two
weekdays; a thing to come "starting" a day, as the day it takes effect, its clause not cut by
a list of names; a year "since" which a thing first happened, a figure in a clause after it
("after … saved two penalties in a 4-2 shootout") no period of it; a court day "due before"
the court, to come; and a sentence that dates two happenings gives each its own year (a short
clause "In 2016," is told by its sentence only up to a second happening with a year of its
own)."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, rule_messages

DATED_APART = [
    # One death, two weekdays.
    ("A 58-year-old woman from Perth, Scotland, died Thursday morning.",
     "The woman died Friday at Ninewells Hospital, a hospital spokesman said.",
     ("Thursday", "Friday")),
    ("Farid Osman was taken to hospital on Saturday and died on Sunday.",
     "Osman died on Monday, his family said.",
     ("Sunday", "Monday")),
    # A thing to come "starting" a day, its clause through a list of names.
    ("The new tolls take effect on Feb. 2, the authority said.",
     "Drivers crossing bridges in Dover, Kent and Essex will pay the new tolls starting "
     "Feb. 12.",
     ("Feb. 2", "Feb. 12")),
    # A year since which a thing first happened, a figure after it in a subordinate clause.
    ("Harbour Town reached the final for the first time since 1987 on Saturday.",
     "Harbour Town are in the final for the first time since 1989 after beating Eastfield "
     "3-1 in the semifinal.",
     ("1987", "1989")),
    # A court day to come, "due before" the court in one.
    ("Two of the women were charged on Monday and will appear before Leeds Crown Court on "
     "Wednesday.",
     "Two women have been charged with fraud and are due before Leeds Crown Court on "
     "Thursday.",
     ("Wednesday", "Thursday")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_happening_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    assert_dated_apart(a, b, dates)


NOT_APART = [
    # A sentence that dates two happenings, each its own year: the second's agrees.
    ("In 2018, a gas leak at a school in Leeds sickened 20 pupils.",
     "In 2015, a teacher died after a boiler leaked at a college in York, and a 2018 leak at "
     "a Leeds school sickened about 20 pupils."),
    ("In 2012, a ferry ran aground off Skye with 80 passengers aboard.",
     "In 2009, a trawler sank off Mull, and a 2012 grounding off Skye left 80 passengers "
     "stranded."),
    # Two people's deaths, or one of several.
    ("A 71-year-old woman from Leith died Tuesday evening.",
     "Her husband died Wednesday at the Royal Infirmary."),
    ("A climber from Bern died Saturday.",
     "A second climber died Sunday in hospital."),
    ("A woman died Sunday. A man died Monday.",
     "A woman died Monday."),
    # A death's day against another happening's day.
    ("A man died at the scene on Friday, police said.",
     "A man who was hit by the car on Thursday died in hospital."),
    ("A cyclist died Saturday after the crash.",
     "Police said Monday that a cyclist had died."),
    # A death in the early hours is no day apart from the night before.
    ("The driver died late Saturday.",
     "The driver died early Sunday."),
    # "Starting" a day: two things to come, each its own.
    ("Tariffs on steel take effect on June 1.",
     "Tariffs on aluminium, copper and zinc will be collected starting June 10."),
    ("The bridge will close on Jan. 5 for repairs.",
     "Tolls on the bridge will rise starting Jan. 15."),
    # A list of names with a date's word opening the clause.
    ("The firm opened plants in Ohio, Texas and Utah in 2019.",
     "The firm closed plants in Ohio, Texas and Utah in 2021."),
    # A year that is a figure's period, its figure before the subordinate clause.
    ("House prices fell 3% in 2022 after rates rose.",
     "House prices fell 3% in 2021 when rates rose."),
    # A court day that was, and one to come.
    ("The two men are due before the court on Friday.",
     "The two men appeared before the court on Thursday."),
    ("The men were charged on Sunday.",
     "The men are due in court on Wednesday."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_other_happenings_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


def test_the_court_day_is_named_not_the_charge_day() -> None:
    """A sentence that tells a charge on one day and a hearing on another: the finding names
    the hearing's day, which the other article dates apart, not the charge's."""
    messages = rule_messages(
        "FC112",
        "Three of the men were charged on Sunday night with burglary and will appear before "
        "Cardiff Magistrates' Court on Tuesday.",
        "Three men have been charged with burglary and are due before Cardiff Magistrates' "
        "Court on Wednesday.",
    )
    assert len(messages) == 1
    assert "dated Tuesday in a but Wednesday in b" in messages[0]
