"""Review 71, regressions of recent fixes on real-style sentences: "N more" beyond a count its
sentence tells first still pairs with the other's plain count of the increment's own act
(FC105); a month of a year dates a figure only right after it, and not when both articles
tell both months (FC111); "should/would" hedges an effect only after a thing, not an actor
advised, and never a claim that denies the act (FC110)."""

from __future__ import annotations

import pytest

from support import assert_pairs, rule_messages

INCREMENTS = [
    # The increment's own act ("detained", "hire") told plainly by the other: one fact.
    ("Police arrested 12 people at the march on Friday, and 35 more people were detained on "
     "Saturday, a spokesman said.",
     "Police detained 30 people on Saturday, a spokesman said. Twelve people had been arrested "
     "on Friday, the force said.",
     [("35 more people", "30 people")], []),
    ("The factory employs 540 people and the company said it would hire 200 more workers next "
     "year.",
     "The company said it would hire 250 workers next year at the factory, which employs 540 "
     "people.",
     [("200 more workers", "250 workers")], []),
    # Coal plant closure P3: the jobs at risk are not the 1,200 more the plant supports.
    ("The plant employs 540 people directly and supports an estimated 1,200 more jobs in "
     "mining, maintenance and transport, according to company figures.",
     "The power station will close in 2028, putting 510 jobs at risk in the valley.",
     [], [("an estimated 1,200", "510 jobs")]),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "paired", "not_paired"), INCREMENTS)
def test_an_increment_pairs_with_a_plain_count_of_its_own_act(
    a: str, b: str, paired: list[tuple[str, str]], not_paired: list[tuple[str, str]]
) -> None:
    assert_pairs(a, b, paired, not_paired)


def test_an_increment_of_its_own_act_differs() -> None:
    messages = rule_messages(
        "FC105",
        "Police arrested 12 people at the march on Friday, and 35 more people were detained on "
        "Saturday, a spokesman said.",
        "Police detained 30 people on Saturday, a spokesman said. Twelve people had been "
        "arrested on Friday, the force said.",
    )
    assert len(messages) == 1


MONTH_DATES = [
    # Electricity price cap P8: the month right after the figure, one in each.
    ("The cap was set at £1,928 in January 2024 and peaked at £4,279 in January 2023.",
     "The cap stood at £1,928 in January 2023 and has come down since.", 1),
    # A month after the thing the figure costs, both months told by both: no date of it.
    ("The council approved the £12 million scheme in March 2023, and work began in June 2024.",
     "Work on the £12 million scheme began in June 2024, after councillors approved it in "
     "March 2023.", 0),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "found"), MONTH_DATES)
def test_a_month_dates_a_figure_only_right_after_it(a: str, b: str, found: int) -> None:
    assert len(rule_messages("FC111", a, b)) == found


ADVICE = [
    # An actor advised ("the government should cut"): no estimate of an effect.
    ("The chancellor cut national insurance by 2p in the budget. The Institute for Fiscal "
     "Studies said the government should cut income tax instead.",
     "The chancellor cut national insurance by 2p in the budget. The government did not cut "
     "income tax instead.", 0),
    ("Economists said the Bank of England should cut interest rates to 4% next month.",
     "The Bank of England will cut interest rates to 4% next month.", 0),
    # A claim that denies the act a thing is reckoned to do states no reckoning as fact.
    ("Analysts said the merger would cut costs at the two banks by a fifth.",
     "The merger did not cut costs at the two banks by a fifth.", 0),
    # Coal plant closure P7: a thing's effect, reckoned by its source, told as fact.
    ("The company said the closure would cut the state's power-sector emissions by about 14 "
     "percent.",
     "The closure will cut the state's power-sector emissions by about 14 percent.", 1),
    # Lanternfall layoffs P7.
    ("The restructuring should save roughly $42 million a year from 2026, according to the "
     "company.",
     "The restructuring will save roughly $42 million a year from 2026.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "found"), ADVICE)
def test_should_would_hedges_a_things_effect_only(a: str, b: str, found: int) -> None:
    assert len(rule_messages("FC110", a, b)) == found
