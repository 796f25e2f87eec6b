"""Review 81 (rev4) regressions, part A: an act done on a day ("arrested on", "recovered
on") dates one event only when neither clause tells one of several ("a third suspect", "more
bodies"); a bare "after", "past", "since" or "before" puts a moment on one side of a named
time of day ("delays after noon" are no delays at noon); of two dates a sentence tells alike,
the one whose own clause is of the same thing is weighed."""

from __future__ import annotations

import pytest

from factcheck.models import Bound
from support import figures_of, rule_messages

SERIES_APART = [
    # The reviewer's: one arrest of a series against another.
    ("Two suspects were arrested on 4 June in Leeds.",
     "A third suspect was arrested on 9 June in Bradford, police said."),
    ("The first bodies were recovered on 12 March from the river.",
     "More bodies were recovered on 15 March, bringing the toll to nine."),
    # New wording: another seizure, a further shipment.
    ("Two lorries were impounded on 8 October at Dover.",
     "Another lorry was impounded on 21 October near Calais, officials said."),
    ("Forty crates were intercepted on 2 May off Cadiz.",
     "A further shipment was intercepted on 19 May in the Bay of Biscay."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), SERIES_APART)
def test_one_of_several_acts_is_no_one_event(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


SERIES_ONE = [
    # One act done to one thing, worded apart: still one event. "more than" is a count.
    ("The vans were impounded on 8 October after a tip-off from the port.",
     "Customs officers found 300 rifles hidden in two vans impounded on 11 October.",
     ("8 October", "11 October")),
    ("More than 40 crates were intercepted on 2 May after a long chase at night.",
     "Officers said the cargo included rifles in crates intercepted on 4 May near Cadiz.",
     ("2 May", "4 May")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), SERIES_ONE)
def test_one_act_still_dates_one_event(a: str, b: str, dates: tuple[str, str]) -> None:
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


NAMED_SIDES = [
    ("Commuters faced delays after noon as a points failure hit the route.", "after noon",
     Bound.AT_LEAST),
    ("The blaze broke out after midnight at the depot.", "after midnight", Bound.AT_LEAST),
    ("Fans queued past midnight for the tickets.", "past midnight", Bound.AT_LEAST),
    ("The lifeboat was launched before midday, crew said.", "before midday", Bound.AT_MOST),
    # A deadline's or opening hours' own time stays exact.
    ("Entries must be lodged by noon on Friday.", "noon", Bound.EXACT),
    ("The cafe stays open until midnight in summer.", "midnight", Bound.EXACT),
    ("The vote closed at midday.", "midday", Bound.EXACT),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "printed", "bound"), NAMED_SIDES)
def test_side_of_a_named_time(sentence: str, printed: str, bound: Bound) -> None:
    clocks = [f for f in figures_of(sentence) if f.unit.startswith("time of day")]
    assert [(f.text, f.bound) for f in clocks] == [(printed, bound)]


AFTER_NAMED_TIME = [
    # The reviewer's: a moment after noon or midnight is no other time.
    ("Commuters faced delays after noon as a signal failure hit the line.",
     "Delays began at 1.30pm when a signal failed."),
    ("Trading was halted after noon on Tuesday.", "Trading was halted at 2.15pm on Tuesday."),
    ("The fire broke out after midnight in the warehouse.",
     "The fire broke out at about 1.30am in the warehouse."),
    ("Looters struck the mall past midnight, police said.",
     "Looters struck the mall at 12.40am, police said."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), AFTER_NAMED_TIME)
def test_after_a_named_time_is_no_mismatch(a: str, b: str) -> None:
    assert rule_messages("FC105", a, b) == []


def test_a_time_on_the_wrong_side_still_mismatches() -> None:
    messages = rule_messages(
        "FC105",
        "The storm hit the harbour town before midday, the coastguard said.",
        "The storm hit the harbour town at 3.20pm, the coastguard said.",
    )
    assert len(messages) == 1 and "3.20pm" in messages[0]


def test_the_dated_thing_decides_between_two_dates_of_a_sentence() -> None:
    # The reviewer's: talks on 1 March against talks on 2 March, not the strike's 3 March.
    messages = rule_messages(
        "FC112",
        "The strike is planned for 3 March, and talks are due on 1 March.",
        "Talks will be held on 2 March to avert the strike.",
    )
    assert len(messages) == 1 and "dated 1 March in a but 2 March in b" in messages[0]


def test_the_dated_thing_decides_the_other_way_round() -> None:
    messages = rule_messages(
        "FC112",
        "The walkout is planned for 9 May, and the ballot is due on 2 May.",
        "The walkout will begin on 10 May unless the ballot is won.",
    )
    assert len(messages) == 1 and "dated 9 May in a but 10 May in b" in messages[0]
