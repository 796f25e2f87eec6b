"""FC110: a source's accusation of wrongdoing told flat by the other article (QA round 84:
opera-house-bailout P5, prepayment-meter-fine P5, super-fund-penalty P6, rowing-coach-suspension
P6), and what must stay unflagged: both sourced, denials, admissions, a law as the accused, a
colon's account, another act or party, a claim hedged or told in a quote."""

from __future__ import annotations

import pytest

from support import rule_messages

FLAGGED = [
    # A regulator's finding, "said … had failed to".
    (
        "The watchdog said the landlord had failed to carry out gas safety checks in 40 of "
        "the flats it inspected.",
        "Harbour Homes failed to carry out gas safety checks in 40 of the flats it inspected.",
    ),
    # An audit's "found that", the accused named in an apposition.
    (
        "A review ordered by the board found that the charity, Brightside Trust, had "
        "overstated its donor numbers by about a fifth in 2022.",
        "The charity that runs the shelter, Brightside Trust, overstated its donor numbers by "
        "about a fifth in 2022.",
    ),
    # A report opening the sentence.
    (
        "According to the panel's report, Petrov shouted at junior staff during night shifts "
        "at the depot.",
        "Petrov shouted at junior staff during night shifts at the depot.",
    ),
    # The source closing the sentence.
    (
        "The hospital failed to report the infections to health officials for nine days, the "
        "inquiry found.",
        "The hospital failed to report the infections to health officials for nine days.",
    ),
    # A heading's colon names no source.
    (
        "The watchdog said the landlord had failed to carry out gas safety checks in 40 of "
        "the flats it inspected.",
        "Where it went wrong:\n\nHarbour Homes failed to carry out gas safety checks in 40 of "
        "the flats it inspected.",
    ),
]

NOT_FLAGGED = [
    # Both articles source it, to different sources.
    (
        "The watchdog said the landlord had failed to carry out gas safety checks in 40 of "
        "the flats it inspected.",
        "Harbour Homes failed to carry out gas safety checks in 40 of the flats it inspected, "
        "the ombudsman found.",
    ),
    # A denial, and a flat contradiction.
    (
        "The regulator said the club had ignored two warnings from its auditor about the accounts.",
        "The club denied that it had ignored two warnings from its auditor about the accounts.",
    ),
    (
        "The regulator said the club had ignored two warnings from its auditor about the accounts.",
        "The club did not ignore the two warnings from its auditor about the accounts.",
    ),
    # The speaker's own admission.
    (
        "The airline said it had failed to carry out engine checks on four of its jets last "
        "winter.",
        "Skyway failed to carry out engine checks on four of its jets last winter.",
    ),
    # A law is no party.
    (
        "Campaigners said the law had failed to protect renters from sudden evictions in the city.",
        "The law failed to protect renters from sudden evictions in the city.",
    ),
    # Introduced by a colon on the line before.
    (
        "The regulator said the club had ignored repeated warnings from its auditor about the "
        "accounts.",
        "The regulator's report found:\n\nThe club ignored repeated warnings from its auditor "
        "about the accounts.",
    ),
    # The same source named in other words.
    (
        "According to the panel's report, Petrov shouted at junior staff during night shifts "
        "at the depot.",
        "The panel's report details how Petrov shouted at junior staff during night shifts at "
        "the depot.",
    ),
    # Another act of the same party.
    (
        "The regulator said the bank had misled customers about the fees on its savings accounts.",
        "The bank misled investors about the size of its losses in 2022, before the row began.",
    ),
    # The parties the other way round.
    (
        "The regulator said the club had ignored two warnings from its auditor about the accounts.",
        "The auditor ignored two warnings from the club about the accounts.",
    ),
    # Hedged, or in a quote.
    (
        "The watchdog said the landlord had failed to carry out gas safety checks in most flats.",
        "Harbour Homes appears to have failed to carry out gas safety checks in most flats.",
    ),
    (
        "The regulator said the club had ignored two warnings from its auditor about the accounts.",
        "“The club ignored two warnings from its auditor about the accounts,” the judge wrote.",
    ),
    # A restrictive relative clause that reports keeps its cue.
    (
        "Officials said residents may have seen smoke from the warehouse before they were "
        "moved to a school hall.",
        "Residents who said they had seen smoke from the warehouse were moved to a school hall "
        "overnight.",
    ),
    # The party's own side speaking: its chief, its statement, its lawyer.
    (
        "Managing director Helen Voss said Skyway had failed to carry out engine checks on "
        "four of its jets last winter.",
        "Skyway failed to carry out engine checks on four of its jets last winter.",
    ),
    (
        "The hotel group said in a statement that Larkspur had underpaid its cleaners for "
        "most of the summer season.",
        "Larkspur underpaid its cleaners for most of the summer season.",
    ),
    # A court's finding or a verdict is fact.
    (
        "The jury found that Doyle had defrauded the parish council of £86,000 over five years.",
        "Doyle defrauded the parish council of £86,000 over five years.",
    ),
    (
        "The judge ruled that the landlord had breached its duty to the tenants by leaving the "
        "lift broken for a year.",
        "The landlord breached its duty to the tenants by leaving the lift broken for a year, "
        "Judge Amira Shah held.",
    ),
    # The other sentence is no flat telling: a finding, evidence, an admission, a dispute.
    (
        "The regulator said the lender had misled borrowers about early repayment fees.",
        "A regulator's review found Cairn Finance misled borrowers about early repayment fees.",
    ),
    (
        "The regulator said the lender had misled borrowers about early repayment fees.",
        "Internal memos show the lender misled borrowers about early repayment fees.",
    ),
    (
        "The regulator said the lender had misled borrowers about early repayment fees.",
        "Cairn Finance admitted it misled borrowers about early repayment fees.",
    ),
    (
        "The panel said Ortiz had shouted at players during a youth tournament in Porto.",
        "Ortiz disputes the finding that he shouted at players during a youth tournament in Porto.",
    ),
    # No party accused: people at large, the weather, a team's play.
    (
        "Dealers said investors had ignored the central bank's warning about high share prices.",
        "Investors ignored the central bank's warning about high share prices.",
    ),
    (
        "Guides said thick fog had covered up the trail markers on the upper slopes overnight.",
        "Thick fog covered up the trail markers on the upper slopes overnight.",
    ),
    (
        "Former Rovers striker Dean Ayre said Albion had bullied Rovers in midfield all afternoon.",
        "Albion bullied Rovers in midfield all afternoon.",
    ),
    # A clause closing the sentence that is no source.
    (
        "Kilbride Rangers failed to pay their groundstaff for two months, as the winter dragged "
        "on.",
        "Kilbride Rangers failed to pay their groundstaff for two months.",
    ),
    # A finding that accuses no one.
    (
        "An audit found that the council spent £4.2 million on consultants in 2023.",
        "The council spent £4.2 million on consultants in 2023.",
    ),
]


@pytest.mark.parametrize(("sourced", "flat"), FLAGGED)
def test_accusation_told_flat_is_flagged(sourced: str, flat: str) -> None:
    messages = rule_messages("FC110", sourced, flat)
    assert len(messages) == 1
    assert "b states as fact" in messages[0]


@pytest.mark.parametrize(("sourced", "flat"), NOT_FLAGGED)
def test_accusation_not_flagged(sourced: str, flat: str) -> None:
    assert rule_messages("FC110", sourced, flat) == []
