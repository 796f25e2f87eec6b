"""Figures the alignment paired although they are two facts (QA round 52), with controls."""

from __future__ import annotations

import pytest

from factcheck.extract.periods import find_periods
from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # One country's staff are not the whole group's.
        (
            "Halvorsen, which employs 3,200 people in Norway, said it would study the ruling.",
            "The company, which employs about 9,000 people worldwide, said it would appeal.",
            [],
        ),
        (
            "Halvorsen, which employs 3,200 people in Norway, said it would study the ruling.",
            "The company, which employs about 3,900 people globally, said it would appeal.",
            [],
        ),
        # Control: one country's staff in both.
        (
            "Halvorsen, which employs 3,200 people in Norway, said it would study the ruling.",
            "The company, which employs about 3,100 people in Norway, said it would appeal.",
            [("3,200 people", "about 3,100 people")],
        ),
        # A part of the dead is not the toll.
        (
            "At least 41 people died when the bus overturned on a mountain road.",
            "Twelve children were among the dead, hospital officials said.",
            [],
        ),
        (
            "At least 41 people died when the bus overturned on a mountain road.",
            "The crash killed 44 people, including 12 children, hospital officials said.",
            [("At least 41 people", "44 people")],
        ),
        # Controls: a part against the same part; a toll against a toll.
        (
            "Twelve children were among the dead, hospital officials said.",
            "Eleven children were among the dead, the regional governor said.",
            [("Twelve children", "Eleven children")],
        ),
        (
            "At least 41 people died when the bus overturned on a mountain road.",
            "At least 44 people died when the bus overturned, officials said.",
            [("At least 41 people", "At least 44 people")],
        ),
        # Leaving port and sinking are two moments.
        (
            "The ferry left Tanjung at about 7 p.m. local time on Sunday.",
            "The ferry went down at around 10 p.m. on Sunday, some three hours after leaving port.",
            [],
        ),
        (
            "The ferry left Tanjung at about 7 p.m. local time on Sunday.",
            "The ferry sank at around 10 p.m. on Sunday, some three hours after leaving port.",
            [],
        ),
        # Control: the sinking in both.
        (
            "The ferry sank at about 10 p.m. on Sunday, rescuers said.",
            "The ferry went down at around 10.30 p.m. on Sunday, some hours after leaving port.",
            [("about 10 p.m.", "around 10.30 p.m.")],
        ),
        # A market's fall is not the whole's rise.
        (
            "Revenue rose 1.4% to €41 billion, helped by a weaker euro.",
            "Sales in Spain fell 5.1%, hurt by a strike at a domestic plant.",
            [],
        ),
        # Controls: the same way, or a market in both.
        (
            "Revenue rose 1.4% to €41 billion, helped by a weaker euro.",
            "Sales in Spain rose 5.1%, helped by new models.",
            [("1.4%", "5.1%")],
        ),
        (
            "Revenue rose 2.1% to €3.4 billion.",
            "Revenue rose 2.4% on a weaker euro.",
            [("2.1%", "2.4%")],
        ),
        (
            "Sales in France fell 6.3% on the strike.",
            "Sales in France fell 6.8%, the company said.",
            [("6.3%", "6.8%")],
        ),
        # A cut this fiscal year is not a first half's level.
        (
            "Tariffs would reduce its operating profit by between $1 billion and $1.3 billion "
            "this fiscal year.",
            "For the first half as a whole, operating profit was $4.2 billion.",
            [],
        ),
        # A gap to the record is not the add-ons.
        (
            "The fee could rise by up to £8m in add-ons linked to appearances.",
            "The fee is almost £20 million more than the previous club record.",
            [],
        ),
    ],
)
def test_two_facts_do_not_pair(text_a: str, text_b: str, pairs: list[tuple[str, str]]) -> None:
    assert aligned_texts(text_a, text_b) == pairs


def test_a_repeat_of_an_agreed_figure_pairs_with_no_other() -> None:
    text_a = (
        "Northgate said it earned a net return of 7.8% in 2024. "
        "The Prairie Investment Fund reported a 7.7% return for its fiscal second quarter."
    )
    text_b = (
        "Northgate reported a 7.8 per cent net return for the 2024 calendar year. "
        '"A 7.8 per cent return in a year like this is solid," said Jean Roy, a consultant.'
    )
    assert aligned_texts(text_a, text_b) == [("7.8%", "7.8 per cent")]


def test_a_count_the_other_tells_beside_the_same_name_pairs_there() -> None:
    text_a = (
        "About 1,850 members of the port's biggest union, Sindicato Portuario Central, walked "
        "out on Monday. About 3,000 contract workers employed by outside firms have been idled."
    )
    text_b = "Some 1,580 workers belonging to Sindicato Portuario Central stopped work on Monday."
    assert aligned_texts(text_a, text_b) == []
    # Control: without the union's count, the one count of workers in each is compared.
    control_a = "About 3,000 contract workers employed by outside firms have been idled."
    control_b = "Some 2,600 workers stopped work on Monday."
    assert aligned_texts(control_a, control_b) == [
        ("About 3,000 contract workers", "Some 2,600 workers")
    ]


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [
        ("It cut its profit forecast for this fiscal year.", ["FY"]),
        ("Sales will fall in the current financial year.", ["FY"]),
        ("Sales will fall this year.", []),
    ],
)
def test_the_fiscal_year_under_way_is_a_full_year(sentence: str, labels: list[str]) -> None:
    assert [p.label for p in find_periods(sentence)] == labels
