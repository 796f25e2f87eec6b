"""FC114 on real sentences (QA rounds 52, 68-71): talks or plans not announced, told with no
source, that no other article reports with one; and those that are sourced, announced,
corroborated or a public debate."""

from __future__ import annotations

import pytest

from support import rule_messages

CONTEXT = "The club reported revenue of £612 million for the year, the annual report showed."

FLAGGED = [
    # Round 68 stadium naming rights (P8), round 69 airline results (P8), round 52 automaker.
    "Veltra Energy is also in talks to become the club’s shirt sponsor from the 2027-28 season.",
    "The airline is also preparing to cut around 400 jobs at its Bergen maintenance base.",
    "The company is considering closing or converting one of its three plants in the country.",
    "Halvorsen is weighing a bid for the rival Nordic ferry operator.",
    "The two carriers are in advanced talks over a merger.",
]


@pytest.mark.parametrize("claim", FLAGGED)
def test_an_unannounced_plan_told_with_no_source_is_flagged(claim: str) -> None:
    messages = rule_messages("FC114", CONTEXT, claim)
    assert len(messages) == 1
    assert claim in messages[0]


NOT_FLAGGED = [
    # Sourced: a cue, unnamed sources, a quote.
    (CONTEXT, "Veltra Energy is in talks to become the club’s shirt sponsor, two people "
              "familiar with the matter said."),
    (CONTEXT, "The airline said it was preparing to cut around 400 jobs at its Bergen base."),
    (CONTEXT, "“We are considering every option,” the chief executive said."),
    # Announced plans: what these phrases are not.
    (CONTEXT, "The airline plans to cut around 400 jobs at its Bergen maintenance base."),
    (CONTEXT, "The airline will cut around 400 jobs at its Bergen maintenance base."),
    # Asked for, refused: no report that talks are held.
    (CONTEXT, "Unions have called for talks with the company before any closure."),
    (CONTEXT, "The minister ruled out talks with the strikers."),
    # A public debate among many (round 70 bridge toll, round 71 drug prices).
    (CONTEXT, "Lawmakers are also considering a bill that would extend the penalties to "
              "private insurance."),
    (CONTEXT, "Several firms are now considering moving depots to the south bank."),
    # Weighed in public, or another sense of the verb (review of the first FC114).
    (CONTEXT, "The court is considering whether to admit the new evidence."),
    (CONTEXT, "The club, which beat Rovers 2-1 on Saturday, is preparing to face Ajax in the "
              "Champions League on Wednesday."),
    (CONTEXT, "The probe, which launched on Friday, is exploring the outer solar system."),
    (CONTEXT, "The baby, who was born prematurely, is weighing just 900 grams."),
    # Talks reported with a source corroborate a move weighed.
    ("Halvard said on Monday it was in early discussions about a possible offer for Brenner.",
     "Halvard is considering an offer for Brenner."),
    # "Considering" as a preposition.
    (CONTEXT, "Considering the cost, the club’s result was strong."),
    # The other article reports the talks with a source.
    ("The club confirmed it was in discussions with Veltra Energy about its shirts.",
     "Veltra Energy is also in talks to become the club’s shirt sponsor."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_FLAGGED)
def test_plans_sourced_announced_or_corroborated_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC114", a, b) == []


def test_a_plan_the_other_article_tells_unsourced_too_is_still_flagged() -> None:
    """Two outlets repeating one rumour do not corroborate each other."""
    a = "Veltra Energy is in talks with the club over a shirt deal."
    b = "Veltra Energy is also in talks to become the club’s shirt sponsor."
    assert len(rule_messages("FC114", a, b)) == 2


def test_a_hedged_figure_in_the_report_is_one_warning_not_two() -> None:
    # Without the plan, the hedged figure is FC109's; with it, FC114's alone.
    hedged = "The airline is expected to cut an estimated 400 jobs at its Bergen base."
    assert rule_messages("FC109", CONTEXT, hedged) != []
    claim = "The airline is also preparing to cut an estimated 400 jobs at its Bergen base."
    assert rule_messages("FC109", CONTEXT, claim) == []
    assert len(rule_messages("FC114", CONTEXT, claim)) == 1
