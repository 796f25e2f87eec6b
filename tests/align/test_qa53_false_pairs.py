"""Figures their sentences tell apart, however alike their measures score (see
`factcheck.align.told_apart`): a count with its own verb in the other sentence, a quarter's
figure and the full year's, a rival's figure, an earlier event's, and changes of two levels."""

from __future__ import annotations

import pytest

from factcheck.align.told_apart import changes_of_other_levels
from factcheck.extract import extract
from factcheck.load import article_from_text
from support import aligned_texts


@pytest.mark.parametrize(
    ("text_a", "text_b", "absent", "present"),
    [
        # Two counts told in another order: each agrees with its own verb's.
        (
            "Eighteen buses were withdrawn and 9 rerouted on the coastal line.",
            "Bus services were badly disrupted, with 9 buses rerouted and 18 withdrawn.",
            ("Eighteen buses", "9 buses"),
            None,
        ),
        # Control: one count told with one verb, changed, still pairs.
        (
            "Thirty flights were grounded at the main airport on Monday.",
            "At the main airport, 28 flights were grounded on Monday.",
            None,
            ("Thirty flights", "28 flights"),
        ),
        # A full year's guidance is not a quarter's spending; the quarter's pairs with its own.
        (
            "Capital expenditure in the quarter was $2.3 billion. The group has guided spending "
            "of $9 billion to $10 billion for the full year.",
            "Spending totaled $2.3 billion in the quarter, mostly on new mines.",
            ("$9 billion to $10 billion", "$2.3 billion"),
            ("$2.3 billion", "$2.3 billion"),
        ),
        # A rival's cut is not the company's own.
        (
            "Norvane said it would cut 900 jobs, or about 7% of its staff.",
            "The cuts come weeks after rival Quellar Corp said it would shed 1,500 jobs, about "
            "4% of its workforce.",
            ("about 7%", "about 4%"),
            None,
        ),
        (
            "Rival Quellar Corp said last month it would shed 1,500 jobs, about 4% of staff.",
            "Norvane will cut 900 jobs, or about 7% of its workforce, the company said.",
            ("about 4%", "about 7%"),
            None,
        ),
        # An earlier event's figure, dated by its clause, is not the other's.
        (
            "Norvane last reduced staff in March 2021, when it let go 400 people, or about 3% "
            "of its workforce. It plans to open two plants in 2024.",
            "Norvane will shed about 2% of its employees, the company said.",
            ("about 3%", "about 2%"),
            None,
        ),
    ],
)
def test_figures_told_apart(text_a, text_b, absent, present) -> None:
    pairs = aligned_texts(text_a, text_b)
    if absent is not None:
        assert absent not in pairs
    if present is not None:
        assert present in pairs


@pytest.mark.parametrize(
    ("text_a", "text_b", "pair"),
    [
        # Controls: changes of one level pair, however far apart.
        (
            "Revenue rose 6% to $4.2 billion in the quarter.",
            "Quarterly revenue climbed 9% to $4.2 billion.",
            ("6%", "9%"),
        ),
        (
            "Sales reached $812 million in the quarter, up 5% from a year earlier.",
            "Sales rose 8% from a year earlier to $812 million.",
            ("5%", "8%"),
        ),
        # A benchmark's return beside another thing's level is still the benchmark's.
        (
            "The fund's benchmark returned 6.3%, meaning it added about $2 billion in value.",
            "The fund lifted its assets to $140 billion and beat a benchmark that returned "
            "5.3 per cent.",
            ("6.3%", "5.3 per cent"),
        ),
        # A rival named in both sentences: its figures pair.
        (
            "Rival Quellar Corp said it would shed 1,500 jobs.",
            "Its rival Quellar Corp plans to shed 1,700 jobs.",
            ("1,500 jobs", "1,700 jobs"),
        ),
    ],
)
def test_figures_still_paired(text_a, text_b, pair) -> None:
    assert pair in aligned_texts(text_a, text_b)


LEVELS_A = (
    "Total output averaged 1.45 million barrels per day in the quarter, up 4.1% from the same "
    "period of 2023."
)
LEVELS_B = (
    "The company pumped 1.42 million barrels per day between April and June. Crude shipments "
    "climbed 11% from a year earlier to 610,000 barrels per day."
)


@pytest.mark.parametrize(
    ("levels_paired", "crossed"),
    [
        # Output's level pairs with the other's output, told in another sentence: output's
        # change is not shipments' change.
        (("1.45 million barrels per day", "1.42 million barrels per day"), True),
        # Control: the two levels paired, their changes are one fact's.
        (("1.45 million barrels per day", "610,000 barrels per day"), False),
    ],
)
def test_changes_of_other_levels(levels_paired, crossed) -> None:
    article_a = article_from_text(f"A\n\n{LEVELS_A}\n", article_id="a")
    article_b = article_from_text(f"B\n\n{LEVELS_B}\n", article_id="b")
    a, b = extract(article_a).figures, extract(article_b).figures
    index_a = {figure.text: index for index, figure in enumerate(a)}
    index_b = {figure.text: index for index, figure in enumerate(b)}
    changes = (index_a["4.1%"], index_b["11%"])
    levels = (index_a[levels_paired[0]], index_b[levels_paired[1]])
    chosen = [(80.0, *levels), (61.0, *changes)]
    found = changes_of_other_levels(a, b, article_a.text, article_b.text, chosen)
    assert (changes in found) is crossed
