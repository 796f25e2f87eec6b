"""FC112 on one happening dated apart (QA round 82): a start told as "began" in one article and
"opened" or "will start" in the other, a fault "detected" or "found", a date's clause that a
second predicate ("and has made …", "and will aim …") runs on after, a levy "introduced" and
one that "came into force", a player's debut and the years "he has played in" a league since,
a player who "joined" a club and one who "arrived" there. Each beside a near pair of two
happenings (or of one told alike) that must stay quiet."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, rule_messages

DATED_APART = [
    # One start: "began" and "opened".
    ("Mediation began on 5 March, the ministry said.",
     "Mediation started on 12 March.",
     ("5 March", "12 March")),
    ("The inquiry heard evidence over a fortnight-long session that began on Feb. 2 and two "
     "days of closing statements.",
     "The session opened on February 9 and lasted a fortnight.",
     ("Feb. 2", "February 9")),
    # A second predicate after the date is no part of its clause.
    ("Norway will begin pumping gas to Poland on June 2 and will aim to supply 10 billion "
     "cubic metres a year until the contract ends in 2032.",
     "Norway will start pumping gas through the Baltic link to Poland on June 12 under a deal "
     "agreed last week.",
     ("June 2", "June 12")),
    ("Okafor joined Leinster from the Lagos side Ravens in 2016 and has played 87 matches "
     "since.",
     "Okafor arrived in Dublin from Ravens Lagos in 2017 and went on to play 95 matches.",
     ("2016", "2017")),
    # A fault detected, found.
    ("The defect was detected during routine checks on Aug. 14, the regulator said.",
     "The fault was found in checks on Aug. 7.",
     ("Aug. 14", "Aug. 7")),
    # A levy in force since it was introduced, and one that came into force.
    ("Ireland's tax on plastic cups has cut the number of cups shoppers throw away by 40% "
     "since it was introduced in January 2021, a report found.",
     "A five-year review of Irish litter found that the plastic cup levy, which came into "
     "force in January 2022, reduced the cups shoppers discard by 35 per cent.",
     ("January 2021", "January 2022")),
    # A debut, and a career in the league since.
    ("Fernando, who made his league debut in March 2019, was sold to Porto on Monday.",
     "Fernando, who has played in the league since 2018, was sold after a season of 14 goals.",
     ("March 2019", "2018")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_happening_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    assert_dated_apart(a, b, dates)


NOT_APART = [
    # Two things starting: the museum, work at it.
    ("The museum opened on 5 March.",
     "Renovation work at the museum began on 12 March."),
    # One finding told alike and another finding with little in common.
    ("The defect was detected during routine checks on Aug. 14.",
     "Divers found the wreck off the coast on Aug. 7."),
    # A player's joining and the captaincy after it: two happenings.
    ("Okafor joined Leinster from the Lagos side Ravens in 2016 and has played 87 matches "
     "since.",
     "Okafor was named Leinster captain in 2019 and has led the side in 40 matches."),
    # Arriving in a country and joining a company are two happenings.
    ("Patel arrived in Britain from Kenya in 2001.",
     "Patel joined the accounting firm Hale & Rowe in 2005."),
    # A post held since a year is no debut.
    ("Fernando, who made his league debut in March 2019, was sold to Porto on Monday.",
     "Fernando, who has captained the side since 2018, was sold after a season of 14 goals."),
    # A levy proposed (no "since") and one in force; two levies in force told in few alike
    # words.
    ("The plastic cup levy was introduced in parliament in January 2021.",
     "The plastic cup levy came into force in January 2022."),
    ("Ireland's tax on plastic cups took effect in January 2021.",
     "The charge on hotel rooms came into force in January 2022, raising €40 million."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_two_happenings_or_one_date_are_quiet(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
