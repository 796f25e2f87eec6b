"""Review of the round-75 told-apart groups: a home or business segment tells a figure apart
only where it qualifies the figure's own thing ("household customers"), not anywhere in its
sentence ("a corporate filing showed"); a level "once changed" needs an opener that names a
change, and a planned level ("is set to employ", "is cutting") is no level now; ordinals keep
doses apart, not rounds of talks or phases."""

from __future__ import annotations

import pytest

from support import assert_pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A segment word elsewhere in the sentence is not the figure's.
        (
            "Unilever will cut 1,500 office jobs in Europe, a corporate filing showed.",
            "The household goods maker will cut 5,100 office jobs in Europe.",
            [("1,500 office jobs", "5,100 office jobs")],
            [],
        ),
        (
            "Wilko, the household goods chain, will close 124 stores by October, administrators "
            "said.",
            "The business will close 142 stores by October, administrators said.",
            [("124 stores", "142 stores")],
            [],
        ),
        (
            "Firefighters rescued 14 people from their home on Elm Street, the fire service said.",
            "Firefighters rescued 41 people from the building on Elm Street, the fire service "
            "said, and local businesses were evacuated.",
            [("14 people", "41 people")],
            [],
        ),
        (
            "Storm Ciaran left 150,000 households without power in the region on Thursday.",
            "Storm Ciaran left 120,000 homes and businesses without power in the region on "
            "Thursday.",
            [("150,000 households", "120,000 homes")],
            [],
        ),
        # Control: the segment qualifies the figure's own thing.
        (
            "The utility has 1.2 million household customers in the state.",
            "The utility has 2.1 million business customers in the state.",
            [],
            [("1.2 million household customers", "2.1 million business customers")],
        ),
        # A frame, not a change, and a planned level, not one now.
        (
            "Once fully operational, the plant will employ 1,200 people, the company said.",
            "The plant is set to employ 1,500 people, the company said.",
            [("1,200 people", "1,500 people")],
            [],
        ),
        (
            "After the meeting, Smith said the company would cut 400 jobs in Germany.",
            "The company is cutting 600 jobs in Germany, Smith said.",
            [("400 jobs", "600 jobs")],
            [],
        ),
        (
            "When complete, the stadium will hold 60,000 fans, the club said.",
            "The stadium holds 66,000 fans, the club said.",
            [("60,000 fans", "66,000 fans")],
            [],
        ),
        # Rounds of talks and phases are no groups.
        (
            "After the first round of talks, the union said 4,000 workers would strike.",
            "After the second round of talks, the union said 40,000 workers would strike.",
            [("4,000 workers", "40,000 workers")],
            [],
        ),
        (
            "In the first phase, the company will cut 3,000 jobs, it said.",
            "The company will cut 30,000 jobs, with the second phase starting in 2027, it said.",
            [("3,000 jobs", "30,000 jobs")],
            [],
        ),
    ],
)
def test_review76b(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
