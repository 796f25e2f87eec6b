"""Figures both articles give that were left unpaired (each "reported only by" one article),
so that a changed value was never reported: a toll placed in its region only after the figure,
occasions counted as "times", illnesses as "cases", parts of one whole, floor space in square
feet and square metres, a change "by a fifth", "two additional weeks". With controls that
must stay apart."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.extract import extract
from factcheck.load import article_from_text
from factcheck.models import OVER_A_YEAR
from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # The region named after the toll in its own sentence ("in northern Kerala"), in an
        # article naming two regions: the toll of the other's "in Kerala …, killing".
        (
            "At least 12 people died and 30 were hurt when a bus plunged into a gorge in "
            "northern Kerala on Sunday, police said. The bus had left Chennai in Tamil Nadu "
            "the night before.",
            "A bus fell into a gorge in Kerala on Sunday, killing at least 14 people.",
            [("At least 12 people", "at least 14 people")],
        ),
        # Control: the other article's toll is of another region.
        (
            "At least 12 people died and 30 were hurt when a bus plunged into a gorge in "
            "northern Kerala on Sunday, police said. The bus had left Chennai in Tamil Nadu "
            "the night before.",
            "A bus fell into a gorge in Tamil Nadu on Sunday, killing at least 14 people.",
            [],
        ),
        # "In the province" calls back to the region the sentence before names.
        (
            "Ontario was the weak spot, and Quebec gained. Sales in the province fell 12% from "
            "a year earlier to 3,100 homes. Quebec sales rose 4% to 2,000 homes.",
            "In Ontario, sales dropped 21% year over year to 3,100 homes.",
            [("12%", "21%"), ("3,100 homes", "3,100 homes")],
        ),
        # Times a thing happened are occasions.
        (
            "The company spilled sewage into the river on 2,315 occasions last year.",
            "The firm discharged sewage into the river 2,135 times last year.",
            [("2,315 occasions", "2,135 times")],
        ),
        # Control: "three times as high" is a multiple, no count of occasions.
        (
            "The company spilled sewage into the river on 40 occasions.",
            "Spills were three times as high as in 2020.",
            [],
        ),
        # Illnesses of one disease are its cases.
        (
            "The virus causes an estimated 4 million to 6 million illnesses each year.",
            "The virus causes about 4 million to 8 million cases a year.",
            [
                (
                    "an estimated 4 million to 6 million illnesses",
                    "about 4 million to 8 million cases",
                )
            ],
        ),
        # Two parts of one whole ("of the 1,540 guests"), digits swapped, worded apart.
        (
            "Health officials said 183 of the 1,540 guests at the resort fell ill with stomach "
            "pains. Some 40 staff members were also sick.",
            "The outbreak has sickened 138 of the 1,540 guests, the state health department "
            "said. The resort said 25 staff members had reported symptoms.",
            [("183", "138"), ("1,540 guests", "1,540 guests"), ("Some 40 staff", "25 staff")],
        ),
        # Control: another part of the same whole, far from it, is another count.
        (
            "Health officials said 183 of the 1,540 guests at the resort fell ill with stomach "
            "pains. Some 40 staff members were also sick.",
            "The outbreak has sent 31 of the 1,540 guests to hospital, the state health "
            "department said. The resort said 25 staff members had reported symptoms.",
            [("1,540 guests", "1,540 guests"), ("Some 40 staff", "25 staff")],
        ),
        # A range both give alike is paired already: the other range of the unit, one end
        # moved, is each article's only one left ("fall to", "ease to").
        (
            "The agency expects starts to average between 235,000 and 245,000 units next year. "
            "Smith said he expects starts to fall to between 210,000 and 220,000 units in the "
            "first quarter of 2026.",
            "Starts will average between 235,000 and 245,000 units next year. Smith expects "
            "starts to ease to a range of 210,000 to 225,000 units in the first three months of "
            "2026.",
            [
                ("between 235,000 and 245,000 units", "between 235,000 and 245,000 units"),
                ("between 210,000 and 220,000 units", "210,000 to 225,000 units"),
            ],
        ),
        # Floor space in square feet and in square metres: one area (150,000 sq ft ≈ 13,935 m²).
        (
            "The bank will cut its office space by 150,000 square feet.",
            "The bank is giving up about 14,000 square metres of office space.",
            [("150,000 square feet", "about 14,000 square metres")],
        ),
        # A change by a fraction is a percentage.
        (
            "The bank will reduce its office space by about 25% next year.",
            "The bank will shrink its offices by a quarter next year.",
            [("about 25%", "a quarter")],
        ),
        # Time added ("three additional weeks") is a span of its own, paired with its like, so
        # that the base pay's weeks pair with each other.
        (
            "Staff will receive 10 weeks of pay plus three additional weeks for every year of "
            "service.",
            "Staff will get 8 weeks of pay plus three weeks for each year worked.",
            [("10 weeks", "8 weeks"), ("three additional weeks", "three weeks")],
        ),
    ],
)
def test_figures_both_articles_give_pair(text_a, text_b, pairs) -> None:
    assert aligned_texts(text_a, text_b) == pairs


def figures_of(text: str) -> list[tuple[str, str, Decimal | None]]:
    article = article_from_text(f"T\n\n{text}\n", article_id="a")
    return [(f.text, f.unit, f.value) for f in extract(article).figures]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        (
            "The company will shrink its footprint by a fifth over two years.",
            [("a fifth", "%", Decimal(20)), ("two years", "year", Decimal(2))],
        ),
        ("Profits were cut by half last year.", [("half", "%", Decimal(50))]),
        ("Staff numbers were cut by a quarter to 400.", [("a quarter", "%", Decimal(25))]),
        # Controls: no verb of change, a clock time, a margin, a share already read.
        ("He won by half a length.", []),
        ("The team led by half-time.", []),
        ("Traffic was heavy by a quarter past nine.", []),
        ("It was followed by a third attempt.", []),
        (
            "The order was approved by a third of members.",
            [("a third of members", "%", Decimal("33.333333"))],
        ),
        # Time added is a span.
        (
            "They will get two additional weeks of leave.",
            [("two additional weeks", "week", Decimal(2))],
        ),
        ("The trial will run three extra days.", [("three extra days", "day", Decimal(3))]),
    ],
)
def test_fractions_of_change_and_added_time_are_read(text, figures) -> None:
    assert figures_of(text) == figures


def periods_and_horizons(text: str) -> list[tuple[str, str | None, bool]]:
    article = article_from_text(f"T\n\n{text}\n", article_id="a")
    return [(f.text, f.period, OVER_A_YEAR in f.measure) for f in extract(article).figures]


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # An annualized pace is a level told as a year's, no change over a year.
        (
            "The annualized pace of housing starts fell 2.7% in May from the previous month.",
            [("2.7%", "May", False)],
        ),
        # A seasonally adjusted annual rate neither; the month after "from 251,300" dates that
        # level (a count of units since QA round 74), not the fall.
        (
            "Starts came in at a seasonally adjusted annual rate of 244,000 units in May, down "
            "2.9% from 251,300 in April.",
            [("244,000 units", "May", False), ("2.9%", "May", False), ("251,300", "April", False)],
        ),
        # Controls: annual inflation is a change over a year; a level "up from 3.1% in May" is
        # May's.
        (
            "Annual inflation rose to 3.4% in June, up from 3.1% in May.",
            [("3.4%", "June", True), ("3.1%", "May", True)],
        ),
    ],
)
def test_annualized_levels_and_the_base_month(text, figures) -> None:
    assert periods_and_horizons(text) == figures
