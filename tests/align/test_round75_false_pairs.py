"""QA round 75: figures their own words show to be two facts are not paired: two parts of a
price index named in the clause, not the measure ("core inflation … stood at 3.9%", "services
inflation was still running at 4.4%"); two doses, age groups or kinds of customer; the level
once a change is made and the level now; a peak fallen from and an average; a yearly amount and
a total over years. And a level "pushed … from 81.4% to 88.9%" is a change, not a range."""

from __future__ import annotations

import pytest

from support import assert_pairs, figures_of


@pytest.mark.parametrize(
    ("text_a", "text_b", "paired", "not_paired"),
    [
        # Core and services inflation, each named in its clause only.
        (
            "Headline inflation eased to 3.46% in October from 3.8% in September, while core "
            "inflation, which strips out food and energy, stood at 3.9%.",
            "Consumer prices rose about 3.5% in the year to October, well down from a peak of "
            "9.1% in 2022, although services inflation was still running at 4.4%.",
            [],
            [("3.9%", "4.4%"), ("3.9%", "about 3.5%")],
        ),
        # Control: one part named in both, they pair.
        (
            "Core inflation, which strips out food and energy, stood at 3.9%.",
            "Core inflation was still running at 4.4%.",
            [("3.9%", "4.4%")],
            [],
        ),
        # First dose among two-year-olds, second dose among five-year-olds.
        (
            "First-dose coverage among two-year-olds also improved, rising to 91.2% from 87.6% "
            "before the campaign.",
            "Uptake of the second MMR dose among five-year-olds now stands at 86.9%, up from "
            "81.4% before the campaign.",
            [],
            [("87.6%", "81.4%")],
        ),
        # A home terminal and business terminals.
        (
            "Home users will pay €49 to €79 per month. A home terminal will cost €299.",
            "Business terminals will cost €1,150, and plans for companies will be announced "
            "later this year.",
            [],
            [("€299", "€1,150")],
        ),
        # The stores once the cuts are made and the stores now.
        (
            "Harrow & Finch, founded in 1921, operates about 410 stores in 38 states.",
            "After the cuts, the 1921-founded chain will operate roughly 363 stores.",
            [],
            [("about 410 stores", "roughly 363 stores")],
        ),
        # Control: two counts of stores now pair.
        (
            "Harrow & Finch operates about 410 stores in 38 states.",
            "The 1921-founded chain operates roughly 363 stores.",
            [("about 410 stores", "roughly 363 stores")],
            [],
        ),
        # A peak fallen from and an average, however near.
        (
            "The dissenters worried that wage settlements, which averaged 5.2% this year, could "
            "keep services prices elevated.",
            "The bank's policy rate had been held at 5% since January, after it made its first "
            "cut of the cycle from a peak of 5.25%.",
            [],
            [("5.2%", "5.25%")],
        ),
        # A yearly amount and a total over three years, of one value.
        (
            "The finance ministry says the measure will save €640 million a year.",
            "The finance ministry estimates the saving at €640 million over three years.",
            [],
            [("€640 million a year", "€640 million")],
        ),
        # Control: two yearly amounts pair.
        (
            "The finance ministry says the measure will save €640 million a year.",
            "The finance ministry estimates the saving at €640 million a year.",
            [("€640 million a year", "€640 million a year")],
            [],
        ),
    ],
)
def test_told_apart(
    text_a: str,
    text_b: str,
    paired: list[tuple[str, str]],
    not_paired: list[tuple[str, str]],
) -> None:
    assert_pairs(text_a, text_b, paired, not_paired)


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        (
            "The campaign pushed second-dose uptake among five-year-olds from 81.4% to "
            "88.9%, officials said.",
            ["81.4%", "88.9%"],
        ),
        (
            "The scheme improved reading scores at the school from 62% to 71%.",
            ["62%", "71%"],
        ),
    ],
)
def test_a_level_pushed_from_one_to_another_is_no_range(text: str, printed: list[str]) -> None:
    assert [figure.text for figure in figures_of(text)] == printed
