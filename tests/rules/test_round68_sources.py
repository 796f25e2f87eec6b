"""QA round 68: a subject's own plan names its source (FC109); "X of Y put N at" names its
source (FC110); and a hedge about what may happen to a thing does not hedge a relative clause
that tells, as fact, what was done to it (FC110)."""

from __future__ import annotations

import pytest

from support import rule_messages

_OTHER = "The operator reported a loss for the year and named a new chief executive."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # The sentence's subject owns the plan: its source.
        ("The company plans to spend €4.6 billion on the project in 2025, its highest outlay.",
         False),
        ("Officials plan to hire 1,200 extra inspectors by the end of next year.", False),
        ("The carrier took delivery of seven new ships during the year as part of a plan to "
         "cut its greenhouse gas emissions by 40% by 2030.", False),
        # A plan told passively, or hearsay, names no one (as before).
        ("The line is set to cost €4.6 billion in 2025.", True),
        ("The carrier is expected to cut its greenhouse gas emissions by 40% by 2030.", True),
    ],
)  # fmt: skip
def test_a_subjects_own_plan_is_sourced(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC109", sentence, _OTHER)) is flagged


_VOSS = (
    "Karen Voss, an analyst at catastrophe modeler Riskline, estimated insured losses at "
    "between $800 million and $1.2 billion, and said total damage was likely to be far higher."
)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # A named person and where they work, then the verb: the estimate is theirs.
        ("Karen Voss of the catastrophe modeler Riskline put insured losses at between "
         "$800 million and $1.5 billion.", False),
        ("Karen Voss at Riskline put insured losses at between $800 million and $1.5 billion.",
         False),
        # No one named: the estimate is stated as fact.
        ("Insured losses will come to between $800 million and $1.2 billion.", True),
    ],
)  # fmt: skip
def test_a_named_persons_estimate_is_sourced(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", _VOSS, sentence)) is flagged


_FORECAST = (
    "Freight forwarders said the surcharges that Halvorsen and its rivals introduced last year "
    "to cover the extra fuel burned on the longer route are likely to remain in place for as "
    "long as the diversions continue."
)


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # A past act the sourced sentence tells as fact, in a relative clause.
        ("Halvorsen added surcharges to cover part of the extra cost.", False),
        # What the forwarders forecast, stated as fact.
        ("The surcharges will remain in place for as long as the diversions continue.", True),
    ],
)
def test_a_relative_clause_of_fact_is_not_hedged(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sentence, _FORECAST)) is flagged
