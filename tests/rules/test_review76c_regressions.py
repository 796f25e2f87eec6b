"""Review of the round-75 FC110 fixes: a source closing the sentence sources the hedge before
it however long the words on when and how it spoke ("…, the company said in a filing with the
Securities and Exchange Commission."), while a later clause with a claim of its own ("…, a
measure the finance ministry says will save €640 million") still does not; and "are calling
for" names its subject as the source only for those who forecast ("Forecasters are calling
for…") or before a figure, not for anyone's plea ("Residents are calling for help as…")."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # A closing attribution with a long tail still sources the hedge before it.
        (
            "The retailer may close up to 40 stores in the Midwest next year, the company said "
            "in a filing with the Securities and Exchange Commission.",
            "The retailer will close 40 stores in the Midwest next year.",
            True,
        ),
        (
            "The airline could cut as many as 1,500 cabin crew jobs, chief executive Tom Reyes "
            "said on Tuesday in a memo to staff that was seen by Reuters.",
            "The airline will cut 1,500 cabin crew jobs.",
            True,
        ),
        (
            "Volkmar could cut as many as 2,000 jobs at its Stuttgart plant, chief executive "
            "Anna Berg told reporters after the company's annual meeting in the city.",
            "Volkmar will cut 2,000 jobs at its Stuttgart plant.",
            True,
        ),
        # A later clause telling its own claim still does not source the hedge before it.
        (
            "The government's draft budget would cut the farm diesel rebate from 21 cents a "
            "litre to 9 cents, a measure the finance ministry says will save €640 million a "
            "year.",
            "The budget cuts the farm diesel rebate from 21 cents a litre to 9 cents.",
            False,
        ),
    ],
)
def test_a_closing_attribution_sources_the_hedge(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # Anyone's plea names no source for the claim after it.
        (
            "Forecasters said the storm could bring winds of up to 90 mph to the coast on Friday.",
            "Residents are calling for help as the storm brings winds of up to 90 mph to the "
            "coast on Friday.",
            True,
        ),
        # Forecasters calling for it name its source.
        (
            "Weather forecasters expected winds of 20 to 30 knots on Thursday, which could push "
            "more oil toward the beaches north of Bandon, the Coast Guard said.",
            "Forecasters are calling for winds of 20 to 30 knots on Thursday, which could drive "
            "more oil onto beaches north of Bandon.",
            False,
        ),
        # So does anyone calling for a figure: its own forecast.
        (
            "Forecasters said the storm could bring winds of up to 90 mph to the coast on Friday.",
            "The weather service is calling for winds of up to 90 mph on the coast on Friday.",
            False,
        ),
    ],
)
def test_calling_for_is_a_forecast_only_from_forecasters_or_of_a_figure(
    sourced: str, flat: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged
