"""QA round 75: "said Paragon's president of domestic distribution, Carla Mendes" is Mendes
speaking (a role may be of a field), not Paragon; FC110 takes "Forecasters are calling for…"
and "Under the bank's new projections, …" as naming their source."""

from __future__ import annotations

import pytest

from support import rule_messages

_QUOTE = "“Audiences are telling us they want something they haven't seen before,”"


@pytest.mark.parametrize(
    "attribution",
    [
        "said Paragon's president of domestic distribution, Carla Mendes.",
        "said Paragon's head of sales and marketing, Carla Mendes.",
        "said the studio's vice president of international distribution, Carla Mendes.",
    ],
)
def test_the_name_after_a_role_of_a_field_speaks(attribution: str) -> None:
    a = f"{_QUOTE} {attribution}"
    b = f"{_QUOTE} Carla Mendes said."
    assert rule_messages("FC104", a, b) == []


def test_another_speaker_is_still_told_apart() -> None:
    a = f"{_QUOTE} said Paragon's president of domestic distribution, Carla Mendes."
    b = f"{_QUOTE} Idris Kwame said."
    assert rule_messages("FC104", a, b)


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        # The forecasters are named as the source of the forecast.
        (
            "Weather forecasters expected winds of 20 to 30 knots on Thursday, which could push "
            "more oil toward the beaches north of Bandon, the Coast Guard said.",
            "Forecasters are calling for winds of 20 to 30 knots on Thursday, which could drive "
            "more oil onto beaches north of Bandon.",
            False,
        ),
        # The bank's projections are named as what the claim rests on.
        (
            "In its quarterly Monetary Policy Report, the bank forecast that inflation would "
            "average 3.2% this year and 2.4% in 2026, before returning to its 2% target in the "
            "first half of 2027.",
            "Under the bank's new projections, inflation will average 3.2% this year and 2.4% "
            "in 2026, reaching the 2% goal in the first half of 2027.",
            False,
        ),
        # Control: stated flat, it is flagged.
        (
            "In its quarterly Monetary Policy Report, the bank forecast that inflation would "
            "average 3.2% this year and 2.4% in 2026, before returning to its 2% target in the "
            "first half of 2027.",
            "Inflation will average 3.2% this year and 2.4% in 2026, reaching the 2% goal in the "
            "first half of 2027.",
            True,
        ),
    ],
)
def test_a_named_reckoning_is_a_source(sourced: str, flat: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged
