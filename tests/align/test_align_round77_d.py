"""Figures of one fact worded apart, paired (QA round 77, helper D): a toll placed nowhere in an
article about one region, a zero dropped from a reward, the one fine imposed each article
names, a zone's radius and a point slipped in an article whose other names a local dollar."""

from __future__ import annotations

import pytest

from factcheck.align.figures import _one_word
from support import assert_pairs

NEBRASKA_A = (
    "A cold snap has killed at least 14 people across Nebraska since Friday. Nebraska roads "
    "were closed, and Nebraska utilities asked customers to save power."
)
KANSAS_A = NEBRASKA_A.replace("Nebraska", "Kansas")
NEBRASKA_B = (
    "At least 19 people have died in the cold since Friday, state officials said. Nebraska "
    "shelters were full on Sunday, Nebraska schools stayed shut and Nebraska hospitals "
    "treated dozens for frostbite. Iowa sent snowplows."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # A toll placed nowhere is its article's home region's, the other's named one.
        (NEBRASKA_A, NEBRASKA_B, [("at least 14 people", "At least 19 people")], []),
        # ... not another region's, where the other is about that one.
        (KANSAS_A, NEBRASKA_B, [], [("at least 14 people", "At least 19 people")]),
        # A zero dropped from a reward, "offering" and "offered" one word.
        (
            "The museum is offering a reward of up to $200,000 for information.",
            "A $20,000 reward was offered to anyone who helps find the paintings.",
            [("up to $200,000", "$20,000")],
            [],
        ),
        # ... not a sum one word alone ties to it.
        (
            "The museum is offering a reward of up to $200,000 for information.",
            "A guard was offered $20,000 to leave a door open.",
            [],
            [("up to $200,000", "$20,000")],
        ),
        # The one fine imposed in each, not the sum forfeited beside the other's.
        (
            "A Denver broker was sentenced Friday to 30 months in prison and ordered to pay a "
            "$120,000 fine.",
            "Lena Brandt, the broker, must also pay a $180,000 fine and forfeit $2.3 million, "
            "the judge ruled.",
            [("$120,000", "$180,000")],
            [("$120,000", "$2.3 million")],
        ),
        # A zone's reach is its radius, not a distance the smoke went.
        (
            "Officials extended the evacuation zone around the reactor to 12 kilometres.",
            "Officials pushed the cordon around the reactor out to a radius of 15 kilometers, "
            "and smoke drifted 40 kilometers east.",
            [("12 kilometres", "15 kilometers")],
            [("12 kilometres", "40 kilometers")],
        ),
        # A bare "$" beside the other's own bare "$" and a local dollar is not that dollar.
        (
            "HONG KONG — Meiwa Estates missed $24.6 million in coupon payments on Monday. Its "
            "shares fell to HK$1.10.",
            "HONG KONG — The Hong Kong-listed developer said it had not paid $246 million in "
            "coupons on its notes.",
            [("$24.6 million", "$246 million")],
            [],
        ),
        # ... but is where the other prints that dollar only.
        (
            "HONG KONG — Meiwa Estates missed HK$24.6 million in coupon payments on Monday.",
            "HONG KONG — The Hong Kong-listed developer said it had not paid $246 million in "
            "coupons on its notes.",
            [("HK$24.6 million", "$246 million")],
            [],
        ),
        # A fine named beside one sum only: the forfeit told after it is no fine.
        (
            "A Denver broker was sentenced Friday to 30 months in prison and ordered to pay "
            "$120,000 in restitution.",
            "Lena Brandt, the broker, must also pay a $180,000 fine, the judge ruled.",
            [],
            [("$120,000", "$180,000")],
        ),
    ],
)
def test_worded_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("offer", "offering", True),
        ("reward", "rewards", True),
        ("organisation", "organization", True),
        ("fin", "fined", False),
        ("cost", "costume", False),
        ("pay", "paying", False),
    ],
)
def test_one_word(a: str, b: str, one: bool) -> None:
    assert _one_word(a, b) is one
