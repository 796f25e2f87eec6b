"""Figures of one fact whose two outlets word them apart (QA round 61): a count told "over the
same stretch" (a span, no margin above one), a sum put in "so far", a company's guidance and
its target, candidates and pupils, the hospitalised and those who needed hospital treatment, a
chain's restaurants and its locations."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of

PAIRED = [
    (
        "The Austin-based carmaker produced 126,710 vehicles in the three months to Sept. 30, "
        "leaving it with roughly 8,300 more cars than it handed to customers.",
        "Voltara Motors shipped more than 118,000 electric cars between July and September, but "
        "its factories built 127,610 vehicles over the same stretch, adding thousands of unsold "
        "cars to its lots.",
        ("126,710 vehicles", "127,610 vehicles"),
    ),
    (
        "The company has spent $2.3 billion on the site so far and said it expected the plant "
        "to reach a weekly run rate of 5,000 vehicles by March.",
        "Voltara has so far put $2.3 million into the site, which it has described as the "
        "template for future factories in Asia and Europe.",
        ("$2.3 billion", "$2.3 million"),
    ),
    (
        "Voltara reaffirmed its full-year delivery guidance of between 460,000 and 480,000 "
        "vehicles. Through the first nine months of the year it has delivered 311,600 vehicles.",
        "The company stuck to its target of delivering between 460,000 and 490,000 vehicles this "
        "year. Its factories built 127,610 vehicles in the quarter.",
        ("between 460,000 and 480,000 vehicles", "between 460,000 and 490,000 vehicles"),
    ),
    (
        "A total of 412,300 candidates sat the exam at 3,947 schools.",
        "In all, 421,300 pupils wrote the exams at almost 4,000 schools.",
        ("412,300 candidates", "421,300 pupils"),
    ),
    (
        "The state Department of Health said 31 people had been hospitalised, including nine "
        "children.",
        "So far 13 people have needed hospital treatment, 9 of them children.",
        ("31 people", "13 people"),
    ),
    (
        "Illnesses began between Aug. 3 and Aug. 19, and the outbreak has been linked to 23 "
        "restaurants in Arizona, Nevada, New Mexico and Utah. The chain has 210 locations "
        "across the Southwest.",
        "The illnesses started between Aug. 3 and Aug. 29, and the cases are linked to 32 Pollo "
        "Rojo locations across Arizona, Nevada, New Mexico and Utah. Pollo Rojo operates 210 "
        "restaurants in the Southwest.",
        ("23 restaurants", "32 Pollo Rojo locations"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), PAIRED)
def test_worded_apart_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)


UNPAIRED = [
    # An article that counts stores and restaurants does not say which its locations are.
    (
        "The chain will open 54 new restaurants next year.",
        "The group runs 450 stores and 60 restaurants and will open 45 new locations next year.",
        ("54 new restaurants", "45 new locations"),
    ),
    # Candidates standing in an election are no students, however alike their digits.
    (
        "A record 4,125 candidates are standing for the council.",
        "Some 4,215 students voted in the mock election.",
        ("4,125 candidates", "Some 4,215 students"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), UNPAIRED)
def test_worded_apart_controls(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair not in aligned_texts(text_a, text_b)


MEASURES = [
    # "over the same stretch" is a span of time, no level the count is a margin above.
    (
        "Its factories built 127,610 vehicles over the same stretch, adding to its lots.",
        "127,610 vehicles",
        "margin",
        "built",
    ),
    # "so far" says when, not what.
    (
        "Voltara has so far put $2.3 million into the site, which it has described as a template.",
        "$2.3 million",
        "far",
        "site",
    ),
]


@pytest.mark.parametrize(("text", "figure", "absent", "present"), MEASURES)
def test_measure_words(text: str, figure: str, absent: str, present: str) -> None:
    measure = next(f.measure for f in figures_of(text) if f.text == figure)
    assert absent not in measure
    assert present in measure


def test_hospital_treatment_counts_the_hospitalised() -> None:
    figure = next(
        f
        for f in figures_of("So far 13 people have needed hospital treatment, 9 of them children.")
        if f.text == "13 people"
    )
    assert figure.unit == "people in hospital"
