"""QA round 79's false alarms, on new sentences: a nationwide count paired with one site's
(FC105), a record the other article claims as "the world's …" (FC113), a closing estimate
source stretched over a plain clause of fact before it (FC110), and one span of time both
articles tell in other words (FC115)."""

from __future__ import annotations

import pytest

from support import aligned_texts, rule_messages

NATIONWIDE = "Eleven mines have since reopened nationwide, all of them run by state firms."

# (a, b, paired): a country's count is not one site's; two counts of one scope still pair.
PAIRS = [
    (NATIONWIDE, "Three mines have since reopened at the site.", False),
    (NATIONWIDE, "Eight mines have reopened across the country since the ban.", True),
    (
        "Eleven mines have since reopened at the site.",
        "Three mines have since reopened at the site.",
        True,
    ),
]


@pytest.mark.parametrize(("a", "b", "paired"), PAIRS)
def test_a_nationwide_count_is_kept_apart_from_one_sites(a: str, b: str, paired: bool) -> None:
    assert bool(aligned_texts(a, b)) is paired


CLEAN_UP = (
    "The group still faces years of clean-up work at its old chemical works in Ohio, and the "
    "sale is expected to raise about $2 billion this year, according to company estimates."
)

# (a, b, flagged): the estimate sources the clause with its own subject and hedge, not the
# plain fact told before it; told flat, that hedged clause is still a dropped source.
SOURCE_DROPPED = [
    (
        CLEAN_UP,
        "Dunmore still faces years of clean-up work and hundreds of millions of dollars in "
        "costs at its old chemical works in Ohio.",
        False,
    ),
    (CLEAN_UP, "The sale will raise about $2 billion this year for the group.", True),
]


@pytest.mark.parametrize(("a", "b", "flagged"), SOURCE_DROPPED)
def test_a_closing_estimate_sources_its_own_clause_only(a: str, b: str, flagged: bool) -> None:
    assert bool(rule_messages("FC110", a, b)) is flagged


PORT = (
    "The city spent 90 million euros on new cranes for the terminal, which with 14 million "
    "boxes a year is the busiest container port in the world."
)

# (other article's sentence, flagged): "the world's busiest" claims the record; a country's
# busiest ranks within it and claims less.
RECORDS = [
    (
        "The terminal on the Baltic coast is the world’s busiest container port by volume, "
        "handling 14 million boxes a year.",
        False,
    ),
    (
        "The terminal on the Baltic coast is the country’s busiest container port by volume, "
        "handling 14 million boxes a year.",
        True,
    ),
]


@pytest.mark.parametrize(("other", "flagged"), RECORDS)
def test_a_record_scoped_before_its_superlative_makes_the_claim(other: str, flagged: bool) -> None:
    assert bool(rule_messages("FC113", other, PORT)) is flagged


# A trend since the year ("has shrunk"), not a tenure ("have controlled"), is background.
COUNCIL = (
    "The vote drew wide interest because Labour needed one more seat to take the council, "
    "where the Liberals' majority has shrunk since 2009."
)

# (other article's sentence, FC115 findings): the same dated span and the same subject's
# words tell the background; another year, or the span alone, do not.
BACKGROUND = [
    (
        "Labour had hoped the by-election would give it control of the council for the first "
        "time since 2009.",
        0,
    ),
    (
        "Labour had hoped the by-election would give it control of the council for the first "
        "time since 2014.",
        1,
    ),
    ("Ferry fares have risen every winter since 2009, the operator said.", 1),
]


@pytest.mark.parametrize(("other", "findings"), BACKGROUND)
def test_a_span_told_by_both_with_shared_words_is_told(other: str, findings: int) -> None:
    assert len(rule_messages("FC115", other, COUNCIL)) == findings
