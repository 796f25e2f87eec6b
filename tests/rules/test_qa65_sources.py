"""QA round 65 (FC110, FC112): a short claim told by its span of time ("for at least three
more weeks") is weighed by it, as by a date; a claim weighed by its numbers is sourced in its
own article only by a sentence printing one of them; a date a rule or deal takes effect on is a
start, however its preposition runs ("takes effect on", "applies from")."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "claim", "flagged"),
    [
        # Three content words, but its span of time makes it a claim.
        (
            "Forecasters at the state wildlife commission said they expected the bloom to "
            "persist for at least three more weeks, depending on wind and rain.",
            "The bloom will persist for at least three more weeks.",
            True,
        ),
        # A quote sharing "take" and "site" does not source a claim told by its year.
        (
            "Industry Minister Pablo Serrano said the ministry expected a new investor to take "
            "over the site by 2026.",
            "“We did not take this decision lightly, but the plant cannot compete on cost with "
            "our newer sites,” she said. A new investor will take over the site by 2026.",
            True,
        ),
        # Control: the same claim sourced in its own article, year and all.
        (
            "Industry Minister Pablo Serrano said the ministry expected a new investor to take "
            "over the site by 2026.",
            "A new investor will take over the site by 2026.\n\nSerrano said a new investor "
            "would take over the site by 2026.",
            False,
        ),
        # Control: told as expected, not as fact.
        (
            "Forecasters said they expected the bloom to persist for at least three more weeks.",
            "The bloom is expected to persist for at least three more weeks.",
            False,
        ),
    ],
)
def test_source_dropped_round65(sourced: str, claim: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, claim)) is flagged


@pytest.mark.parametrize(
    ("a", "b", "flagged"),
    [
        (
            "The list price of a month's supply will fall from $587.40 to $245 when the "
            "agreement takes effect on January 1, 2026.",
            "The new price applies from January 1, 2027.",
            True,
        ),
        (
            "The new tariff comes into force on March 1, 2026, the regulator said.",
            "The new tariff applies from April 1, 2026.",
            True,
        ),
        # Control: the day it takes effect and the day it ends are not one date.
        (
            "The new price takes effect on January 1, 2026.",
            "The new price applies until December 31, 2027.",
            False,
        ),
    ],
)
def test_date_taking_effect_round65(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC112", a, b)) is flagged
