"""QA round 56: sources named by a subject that forecasts (FC110), by the sentence before a
hedged figure (FC109), and cues that source a later clause only (FC110)."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # "forecast that": the past tense, spelt as the noun, names the claim's source.
        (
            "According to the ministry's new forecasts, unemployment will end this year at "
            "6.1 percent and fall to between 5.4 percent and 5.9 percent in 2027.",
            "In its latest projections, the ministry's economists forecast that unemployment "
            "would end this year at 6.1% and fall to between 5.4% and 5.9% in 2027.",
            False,
        ),
        # Control: a flat statement of a hedged forecast is still flagged.
        (
            "Unemployment will probably end this year at 6.1 percent and fall to between 5.4 "
            "percent and 5.9 percent in 2027, the ministry said.",
            "Unemployment will end this year at 6.1% and fall to between 5.4% and 5.9% in 2027.",
            True,
        ),
        # A cue in a clause of its own after the claim sources that clause only.
        (
            "Mayor Ortega said officials expect the festival to bring about €25 million into the "
            "regional economy this summer, with campsites near the town almost full.",
            "The festival brings about 25 million euros into the regional economy every summer, "
            "and campsites near the town reported they were almost full.",
            True,
        ),
        # Controls: the cue sources the opening clause; or the opening clause tells something
        # else than the hedged claim (the shared words are in the sourced clause).
        (
            "Mayor Ortega said officials expect the festival to bring about €25 million into the "
            "regional economy this summer, with campsites near the town almost full.",
            "The festival brings about 25 million euros into the regional economy every summer, "
            "organisers said, and campsites near the town were almost full.",
            False,
        ),
        (
            "The interior ministry estimated flood damage at 900 million pesos and said it would "
            "release an emergency fund of 80 million pesos within days.",
            "The army sent 2,000 soldiers and 300 firefighters to the valley, and the interior "
            "ministry said it would release 80 million pesos in emergency funds.",
            False,
        ),
    ],
)
def test_source_dropped_round56(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        # The sentence before, in the same paragraph, names the source: its account runs on.
        (
            "Claims for jobless benefits rose to 214,000 last week, according to figures "
            "published by the Labor Department. The count covers claims rather than workers; an "
            "estimated 180,000 people filed for the first time.",
            False,
        ),
        # Controls: the sentence before names no source; or it ends a paragraph of its own.
        (
            "Claims for jobless benefits rose sharply last week. The count covers claims rather "
            "than workers; an estimated 180,000 people filed for the first time.",
            True,
        ),
        (
            "Claims for jobless benefits rose to 214,000 last week, according to figures "
            "published by the Labor Department.\n\nThe count covers claims rather than workers; "
            "an estimated 180,000 people filed for the first time.",
            True,
        ),
    ],
)
def test_unsourced_figure_after_sourced_sentence(text: str, flagged: bool) -> None:
    other = "The region's employers met the minister on Tuesday."
    assert bool(rule_messages("FC109", text, other)) is flagged
