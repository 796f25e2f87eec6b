"""QA round 74, planted conflicts left as two single-source figures: a fire's containment told
by the verb in one article ("22% contained") and by its noun in the other ("Containment stood
at 27 percent")."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # "contained" and "containment" are one measure of a fire held.
        (
            "The Larkspur Fire, first reported on Saturday afternoon near Hollis Lake, was 22% "
            "contained as of Tuesday morning, up from 10% on Monday, according to the "
            "interagency incident team.",
            "Containment stood at 27 percent on Tuesday, fire managers said at a morning briefing.",
            [("22%", "27 percent")],
            [("10%", "27 percent")],
        ),
        # Control: the level before the change is still no pair for the level now.
        (
            "The blaze was 40% contained on Thursday, up from 15% a day earlier.",
            "Containment reached 40 percent on Thursday, officials said.",
            [("40%", "40 percent")],
            [("15%", "40 percent")],
        ),
    ],
)
def test_containment_by_verb_or_noun(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    pairs = aligned_texts(text_a, text_b)
    for pair in paired:
        assert pair in pairs, pairs
    for pair in not_paired:
        assert pair not in pairs, pairs
