"""QA round 79: FC110 weighs a plural subject's "estimate" (the verb, not the noun) as a hedge,
and a side's lawyers or campaign telling what was done as that side's case (the clause it
tells only); a "with" clause after the hedge tells its figure as fact. FC115 takes a habit
told in the present perfect ("have routinely"), a record dug up ("as recently as") and a
quantified subject "under investigation" as background."""

from __future__ import annotations

import pytest

from support import rule_messages

_LEVY = (
    "Treasury analysts estimate the levy will raise $28.4 million a year for the state health "
    "budget, with 30 percent set aside for rural clinics."
)
_BALLOTS = (
    "Lawyers for the Ortega campaign said they had found about 310 mail ballots in Dane County "
    "that were wrongly discarded, and they have until Monday to appeal to the county board."
)


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # A plural subject's "estimate": its reckoning, stated flat in the other.
        (
            "Economists at Harland Bank estimate the new toll will lift commuter fares in Leeds "
            "by about 4%.",
            "The new toll will lift commuter fares in Leeds by about 4%.",
            True,
        ),
        # Said plainly, with no hedge: how every outlet writes, left alone.
        (
            "Economists at Harland Bank said the new toll will lift commuter fares in Leeds by "
            "about 4%.",
            "The new toll will lift commuter fares in Leeds by about 4%.",
            False,
        ),
        # The estimate hedges the revenue…
        (_LEVY, "The levy will raise $28.4 million a year for the state health budget.", True),
        # …not the share a "with" clause after it tells as fact.
        (_LEVY, "Thirty percent of the levy goes to rural clinics.", False),
        # A side's lawyers telling what was done: its case, not a finding.
        (_BALLOTS, "About 310 mail ballots in Dane County were wrongly discarded.", True),
        # Not the clause of its own after it, the calendar.
        (_BALLOTS, "The Ortega campaign has until Monday to appeal to the county board.", False),
        # Nor officials who are no side in the dispute.
        (
            "Election clerks said they had found about 310 mail ballots in Dane County that were "
            "wrongly discarded.",
            "About 310 mail ballots in Dane County were wrongly discarded.",
            False,
        ),
    ],
)
def test_source_dropped(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


_OTHER = "The ferry sank in calm water on Sunday morning, the coastguard said."


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("Ferry operators on the lake have routinely carried more passengers than allowed.", True),
        (
            "Ferry operators on the lake have routinely carried more passengers than allowed, "
            "the transport ministry said.",
            False,
        ),
        ("Two of the vessel’s lifeboats failed safety checks as recently as March.", True),
        (
            "Two of the vessel’s lifeboats failed safety checks as recently as March, inspectors "
            "found.",
            False,
        ),
        ("Several ferry companies licensed by the port are under investigation for bribery.", True),
        # No quantified subject: a named company's state, the event's fact.
        ("The ferry company licensed by the port is under investigation for bribery.", False),
    ],
)
def test_unsourced_background(sentence: str, flagged: bool) -> None:
    assert bool(rule_messages("FC115", _OTHER, sentence)) is flagged
