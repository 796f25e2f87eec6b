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


def test_a_subject_estimating_at_least_owns_its_claim() -> None:
    sourced = "Officials said they expected at least 300 homes to have been destroyed by the fire."
    owned = "The ministry estimated at least 300 homes were destroyed by the fire."
    assert rule_messages("FC110", sourced, owned) == []


def test_spans_of_time_keep_their_decimals() -> None:
    from factcheck.rules.kinds.source_dropped import numbers

    assert numbers("The work will take 2.5 years, not 5 years.") == ["t2.5year", "t5year"]


def test_a_person_applying_on_a_day_starts_nothing() -> None:
    from factcheck.rules.kinds.date_mismatch import _TAKES_EFFECT

    assert _TAKES_EFFECT.search("The new rate applies from ")
    assert not _TAKES_EFFECT.search("She applied on ")


@pytest.mark.parametrize(
    ("sentence", "record"),
    [
        ("Prices reached a record high in March.", True),
        ("Newcastle paid a club-record fee.", True),
        ("He spoke on the record because he was angry.", False),
        ("The record shows he voted against the bill.", False),
    ],
)
def test_a_record_told_as_a_record(sentence: str, record: bool) -> None:
    from factcheck.rules.kinds.unsourced_superlative import _RECORD

    assert bool(_RECORD.search(sentence)) is record


def test_people_counted_elsewhere_with_a_source_do_not_source_an_estimate() -> None:
    other = "The festival opened on Friday in the city centre."
    hedged = (
        "About 200 people are expected to attend the closing concert on Sunday. Police said "
        "150 people were arrested on Saturday night."
    )
    assert rule_messages("FC109", other, hedged) != []
