"""QA round 76: figures their sentences show to be of two things are not paired: last year's
harvest and this season's; one district's toll "alone" and the nation's; two countries' wages;
two flights' passengers. Controls: the same fact told both ways still pairs."""

from __future__ import annotations

import pytest

from support import assert_pairs

# Each row: article a, article b, pairs that must be found, pairs that must not.
CASES = [
    # Last year's harvest is not this season's forecast.
    (
        "Last year's wheat harvest was 2.4 million tonnes.",
        "The department forecasts this season's wheat harvest at 1.5 million tonnes.",
        [],
        [("2.4 million tonnes", "1.5 million tonnes")],
    ),
    # A district's toll "alone" is a part, not the national toll.
    (
        "A magnitude 6.4 earthquake struck western Nepal late on Tuesday, killing at least 312 "
        "people.",
        "Its epicentre lay some 25 miles north-west of Jumla, the district's main town. In "
        "Jumla district alone, 128 people were killed.",
        [],
        [("at least 312 people", "128 people")],
    ),
    # Ireland's minimum wage is not Germany's.
    (
        "The UK's adult rate will remain below Ireland's minimum wage of €14.15 an hour.",
        "Internationally, the new UK rate compares with a minimum of €12.82 an hour in Germany.",
        [],
        [("€14.15 an hour", "€12.82 an hour")],
    ),
    # The passengers of the cancelled return flight are not those of the flight that landed.
    (
        "Northsea Air flight BX417 made an emergency landing in Manchester. None of the 182 "
        "passengers and six crew members on board was hurt.",
        "Flight BX417 was carrying 128 passengers and six crew. The return flight, BX418 from "
        "Tenerife, was cancelled, affecting 176 passengers.",
        [],
        [("182 passengers", "176 passengers")],
    ),
]

# The same fact told in both: still paired.
CONTROLS = [
    (
        "This year's wheat harvest was 2.4 million tonnes.",
        "The department forecasts this season's wheat harvest at 1.5 million tonnes.",
        [("2.4 million tonnes", "1.5 million tonnes")],
        [],
    ),
    (
        "Last year's wheat harvest was 2.4 million tonnes.",
        "Last season's wheat harvest was 1.5 million tonnes.",
        [("2.4 million tonnes", "1.5 million tonnes")],
        [],
    ),
    (
        "The earthquake killed at least 312 people.",
        "The earthquake killed 128 people, officials said.",
        [("at least 312 people", "128 people")],
        [],
    ),
    (
        "In Jumla district alone, 312 people were killed.",
        "In Jumla district alone, 128 people were killed.",
        [("312 people", "128 people")],
        [],
    ),
    (
        "Ireland's minimum wage is €14.15 an hour.",
        "The minimum wage in Ireland is €12.82 an hour.",
        [("€14.15 an hour", "€12.82 an hour")],
        [],
    ),
    (
        "Flight BX417 was carrying 182 passengers.",
        "Flight BX417 was carrying 176 passengers.",
        [("182 passengers", "176 passengers")],
        [],
    ),
    (
        "Northsea Air flight BX417 landed safely. None of the 182 passengers and six crew "
        "members on board was hurt.",
        "The flight BX417 landed safely, but 176 passengers and six crew members on board "
        "were shaken.",
        [("182 passengers", "176 passengers")],
        [],
    ),
]


CONTROLS += [
    (
        "This year's wheat harvest was 2.4 million tonnes.",
        "The 2026 wheat harvest was 1.5 million tonnes.",
        [("2.4 million tonnes", "1.5 million tonnes")],
        [],
    ),
    (
        "The UK rate remains below Germany's minimum wage of €12.82 an hour.",
        "The new UK rate compares with a minimum of €12.41 an hour in Germany.",
        [("€12.82 an hour", "€12.41 an hour")],
        [],
    ),
    # An article naming no flight number may tell the same flight's passengers.
    (
        "An airliner made an emergency landing. None of the 182 passengers and six crew "
        "members on board was hurt.",
        "Flight BX417 landed safely, but 176 passengers and six crew members on board were shaken.",
        [("182 passengers", "176 passengers")],
        [],
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "paired", "not_paired"), CASES + CONTROLS)
def test_told_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)
