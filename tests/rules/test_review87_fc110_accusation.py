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
        "According to the tribunal's ruling, Petrov bullied junior staff during night shifts "
        "at the depot.",
        "Petrov bullied junior staff during night shifts at the depot.",
    ),
    # The source closing the sentence.
    (
        "The hospital failed to report the infections to health officials for nine days, the "
        "inquiry found.",
        "The hospital failed to report the infections to health officials for nine days.",
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
        "According to the tribunal's ruling, Petrov bullied junior staff during night shifts "
        "at the depot.",
        "The tribunal's ruling details how Petrov bullied junior staff during night shifts at "
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
