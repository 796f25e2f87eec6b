"""QA round 67: a sentence telling an act of a body with its object ("The Environment Agency
declared a drought for the area on Wednesday.") speaks for no one after it, so the flat claim
that follows it is weighed against the other article's hedged one (FC110)."""

from __future__ import annotations

import pytest

from support import rule_messages

_HEDGED = (
    "Hydrologists at the agency warned that reservoirs could fall below 25% by the end of August "
    "if the dry weather continued."
)
_FLAT = "Reservoirs will fall below 25% by the end of August unless the weather breaks."


@pytest.mark.parametrize(
    ("before", "flagged"),
    [
        # An act with its object: no speech to run on into the next sentence.
        ("The Environment Agency declared a drought for the area on Wednesday.", True),
        ("The regulator announced an inquiry into the company's leakage record on Friday.", True),
        ("The water company confirmed a hosepipe ban for 2.4 million customers.", True),
        # Reported speech does run on (as before).
        ("The Environment Agency said the drought was the worst since 1976.", False),
        ("The Environment Agency declared that the drought was the worst since 1976.", False),
    ],
)
def test_an_act_sources_no_sentence_after_it(before: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", _HEDGED, f"{before} {_FLAT}")) is flagged


def test_the_flat_claim_alone_is_flagged() -> None:
    assert rule_messages("FC110", _HEDGED, _FLAT)
