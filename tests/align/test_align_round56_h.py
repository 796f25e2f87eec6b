"""Round 56 (h): two parts of a price index, and a route's highest point, are other facts."""

from __future__ import annotations

import pytest

from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # Core inflation is not food inflation: two parts of the price index.
        (
            "Core inflation, which excludes fuel and fresh produce, held at 5.3%, the "
            "statistics office said.",
            "The minister said food inflation has eased to about 4.5 percent from a peak of "
            "12 percent last year.",
            [],
        ),
        # Nor is services inflation headline inflation.
        (
            "Headline inflation slowed to 3.4% in May, the statistics office said.",
            "Services inflation slowed to 4.2 percent in May, the statistics office said.",
            [],
        ),
        # Energy prices are not food prices.
        (
            "Energy prices fell 7.5% over the year, the agency said.",
            "Food prices fell 2.5 percent over the year, the agency said.",
            [],
        ),
        # Goods are not services; "good news" names no part ("good" is the measure's word
        # for both).
        (
            "Goods inflation slowed to 1.2% in May, the statistics office said.",
            "Services inflation slowed to 4.4 percent in May, the statistics office said.",
            [],
        ),
        (
            "Inflation slowed to a good 3.1% in May, the office said.",
            "Services inflation slowed to 3.4 percent in May, the office said.",
            [("3.1%", "3.4 percent")],
        ),
        # Control: "core" and "underlying" are one measure told two ways; they still pair
        # and a gap between them stays a conflict to report.
        (
            "Core inflation, which strips out food and energy, stood at 3.9% in June.",
            "Underlying inflation, which leaves out volatile items, was 3.6 percent in June.",
            [("3.9%", "3.6 percent")],
        ),
        # Control: one part named alike by both still pairs.
        (
            "Food inflation eased to 4.4% in June, the statistics office said.",
            "Food inflation eased to 4.1 percent in June, the statistics office said.",
            [("4.4%", "4.1 percent")],
        ),
        # Control: a part named by one article only is no rule.
        (
            "Core inflation stood at 4.9% in June, the statistics office said.",
            "Inflation stood at 4.7 percent in June, the statistics office said.",
            [("4.9%", "4.7 percent")],
        ),
    ],
)
def test_two_parts_of_a_price_index_are_other_facts(text_a, text_b, pairs) -> None:
    assert aligned_texts(text_a, text_b) == pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # The highest point a route climbs to is not the altitude of the crash site.
        (
            "The highway, part of a route that climbs to 4,700 metres above sea level, was "
            "paved in 2019.",
            "The lorry left the road near the village, at an altitude of about 4,200 meters, "
            "on the main highway to the border.",
            [],
        ),
        (
            "The road rises to a height of 3,500 metres before it drops to the coast.",
            "The bus came off the road at an altitude of roughly 2,900 metres.",
            [],
        ),
        # Control: two highest points of the route told apart stay a conflict.
        (
            "The road, part of a route that climbs to 4,700 metres above sea level, was "
            "paved in 2019.",
            "The highway climbs to 4,500 meters at its highest point.",
            [("4,700 metres", "4,500 meters")],
        ),
        # Control: the other's sentence tells a highest point too ("the summit of the pass").
        (
            "The road climbs to 4,700 metres above sea level.",
            "The bus crashed near the summit of the pass, at an altitude of 4,500 meters.",
            [("4,700 metres", "4,500 meters")],
        ),
        # Control: two altitudes of the crash site still pair.
        (
            "The crash happened at an altitude of around 3,800 metres.",
            "The crash happened at an altitude of about 3,900 meters.",
            [("around 3,800 metres", "about 3,900 meters")],
        ),
    ],
)
def test_a_routes_highest_point_is_no_place_on_it(text_a, text_b, pairs) -> None:
    assert aligned_texts(text_a, text_b) == pairs
