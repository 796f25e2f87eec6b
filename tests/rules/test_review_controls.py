"""Controls for the round 59-62 source-rule fixes, from a review of them."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("hedged", "flagged"),
    [
        # Many homes after "the", hedged: an estimate still.
        ("The council is expected to build the 2,000 homes by 2030.", True),
        # A handful after "the": the parties already told of.
        ("Regulators are expected to look at the two companies' portfolios.", False),
    ],
)
def test_only_a_handful_after_the_is_parties_told_of(hedged: str, flagged: bool) -> None:
    other = "Halvern agreed to buy Oristane for $14 billion in cash."
    assert bool(rule_messages("FC109", other, hedged)) is flagged


def test_the_adjective_alleged_leaves_the_claim_flat() -> None:
    sourced = "Prosecutors said they believed the fraud cost investors about $20 million."
    assert rule_messages("FC110", sourced, "The alleged fraud cost investors about $20 million.")
    assert not rule_messages("FC110", sourced, "The fraud allegedly cost investors $20 million.")
