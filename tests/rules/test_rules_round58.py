"""QA round 58: two sentences of a quote joined by an ellipsis are no rewording (FC101); a
passive after a modal names no source, and a short claim is weighed with its numbers (FC110)."""

from __future__ import annotations

import pytest

from factcheck.rules.kinds._attribution import DEFAULT_CUES, cited_sources, cue_pattern
from support import rule_messages

_TWO_SENTENCES = (
    "“Fraud against pensioners is not a petty offence. Every pound stolen is a pound taken "
    "from someone's heating bill,” Detective Inspector Maria Lund told reporters."
)


@pytest.mark.parametrize(
    ("other", "flagged"),
    [
        # The two sentences joined by an ellipsis, the next word lowercased: words intact.
        (
            "“Fraud against pensioners is not a petty offence ... every pound stolen is a pound "
            "taken from someone's heating bill,” Lund said.",
            False,
        ),
        (
            "“Fraud against pensioners is not a petty offence … every pound stolen is a pound "
            "taken from someone's heating bill,” Lund said.",
            False,
        ),
        # Joined by an ellipsis, the second sentence trimmed where the quote closes.
        (
            "“Fraud against pensioners is not a petty offence ... every pound stolen is a pound "
            "taken,” Lund said.",
            False,
        ),
        # Controls: a word of the second sentence changed behind the ellipsis; no ellipsis.
        (
            "“Fraud against pensioners is not a petty offence ... every pound stolen is a pound "
            "taken from someone's grocery bill,” Lund said.",
            True,
        ),
        (
            "“Fraud against pensioners is not a petty offence, and every pound stolen is a pound "
            "taken from someone's heating bill,” Lund said.",
            True,
        ),
    ],
)
def test_sentences_joined_by_ellipsis(other: str, flagged: bool) -> None:
    assert bool(rule_messages("FC101", _TWO_SENTENCES, other)) is flagged


@pytest.mark.parametrize(
    ("sentence", "cues"),
    [
        # A passive after a modal, with no one by it: a step still needed, not a source.
        ("The loan must be confirmed in the spring budget.", []),
        ("The merger could be announced within weeks.", []),
        # Controls: the passive with its agent; a plain cue.
        ("The loan must be confirmed by the finance ministry.", ["confirmed"]),
        ("The finance ministry confirmed the loan on Tuesday.", ["confirmed"]),
    ],
)
def test_modal_passive_names_no_source(sentence: str, cues: list[str]) -> None:
    pattern = cue_pattern(DEFAULT_CUES)
    assert [cue.group() for cue in cited_sources(pattern, sentence)] == cues


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # The other article's sentence hedges the claim but names no one: a step still to be
        # confirmed is no source.
        (
            "The takeover still needs approval from Harlow's shareholders, expected in May, and "
            "the loan must be confirmed in the lender's annual budget.",
            "Harlow's shareholders are expected to approve the takeover in May.",
            False,
        ),
        # A claim of few words but its numbers, told as a forecast with a source elsewhere.
        (
            "The authority expects ridership to top 250,000 by 2030 if fares stay frozen, the "
            "review said.",
            "Ridership will top 250,000 by 2030.",
            True,
        ),
        (
            "The school expects enrolment to reach 1,400 by 2029, according to people familiar "
            "with the plan.",
            "Enrolment will reach 1,400 by 2029.",
            True,
        ),
        # Controls: a phone number is no figure of a claim; other numbers; a short claim
        # with no number; sourced in its own article.
        (
            "Tenants who believe they were overcharged can call the housing office on "
            "0161 555 2300.",
            "Tenants can ring the office on 0161 555 2300.",
            False,
        ),
        (
            "The authority expects ridership to top 250,000 by 2030 if fares stay frozen, the "
            "review said.",
            "Ridership rose to 212,000 in 2024.",
            False,
        ),
        (
            "The authority expects ridership to top a quarter of a million if fares stay "
            "frozen, the review said.",
            "Ridership will top a quarter million.",
            False,
        ),
        (
            "The authority expects ridership to top 250,000 by 2030 if fares stay frozen, the "
            "review said.",
            "Ridership will top 250,000 by 2030. The transit review said ridership would top "
            "250,000 by 2030.",
            False,
        ),
    ],
)
def test_source_dropped_round58(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged
