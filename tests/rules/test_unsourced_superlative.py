"""FC113 on real sentences (QA rounds 52-62): a record claimed with no source that no other
article makes, and the record claims that are sourced, shared or less than a record."""

from __future__ import annotations

import pytest

from support import rule_messages

CONTEXT = "Services were restored on Saturday morning after the outage, the company said."

FLAGGED = [
    # QA round 62: telecom outage, hailstorm, tiger census, airline route; round 60: antitrust.
    "It was the longest outage on a national mobile network in the country's history.",
    "The storm was the most expensive weather event in the valley’s recorded history.",
    "Chitwan now has the highest density of wild tigers anywhere in Asia.",
    "The route is already the fastest-selling in the airline’s history.",
    "The fine is the largest the Commission has ever imposed on a single company.",
]


@pytest.mark.parametrize("claim", FLAGGED)
def test_a_record_one_article_claims_with_no_source_is_flagged(claim: str) -> None:
    messages = rule_messages("FC113", CONTEXT, claim)
    assert len(messages) == 1
    assert claim in messages[0]


NOT_FLAGGED = [
    # Sourced: a cue, or a speaker who describes it so.
    (CONTEXT, "It was the longest outage in the country's history, the regulator said."),
    (CONTEXT, "Hourly pay rose to £12.60, part of a £95m package that Marsh described as the "
              "largest in the company's history."),
    (CONTEXT, "Dupuis called it the deepest field she had ever raced."),
    # Less than a record: one of several, or a rank below the top.
    (CONTEXT, "South Africa's mines are among the deepest in the world."),
    (CONTEXT, "The fine was one of the biggest penalties ever imposed on a British shop chain."),
    (CONTEXT, "Heat killed 47,690 people in Europe in 2023, the second-highest toll since "
              "records began."),
    # "Most" and "least" as quantities, not superlatives.
    (CONTEXT, "Most residents had never seen the river so high in its history."),
    (CONTEXT, "At least twelve people have ever been rescued from the cave."),
    # No scope: a plain comparison.
    (CONTEXT, "The largest hailstones fell on the eastern suburbs."),
    # The other article makes the claim, however worded.
    ("Newcastle United signed Rafael Moreira from Palmeiras for a club-record fee of £98m.",
     "Rafael Moreira became the most expensive player in Newcastle United's history on "
     "Wednesday when he completed a £98 million move from Palmeiras."),
    ("The outage was the biggest on any national mobile network in the country's history.",
     "It was the longest outage on a national mobile network in the country's history."),
]  # fmt: skip


def test_a_record_of_another_kind_does_not_make_the_claim() -> None:
    other = "Police records show the national mobile network failed twice before."
    claim = "It was the longest outage on a national mobile network in the country's history."
    assert rule_messages("FC113", other, claim) != []


@pytest.mark.parametrize(("a", "b"), NOT_FLAGGED)
def test_records_sourced_shared_or_less_than_a_record_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC113", a, b) == []
