"""QA round 75: "said Paragon's president of domestic distribution, Carla Mendes" is Mendes
speaking (a role may be of a field), not Paragon; FC110 takes "Forecasters are calling for…"
and "Under the bank's new projections, …" as naming their source, and "was prepared to
consider phasing the cut" as a hedge; a source in a later clause with a claim of its own ("…, a
measure the finance ministry says will save €640 million") does not source the hedge before it."""

from __future__ import annotations

import pytest

from support import rule_messages

_QUOTE = "“Audiences are telling us they want something they haven't seen before,”"


@pytest.mark.parametrize(
    "attribution",
    [
        "said Paragon's president of domestic distribution, Carla Mendes.",
        "said Paragon's head of sales and marketing, Carla Mendes.",
        "said the studio's vice president of international distribution, Carla Mendes.",
    ],
)
def test_the_name_after_a_role_of_a_field_speaks(attribution: str) -> None:
    a = f"{_QUOTE} {attribution}"
    b = f"{_QUOTE} Carla Mendes said."
    assert rule_messages("FC104", a, b) == []


def test_another_speaker_is_still_told_apart() -> None:
    a = f"{_QUOTE} said Paragon's president of domestic distribution, Carla Mendes."
    b = f"{_QUOTE} Idris Kwame said."
    assert rule_messages("FC104", a, b)


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # The forecasters are named as the source of the forecast.
        (
            "Weather forecasters expected winds of 20 to 30 knots on Thursday, which could push "
            "more oil toward the beaches north of Bandon, the Coast Guard said.",
            "Forecasters are calling for winds of 20 to 30 knots on Thursday, which could drive "
            "more oil onto beaches north of Bandon.",
            False,
        ),
        # The bank's projections are named as what the claim rests on.
        (
            "In its quarterly Monetary Policy Report, the bank forecast that inflation would "
            "average 3.2% this year and 2.4% in 2026, before returning to its 2% target in the "
            "first half of 2027.",
            "Under the bank's new projections, inflation will average 3.2% this year and 2.4% "
            "in 2026, reaching the 2% goal in the first half of 2027.",
            False,
        ),
        # A concession weighed, told as a decision.
        (
            "Agriculture Minister Lucía Ferrer said the government was prepared to consider "
            "phasing the cut over two years but would not scrap it.",
            "The cut will be phased in over two years.",
            True,
        ),
        # Control: stated flat, it is flagged.
        (
            "In its quarterly Monetary Policy Report, the bank forecast that inflation would "
            "average 3.2% this year and 2.4% in 2026, before returning to its 2% target in the "
            "first half of 2027.",
            "Inflation will average 3.2% this year and 2.4% in 2026, reaching the 2% goal in the "
            "first half of 2027.",
            True,
        ),
    ],
)
def test_a_named_reckoning_is_a_source(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


_BUDGET = (
    "The government's draft budget would cut the farm diesel rebate from 21 cents a litre to 9 "
    "cents, a measure the finance ministry says will save €640 million a year."
)


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # The ministry's "says" sources the saving, in a clause of its own, not the cut before.
        (
            _BUDGET,
            "Under the draft budget, the rebate on farm diesel would fall from 21 cents a litre "
            "to 9 cents.",
            False,
        ),
        # Control: a cue closing the sentence sources every clause before it.
        (
            "The draft budget would cut the farm diesel rebate from 21 cents a litre to 9 cents, "
            "the finance ministry said.",
            "The rebate on farm diesel will fall from 21 cents a litre to 9 cents.",
            True,
        ),
        # Control: a subject's own estimate is sourced, whatever a later clause says.
        (
            "Analysts at Berenberg estimated the venture would need at least 600,000 paying "
            "customers to break even, a threshold they said it was unlikely to reach before 2029.",
            "The venture needs at least 600,000 paying customers to break even.",
            True,
        ),
    ],
)
def test_a_later_clause_source_hedges_its_own_claim(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged
