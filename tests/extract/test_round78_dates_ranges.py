"""QA round 78: a motion's split read as a tally after the verb that decided it ("the plan
passed 27 to 19"), and FC112 on day-first dates of one event worded apart (a "closure" and a
"close", a "when" clause after the date telling what happens on it)."""

from __future__ import annotations

import pytest

from support import figures_of, rule_messages

TALLIES = [
    ("The zoning plan passed 27 to 19 after a long debate.", ("27", "19")),
    ("The levy was approved 9 to 4 by the board of governors.", ("9", "4")),
    ("The motion was rejected by 40 to 12 in the upper house.", ("40", "12")),
    ("The treaty was ratified by a majority of 58 to 3 on Friday.", ("58", "3")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "sides"), TALLIES)
def test_a_decided_motion_split_is_a_tally(sentence: str, sides: tuple[str, str]) -> None:
    votes = [f for f in figures_of(sentence) if f.unit == "vote"]
    assert [f.text for f in votes] == list(sides)


NOT_TALLIES = [
    # No vote decided it: a range of a count.
    "The clinic treated 27 to 19 patients a day.",
    # A descending pair after a deciding verb is no tally (the winning side comes first).
    "The measure passed 19 to 27 in a ballot of members.",
    # A convoy that passed trucks, not a motion: its pair runs upward, a range.
    "Traffic flow fell as the convoy passed 14 to 20 trucks an hour.",
]


@pytest.mark.parametrize("sentence", NOT_TALLIES)
def test_other_pairs_are_no_tally(sentence: str) -> None:
    assert [f.text for f in figures_of(sentence) if f.unit == "vote"] == []


DATED_APART = [
    # A "close" and a "closure" of the branches are one closing.
    ("The first depots will close on 14 March, with the rest shutting by the end of the year.",
     "The first depot closures are due on 21 April.",
     ("14 March", "21 April")),
    # A "when" clause after the date tells what happens on it, as a "with" one does.
    ("The gallery opens to visitors on Sunday 6 September, with guided walks running every "
     "hour from 11am to 3pm.",
     "Visitors can come in from Sunday 13 September, when guided hourly walks begin between "
     "11am and 3pm.",
     ("6 September", "13 September")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_event_dated_apart_day_first(a: str, b: str, dates: tuple[str, str]) -> None:
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


NOT_APART = [
    # A closure and an opening: two events.
    ("The old depot will close on 14 March.",
     "The new depot is due to open on 21 April."),
    # Two days of one week told with other things happening on them.
    ("The gallery opens to visitors on Sunday 6 September, with guided walks every hour.",
     "The gift shop restocks on Sunday 13 September, when the café menu changes too."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_dates_of_other_events_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []
