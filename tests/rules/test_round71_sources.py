"""QA round 71: "ranging from 12% to 38%" after a word of change is one range, not a change
from 12% to 38%; a trailing "according to union estimates" makes its sentence's claim an
estimate for FC110, even against a short flat claim; and "cautioned that" names its source."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import figures_of, rule_messages


@pytest.mark.parametrize(
    ("sentence", "printed", "low", "high"),
    [
        ("The committee opened an inquiry into Corvane's January list prices, with increases "
         "ranging from 12% to 38%.", "12% to 38%", 12, 38),
        ("Rents rose sharply, with increases varying from 3 km to 9 km.", "3 km to 9 km", 3, 9),
        ("Salaries were raised, with rises that ranged from 4 per cent to 9 per cent.",
         "4 per cent to 9 per cent", 4, 9),
    ],
)  # fmt: skip
def test_a_spread_after_a_change_word_is_one_range(
    sentence: str, printed: str, low: int, high: int
) -> None:
    figure = {f.text: f for f in figures_of(sentence)}[printed]
    assert figure.kind.value == "range"
    assert (figure.low, figure.high) == (Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose from 12% to 38%.",
        # The change's word is nearer the "from" than the spread's noun.
        "The spread widened from 2% to 5%.",
    ],
)
def test_a_change_from_one_level_to_another_stays_two_figures(sentence: str) -> None:
    assert [f.kind.value for f in figures_of(sentence)] == ["percent", "percent"]


@pytest.mark.parametrize(
    ("sourced", "flat", "flagged"),
    [
        ("Around 40% of scheduled teaching will be lost during the strike, according to union "
         "estimates.", "About 40% of timetabled teaching will be lost.", True),
        ("Around 40% of scheduled teaching will be lost during the strike, according to union "
         "projections.", "About 40% of timetabled teaching will be lost.", True),
        # A plain source, no estimate: every outlet states some of those as fact.
        ("Around 40% of scheduled teaching will be lost during the strike, according to the "
         "union.", "About 40% of timetabled teaching will be lost.", False),
        ("Around 40% of scheduled teaching will be lost during the strike, according to union "
         "figures.", "About 40% of timetabled teaching will be lost.", False),
    ],
)  # fmt: skip
def test_a_closing_estimate_source_hedges_a_short_claim(
    sourced: str, flat: str, flagged: bool
) -> None:
    assert bool(rule_messages("FC110", sourced, flat)) is flagged


@pytest.mark.parametrize("verb", ["cautioned", "cautions", "warned"])
def test_cautioned_names_its_source(verb: str) -> None:
    sourced = (
        "Marcus Feld, a shipping analyst at Tidewater Maritime Research in London, said much of "
        "the growth could rest on a temporary shift in trade routes."
    )
    told = (
        f"Marcus Feld, an analyst at Tidewater Maritime Research, {verb} that much of the "
        "growth rests on a temporary shift in trade routes."
    )
    assert rule_messages("FC110", sourced, told) == []
