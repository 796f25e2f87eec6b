"""QA round 78: figure noise. A half with no year is a half-year only as one of a year or of
a business's or an economy's reporting (not "early in the second half" of a match), and a
count of the sources a report is attributed to ("according to two officials", "three
diplomats said") is no figure of the story."""

from __future__ import annotations

import pytest

from factcheck.extract.periods import find_periods
from support import figures_of

HALVES = [
    # A match's half, or a century's: no half-year.
    ("Okafor struck a 30-yard free kick midway through the second half.", []),
    ("The hosts trailed by two tries early in the first half.", []),
    ("The town grew fast in the second half of the century.", []),
    # A year's half, or one a business reports.
    ("Orders are due to pick up in the second half of the year.", ["H2"]),
    ("Second-half sales at the retailer rose sharply.", ["H2"]),
    ("Operating profit fell in the first half as costs climbed.", ["H1"]),
    ("The plant should open in the first half of 2029.", ["H1 2029"]),
    ("Output in H2 was weaker than planned.", ["H2"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "labels"), HALVES)
def test_a_half_is_a_half_year_only_of_a_year_or_a_report(text: str, labels: list[str]) -> None:
    assert [p.label for p in find_periods(text)] == labels


def test_a_match_half_dates_no_figure() -> None:
    figures = figures_of("Moreau landed a 48-metre drop goal late in the second half.")
    assert [(f.text, f.period) for f in figures] == [("48-metre", None)]


SOURCE_COUNTS = [
    "The pact must still be approved by all 19 member states, according to two NATO officials.",
    "Three diplomats told reporters the summit would be delayed until spring.",
    "Two senior officials, speaking on condition of anonymity, said the route had 14 stages.",
    "Two aides, who asked not to be named, said the talks would resume on Monday.",
    "Four executives said on Friday that 300 jobs would go at the Leeds depot.",
]


@pytest.mark.parametrize("sentence", SOURCE_COUNTS)
def test_a_count_of_a_reports_sources_is_no_figure(sentence: str) -> None:
    units = {f.unit for f in figures_of(sentence)}
    assert not units & {"official", "diplomat", "aide", "executive"}


COUNTS_KEPT = [
    ("Two officials were killed in the raid on the border post.", "official"),
    ("Three diplomats were expelled on Tuesday over the affair.", "diplomat"),
    ("The board dismissed three executives, who declined to comment.", "executive"),
    ("Some 1,200 people said in a survey that fares were too high.", "people"),
]


@pytest.mark.parametrize(("sentence", "unit"), COUNTS_KEPT)
def test_other_counts_of_officials_are_kept(sentence: str, unit: str) -> None:
    assert unit in {f.unit for f in figures_of(sentence)}
