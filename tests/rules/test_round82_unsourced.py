"""QA round 82, unsourced one-sided claims (FC115): a forecast for a class ("Several other
sides are expected to lose…") or the outlet's own of a backlash ("is likely to anger"), a
warning given before ("had been warned about"), a class's doing since ("Landlords have since
raised…"), the cause of a happening told flat ("The blaze was sparked by…", its paragraph's
source carrying over only from a sentence about the cause); a cue ending a compound
("top-ranked") names no source, and a unit ("Rs", "crore") is no word two sentences share.
"""

from __future__ import annotations

import pytest

from support import rule_messages

OTHER = "Officials gave no further details."


def _flagged(text: str, other: str = OTHER) -> bool:
    return bool(rule_messages("FC115", text, other))


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # A forecast for the class the quantifier names.
        ("Several other Championship sides are expected to lose their best players to Spain "
         "this summer.", True),
        ("Many smaller carriers are likely to drop the route within a year.", True),
        # Negative: its source named, or dated to the news day.
        ("Several other Championship sides are expected to lose players, the league's chief "
         "executive said.", False),
        ("Many commuters are expected to work from home on Thursday.", False),
        # The outlet's own forecast.
        ("The ruling is likely to anger fishing crews along the northern coast.", True),
        ("The new fee is likely to draw complaints from small traders.", True),
        # Negative: no backlash foretold, sourced, on the news day, or told of a happening.
        ("Her arrival is likely to push the veteran further down the pecking order.", False),
        ("The ruling is likely to anger fishing crews, analysts said.", False),
        ("The court is likely to rule on Tuesday.", False),
        ("The storm is likely to bring heavy rain to the coast.", False),
        # A warning given before the event.
        ("Port officials had been warned about corrosion in the crane's base three years "
         "earlier.", True),
        # Negative: a warning to do something, or one with its source.
        ("Residents had been warned to leave their homes.", False),
        ("Port officials had been warned about corrosion, an inspector told the inquiry.",
         False),
        # A class and what it has since done.
        ("Landlords have since raised rents on most flats in the district.", True),
        # Negative: a passive of the aftermath, a happening's, a sourced one, a named one.
        ("Residents have since been allowed back into their homes.", False),
        ("Firefighters have since contained the blaze.", False),
        ("Landlords have since raised rents, the tenants' union said.", False),
        ("The landlords have since raised rents on most flats.", False),
    ],
)  # fmt: skip
def test_forecasts_warnings_and_a_class_since(text: str, flagged: bool) -> None:
    assert _flagged(text) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        ("Crews fought the blaze on Monday. The blaze was sparked by a discarded cigarette "
         "near the rail line.", OTHER, True),
        # The area's source sources the area, not the cause.
        ("The fire had burned 40 square kilometres, according to the fire service. The fire "
         "was started by a faulty generator.", OTHER, True),
        ("The outage was caused by a botched software update at the exchange.", OTHER, True),
        # Negative: a source for the cause, in the sentence or the one before it.
        ("The blaze was sparked by a discarded cigarette, investigators said.", OTHER, False),
        ("Investigators said they were examining a generator. The fire was started by a faulty "
         "generator.", OTHER, False),
        # Negative: the other article tells the cause in its own words, in any voice.
        ("The blaze was sparked by a discarded cigarette near the rail line.",
         "Officials blamed the blaze on a cigarette dropped beside the rail line.", False),
        # Negative: no happening started.
        ("The race was started by the mayor at nine.", OTHER, False),
    ],
)  # fmt: skip
def test_cause_of_a_happening_told_flat(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged


@pytest.mark.parametrize(
    ("text", "other", "flagged"),
    [
        # A cue ending a compound is an adjective, no source.
        ("Several coaches have privately complained that the league shields top-ranked teams "
         "from fines.", OTHER, True),
        ("Several coaches have privately complained to the league, one manager told reporters.",
         OTHER, False),
        # Units shared with a sentence of the event tell no claim.
        ("Several bidders had privately agreed to cap offers for junior players at Rs 3 crore.",
         "The eight bidders spent Rs 412.6 crore on 64 players in all.", True),
        # Negative: the other article tells the pact.
        ("Several bidders had privately agreed to cap offers for junior players at Rs 3 crore.",
         "Bidders had privately agreed to cap offers for junior players, officials said.",
         False),
    ],
)  # fmt: skip
def test_compound_cues_and_units(text: str, other: str, flagged: bool) -> None:
    assert _flagged(text, other) is flagged
