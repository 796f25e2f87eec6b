"""Review 72, regressions of recent alignment fixes: a rate of times is counted only in the
vehicles or services that run ("Trains run 24 times an hour"), never in the people they carry;
a point misplaced is read only between two levels, not a level and a margin it overshot by;
and a toll's count keeps its unit though a people's name qualifies it ("Twelve American
soldiers were wounded"), while the fixes' own cases still pair."""

from __future__ import annotations

import pytest

from support import assert_pairs

CASES = [
    # A rate of times and a rate of passengers are two facts.
    ("Passengers on the Northern line will see trains run 24 times an hour from December, the "
     "operator said. Journey times will fall by four minutes.",
     "The upgraded Northern line will carry 21,000 passengers an hour from December, the "
     "operator said, with a train every two and a half minutes.",
     [], [("24 times an hour", "21,000 passengers an hour")]),
    # Control (metro line P2): the trains that run are the trains per hour.
    ("Trains run 16 times an hour during the morning and evening rush and every 10 minutes at "
     "other times.",
     "At peak times it operates 12 trains per hour; off-peak, trains come every 10 minutes.",
     [("16 times an hour", "12 trains per hour")], []),
    # A level against a margin above forecasts is no point misplaced.
    ("Public sector borrowing reached £14.1 billion in March, the Office for National "
     "Statistics said. That was the highest March figure since 2021.",
     "Government borrowing overshot official forecasts by £1.41 billion in March, the ONS "
     "said. Economists had expected a smaller figure.",
     [], [("£14.1 billion", "£1.41 billion")]),
    # Control (university pension P4): two levels worded apart, a point misplaced.
    ("The dispute centres on the Universities Retirement Scheme (URS), which employers say is "
     "carrying a deficit of £14.1 billion.",
     "Employers argue the cuts are unavoidable because the scheme has a shortfall of £1.41 "
     "billion.",
     [("£14.1 billion", "£1.41 billion")], []),
    # Soldiers wounded stay people injured, not the Americans evacuated.
    ("Twelve soldiers were wounded in the drone attack on the base, the Pentagon said. "
     "Separately, 14 Americans were evacuated from the embassy overnight.",
     "Twelve American soldiers were wounded in the drone strike on the base, officials said. "
     "The embassy flew its remaining staff out overnight.",
     [("Twelve soldiers", "Twelve American soldiers")],
     [("14 Americans", "Twelve American soldiers")]),
    ("Eleven soldiers were wounded in the drone attack on the base, the Pentagon said. About "
     "40 Americans working at the embassy were evacuated overnight.",
     "Twelve American soldiers were wounded in the drone strike on the base, officials said. "
     "Some 40 embassy staff were flown out overnight.",
     [("Eleven soldiers", "Twelve American soldiers")], []),
    # Control (prisoner exchange P1): a people's prisoners are that people counted by name.
    ("Dravonia released 11 Sorelian citizens. Sorelia freed 15 Dravonians, most of whom had "
     "been convicted of smuggling.",
     "Journalist Tomas Reyne was one of eleven Sorelians freed in an exchange that also saw "
     "Sorelia release 13 Dravonian prisoners.",
     [("15 Dravonians", "13 Dravonian prisoners")], []),
]  # fmt: skip


@pytest.mark.parametrize(("text_a", "text_b", "paired", "not_paired"), CASES)
def test_review72_regressions_a(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
