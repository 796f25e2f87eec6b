"""Round 56 (e1): figures of two facts that alignment paired, and their controls."""

from __future__ import annotations

import pytest

from support import aligned_texts

CASES = [
    # A forecast raised "to X from Y": the new levels pair through the old level they left,
    # not with another sentence's actual quarter.
    (
        "The staff raised its estimate for output growth this year to 3.1% from 2.7%, citing "
        "exports.",
        "The staff raised its 2025 growth forecast to 3.4 percent from 2.7 percent, on the "
        "back of mining.\n\nPeru's economy grew 2.9 percent year-on-year in the second quarter.",
        ("3.1%", "3.4 percent"),
        ("3.1%", "2.9 percent"),
    ),
    # Two time limits are two standards: "within four hours" is no "within 31 days".
    (
        "In August, 72.3% of patients in emergency departments were seen within four hours.",
        "Some 65.8% of patients started treatment within 31 days of diagnosis in July.",
        None,
        ("72.3%", "Some 65.8%"),
    ),
    # Control: one time limit, told alike, still pairs.
    (
        "In August, 72.3% of patients in emergency departments were seen within four hours.",
        "Only 71.9% of patients in emergency departments were seen within 4 hours in August.",
        ("72.3%", "71.9%"),
        None,
    ),
    # Two ranges with one end alike are each other's, not a single amount of the other.
    (
        "Tracking had pointed to a domestic opening of between $80 million and $95 million. "
        "Its 300 premium screens contributed $16.5 million of the domestic total.",
        "Forecasts had predicted a domestic launch of between $80 million and $110 million.",
        ("between $80 million and $95 million", "between $80 million and $110 million"),
        ("$16.5 million", "between $80 million and $110 million"),
    ),
    # The other article tells the value under the word the paired figure lacks.
    (
        "Women made up 57% of opening-weekend ticket buyers, and 38% of the audience was "
        "under 25, according to exit polls.",
        "The audience skewed female, at 57%, according to exit polls.",
        ("57%", "57%"),
        ("38%", "57%"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "paired", "not_paired"), CASES)
def test_round56_pairs(text_a, text_b, paired, not_paired) -> None:
    pairs = aligned_texts(text_a, text_b)
    if paired is not None:
        assert paired in pairs
    if not_paired is not None:
        assert not_paired not in pairs
