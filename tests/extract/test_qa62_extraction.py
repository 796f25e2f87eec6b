"""Round 62: figures read whole (a count with "and" between the words before its noun, a
service's users as its customers, the parts of a count listed after it, "a fortnight" as two
weeks) and words that are no figure (a record's window, "even for a minute", an idiom's "half
of the story", the unnamed people a report is sourced to)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from support import figures_of


def printed(text: str) -> dict[str, tuple[str, Decimal | None, str]]:
    return {f.text: (f.kind.value, f.value, f.unit) for f in figures_of(text)}


# sentence, figure printed, kind, value, unit
FIGURES = [
    # Four words to the noun counted, an "and" between two of them not counted among them;
    # a telecom service's users are its customers.
    (
        "Kestrel Telecom said on Saturday it would credit customers for a nationwide network "
        "outage that left about 3.2 million mobile and home broadband users without service.",
        "about 3.2 million mobile and home broadband users",
        "count",
        "3200000",
        "customer",
    ),
    (
        "The storm cut service to 41,000 fixed and mobile phone users in the north.",
        "41,000 fixed and mobile phone users",
        "count",
        "41000",
        "customer",
    ),
    # Users of no service stay users.
    (
        "About 12,000 wheelchair users live in the city.",
        "About 12,000 wheelchair users",
        "count",
        "12000",
        "user",
    ),
    # The parts of a count listed after it, each with what part it is: parts of the count, as
    # "36 of them in business class" is.
    (
        "Flights will be operated by a Boeing 787-9 configured with 290 seats: 30 in business "
        "class, 56 in premium economy and 204 in economy.",
        "30",
        "count",
        "30",
        "",
    ),
    (
        "Flights will be operated by a Boeing 787-9 configured with 290 seats: 30 in business "
        "class, 56 in premium economy and 204 in economy.",
        "204",
        "count",
        "204",
        "",
    ),
    (
        "The bank will cut 1,200 jobs, 700 in London and 500 in Leeds.",
        "700",
        "count",
        "700",
        "",
    ),
    (
        "The bank will cut 1,200 jobs, 700 in London and 500 in Leeds, a spokesman said.",
        "500",
        "count",
        "500",
        "",
    ),
    # "A fortnight" is two weeks, as "two weeks" is.
    (
        "Whitcombe urged residents to photograph damage before starting any repairs, and said "
        "the council would revisit its estimate in a fortnight.",
        "a fortnight",
        "duration",
        "2",
        "week",
    ),
    ("The trial lasted three fortnights.", "three fortnights", "duration", "6", "week"),
    # A count of people who did something stays a count.
    (
        "Lindqvist will receive compensation of about £2.4 million, covering the remainder of "
        "his contract, and two people with him were also dismissed.",
        "two people",
        "count",
        "2",
        "people",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "kind", "value", "unit"), FIGURES)
def test_figures(sentence: str, text: str, kind: str, value: str, unit: str) -> None:
    assert printed(sentence).get(text) == (kind, Decimal(value), unit)


def test_listed_parts_keep_the_whole_and_its_noun() -> None:
    figures = figures_of(
        "Flights will be operated by a Boeing 787-9 configured with 290 seats: 30 in business "
        "class, 56 in premium economy and 204 in economy."
    )
    by_text = {f.text: f for f in figures}
    assert by_text["290 seats"].unit == "seat"
    assert [by_text[t].value for t in ("30", "56", "204")] == [30, 56, 204]
    assert all("seat" in by_text[t].measure for t in ("30", "56", "204"))


NOT_FIGURES = [
    # The window a record is kept in, after a superlative: no span that passed.
    (
        "Kestrel shares fell 3.1% on the Wellston Stock Exchange on Friday, their biggest "
        "one-day drop since March, as investors weighed the risk of a fine.",
        "one-day",
    ),
    # "Even for a minute": the least time there is.
    (
        "“Nobody should lose the ability to reach their family, their doctor or the emergency "
        "services, even for a minute.”",
        "a minute",
    ),
    # An idiom, no share.
    (
        "“Numbers are only half of the story, and the other half is whether people living next "
        "to the parks can live safely,” she said.",
        "half of the story",
    ),
    # The unnamed sources a report is told by.
    (
        "Lindqvist will receive compensation of about £2.4 million, according to two people "
        "familiar with the settlement, covering the remainder of his contract.",
        "two people",
    ),
    (
        "The deal was agreed, according to three sources with knowledge of the talks.",
        "three sources",
    ),
    # A fortnight as a rate's period is no span.
    ("The magazine comes out once a fortnight.", "a fortnight"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_FIGURES)
def test_not_figures(sentence: str, text: str) -> None:
    assert text not in printed(sentence)


KEPT = [
    # A span after a superlative with no hyphen, and "for a minute" with no "even", stay spans.
    ("It was the longest outage in 10 years.", "10 years"),
    ("Power went out for a minute before the backup generators started.", "a minute"),
    # Half of a group counted is a share.
    ("Half of the homes were damaged.", "Half of the homes"),
]


@pytest.mark.parametrize(("sentence", "text"), KEPT)
def test_kept(sentence: str, text: str) -> None:
    assert text in printed(sentence)
