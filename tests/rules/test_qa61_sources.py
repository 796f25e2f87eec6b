"""QA round 61: a source's estimate, projection or unconfirmed report stated as fact is a
dropped source, also when the flat sentence tells more around the figure (FC110); a denial is
its maker's word and a modal of purpose no hedge (FC110); a count after its definite article
is no estimate (FC109)."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # An association's estimate, flat in a lede that tells more around the figure.
        (
            "The Valmera Logistics Association estimated that the stoppage cost the regional "
            "economy €1.2 billion in delayed shipments, spoiled goods and idle trucking capacity.",
            "VALMERA — Cargo began moving again at the Port of Valmera on Thursday evening after "
            "dockworkers ratified a new contract, bringing to a close a 12-day walkout that "
            "paralysed one of the region's busiest gateways and cost the economy €1.2 billion.",
            True,
        ),
        # A preliminary damage figure "put at", stated as the damage.
        (
            "The regional government put preliminary damage at €340 million, including the "
            "destroyed bridge, about 60 homes and the town's water treatment plant.",
            "The flood caused €340 million of damage, destroying a road bridge, dozens of homes "
            "and the water treatment plant.",
            True,
        ),
        # An unconfirmed report, stated as fact.
        (
            "Local media reported that a minibus carrying 11 tourists had been swept off the "
            "valley road, though police had not confirmed the report by Sunday evening.",
            "A minibus carrying 11 tourists was swept off the valley road near the town.",
            True,
        ),
        # A team's projection, stated as fact.
        (
            "The team projects the stadium will generate $240 million a year in local economic "
            "activity, a figure that Hannah Liu, an economist at Ohio Valley University who "
            "studies sports finance, called optimistic.",
            "The stadium will generate $240 million a year in local economic activity.",
            True,
        ),
        # Controls: a report attributed plainly; "projects" the noun; a preliminary stage of
        # an inquiry, no estimate.
        (
            "Local media reported that a minibus carrying 11 tourists had been swept off the "
            "valley road.",
            "A minibus carrying 11 tourists was swept off the valley road near the town.",
            False,
        ),
        (
            "Officials said the team's construction projects will generate 900 jobs a year in "
            "the city.",
            "The construction projects will generate 900 jobs a year in the city.",
            False,
        ),
        (
            "The U.S. investigation began last September, when NHTSA opened a preliminary "
            "evaluation after receiving 11 complaints from owners, the agency said.",
            "NHTSA opened a preliminary evaluation into the fires in September after receiving "
            "11 owner complaints.",
            False,
        ),
        # A denial is its maker's word: both name the minister.
        (
            "Education Minister Grace Achieng dismissed claims that the papers had been softened.",
            "Education Minister Grace Achieng rejected suggestions that the papers had been "
            "made easier.",
            False,
        ),
        # A modal of purpose hedges nothing: the company's own completed act.
        (
            "The company said it had recalled 12,000 kilograms of bottled aioli on August 14, "
            "had moved all kitchens to pasteurised eggs and had shut the affected restaurants "
            "for three days so they could be cleaned.",
            "Pollo Rojo voluntarily recalled 12,000 pounds of bottled aioli sold through grocery "
            "stores on Aug. 14 and switched to pasteurised eggs at all locations. It also closed "
            "the 23 affected restaurants for 72 hours for deep cleaning.",
            False,
        ),
        # Control: a modal that hedges the act.
        (
            "The company said it could shut the affected restaurants for three days.",
            "The company will shut the affected restaurants for three days.",
            True,
        ),
    ],
)
def test_source_dropped(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("hedged", "flagged"),
    [
        # The two parties to the deal, not an estimate.
        (
            "Competition authorities in Washington and Brussels are expected to look closely at "
            "the two companies' overlapping breast-cancer portfolios.",
            False,
        ),
        # Control: a count told as expected, with no article before it.
        (
            "Competition authorities in Washington and Brussels are expected to hire 40 "
            "lawyers to look at the deal.",
            True,
        ),
    ],
)
def test_definite_count_is_no_estimate(hedged: str, flagged: bool) -> None:
    other = "Halvern agreed to buy Oristane for $14 billion in cash."
    assert bool(rule_messages("FC109", other, hedged)) is flagged
