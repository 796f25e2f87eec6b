"""QA round 58: two sentences of a quote joined by an ellipsis are no rewording (FC101)."""

from __future__ import annotations

import pytest

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
