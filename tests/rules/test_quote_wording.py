"""FC101 on real sentences: what a rewording's message lists as changed."""

from __future__ import annotations

from functools import partial

from support import rule_messages

wording_findings = partial(rule_messages, "FC101")


def test_a_trimmed_tail_is_no_change_beside_a_real_one() -> None:
    # b cuts the quote short and changes a word: the word is the finding, not the cut.
    found = wording_findings(
        "“It is a big jump in battery life, and we have done it without making the phone any "
        "heavier,” said Lena Cho.",
        "“It is a big leap in battery life,” said Lena Cho.",
    )
    assert len(found) == 1
    assert found[0].endswith("“jump” → “leap”"), found


def test_a_trim_alone_is_no_finding() -> None:
    assert not wording_findings(
        "“It is a big jump in battery life, and we have done it without making the phone any "
        "heavier,” said Lena Cho.",
        "“It is a big jump in battery life,” said Lena Cho.",
    )
