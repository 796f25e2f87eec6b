"""Round 80: figures of one fact left unpaired because their measures came out apart — a rate
said by an adverb after the count ("daily"), a team's size said by a compound ("52-strong"),
a time said between an amount and what it is for, and a region named beside one article's
span of time when the other article names none at all."""

from __future__ import annotations

import pytest

from support import assert_figure, assert_pairs, figure_printed, figures_of


@pytest.mark.parametrize(
    ("sentence", "printed", "unit"),
    [
        ("The bridge, built in 1971, is crossed by some 45,000 cars daily, officials said.",
         "some 45,000 cars daily", "car/day"),
        ("The ferry carries 4,000 passengers nightly and more at weekends.",
         "4,000 passengers nightly", "passenger/night"),
        # An adjective of the noun after it is no rate of the figure.
        ("The clinic reported 30 daily admissions last week.", "30", None),
    ],
)  # fmt: skip
def test_rate_adverb_after_a_count(sentence: str, printed: str, unit: str | None) -> None:
    figure = next(f for f in figures_of(sentence) if f.text.startswith(printed.split()[0]))
    if unit is None:
        assert "/" not in figure.unit
    else:
        assert figure.text == printed
        assert figure.unit == unit


@pytest.mark.parametrize(
    ("sentence", "printed", "unit"),
    [
        # A rescue team is no employer's staff (REV5 #1): its size is people.
        ("A 52-strong rescue team reached the climbers before nightfall.", "52-strong", "people"),
        ("Its 52-strong sales team missed the target.", "52-strong", "employee"),
        ("A 12-person workforce runs the plant.", "12-person", "employee"),
        # A crowd is no one's team.
        ("A 5,000-strong crowd gathered outside the court.", "5,000-strong", "people"),
    ],
)  # fmt: skip
def test_team_size_compound(sentence: str, printed: str, unit: str) -> None:
    assert figure_printed(sentence, printed).unit == unit


def test_time_between_amount_and_purpose_keeps_the_purpose_in_reach() -> None:
    figure = figure_printed(
        "The council has earmarked $15 million this year for flood defence repairs.",
        "$15 million",
    )
    assert {"flood", "defence"} <= set(figure.measure)


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # One article names no region, the other only the one beside its figure.
        (
            "Tomas Reyes, who served 14 years in jail for an arson he did not commit, was "
            "awarded damages on Monday.",
            "Tomas Reyes served seventeen years in Ohio jails for an arson he did not commit.",
            ("14 years", "seventeen years"),
            True,
        ),
        # A region named in the other's sentence, not beside its figure.
        (
            "Drivers caught twice now face a ban of 5 years, the minister said.",
            "Ohio held its maximum term at 8 years, while repeat drivers face a ban of 6 years.",
            ("5 years", "8 years"),
            False,
        ),
        # A rate may be the nation's, which the region's is not.
        (
            "House prices fell 4% last year, the agency said.",
            "House prices in Ohio fell 11% last year, the agency said.",
            ("4%", "11%"),
            False,
        ),
        # Two numbered lines are two lines.
        (
            "The city's oldest route, Line 3, moves about 410,000 commuters a day.",
            "By comparison, Line 4 carries about 95,000 commuters daily.",
            ("about 410,000 commuters a day", "about 95,000 commuters daily"),
            False,
        ),
    ],
)
def test_round80_pairs(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    if paired:
        assert_pairs(text_a, text_b, [pair], [])
    else:
        assert_pairs(text_a, text_b, [], [pair])


def test_assert_figure_helper_reads_the_adverb_rate() -> None:
    assert_figure(
        "The tunnel is used by about 48,000 cars daily.",
        "about 48,000 cars daily",
        "count",
        "car/day",
        48000,
    )
