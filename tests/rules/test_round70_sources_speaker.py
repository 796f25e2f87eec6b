"""QA round 70: a source's reckoning of an effect with "should"/"would" ("should save $42
million, according to the company", "said the closure would cut emissions by 14 percent") is
weighed by FC110, not the speaker's own announced act ("said it would cut production"); and a
"he said" after "said pediatrician Fidy Andrianasolo" is his (a medical role word)."""

from __future__ import annotations

import pytest

from support import rule_messages


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        ("The restructuring should save roughly $42 million a year from 2026, according to the "
         "company.", "The restructuring will save roughly $42 million a year from 2026.", True),
        ("The company said the closure would cut the state's power-sector emissions by about 14 "
         "percent.", "The closure will cut the state's power-sector emissions by about 14 "
         "percent.", True),
        # The speaker's own act, announced: reported speech's "will".
        ("Andalón said it would cut production at the mine by 15% for at least two months "
         "while the dam wall is reinforced.", "Andalón will cut production at the mine by 15% "
         "for at least two months while the dam wall is reinforced.", False),
        # "would" alone is reported speech's "will", not a hedge.
        ("The airline said it would propose a dividend of 0.45 euros per share for the year.",
         "The airline will propose a dividend of 0.45 euros per share for the year.", False),
        # Told with its source.
        ("The company said the closure would cut the state's power-sector emissions by about 14 "
         "percent.", "The closure will cut the state's power-sector emissions by about 14 "
         "percent, the company said.", False),
    ],
)  # fmt: skip
def test_a_modal_reckoning_is_weighed(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


_MINISTER = (
    "Health Minister Hanta Rakotoarisoa told a news conference that 4.26 million children had "
    "been vaccinated. As many as 40 children were admitted each day in January, said "
    "pediatrician Fidy Andrianasolo. “Every child we miss is a child we may lose,” he said."
)
_DOCTOR = (
    "Health Minister Hanta Rakotoarisoa told a news conference that 4.26 million children had "
    "been vaccinated. “Every child we miss is a child we may lose, and the families in the "
    "south know that better than anyone,” Andrianasolo said."
)


def test_he_after_a_pediatrician_named_last_is_his() -> None:
    assert rule_messages("FC104", _DOCTOR, _MINISTER) == []
