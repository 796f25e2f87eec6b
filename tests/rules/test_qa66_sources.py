"""QA round 66 (FC110): a flat claim is not sourced in its own article by a sentence sharing
only a figure that describes a thing there ("a four-year contract"); a verb of claiming keeps
its subject when the day it was said stands before its "that" ("warned on Tuesday that"); a
short sourced claim told whole in a clause of a longer flat sentence is that sentence's claim."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "claim", "flagged"),
    [
        # The lede's "four-year contract" describes the contract: no source for the cost.
        (
            "The airline said it expected the new contract to add about $1.3 billion to labour "
            "costs over four years.",
            "Northway Airlines pilots would see their pay climb a cumulative 25.2% across the "
            "life of a four-year contract under a tentative agreement announced Tuesday, ending "
            "months of labor strife.\n\nThe agreement will add $1.3 billion to labor costs over "
            "the four years.",
            True,
        ),
        # Control: sourced in its own article with its figure.
        (
            "The airline said it expected the new contract to add about $1.3 billion to labour "
            "costs over four years.",
            "The agreement will add $1.3 billion to labor costs over the four years.\n\nThe "
            "company said the agreement would add $1.3 billion to labor costs.",
            False,
        ),
        # "warned on Tuesday that": the agencies' warning, hedged by its "could … if".
        (
            "NAIROBI, 2 December (Meridian Wire) – A coalition of 14 aid agencies warned on "
            "Tuesday that famine could be declared in the Tamboro region of eastern Malundi "
            "within three months if food aid does not reach the area, after a third "
            "consecutive failed rainy season.",
            "Famine will be declared in Tamboro within three months unless food reaches the "
            "region.",
            True,
        ),
        # Control: told as what may be, not as fact.
        (
            "A coalition of 14 aid agencies warned on Tuesday that famine could be declared in "
            "Tamboro within three months if food aid does not reach the area.",
            "Famine could be declared in Tamboro within three months unless food reaches the "
            "region, aid groups said.",
            False,
        ),
        # An unnamed source's claim, told whole in the last clause of a flat sentence.
        (
            "The Treasury will retain a golden share, according to two people familiar with the "
            "negotiations.",
            "The company's headquarters must stay in Sheffield, its 2 blast furnaces must keep "
            "running until a replacement electric arc furnace is ready, and the Treasury will "
            "retain a golden share.",
            True,
        ),
        # Control: the same claim sourced in its own article.
        (
            "The Treasury will retain a golden share, according to two people familiar with the "
            "negotiations.",
            "The company's headquarters must stay in Sheffield, and the Treasury will retain a "
            "golden share, Business Secretary Helen Marsh said.",
            False,
        ),
    ],
)
def test_source_dropped_round66(sourced: str, claim: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, claim)) is flagged
