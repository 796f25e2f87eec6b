"""QA round 61: figures their sentences tell apart (a change and a share of sales; a quarter's
need and another quarter's actual; a premarket move and a close; a level a rise started from
and the level now; a part's rate and the whole's; an earlier event's toll; a lease's length
and a bond's) are not paired, while the same facts told alike still are."""

from __future__ import annotations

import pytest

from factcheck.extract.periods import find_periods
from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # A change is no share of a whole its fraction names ("nearly half of Voltara's sales").
        (
            "Voltara Motors delivered 118,430 electric vehicles in the third quarter, up 14% "
            "from a year earlier. The Arc accounted for just under half of deliveries.",
            "The Arc, launched six years ago, still makes up nearly half of Voltara's sales.",
            [("just under half of deliveries", "nearly half of Voltara's sales")],
        ),
        # Q4's deliveries needed are not the April-June period's actual deliveries.
        (
            "Voltara would need a record fourth quarter of about 150,000 deliveries to reach "
            "even the bottom of that range.",
            "The quarterly figure compared with 109,200 deliveries in the April-June period.",
            [],
        ),
        # A premarket move is no close, nor a close on another exchange.
        (
            "Voltara shares fell 3.2% in premarket trading in New York.",
            "Voltara stock closed down 1.8% on Thursday.",
            [],
        ),
        (
            "Oristane's New York-listed shares jumped 24% in premarket trading.",
            "Oristane shares closed up 29% on the news.",
            [],
        ),
        (
            "Voltara shares were down 3.2% before the opening bell.",
            "Voltara stock closed down 1.8% on Thursday.",
            [],
        ),
        # Control: two premarket moves are one.
        (
            "Veridian shares rose 3.1% in premarket trading in New York.",
            "Veridian shares rose 5.3% in pre-market trading in New York.",
            [("3.1%", "5.3%")],
        ),
        # The level a rise started from is not the level reached, each its unit's only one.
        (
            "Last year, the port handled a record 9.8 million containers.",
            "Volumes had grown steadily, rising from 9.1 million containers in 2022 to a record "
            "last year.",
            [],
        ),
        # A part's rate is not the whole's: a subject's, or a group's in so many words.
        (
            "The mathematics pass rate rose 5 percentage points to 64%.",
            "The National Examinations Board reported an overall pass rate of 74.8%.",
            [],
        ),
        (
            "The national pass rate in the Senior Secondary Certificate rose to 78.4% this year.",
            "More than four in five girls and three in four boys passed this year's Senior "
            "Secondary Certificate.",
            [],
        ),
        # Control: the whole's rate told two ways is one.
        (
            "The national pass rate in the Senior Secondary Certificate rose to 78.4% this year.",
            "The National Examinations Board reported an overall pass rate of 74.8%.",
            [("78.4%", "74.8%")],
        ),
        # An earlier outbreak's toll is not the one now.
        (
            "Its previous outbreak, in 2019, sickened 58 people and was traced to undercooked "
            "chicken.",
            "Health authorities said the outbreak has now sickened 174 people.",
            [],
        ),
        # A lease's length is the other's lease's, not the span the bonds are repaid over, which
        # pairs with the other's bonds.
        (
            "The team has signed a 30-year lease that bars it from relocating. Councilman Luis "
            "Barrera said the bonds would be repaid over 30 years.",
            "The Admirals signed a 25-year lease with a non-relocation clause. Critics focused "
            "on the bonds, which the city would repay over three decades from ticket "
            "surcharges.",
            [("30-year", "25-year"), ("over 30 years", "over three decades")],
        ),
    ],
)
def test_round61_pairs(text_a: str, text_b: str, pairs: list[tuple[str, str]]) -> None:
    assert sorted(aligned_texts(text_a, text_b)) == sorted(pairs)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("compared with 109,200 deliveries in the April-June period.", "April to June"),
        ("in the July–September 2025 period", "July to September 2025"),
        # Still a quarter when it says so.
        ("in the April-June quarter", "quarter to June"),
    ],
)
def test_months_joined_by_a_dash(text: str, label: str) -> None:
    assert [period.label for period in find_periods(text)] == [label]
