"""Round 80: ranges of time read whole, glued by a dash ("delays of 2-5 days") or told as the
time since an event ("between 4 and 11 days after vaccination")."""

from __future__ import annotations

import pytest

from support import figures_of, rule_messages


@pytest.mark.parametrize(
    ("text", "printed", "low", "high"),
    [
        # A dashed range of days, as "10-15 people" is of counts.
        ("Couriers reported waits of 2-5 days across rural districts.", "2-5 days", 2, 5),
        ("The audit lasted 4–9 weeks at each site.", "4–9 weeks", 4, 9),
        # A range of time since an event keeps its low end.
        ("Rashes show up between 4 and 11 days after vaccination.", "between 4 and 11 days", 4, 11),
        ("Fevers begin three to 12 days after infection.", "three to 12 days", 3, 12),
    ],
)
def test_time_range_read_whole(text: str, printed: str, low: int, high: int) -> None:
    found = [f for f in figures_of(text) if f.text == printed]
    assert found, [f.text for f in figures_of(text)]
    assert (found[0].low, found[0].high) == (low, high)


@pytest.mark.parametrize(
    ("text", "not_printed"),
    [
        # A score before a span is no range: its ends run the wrong way.
        ("Harlow won 7-2 days after the draw.", "7-2 days"),
        # One span since an event stays one span.
        ("Rashes show up 11 days after vaccination.", "between 11 days"),
    ],
)
def test_no_time_range(text: str, not_printed: str) -> None:
    assert not_printed not in [f.text for f in figures_of(text)]


def test_time_ranges_with_moved_end_conflict() -> None:
    messages = rule_messages(
        "FC105",
        "Parcels to hill towns were delayed by two to four days during the festival rush.",
        "Couriers said parcels to hill towns faced delays of 2-6 days during the festival.",
    )
    assert any("2-6 days" in message for message in messages), messages


def test_same_time_range_since_event_no_conflict() -> None:
    messages = rule_messages(
        "FC105",
        "Rashes show up five to 11 days after vaccination, doctors said.",
        "Rashes show up between 5 and 11 days after vaccination.",
    )
    assert messages == []


# Two clauses that share a body's full name and what it did date one event, however much more
# one of them tells (the sentence stands for a clause too short to tell anything).
_FINED_A = (
    "On Nov. 9, the National Fair Trading Standards Commission (NFTSC) fined retailer "
    "CartLane 80,000 dollars for hidden booking fees, misleading discount banners and "
    "auto-renewing memberships sold at checkout."
)
_FINED_B = (
    "The National Fair Trading Standards Commission (NFTSC), in a ruling dated November 3, "
    "fined CartLane over fake scarcity timers, pushy pop-ups and sneaky basket add-ons."
)


def test_date_of_one_ruling_told_long_and_short_conflicts() -> None:
    messages = rule_messages("FC112", _FINED_A, _FINED_B)
    assert any("Nov. 9" in m and "November 3" in m for m in messages), messages


def test_dates_sharing_few_words_stay_apart() -> None:
    other = (
        "The commission, in a ruling dated November 3, cleared a grocer of misleading "
        "discount banners."
    )
    assert rule_messages("FC112", _FINED_A, other) == []
