"""Where a quote is in its primary source: the transcript's speaker turns."""

from __future__ import annotations

import pytest

from factcheck.align.provenance import speaker_turns


@pytest.mark.parametrize(
    ("source", "turns"),
    [
        ("GOVERNOR SMITH: We asked for help.\nQ: When?\nGOVERNOR SMITH: Today.",
         ["GOVERNOR SMITH", "Q", "GOVERNOR SMITH"]),
        ("Mark Zuckerberg: We will build it.\nSusan Li: Costs will rise.",
         ["Mark Zuckerberg", "Susan Li"]),
        ("Note: figures are unaudited.\nRevenue rose 25% in the quarter.", []),
        ("Revenue rose. The outlook: strong demand in the second half.", []),
    ],
)  # fmt: skip
def test_speaker_turns_of_a_transcript(source: str, turns: list[str]) -> None:
    assert [label for _, label in speaker_turns(source)] == turns
