"""QA round 60 (FC110): a hedge covers its own claim, not a fact told in its "since" clause,
nor a claim of other figures; a subject's own projection does not speak on in the sentences
after it; a party's argument to a jury, an allegation, is its claim, not an established fact."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # The analysts' hedge covers the filing, not the missed payment their "since" clause
        # states as fact.
        (
            "Analysts said the filing had been expected since the company skipped a $22 million "
            "interest payment in January.",
            "Hartwell & Lane missed a $22 million interest payment in January, triggering a "
            "30-day grace period that expired last week.",
            False,
        ),
        # A hedged clause of other figures ("could reduce … revenue by 4% to 6%") is not the
        # claim that shares a word or two with it ("earned about $307 billion in revenue").
        (
            "Analysts at Bernstein said the fine itself was manageable for a company holding "
            "more than $90 billion in cash, but warned that the required changes to the store "
            "could reduce Vantix’s services revenue in Europe by 4% to 6% a year.",
            "The group, which earned about $307 billion in revenue last year, holds more than "
            "$90 billion in cash, and analysts said the fine alone would barely dent its "
            "finances.",
            False,
        ),
        # A company's own projection of jobs does not speak on for the next sentence's claim.
        (
            "The company said it expected first production in 2027, assuming no court injunction.",
            "Ridgeline projects between 900 and 1,400 construction jobs during a build-out of "
            "roughly two and a half years, followed by 350 permanent positions at the mine. "
            "First production will begin in 2027.",
            True,
        ),
        # A lawyer's argument to the jury, stated as fact.
        (
            "During the three-week trial, Alvarez’s attorney, Miriam Stahl, told jurors the "
            "broadcasts cost her client more than $20 million in lost contracts, including a "
            "planned expansion to Phoenix.",
            "The broadcasts cost Alvarez more than $20 million in lost contracts, including a "
            "shelved expansion into Arizona.",
            True,
        ),
        # An allegation in a lawsuit, stated as fact.
        (
            "The lawsuit alleges that the company dumped waste into the river for six years "
            "without a permit.",
            "The company dumped waste into the river for six years without a permit.",
            True,
        ),
        # Controls: a party's case told as such, though by no one named.
        (
            "Prosecutor Richard Blakeley KC told the court that warning alarms at the "
            "company's Saltford works had been switched off for up to 18 months.",
            "The court was told that alarms at the Saltford works had been disabled for as long "
            "as 18 months.",
            False,
        ),
        (
            "The reports, which began airing on October 14, 2022, alleged that Alvarez’s 14 "
            "restaurants had racked up health-code violations.",
            "The three-part series, first broadcast on Oct. 14, 2022, accused Alvarez of "
            "ignoring repeated health-code violations at his 14 restaurants.",
            False,
        ),
        # Controls: the hedge's own claim; a source that speaks on after saying.
        (
            "Analysts said the filing had been expected since the company skipped a $22 million "
            "interest payment in January.",
            "The filing had been widely anticipated by creditors and suppliers alike.",
            False,
        ),
        (
            "The company said it expected first production in 2027, assuming no court injunction.",
            "Ridgeline said the mine would employ 350 people once running. First production "
            "will begin in 2027.",
            False,
        ),
        # … and a subject's own projection goes on in a sentence about that subject.
        (
            "The company said it expected first production in 2027, assuming no court injunction.",
            "Ridgeline projects between 900 and 1,400 construction jobs during a build-out of "
            "roughly two and a half years. It will begin first production in 2027.",
            False,
        ),
        (
            "Fire officials said the blaze was caused by an electrical fault in a kitchen on "
            "the third floor.",
            "The blaze was caused by an electrical fault in a kitchen on the third floor.",
            False,
        ),
    ],
)
def test_source_dropped(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged
