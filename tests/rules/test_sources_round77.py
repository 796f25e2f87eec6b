"""QA round 77: FC110 weighs a hedge coordinated after a perfect auxiliary ("…on insurance and
had expected 95,000 visitors") as hedging its own verb only, so a flat figure of the act before
it is no dropped source; and "alleged that" (a party's case) names its source as "said" does."""

from __future__ import annotations

import pytest

from support import rule_messages

_SPENDS_AND_EXPECTED = (
    "The Harwick Gallery spends about $3.1 million a year on insurance and had expected around "
    "95,000 visitors this season, which would have been a record."
)


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # The spending is told as fact; the expectation hedges the visitors only.
        (
            _SPENDS_AND_EXPECTED,
            "The gallery, which drew 81,000 visitors last season, spends $3.12 million a year "
            "on insurance.",
            False,
        ),
        # The expected figure itself, stated flat, is still a dropped hedge.
        (
            _SPENDS_AND_EXPECTED,
            "The gallery would have drawn around 95,000 visitors this season, its best ever total.",
            True,
        ),
        # A hedge that is no coordinated verb still covers its whole clause.
        (
            "The Ostend Maritime Trust said its staff had expected around 95,000 visitors at the "
            "harbour museum this season.",
            "The harbour museum would have drawn around 95,000 visitors this season, its best "
            "ever total.",
            True,
        ),
    ],
)
def test_a_coordinated_hedge_covers_its_own_verb(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flagged"),
    [
        (
            "Prosecutors alleged that Dorsey forged test scores for most of the applicants, "
            "including fake transcripts.",
            True,
        ),
        (
            "The indictment charged that Dorsey forged test scores for most of the applicants, "
            "including fake transcripts.",
            True,
        ),
        # Said plainly, with no hedge, by no side in the case: how every outlet writes, left
        # alone (prosecutors telling what he did is their case: see test_round78_sources).
        (
            "Classmates said Dorsey forged test scores for most of the applicants, including "
            "fake transcripts.",
            False,
        ),
    ],
)
def test_an_allegation_names_its_source(sourced: str, flagged: bool) -> None:
    flat = "Dorsey forged test scores for most of the applicants, at times using fake transcripts."
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


_OTHER = "The lender's shares fell 6% in early trading on Thursday."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        # "alleged that" sources its record as "said" does…
        ("Regulators alleged that the lender hid the largest loss in its history.", False),
        # …but "alleged" before its noun is an adjective, and names no one.
        ("The alleged fraud was the largest loss in the lender's history.", True),
    ],
)
def test_alleged_that_is_a_cue_not_the_adjective(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC113", _OTHER, sentence)) is flagged


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("The flood is the most severe in the valley in more than a century.", True),
        ("The storm was the strongest to hit the coast in over a century.", True),
        ("The drought is the worst in the province in nearly a century.", True),
        # Sourced: someone's word.
        (
            "The flood is the most severe in the valley in more than a century, hydrologists said.",
            False,
        ),
        # A span of time that is no record's scope.
        ("The most severe floods came more than a century after the dam was built.", False),
    ],
)
def test_a_century_however_hedged_is_a_records_scope(sentence: str, flagged: bool) -> None:
    other = "Rescue crews reached the last cut-off villages on Sunday."
    assert bool(rule_messages("FC113", other, sentence)) is flagged
