"""FC112 on one happening dated apart in few shared words (QA round 81): a start "in" a month
as much as "on" a day, a public vote however worded (an election, voters, a ballot), the first
of a series ("the first case", "began with a case"), a thing that will resume, and two days of
one month told with many words in common. Each beside a near pair of two happenings."""

from __future__ import annotations

import pytest

from support import assert_dated_apart, rule_messages

DATED_APART = [
    # A rule that comes into force on a day and one that comes into force in a month.
    ("The regulator said the new water tariff would come into force on July 1, 2027.",
     "Officials have said the new tariff will come into force in September 2027.",
     ("July 1, 2027", "September 2027")),
    # A levy "election" and a levy put "before voters": one public vote.
    ("The levy election is set for June 3.",
     "Mayor Ellen Ortiz said a $250 million transit levy will go before county voters on "
     "June 10.",
     ("June 3", "June 10")),
    ("The levy ballot is scheduled for November 4.",
     "Residents will decide the levy in a referendum on November 11.",
     ("November 4", "November 11")),
    # The first of a series, and what the series began with.
    ("The first infection was confirmed on 4 May at a care home in Leith.",
     "The cluster started with an infection confirmed on 11 May.",
     ("4 May", "11 May")),
    # A thing that will resume, whoever the clause says resumes it.
    ("Mediators said they would reconvene on April 14.",
     "The 40 negotiators will reconvene on April 7, when they will try again to settle the pay "
     "dispute.",
     ("April 14", "April 7")),
    ("Talks resume on 20 February.",
     "Both sides said they will resume on 27 February.",
     ("20 February", "27 February")),
    # Two days of one month of one year, told with many words in common (a court, a place, a
    # site, what happened there), however the happening itself is worded.
    ("Harbour Court found that the operator had ignored warnings about its Dunmore fuel "
     "terminal before a gale ripped open a storage tank on Sept. 14, 2022.",
     "Coastline Fuels was convicted by Harbour Court of breaching pollution laws over a fuel "
     "spill from its terminal in Dunmore on 19 September 2022.",
     ("Sept. 14, 2022", "19 September 2022")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_happening_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    assert_dated_apart(a, b, dates)


NOT_APART = [
    # Announced in a month, in force from a day: two happenings.
    ("The regulator said the new water tariff would come into force on July 1, 2027.",
     "Officials announced the new tariff in September 2027."),
    # A council's vote is no public one.
    ("The council voted on June 3 to approve the transit levy.",
     "The levy election is set for June 10."),
    # A first case and one later case are two.
    ("The first infection was confirmed on 4 May at a care home in Leith.",
     "An infection was confirmed on 11 May at a school in Portobello."),
    # The last session and the next; two bodies that will each meet.
    ("The negotiators last reconvened on April 2.",
     "Mediators said they would reconvene on April 14."),
    ("The board will meet on April 14.",
     "Shareholders will meet on April 7."),
    # Two months apart; or two days of one month told in fewer words in common (a court's
    # name and a place), the spill itself not named alike.
    ("Harbour Court found that the operator had ignored warnings about its Dunmore fuel "
     "terminal before a gale ripped open a storage tank on Sept. 14, 2022.",
     "Coastline Fuels was convicted by Harbour Court of breaching pollution laws over a fuel "
     "spill from its terminal in Dunmore on 19 October 2022."),
    ("Harbour Court found that the operator had ignored warnings about its Dunmore terminal "
     "before a gale ripped open a storage tank on Sept. 14, 2022.",
     "Coastline Fuels was convicted by Harbour Court of breaching pollution laws over a diesel "
     "spill from its depot in Dunmore on 19 September 2022."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_dates_of_two_happenings_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
