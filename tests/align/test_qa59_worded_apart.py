"""Figures both articles give, worded apart, with close values (a scale word slipped, digits
swapped, one range end moved), that must pair so that the change is reported; and controls
that must stay apart (QA round 59)."""

from __future__ import annotations

import pytest

from factcheck.align.regions import region_of
from support import aligned_texts

# Two ledes tied by their hourly rates and their rises: the count of those who get the rise.
WAGE_A = (
    "The government announced that the national minimum wage will rise to €13.85 an hour, a "
    "9.1% increase that ministers said would benefit about {count_a}."
)
WAGE_B = (
    "Roughly {count_b} on the lowest legal rate of pay will get a rise of just over nine "
    "percent after the government signed off on a new minimum wage of €13.58 an hour."
)


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair", "paired"),
    [
        # Workers and employees: one count in two words, in sentences tied by another pair.
        (
            WAGE_A.format(count_a="184,000 workers"),
            WAGE_B.format(count_b="164,000 employees"),
            ("about 184,000 workers", "Roughly 164,000 employees"),
            True,
        ),
        # Control: people at large, which many counts are of, say nothing of what is counted.
        (
            WAGE_A.format(count_a="184,000 people"),
            WAGE_B.format(count_b="164,000 people"),
            ("about 184,000 people", "Roughly 164,000 people"),
            False,
        ),
        # Adults are people: two digits side by side swapped in a count of four digits.
        (
            "The study randomly assigned 1,184 adults aged 40 to 70 to one of two diets.",
            "The trial enrolled 1,148 people between the ages of 40 and 70.",
            ("1,184 adults", "1,148 people"),
            True,
        ),
        # One number a scale word apart, in sentences a corroborated figure ties.
        (
            "It estimated the direct cost to employers at €310 million a year, or about €1.27 "
            "billion over four years once knock-on increases in pay scales are included.",
            "Employers will face an extra wage bill of €310 billion a year, according to the "
            "Department of Finance, which put the total at nearly €1.3 billion over four years.",
            ("€310 million a year", "€310 billion a year"),
            True,
        ),
        # Control: the same number a scale word apart, in sentences nothing ties.
        (
            "The city received a $310 million grant for the metro line, officials said.",
            "The utility carries $310 billion in debt, the report said.",
            ("$310 million", "$310 billion"),
            False,
        ),
        # A court's seat is no region the figure is of: the family's contribution is one.
        (
            "The deal, filed in U.S. Bankruptcy Court in Delaware, includes $1.9 billion from "
            "members of the Brennart family, who controlled the company for four decades.",
            "The Brennart family, which owned the company for four decades, will contribute "
            "$1.9 million of that total.",
            ("$1.9 billion", "$1.9 million"),
            True,
        ),
        # The span each anchored amount is spread over.
        (
            "Brennart Pharma has agreed to pay $7.42 billion over 12 years to resolve lawsuits "
            "brought by states.",
            "The maker of Veltrax agreed to pay roughly $7.4 billion, spread across 15 years, to "
            "settle claims from states.",
            ("12 years", "15 years"),
            True,
        ),
        # Control: spans in anchored sentences that spread nothing: a record's span and how
        # long a party has held power.
        (
            "The Socialist party slumped to 23.4 per cent, its worst result in almost four "
            "decades.",
            "The Socialist Party, which has alternated in power with the center-right for five "
            "decades, got 23.4 percent.",
            ("almost four decades", "five decades"),
            False,
        ),
        # One end of a range moved, the other range naming nothing but its unit.
        (
            "The fire has destroyed 214 homes, forcing between 3,000 and 3,500 residents to flee.",
            "Between 3,000 and 4,500 people were ordered out of their homes.",
            ("between 3,000 and 3,500 residents", "Between 3,000 and 4,500 people"),
            True,
        ),
        # One end of a range moved, each told as what is to come (the design's range is the
        # same in both, and paired).
        (
            "Design work will take 12 to 18 months. Redmond said the closure was expected to "
            "last 18 to 24 months.",
            "Route 47 would remain closed for 18 to 30 months. Design work will take 12 to 18 "
            "months.",
            ("18 to 24 months", "18 to 30 months"),
            True,
        ),
        # Control: one end alike, one told as to come, the other as what happened.
        (
            "The lake rose by 1.5 to 2 metres overnight. The dam is 40 metres high.",
            "Snow drifts of 1.5 to 3 metres will block the pass, 20 metres wide.",
            ("1.5 to 2 metres", "1.5 to 3 metres"),
            False,
        ),
    ],
)
def test_worded_apart(text_a: str, text_b: str, pair: tuple[str, str], paired: bool) -> None:
    assert (pair in aligned_texts(text_a, text_b)) is paired


@pytest.mark.parametrize(
    ("sentence", "figure", "region"),
    [
        # Where the case is heard, not what the figure is of.
        (
            "The deal, filed in U.S. Bankruptcy Court in Delaware, includes $1.9 billion from "
            "members of the family.",
            "$1.9 billion",
            None,
        ),
        ("The company was fined $2 million by a court in Ohio.", "$2 million", None),
        # Control: a region that sets the place of the rest of its sentence.
        ("In Delaware, the deal includes $1.9 billion for towns.", "$1.9 billion", "Delaware"),
    ],
)
def test_court_seat_is_no_region(sentence: str, figure: str, region: str | None) -> None:
    start = sentence.index(figure)
    found = region_of(sentence, 0, len(sentence), start, start + len(figure))
    assert found == region
