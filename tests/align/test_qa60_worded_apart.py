"""Figures of one fact whose two outlets word them apart (QA round 60): a court's district
named as the seat of a filing, a width told as "wide" and "across", a measure taking words
from another figure's predicate, cases and infections, a headcount in workers and in jobs, a
deadline whose measure is only its unit."""

from __future__ import annotations

import pytest

from support import aligned_texts, figures_of

PAIRED = [
    (
        "The Columbus, Ohio-based company listed liabilities of between $1 billion and $10 "
        "billion in its petition in the U.S. Bankruptcy Court for the District of Delaware.",
        "The filing estimates the company's liabilities at between $1 billion and $5 billion.",
        ("between $1 billion and $10 billion", "between $1 billion and $5 billion"),
    ),
    (
        "It travelled about 800 metres downhill and was about 300 metres wide at its front.",
        "The slab broke away with a front about 350 metres across.",
        ("about 300 metres", "about 350 metres"),
    ),
    (
        "The Marlow County Health Department has confirmed 47 cases since the first infection "
        "was identified on Jan. 28.",
        "Health officials have now recorded 41 confirmed infections in the county since late "
        "January.",
        ("47 cases", "41 confirmed infections"),
    ),
    (
        "Ridgeline said construction would employ between 900 and 1,100 workers over about 30 "
        "months.",
        "Ridgeline projects between 900 and 1,400 construction jobs during a build-out of "
        "roughly two and a half years.",
        ("between 900 and 1,100 workers", "between 900 and 1,400 construction jobs"),
    ),
    (
        "Vantix must end the practices within 90 days or face daily penalty payments, the "
        "Commission said.",
        "The company has 60 days to comply, the Commission said.",
        ("90 days", "60 days"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), PAIRED)
def test_worded_apart_paired(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair in aligned_texts(text_a, text_b)


UNPAIRED = [
    # Hired and laid off: ranges of workers and of jobs with one end alike, but no word alike.
    (
        "The plant will hire between 300 and 400 workers next year.",
        "The union says 300 to 450 workers were laid off in the spring.",
        ("between 300 and 400 workers", "300 to 450 workers"),
    ),
    # A court named in the sentence makes the figure no less a region's when the region is
    # what it is of.
    (
        "Home sales in Delaware fell 12% last year.",
        "Home sales fell 4% nationally last year.",
        ("12%", "4%"),
    ),
]


@pytest.mark.parametrize(("text_a", "text_b", "pair"), UNPAIRED)
def test_worded_apart_controls(text_a: str, text_b: str, pair: tuple[str, str]) -> None:
    assert pair not in aligned_texts(text_a, text_b)


MEASURES = [
    # The words after another figure, before "and" opens a second verb, are that figure's.
    (
        "It travelled about 800 metres downhill and was about 300 metres wide at its front.",
        "about 300 metres",
        "downhill",
        "across",
    ),
    (
        "Kessling farms 4,200 hectares of wheat and canola and has been on the land for four "
        "decades.",
        "four decades",
        "wheat",
        "land",
    ),
    (
        "Total hours worked rose 0.5% in the month and were up 1.1% compared with a year earlier.",
        "1.1%",
        "month",
        "hour",
    ),
]


@pytest.mark.parametrize(("text", "figure", "absent", "present"), MEASURES)
def test_measure_left_of_second_verb(text: str, figure: str, absent: str, present: str) -> None:
    measure = next(f.measure for f in figures_of(text) if f.text == figure)
    assert absent not in measure
    assert present in measure
