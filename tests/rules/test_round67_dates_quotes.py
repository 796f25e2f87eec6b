"""QA round 67 on real sentences: a date told in other words ("a hosepipe ban … from 8 July",
"banned from using hosepipes from 18 July"), a span's end told by its start, and a qualifier
added where one outlet's quote opens (FC112, FC101)."""

from __future__ import annotations

import pytest

from factcheck.rules.kinds.source_dropped import content_words
from support import rule_messages

DATED_APART = [
    # Drought rationing, P2: "ban" and "banned" are one word.
    ("SHREWSBURY, 26 June (Central Press Agency) — Wyvern Water will impose a hosepipe ban on "
     "its 2.37 million customers from 8 July, the company said on Thursday.",
     "SHREWSBURY, June 26 (Marcher Vale Echo) — Nearly 2.4 million households and businesses "
     "supplied by Wyvern Water will be banned from using hosepipes from 18 July, as the "
     "company's reservoirs sink to 41% of capacity.",
     ("8 July", "18 July")),
    # Meridian branch closures, P3: the same start, another end.
    ("The closures will take place between August 2025 and March 2026 and will leave the bank "
     "with 291 branches.",
     "The closures will be phased in between August 2025 and March 2027.",
     ("March 2026", "March 2027")),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "dates"), DATED_APART)
def test_one_event_dated_apart_is_flagged(a: str, b: str, dates: tuple[str, str]) -> None:
    messages = rule_messages("FC112", a, b)
    assert len(messages) == 1
    assert f"dated {dates[0]} in a but {dates[1]} in b" in messages[0]


NOT_APART = [
    # The same span, its end told alike: nothing to weigh.
    ("The closures will take place between August 2025 and March 2026.",
     "The closures will be phased in between August 2025 and March 2026."),
    # Two spans that only share their start: other events.
    ("The closures will take place between August 2025 and March 2026.",
     "Recruitment runs between August 2025 and December 2025."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_APART)
def test_dates_of_other_events_or_alike_are_not_flagged(a: str, b: str) -> None:
    assert rule_messages("FC112", a, b) == []


@pytest.mark.parametrize(
    ("doubled", "plain"),
    [("banned", "ban"), ("planned", "plans"), ("stopping", "stops"), ("filled", "fills")],
)
def test_a_doubled_consonant_before_ed_or_ing_is_one_word(doubled: str, plain: str) -> None:
    assert content_words(doubled) == content_words(plain)


QUALIFIED = [
    # Meridian branch closures, P8.
    ("Meridian Bank said that “every one of these branches was losing money” and that the average "
     "branch being closed now saw fewer than 300 customers a week.",
     "“Nearly every one of these branches was losing money,” a Meridian spokesperson said.",
     "+“Nearly”"),
    ("The minister said the scheme had “worked for families in every region”.",
     "“It has not worked for families in every region,” the minister said.",
     "not”"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "change"), QUALIFIED)
def test_a_qualifier_where_a_quote_opens_is_a_change(a: str, b: str, change: str) -> None:
    messages = rule_messages("FC101", a, b)
    assert len(messages) == 1
    assert change in messages[0]


TRIMMED = [
    # One outlet quoted less: the words before its quote qualify nothing.
    ("Meridian Bank said that “every one of these branches was losing money”.",
     "“Frankly, every one of these branches was losing money,” a Meridian spokesperson said."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), TRIMMED)
def test_a_quote_trimmed_where_it_opens_is_no_change(a: str, b: str) -> None:
    assert rule_messages("FC101", a, b) == []
