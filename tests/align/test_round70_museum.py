"""QA round 70, a museum's record year: figures one outlet words as visitors, tickets or
foreign tourists and the other as people, admission or visitors from abroad; and "admitting"
people to a museum, which is no hospital's toll."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "pairs"),
    [
        # Admission is the price of a ticket.
        (
            "Tickets now cost between 95 and 145 Danish kroner, after an increase last January.",
            "Admission ranges from 95 to 165 Danish kroner, and under-18s go free.",
            [("between 95 and 145 Danish kroner", "95 to 165 Danish kroner")],
        ),
        # Visitors from abroad are foreign visitors.
        (
            "Foreign tourists accounted for 47 percent of visitors, with the largest groups "
            "coming from Germany.",
            "Some 41 percent of visitors came from abroad, led by Germans.",
            [("47 percent", "Some 41 percent")],
        ),
        # Visitors are people: one count, however each outlet names them.
        (
            'The jump was driven by "Vikings of the Eastern Sea", a blockbuster exhibition '
            "that drew 412,000 visitors.",
            'The star attraction was "Vikings of the Eastern Sea", seen by 412,000 people.',
            [("412,000 visitors", "412,000 people")],
        ),
        # Control: two shows' counts of visitors and people stay apart.
        (
            '"Hammershøi and Light", a show of the painter\'s interiors, attracted 268,000 people.',
            'A smaller summer show, "Glass from Murano", drew 186,000 visitors.',
            [],
        ),
    ],
)
def test_round70_museum_pairs(text_a: str, text_b: str, pairs: list[tuple[str, str]]) -> None:
    assert sorted(aligned_texts(text_a, text_b)) == sorted(pairs)


@pytest.mark.parametrize(
    ("sentence", "printed", "unit"),
    [
        # A museum admitting people counts its visitors, not hospital admissions.
        (
            "Denmark's National Museum had its busiest year ever in 2024, admitting 1.31 "
            "million people as a new wing drew crowds.",
            "1.31 million people",
            "people",
        ),
        # Control: a hospital admitting patients still counts those in hospital.
        (
            "The hospital said it was admitting 38 people with heatstroke on Wednesday.",
            "38 people",
            "people in hospital",
        ),
    ],
)
def test_round70_admitting(sentence: str, printed: str, unit: str) -> None:
    (figure,) = [f for f in figures_of(sentence) if f.text == printed]
    assert figure.unit == unit
    assert "hospital" not in figure.measure or unit == "people in hospital"
