"""FC112 on real sentences (QA rounds 57 and 59): one event dated differently by two articles,
and the dates that must not be weighed against each other."""

from __future__ import annotations

import pytest

from support import rule_messages

DATED_APART = [
    # QA round 59, minimum wage: the effective date.
    ("DUBLIN, Oct 7 (Irish Wire Service) — The government on Tuesday announced that the "
     "national minimum wage will rise by €1.15 to €13.85 an hour from January 1, 2026, a 9.1% "
     "increase.",
     "DUBLIN, 7 October — Roughly 164,000 employees on the lowest legal rate of pay will get a "
     "rise next year after the government signed off on a new national minimum wage of €13.85 "
     "an hour, taking effect from 1 March 2026.",
     ("January 1, 2026", "1 March 2026")),
    # QA round 59, bridge collapse: the last inspection.
    ("The bridge, built in 1968, was last inspected in March 2023, when state engineers rated "
     "its superstructure in poor condition.",
     "The bridge's most recent inspection, in March 2022, rated its superstructure a 4, "
     "meaning poor.",
     ("March 2023", "March 2022")),
    # QA round 57, volcano: an end bound, worded alike.
    ("The evacuation order will remain in force until at least Nov. 20, he said.",
     "Antonio Russo, who heads the regional civil protection department, said some 600 "
     "firefighters had been deployed across the area, and that the evacuation order runs "
     "until at least 23 November.",
     ("Nov. 20", "23 November")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_event_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


NOT_APART = [
    # One date, two precisions and styles.
    ("Election officials said they expected the count to be certified by Nov. 18.",
     "The count will be certified on November 18, 2025."),
    # A span's start against its end.
    ("The retailer did not notify customers until 30 April.",
     "The retailer discovered the breach affecting its customers on March 14, 2024."),
    # The date both print corroborates its event; the other date is another event's.
    ("Newcastle play three friendlies between July 19 and July 27, before the Premier League "
     "season opens on Aug. 16.",
     "The Premier League season starts on Aug. 16, and the squad flies out on July 17."),
    # Two events sharing a word or two.
    ("The plant opened on June 5, 1968.",
     "Inspectors visited the plant on June 12, 2024, and found no faults."),
    # The dateline's day is the filing day of each outlet, not an event's.
    ("LIMA, March 3 (Wire) – Turnout reached 79.4%.", "LIMA, 4 March – Turnout reached 79.4%."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_dates_of_other_events_or_told_alike_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
