"""Review 75: regressions of the round 74 extraction fixes (levels after a change from a dated
level, a name and its verb read as a counted plural, "began N ago" dropped for another thing's
ending, futures' prices read as counts)."""

from __future__ import annotations

import pytest

from support import figures_of, rule_messages

# The year after the level a change went from is that level's; the level it went to is today's,
# or of its own period.
PERIODS = [
    ("Enrollment has dropped from about 21,000 in 2019 to 18,700.", "about 21,000", "2019"),
    ("Enrollment has dropped from about 21,000 in 2019 to 18,700.", "18,700", None),
    ("Daily riders have fallen from 2.1 million in 2019 to 1.6 million.", "1.6 million", None),
    ("Vacancies fell from 1.3 million in 2022 to 812,000 in the latest quarter.", "812,000",
     None),
    ("Stores have dropped from 1,200 in 2015 to 940.", "940", None),
    ("The jobless rate rose from 5.1% in May to 5.3%.", "5.3%", None),
    ("Revenue rose from $5 billion in 2022 to $6.1 billion in 2023.", "$6.1 billion", "2023"),
    ("Unemployment rose to 5.1% in May and then to 5.3%.", "5.1%", "May"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "period"), PERIODS)
def test_period_of_a_level_after_a_change(sentence: str, printed: str, period: str | None) -> None:
    periods = {f.text: f.period for f in figures_of(sentence)}
    assert periods[printed] == period


# A name and its verb before an aim's "to" count nothing; a qualified plural still does.
UNITS = [
    ("Tesla expects to pass 2 million this year.", "2 million", ""),
    ("Netflix aims to exceed 300 million by 2026.", "300 million", ""),
    ("Spotify hopes to top 700 million by the end of the year.", "700 million", ""),
    ("Payrolled employees fell by 63,000 in September.", "63,000", "employee"),
    ("Passengers are expected to pass 2 million this year.", "2 million", "passenger"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "unit"), UNITS)
def test_name_and_verb_count_nothing(sentence: str, printed: str, unit: str) -> None:
    units = {f.text: f.unit for f in figures_of(sentence)}
    assert units[printed] == unit


# A futures contract's price is no count of futures.
@pytest.mark.parametrize(
    "sentence",
    ["Gold futures rose by 1% to 2,350 an ounce.", "Copper futures rose by 2% to 9,800 a tonne."],
)
def test_futures_price_is_no_count(sentence: str) -> None:
    assert not [f for f in figures_of(sentence) if f.kind.value == "count"]


# What began N ago and still goes on has lasted N; only its own ending right after the clause
# makes the span a date.
BEGAN = [
    ("The blockade, which began three weeks ago, has closed the port to most shipping.", True),
    ("The boycott, which began six months ago, has closed dozens of shops.", True),
    ("The trial, which began two weeks ago, heard that the bank closed the account in 2019.",
     True),
    ("The trial began two weeks ago and ends on Friday.", True),
    ("The strike, which began three weeks ago, hasn't ended.", True),
    ("The strike, which began three weeks ago, ended on Monday.", False),
    ("The strike, which began three weeks ago, was called off on Monday.", False),
    ("The talks began two months ago but collapsed last week.", False),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "lasts"), BEGAN)
def test_began_ago_lasts_until_its_own_end(sentence: str, lasts: bool) -> None:
    durations = [f for f in figures_of(sentence) if f.kind.value == "duration"]
    assert bool(durations) is lasts


# Findings: the false alarm gone, the true ones back.
PAIRS = [
    ("Enrollment has dropped from about 21,000 in 2019 to 18,700.",
     "Enrollment stood at 21,000 in 2019.", False),
    ("Unemployment rose from 5.1% in 2019 to 5.6%.", "Unemployment was 5.1% in 2019.", False),
    ("Netflix aims to exceed 300 million by 2026.",
     "Netflix is expected to exceed 280 million by 2026.", True),
    ("The blockade, which began three weeks ago, has closed the port to most shipping.",
     "The blockade, which began five weeks ago, has closed the port to most shipping.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text_a", "text_b", "flagged"), PAIRS)
def test_mismatch(text_a: str, text_b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC105", text_a, text_b)) is flagged
