"""QA round 78: figures their sentences show to be of two things are not paired: another
case's sum and this case's; a year's loss told of an earlier year and a total over years; a
neighbouring place's count; two opposite directions of trade. Controls: the same fact told
both ways still pairs."""

from __future__ import annotations

import pytest

from support import assert_pairs

# Each row: article a, article b, pairs that must be found, pairs that must not.
CASES = [
    # Another case's sum is not this case's.
    (
        "Insurers paid out $14.6 million of the bills before investigators stepped in.",
        "A similar fraud at a Camden clinic, uncovered in 2021, involved about $19 million in "
        "bills, and its director was jailed.",
        [],
        [("$14.6 million", "about $19 million")],
    ),
    (
        "The contractor overbilled the city by $2.3 million, auditors said.",
        "In a separate case, another contractor overbilled the county by $3.1 million.",
        [],
        [("$2.3 million", "$3.1 million")],
    ),
    # A year's loss told of an earlier year ("of 2019, …, when") is no total over years.
    (
        "Sea ice in the strait shrank 44 percent between 1995 and 2024, the survey found.",
        "The report recalls the collapse of 2019, the warmest winter on record, when the sea ice "
        "shrank 9 per cent in a single season.",
        [],
        [("44 percent", "9 per cent")],
    ),
    # A neighbouring place's count is not the town's own.
    (
        "The county will shut eight of its 23 fire stations.",
        "Neighbouring Brackley will shut four of its 15 fire stations.",
        [],
        [("23 fire stations", "15 fire stations")],
    ),
    (
        "The county will shut eight of its 23 fire stations.",
        "Officials pointed to nearby Dunmore, which shut four of its 15 fire stations.",
        [],
        [("23 fire stations", "15 fire stations")],
    ),
    # Two directions of trade between the same two parties.
    (
        "Canada's exports to Japan were worth $31 billion last year.",
        "Japan's exports to Canada were worth $33 billion last year.",
        [],
        [("$31 billion", "$33 billion")],
    ),
    (
        "Korea's imports from Vietnam totalled $62 billion in 2024.",
        "Vietnam's imports from Korea came to $58 billion in 2024.",
        [],
        [("$62 billion", "$58 billion")],
    ),
]

# Posts that "will go" are jobs cut: paired with the other's jobs lost. Not posts that go
# somewhere.
WORDED_APART = [
    (
        "Between 120 and 140 posts will go, the trust said.",
        "The trust expects to cut 120 to 180 jobs.",
        [("Between 120 and 140 posts", "120 to 180 jobs")],
        [],
    ),
    (
        "Between 120 and 140 posts will go to the new hospital, the trust said.",
        "The trust expects to cut 120 to 180 jobs.",
        [],
        [("Between 120 and 140 posts", "120 to 180 jobs")],
    ),
]

# A sum "originally budgeted at" is the original budget, not the cost since; plain "budgeted
# at" names no first budget.
WORDED_APART += [
    (
        "The project ran far over its original budget of $72 million after engineers found cracks.",
        "The $118 million rebuild was originally budgeted at $64m, but water damage raised costs.",
        [("$72 million", "$64m")],
        [],
    ),
    (
        "The project ran far over its original budget of $72 million after engineers found cracks.",
        "The $118 million rebuild was priced at $64m, but water damage raised costs.",
        [],
        [("$72 million", "$64m")],
    ),
]

# The same fact told in both: still paired.
CONTROLS = [
    (
        "Insurers paid out $14.6 million of the bills before investigators stepped in.",
        "Insurers reimbursed about $19 million of the bills before investigators stepped in.",
        [("$14.6 million", "about $19 million")],
        [],
    ),
    # "another 40 homes" or "a similar amount" tell no other case.
    (
        "The storm flooded 120 homes in the valley.",
        "The storm flooded 140 homes in the valley, and another 40 homes upstream.",
        [("120 homes", "140 homes")],
        [],
    ),
    (
        "Sea ice in the strait shrank 44 percent between 1995 and 2024, the survey found.",
        "Sea ice in the strait has shrunk about 40 per cent since 1995, the survey found.",
        [("44 percent", "about 40 per cent")],
        [],
    ),
    (
        "The county will shut eight of its 23 fire stations.",
        "Brackley County is to shut eight of its 25 fire stations.",
        [("23 fire stations", "25 fire stations")],
        [],
    ),
    # One direction told both ways still pairs.
    (
        "Canada's exports to Japan were worth $31 billion last year.",
        "Canada's exports to Japan were worth $33 billion last year.",
        [("$31 billion", "$33 billion")],
        [],
    ),
    (
        "Korea's imports from Vietnam totalled $62 billion in 2024.",
        "Korea's imports from Vietnam came to $58 billion in 2024.",
        [("$62 billion", "$58 billion")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"), CASES + WORDED_APART + CONTROLS
)
def test_round78_pairs(
    text_a: str, text_b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
