"""QA round 78: FC110 weighs an estimate of a figure itself ("estimated the bill at about
$90 million") against a flat telling of that figure sharing a word of its measure, with a
subject who works somewhere however named ("Claims analysts at … (RMX)"); a side in a case at
law telling what someone did ("Prosecutors said Merritt bought…") as its case, not a fact; and
a reckoning named as what shows the claim ("The agency's models suggest…") as its source."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # An estimate of the figure itself, told flat with another word for its measure.
        (
            "Claims analysts at Reinsurance Metrics Exchange Ltd (RMX) estimated insured "
            "costs at about $95 million, a total they said may climb.",
            "The hailstorm has caused about $95 million in insured harm, one of the worst "
            "bills for the region in years.",
            True,
        ),
        (
            "Engineers at the county estimated repair costs at roughly $38 million.",
            "The bridge collapse caused roughly $38 million in repair bills for the county.",
            True,
        ),
        # Told as fact in both: no estimate to drop.
        (
            "Claims analysts at Reinsurance Metrics Exchange Ltd (RMX) counted insured costs "
            "of about $95 million, a total they said may climb.",
            "The hailstorm has caused about $95 million in insured harm, one of the worst "
            "bills for the region in years.",
            False,
        ),
        # The flat sentence shares the figure but no word of what it measures.
        (
            "Engineers at the county estimated repair costs at roughly $38 million.",
            "Voters approved a transit levy worth roughly $38 million on Tuesday evening.",
            False,
        ),
    ],
)
def test_an_estimate_of_the_figure_itself(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


_SPENT = (
    "Merritt spent the money on a $1.8 million villa in Naples, a speedboat and two racehorses."
)


@pytest.mark.parametrize(
    ("sourced", "flagged"),
    [
        (
            "Prosecutors said Merritt spent the funds on a $1.8 million villa in Naples, a "
            "speedboat and two racehorses.",
            True,
        ),
        (
            "The lawsuit says Merritt spent the funds on a $1.8 million villa in Naples, a "
            "speedboat and two racehorses.",
            True,
        ),
        # Not a side in the case: a plain attribution, how every outlet writes.
        (
            "Neighbours said Merritt spent the funds on a $1.8 million villa in Naples, a "
            "speedboat and two racehorses.",
            False,
        ),
    ],
)
def test_a_sides_case_is_no_fact(sourced: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, _SPENT)) is flagged


def test_a_sides_word_on_the_stakes_is_not_its_case() -> None:
    # What the charge carries, not what the accused did: no act to allege.
    sourced = "Prosecutors said Merritt faces up to 20 years in prison on each of the counts."
    flat = "Merritt faces up to 20 years in prison on each of the counts against him."
    assert not rule_messages("FC110", sourced, flat)


_SOURCED = (
    "Hydrologist Ines Varga said the agency's projections showed a drop of 25 to 40 percent "
    "in river flow by 2070, depending on rainfall."
)


@pytest.mark.parametrize(
    ("flat", "flagged"),
    [
        (
            "The agency's models suggest river flow will drop by 25 to 40 per cent by 2070, "
            "depending on how much rain falls.",
            False,
        ),
        (
            "Its simulations show river flow dropping by 25 to 40 per cent by 2070, depending "
            "on how much rain falls.",
            False,
        ),
        # The same claim with no reckoning named: a dropped source.
        (
            "River flow will drop by 25 to 40 per cent by 2070, depending on how much rain falls.",
            True,
        ),
    ],
)
def test_a_reckoning_that_shows_the_claim_sources_it(flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", _SOURCED, flat)) is flagged
